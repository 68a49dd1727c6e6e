#include "SchemaChanges.h"

#include "SearchFolding.h"
#include "SearchRowFunction.h"

namespace Migrations {

// Queue indexes missing from version 1: sorting by appellant, the SLA clock
// with cases without a deadline last, and the short nickname search (LIKE
// 'x%' can use an index only under NOCASE).
static QStringList sqliteVersion2()
{
    return {
        QStringLiteral("CREATE INDEX cases_appellant ON cases(appellant, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_sla ON cases(ifnull(due_at, 9223372036854775807), id)"),
        QStringLiteral("CREATE INDEX users_nickname ON users(nickname COLLATE NOCASE)"),
    };
}

static QStringList postgresqlVersion2()
{
    return {
        QStringLiteral("CREATE INDEX cases_appellant ON cases(appellant, opened_at, id)"),
        QStringLiteral("CREATE INDEX cases_sla ON cases(COALESCE(due_at, 9223372036854775807), id)"),
        QStringLiteral("CREATE INDEX users_nickname ON users(lower(nickname) text_pattern_ops)"),
    };
}

// The agent's everyday queue, open cases by SLA clock, read in index order.
static QStringList sqliteVersion3()
{
    return {
        QStringLiteral("CREATE INDEX cases_status_sla ON cases(status, ifnull(due_at, 9223372036854775807), id)"),
    };
}

static QStringList postgresqlVersion3()
{
    return {
        QStringLiteral("CREATE INDEX cases_status_sla ON cases(status, COALESCE(due_at, 9223372036854775807), id)"),
    };
}

// The audit chain's head, kept by a trigger whatever writes the log: a chain
// cut short at its end no longer matches it.
static QStringList sqliteVersion4()
{
    return {
        QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), entries INTEGER NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO audit_head (id, entries, hash)"
                       " SELECT 1, id, hash FROM audit_log ORDER BY id DESC LIMIT 1"),
        QStringLiteral(
            "CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_log"
            " BEGIN INSERT OR REPLACE INTO audit_head (id, entries, hash) VALUES (1, NEW.id, NEW.hash); END"),
    };
}

static QStringList postgresqlVersion4()
{
    return {
        QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), entries BIGINT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO audit_head (id, entries, hash)"
                       " SELECT 1, id, hash FROM audit_log ORDER BY id DESC LIMIT 1"),
        QStringLiteral("CREATE FUNCTION audit_head_follow() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN INSERT INTO audit_head (id, entries, hash) VALUES (1, NEW.id, NEW.hash)"
                       " ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, hash = excluded.hash;"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION audit_head_follow()"),
    };
}

// The status filter is always set in the queue, so the count of every other
// filter on top of it must come from one index alone: without these,
// COUNT(*) WHERE status = ? AND kind = ? read every open case's row (1.4 s at
// a million cases).
static QStringList sqliteVersion5()
{
    return {
        QStringLiteral("CREATE INDEX cases_status_kind ON cases(status, kind)"),
        QStringLiteral("CREATE INDEX cases_status_clause ON cases(status, suggested_clause)"),
        QStringLiteral("CREATE INDEX cases_status_language ON cases(status, language)"),
        QStringLiteral("CREATE INDEX cases_status_fiat ON cases(status, fiat)"),
        QStringLiteral("CREATE INDEX cases_status_agent ON cases(status, assigned_agent)"),
    };
}

static QStringList postgresqlVersion5()
{
    return sqliteVersion5(); // plain indexes, the same on both
}

