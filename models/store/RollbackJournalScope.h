#pragma once

class Database;

// Issue 16: while it lives, a SQLite connection that is the only one on its file writes through a rollback
// journal instead of the write-ahead log; the log is back when it ends. SQLite journals only the pages that
// existed when a transaction began, so a bulk fill of a fresh desk writes each new page once, into the file,
// where the log wrote it twice (into the log, then into the file at the checkpoint). With another connection
// on the file (a window's models) the mode cannot change, and nothing does. Use it outside a transaction.
class RollbackJournalScope
{
public:
    explicit RollbackJournalScope(Database& db);
    ~RollbackJournalScope();
    RollbackJournalScope(const RollbackJournalScope&) = delete;
    RollbackJournalScope& operator=(const RollbackJournalScope&) = delete;

    bool isActive() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};
