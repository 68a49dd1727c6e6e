#pragma once

#include <QtGlobal>

class Database;

// While it lives, settings of `db`'s connection for a bulk writer (the import, the demo fill), put back
// as they were when it ends: a page cache of `cacheKiB`, so that the indexes a large fill touches stay
// in memory instead of being written out and read back, and a checkpoint only every CheckpointPages of
// write-ahead log (issue 16: each commit of a bulk writer rewrites index pages that the last one wrote;
// a larger log copies each into the file once per checkpoint, not once per commit), and statement
// journals in memory (each multi-row statement of the fill, a trigger's or the full-text index's, keeps
// one: on disk they were a million small writes to /var/tmp for 20,000 cases, a third of the import's
// time). SQLite only: a server sizes its own cache and log.
class BulkWriteScope
{
public:
    BulkWriteScope(Database& db, int cacheKiB);
    ~BulkWriteScope();
    BulkWriteScope(const BulkWriteScope&) = delete;
    BulkWriteScope& operator=(const BulkWriteScope&) = delete;

    static constexpr int CheckpointPages = 16384; // 64 MiB of 4 KiB pages

private:
    Database& m_db;
    bool m_active = false;
    qint64 m_cacheSize = -2000; // SQLite's defaults: 2 MB, 1000 pages
    qint64 m_checkpointPages = 1000;
    qint64 m_tempStore = 0; // DEFAULT
};
