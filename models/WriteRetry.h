#pragma once

#include <QString>

class Database;

// Issue 15, item 3: the one place where a write transaction is tried again (CaseService's actions). Another
// writer in the way (SQLite busy beyond its timeout; on PostgreSQL a serialization failure, a deadlock or a lock
// timeout, SqlDialect::isRetryable) rolled the whole transaction back, so it is run again from the start, with a
// growing, jittered pause, at most Attempts times: the agent never sees it. A transaction the caller opened is not
// this runner's to repeat.
class WriteRetry
{
public:
    // The most attempts a write transaction gets.
    static constexpr int Attempts = 6;

    explicit WriteRetry(Database& db);
    WriteRetry(const WriteRetry&) = delete;
    WriteRetry& operator=(const WriteRetry&) = delete;

    // Runs `attempt` (one whole write transaction), again while it failed because another writer was in the way;
    // `error` is where the attempt says that it failed. The last attempt's result.
    template<typename Attempt> auto run(Attempt attempt, QString& error) -> decltype(attempt())
    {
        const bool owner = ownsTransaction();
        for (int n = 1;; ++n) {
            start(owner, error);
            auto result = attempt();
            if (!again(owner, n, error))
                return result;
        }
    }
    // How many write transactions were run again.
    int retried() const { return m_retried; }

private:
    bool ownsTransaction() const;
    void start(bool owner, QString& error) const;
    // After attempt `n`: true (after a pause) when it is to be run again.
    bool again(bool owner, int n, QString& error);

    Database& m_db;
    int m_retried = 0;
};