// How many cases have each status, kept by triggers: the queue's count with
// no filter but the status is then one row, not a walk over up to a million
// index entries (45 ms) at every start and every clearing of the filters.
static QStringList sqliteVersion6()
{
    return {
        QStringLiteral("CREATE TABLE case_counts (status TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO case_counts (status, n) SELECT status, COUNT(*) FROM cases GROUP BY status"),
        QStringLiteral("CREATE TRIGGER case_counts_insert AFTER INSERT ON cases BEGIN"
                       " INSERT INTO case_counts (status, n) VALUES (NEW.status, 1)"
                       " ON CONFLICT (status) DO UPDATE SET n = n + 1; END"),
        QStringLiteral("CREATE TRIGGER case_counts_delete AFTER DELETE ON cases BEGIN"
                       " UPDATE case_counts SET n = n - 1 WHERE status = OLD.status; END"),
        QStringLiteral("CREATE TRIGGER case_counts_status AFTER UPDATE OF status ON cases"
                       " WHEN OLD.status IS NOT NEW.status BEGIN"
                       " UPDATE case_counts SET n = n - 1 WHERE status = OLD.status;"
                       " INSERT INTO case_counts (status, n) VALUES (NEW.status, 1)"
                       " ON CONFLICT (status) DO UPDATE SET n = n + 1; END"),
    };
}

static QStringList postgresqlVersion6()
{
    return {
        QStringLiteral("CREATE TABLE case_counts (status TEXT PRIMARY KEY, n BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO case_counts (status, n) SELECT status, COUNT(*) FROM cases GROUP BY status"),
        QStringLiteral("CREATE FUNCTION case_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF TG_OP IN ('UPDATE', 'DELETE') THEN"
                       " UPDATE case_counts SET n = n - 1 WHERE status = OLD.status; END IF;"
                       " IF TG_OP IN ('INSERT', 'UPDATE') THEN"
                       " INSERT INTO case_counts (status, n) VALUES (NEW.status, 1)"
                       " ON CONFLICT (status) DO UPDATE SET n = case_counts.n + 1; END IF;"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER case_counts_insert AFTER INSERT ON cases"
                       " FOR EACH ROW EXECUTE FUNCTION case_counts_follow()"),
        QStringLiteral("CREATE TRIGGER case_counts_delete AFTER DELETE ON cases"
                       " FOR EACH ROW EXECUTE FUNCTION case_counts_follow()"),
        QStringLiteral("CREATE TRIGGER case_counts_status AFTER UPDATE OF status ON cases"
                       " FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)"
                       " EXECUTE FUNCTION case_counts_follow()"),
    };
}

// Settled reading 10: an override records only the strikes and sanctions the agent kept; the ones it
// dropped are kept with the decision (ids and values, as JSON), so the record says what the policy wanted.
static QStringList sqliteVersion7()
{
    return {
        QStringLiteral("ALTER TABLE decisions ADD COLUMN dropped_json TEXT NOT NULL"
                       " DEFAULT '{\"strikes\":[],\"sanctions\":[]}'"),
    };
}

static QStringList postgresqlVersion7()
{
    return sqliteVersion7(); // the same ALTER TABLE on both
}

// Issue 13, item 10: an import writes in short transactions of bounded size, so agents never wait
// long behind it. A file stays whole or absent: each running import has a row in import_runs
// (removed in its last transaction, with its audit entry), and its cases carry the run's id. A
// failed or cancelled import deletes its cases; an import killed half-way is rolled back when the
// next connection opens the database (ImportJournal). A run's id may be reused on SQLite once its
// row is gone: a roll-back deletes only the cases from the run's first case on (import_runs.first_ref),
// and the cases of every finished run are older than that.
static QStringList sqliteVersion8()
{
    return {
        QStringLiteral("CREATE TABLE import_runs (id INTEGER PRIMARY KEY, file TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL, first_ref INTEGER, users_before INTEGER NOT NULL)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN import_run INTEGER"),
    };
}

