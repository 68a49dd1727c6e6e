#pragma once

#include "DatabaseLocation.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// The one place where the SQL of the two backends differs (besides the schema, which
// Migrations keeps per version for both). The store's queries are written once in the SQL
// both understand (RETURNING, ON CONFLICT, IS DISTINCT FROM); what one backend lacks or
// spells differently (pragmas, the search table, how writers take their turn) is asked
// from Database::dialect().
class SqlDialect
{
public:
    using Backend = DatabaseLocation::Backend;
    static const SqlDialect& of(Backend backend);
    // The dialect of an open connection (by its driver), for code handed a QSqlDatabase.
    static const SqlDialect& of(const QSqlDatabase& db);

    virtual ~SqlDialect() = default;
    virtual Backend backend() const = 0;
    bool isPostgresql() const { return backend() == Backend::Postgresql; }

    // Run once on a new connection, before the schema is looked at.
    virtual QStringList sessionSetup() const = 0;

    // The schema version the database is at (0 when it has no schema yet), -1 + *error on failure.
    virtual int schemaVersion(const QSqlDatabase& db, QString* error) const = 0;
    // Inside the migrating transaction: record `version`.
    virtual QStringList setSchemaVersion(int version) const = 0;

    // A write transaction: `beginWrite()`, then `writeTurn()` (what makes concurrent writers
    // take turns, so the audit chain stays one chain), then the work, then COMMIT or ROLLBACK.
    // `durableOn()` before BEGIN and `durableOff()` after the end make a decision's commit
    // reach the disk (SQLite's synchronous=FULL; a PostgreSQL commit is durable already).
    virtual QString beginWrite() const = 0;
    virtual QStringList writeTurn() const = 0;
    // Issue 15 (agents scale): the turn of a writer that changes one case, its parties' strikes
    // and the audit chain only (decide, claim, release, an event, a case's suggestion). Such writers
    // run side by side; each locks what it changes (lockCaseParties(), lockCaseRow(), auditTurn()),
    // and a writer of the whole desk (writeTurn(): settings, voids, reopens, imports) waits for all
    // of them and they for it. Empty when writers take turns anyway (SQLite's BEGIN IMMEDIATE).
    virtual QStringList sharedWriteTurn() const = 0;
    // Inside a shared turn: the lock on the users who are parties to the case bound as :case_id,
    // taken in the order of their user row ids, so that two writers never wait on each other in a
    // cycle. Two decisions on cases of one user take turns: the second judges with the first's
    // strikes (the strike ladder). Empty: nothing to lock.
    virtual QString lockCaseParties() const = 0;
    // Inside a shared turn: the row lock on the case bound as :case_id (before its queue columns are
    // judged again from strikes another writer may be adding). Empty: nothing to lock.
    virtual QString lockCaseRow() const = 0;
    // Inside a shared turn, right before the audit chain's head is read and extended (at COMMIT):
    // appends take turns only for that moment. Empty: nothing to take.
    virtual QStringList auditTurn() const = 0;
    virtual QStringList durableOn() const = 0;
    virtual QStringList durableOff() const = 0;
    // The error says another writer was in the way (SQLite busy; PostgreSQL serialization
    // failure, deadlock or lock timeout): the whole transaction may be tried again.
    virtual bool isRetryable(const QSqlError& error) const = 0;
    // A failed statement ends the whole transaction (PostgreSQL: "current transaction is aborted"):
    // Database rolls it back at once, so nothing more runs in it and no statement is freed inside it.
    virtual bool failureAbortsTransaction() const = 0;

    // The queue's search rows, one per case: written at import, removed with the case.
    // insertSearchRow: positional values (case ref, body), for the bulk path (issue 16); deleteSearchRow: :case_ref.
    virtual QString insertSearchRow() const = 0;
    // Row ids for `count` new rows of `table` (its `id` column), one per result row, for inserts
    // that give them explicitly (the bulk path): on SQLite those after the largest, on PostgreSQL
    // drawn from the column's identity sequence, so that later inserts never meet them.
    virtual QString reserveIds(const QString& table, int count) const = 0;
    virtual QString deleteSearchRow() const = 0;
    // The search rows of the cases `caseRefs` (an SQL subquery of case ids) selects.
    virtual QString deleteSearchRows(const QString& caseRefs) const = 0;
    // After deleting many search rows (a purge): statements that drop the deleted text for good.
    virtual QStringList compactSearch() const = 0;
    // Substring search (three characters or more, accents and case ignored): the cases whose search row
    // holds `text` are `SELECT c.id FROM <searchFrom()> WHERE <searchMatch()>` with
    // searchPattern(text) bound to the one `?` (it makes the text SearchFolding::searchable). SQLite: GLOB
    // over the FTS5 trigram table; PostgreSQL: ILIKE over the pg_trgm GIN index.
    virtual QString searchFrom() const = 0;
    virtual QString searchMatch() const = 0;
    // Without a filter on the cases: `SELECT <searchCaseRef()> FROM case_search s WHERE <searchMatch()>`, no look-up
    // of each hit's case (every search row belongs to a case: they are written and deleted together).
    virtual QString searchCaseRef() const = 0;
    virtual QString searchPattern(const QString& text) const = 0;

