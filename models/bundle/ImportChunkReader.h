#pragma once

#include "BundleReader.h"
#include "CaseRepository.h"
#include "PolicyEngine.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

// Reads, validates and judges a bundle's cases on a thread of its own, up to two chunks ahead of
// the importer that writes them (issue 16: on two cores the reading and the policy run beside
// SQLite's writing instead of before it). The importer takes the chunks in file order with next().
// Each case is judged on the strikes snapshot current when its chunk was started; the chunk
// names that snapshot, so the importer can judge it again when the snapshot has moved on.
class ImportChunkReader
{
public:
    using Strikes = std::shared_ptr<const StrikeHistory>;

    struct Chunk
    {
        QList<NewCase> cases; // empty once the file has failed: the rest is only validated
        QList<BundleError> errors; // the invalid cases of this stretch of the file, or the fatal error
        bool failed = false; // the file is rejected (a fatal error, or an invalid case without skipInvalid)
        bool cancelled = false;
        bool endOfFile = false; // the last chunk
        Strikes judgedOn; // the snapshot the cases were judged on
        QByteArray fileDigest; // with the last chunk: the file's SHA-256, hex
        qint64 bytesRead = 0;
        qint64 totalBytes = 0;
    };

    // `reader` is open; it is read on the reader's thread until the destructor has run.
    ImportChunkReader(BundleReader& reader, const QString& path, const PolicyEngine& engine, const QDateTime& now,
        Strikes strikes, int chunkCases, bool skipInvalid, const std::atomic<bool>* cancel);
    ~ImportChunkReader(); // stops the reading and waits for its thread
    ImportChunkReader(const ImportChunkReader&) = delete;
    ImportChunkReader& operator=(const ImportChunkReader&) = delete;

    // The next chunk, waiting for it to be read. After the one with endOfFile, more are empty.
    Chunk next();
    // The size of the chunks started from now on, and the snapshot they are judged on.
    void setChunkCases(int cases);
    void setStrikes(Strikes strikes);

    // The case's suggestion on the recorded strikes of its parties.
    static Suggestion judge(
        const PolicyEngine& engine, const CaseFacts& facts, const QDateTime& now, const StrikeHistory& recorded);

    static constexpr int ChunksAhead = 2;

private:
    void readAll();
    Chunk readChunk();

    BundleReader& m_reader;
    const QString m_path;
    const PolicyEngine& m_engine;
    const QDateTime m_now;
    const bool m_skipInvalid;
    const std::atomic<bool>* m_cancel;
    bool m_failed = false; // the reader thread's own

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    Strikes m_strikes;
    int m_chunkCases;
    bool m_stop = false;
    bool m_done = false;
    std::thread m_thread;
};