// The queue's search ignores accents (issue 14, item 4): rows imported from now on hold their text and its folded
// copy (until schema 13 restated them); the rows stored before get the same copy here, folded by the same table in a
// work table, 16 letters per statement (SQLite's parser refuses deeper nesting).
static QStringList foldStoredSearchRows(const QString& key, const QString& newline)
{
    QStringList statements;
    statements << QStringLiteral("CREATE TEMP TABLE search_fold (id BIGINT PRIMARY KEY, folded TEXT NOT NULL)");
    statements << QStringLiteral("INSERT INTO search_fold (id, folded) SELECT %1, body FROM case_search").arg(key);
    for (const QString& step : SearchFolding::foldSqlSteps(QStringLiteral("folded")))
        statements << QStringLiteral("UPDATE search_fold SET folded = ") + step;
    statements << QStringLiteral("DELETE FROM search_fold WHERE folded = (SELECT s.body FROM case_search s"
                                 " WHERE s.%1 = search_fold.id)")
                      .arg(key);
    statements << QStringLiteral("UPDATE case_search SET body = body || %1 || (SELECT f.folded FROM search_fold f"
                                 " WHERE f.id = case_search.%2) WHERE %2 IN (SELECT id FROM search_fold)")
                      .arg(newline, key);
    statements << QStringLiteral("DROP TABLE search_fold");
    return statements;
}

static QStringList sqliteVersion9()
{
    return foldStoredSearchRows(QStringLiteral("rowid"), QStringLiteral("char(10)"));
}

static QStringList postgresqlVersion8()
{
    return {
        QStringLiteral(
            "CREATE TABLE import_runs (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            " file TEXT NOT NULL, started_at BIGINT NOT NULL, first_ref BIGINT, users_before BIGINT NOT NULL)"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN import_run BIGINT"),
    };
}

static QStringList postgresqlVersion9()
{
    return foldStoredSearchRows(QStringLiteral("case_ref"), QStringLiteral("chr(10)"));
}

// Issue 14, item 8: a team lead reopens a decided case. The decision leaves `decisions` (one live
// decision per case) for `decision_history` with who reopened it, when and why; its strikes and
// sanctions stay, voided, and point at that history row (`reopen_ref`), so the case's next decision
// records its own and the audit reconciler tells the two apart. Sanctions had no void until now.
static QStringList sqliteVersion10()
{
    return {
        QStringLiteral("CREATE TABLE decision_history ("
                       " id INTEGER PRIMARY KEY,"
                       " case_ref INTEGER NOT NULL REFERENCES cases(id),"
                       " outcome TEXT NOT NULL,"
                       " suggested_outcome TEXT NOT NULL,"
                       " override INTEGER NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " agent TEXT NOT NULL,"
                       " decided_at INTEGER NOT NULL,"
                       " clauses TEXT NOT NULL,"
                       " revision TEXT NOT NULL,"
                       " suggestion_json TEXT NOT NULL,"
                       " dropped_json TEXT NOT NULL,"
                       " reopened_at INTEGER NOT NULL,"
                       " reopened_by TEXT NOT NULL,"
                       " reopen_reason TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX decision_history_case ON decision_history(case_ref, id)"),
        QStringLiteral("ALTER TABLE strikes ADD COLUMN reopen_ref INTEGER"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN voided_at INTEGER"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN voided_by TEXT"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN void_reason TEXT"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN reopen_ref INTEGER"),
        QStringLiteral("CREATE INDEX sanctions_case ON sanctions(case_ref)"),
    };
}