    // Around a purge's transaction: SQLite overwrites freed pages with zeros and truncates the
    // WAL afterwards, so the purged text is not left in the file.
    virtual QStringList beforePurge() const = 0;
    virtual QStringList afterPurge() const = 0;

    // Issue 13, item 10: whether an importer is alive. An importer holds the shared importers' lock
    // while it runs; the roll-back of abandoned imports runs only when it gets that lock exclusively.
    // SQLite: empty (the lock is a companion file of the database, see ImportJournal); PostgreSQL:
    // a session advisory lock. tryImportersLockExclusive() selects one boolean.
    virtual QString importersLockShared() const = 0;
    virtual QString importersUnlockShared() const = 0;
    virtual QString tryImportersLockExclusive() const = 0;
    virtual QString importersUnlockExclusive() const = 0;
    // How often beginWrite() asks for the writers' turn while another writer holds it, in ms (SQLite
    // polls: its own busy handler sleeps up to 100 ms between tries, so a writer waiting behind an
    // import's short transactions could miss every gap between them), and the statement that sets the
    // wait inside one try. 0 and empty: the server queues writers itself (PostgreSQL's advisory lock).
    virtual int turnPollMs() const = 0;
    virtual QString busyTimeout(int ms) const = 0;
    // The queue's and the reports' reads (QueueStatements, ReportQuery).
    // `value` or, when it is NULL, `fallback`, spelled as the index expressions spell it
    // (cases_sla, cases_status_sla), so the planner recognises them.
    virtual QString ifNull(const QString& value, const QString& fallback) const = 0;
    // The one-character string of a code point (the separators of aggregated lists).
    virtual QString charCode(int code) const = 0;
    // `value`s of a group joined with `separator`, in the order `orderBy` (SQLite joins in the
    // order it reads the rows, which its indexes give: `orderBy` names that order).
    virtual QString groupConcat(const QString& value, const QString& separator, const QString& orderBy) const = 0;
    // The 1-based position of `needle` in `text`, 0 when absent.
    virtual QString position(const QString& text, const QString& needle) const = 0;
    // `expression` as a row test only, never through an index (SQLite's unary +; PostgreSQL's
    // planner weighs the indexes by statistics and needs no hint).
    virtual QString hideFromIndex(const QString& expression) const = 0;
    // Whether a sorted UNION ALL of the queue's branches needs each branch sorted and limited on its own
    // to read its index in order. SQLite merges the branches' index orders itself; PostgreSQL 15 does not
    // for a UNION ALL (it read, judged and sorted all 634,000 open cases of a million for one page: 4 to 7 s,
    // against 3 ms with each branch limited).
    virtual bool limitsUnionBranches() const = 0;
    // A connection's own table of ids (the search hits): its name in SQL, and how it is made.
    virtual QString tempTable(const QString& name) const = 0;
    virtual QString createTempIdTable(const QString& name) const = 0;
    // A case-sensitive prefix test of `column` against the one `?`, bound to prefixPattern(text).
    virtual QString prefixMatch(const QString& column) const = 0;
    virtual QString prefixPattern(const QString& text) const = 0;
    // The same, ignoring case (nicknames), over the index made for it.
    virtual QString caselessPrefixMatch(const QString& column) const = 0;
    QString caselessPrefixPattern(const QString& text) const;
    // The query plan of `sql` (with its values bound), and the column of its rows that
    // describes a step; empty when the backend cannot plan a statement with bound values.
    virtual QString explainQueryPlan(const QString& sql) const = 0;
    virtual int explainDetailColumn() const = 0;

    // Appended to a SELECT that picks a row to change: PostgreSQL locks the row and passes over
    // rows another session has locked (FOR UPDATE SKIP LOCKED); SQLite's write lock already
    // keeps every other writer out.
    virtual QString lockSkippingLocked() const = 0;

    // Copying a whole desk (DeskCopier): a read transaction that sees one snapshot of every table,
    // the search rows as (case_ref, body), and what makes the ids assigned after a copy with
    // explicit ids continue after the copied ones (PostgreSQL's identity sequences; SQLite
    // continues after the largest rowid by itself).
    virtual QString beginSnapshot() const = 0;
    virtual QString selectSearchRows() const = 0;
    virtual QStringList continueIds(const QStringList& tables) const = 0;
    // The live desk (issue 15, item 4): what tells the other windows that a write changed the desk.
    // PostgreSQL: `notifyDesk()` with the payload bound to `:payload` (a NOTIFY on the channel of the
    // connection's schema, delivered at COMMIT and dropped on ROLLBACK), `deskChannel()` selects that
    // channel's name for LISTEN. SQLite: both empty; the other windows poll `changeCounter()`
    // (PRAGMA data_version: it moves when another connection commits).
    virtual QString notifyDesk() const = 0;
    virtual QString deskChannel() const = 0;
    virtual QString changeCounter() const = 0;

    // A bigger page cache for a bulk writer (SQLite only; the server sizes its own).
    // Empty when the backend has no such setting.
    virtual QString pageCacheKiB(int kib) const = 0;
    // How many pages of the write-ahead log trigger a checkpoint after a commit, or empty (issue 16: a bulk
    // writer's commits rewrite the same index pages, which a larger log copies into the file once, not each time).
    virtual QString checkpointEveryPages(int pages) const = 0;
};