static QStringList postgresqlVersion10()
{
    return {
        QStringLiteral("CREATE TABLE decision_history ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " case_ref BIGINT NOT NULL REFERENCES cases(id),"
                       " outcome TEXT NOT NULL,"
                       " suggested_outcome TEXT NOT NULL,"
                       " override INTEGER NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " agent TEXT NOT NULL,"
                       " decided_at BIGINT NOT NULL,"
                       " clauses TEXT NOT NULL,"
                       " revision TEXT NOT NULL,"
                       " suggestion_json TEXT NOT NULL,"
                       " dropped_json TEXT NOT NULL,"
                       " reopened_at BIGINT NOT NULL,"
                       " reopened_by TEXT NOT NULL,"
                       " reopen_reason TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX decision_history_case ON decision_history(case_ref, id)"),
        QStringLiteral("ALTER TABLE strikes ADD COLUMN reopen_ref BIGINT"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN voided_at BIGINT"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN voided_by TEXT"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN void_reason TEXT"),
        QStringLiteral("ALTER TABLE sanctions ADD COLUMN reopen_ref BIGINT"),
        QStringLiteral("CREATE INDEX sanctions_case ON sanctions(case_ref)"),
    };
}

// Issue 17, item 2: a team lead's second review of a decision, named by its case and instant (a reopened
// case's earlier decision keeps its review); one review per decision.
static QStringList sqliteVersion11()
{
    return {
        QStringLiteral("CREATE TABLE reviews ("
                       " id INTEGER PRIMARY KEY,"
                       " case_ref INTEGER NOT NULL REFERENCES cases(id),"
                       " decided_at INTEGER NOT NULL,"
                       " agent TEXT NOT NULL,"
                       " clause TEXT NOT NULL,"
                       " override INTEGER NOT NULL,"
                       " verdict TEXT NOT NULL CHECK (verdict IN ('agree','disagree')),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " reviewer TEXT NOT NULL,"
                       " reviewed_at INTEGER NOT NULL,"
                       " reopened INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (case_ref, decided_at))"),
        QStringLiteral("CREATE INDEX reviews_time ON reviews(reviewed_at)"),
    };
}

static QStringList postgresqlVersion11()
{
    return {
        QStringLiteral("CREATE TABLE reviews ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " case_ref BIGINT NOT NULL REFERENCES cases(id),"
                       " decided_at BIGINT NOT NULL,"
                       " agent TEXT NOT NULL,"
                       " clause TEXT NOT NULL,"
                       " override INTEGER NOT NULL,"
                       " verdict TEXT NOT NULL CHECK (verdict IN ('agree','disagree')),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " reviewer TEXT NOT NULL,"
                       " reviewed_at BIGINT NOT NULL,"
                       " reopened INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (case_ref, decided_at))"),
        QStringLiteral("CREATE INDEX reviews_time ON reviews(reviewed_at)"),
    };
}

// Issue 15, item 5: on a server every audit entry names the login that wrote it (the agent's name in
// `actor` is what the agent typed). Filled by the server, not the client, and outside the hash chain, so
// entries written before stay verifiable; the grants let no login update it afterwards. SQLite has one
// local user: empty.
static QStringList sqliteVersion12()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN login TEXT NOT NULL DEFAULT ''"),
    };
}

static QStringList postgresqlVersion12()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN login TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_log ALTER COLUMN login SET DEFAULT current_user"),
    };
}

// Issue 16: the trigram index without positions (detail=none) fills in half the time and takes a third less room.
// Without positions FTS5 cannot match a phrase, so the queue searches with GLOB, which the index answers and SQLite
// rechecks; GLOB compares exactly, so the rows hold their text folded and in lower case (SearchFolding::searchable)
// and the index need not fold case itself. The rows stored before are restated into that form (their folded copy of
// schema 9 is then the same text: one is kept). PostgreSQL keeps its table: ILIKE ignores case, and the rows it stores
// from now on are in the new form too.
static QStringList sqliteVersion13()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE case_search_next USING fts5(body,"
                       " tokenize = 'trigram case_sensitive 1', detail = 'none')"),
        QStringLiteral("INSERT INTO case_search_next (rowid, body) SELECT rowid, %1(body) FROM case_search")
            .arg(QLatin1String(SearchRowFunction::Name)),
        QStringLiteral("DROP TABLE case_search"),
        QStringLiteral("ALTER TABLE case_search_next RENAME TO case_search"),
    };
}

QList<Migration> schemaChanges()
{
    return {
        { sqliteVersion2(), postgresqlVersion2() },
        { sqliteVersion3(), postgresqlVersion3() },
        { sqliteVersion4(), postgresqlVersion4() },
        { sqliteVersion5(), postgresqlVersion5() },
        { sqliteVersion6(), postgresqlVersion6() },
        { sqliteVersion7(), postgresqlVersion7() },
        { sqliteVersion8(), postgresqlVersion8() },
        { sqliteVersion9(), postgresqlVersion9() },
        { sqliteVersion10(), postgresqlVersion10() },
        { sqliteVersion11(), postgresqlVersion11() },
        { sqliteVersion12(), postgresqlVersion12() },
        { sqliteVersion13(), {} },
    };
}

} // namespace Migrations
