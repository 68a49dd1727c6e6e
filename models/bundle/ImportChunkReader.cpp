#include "ImportChunkReader.h"

#include <QCryptographicHash>
#include <QFile>

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QByteArray();
    return hash.result().toHex();
}

} // namespace

ImportChunkReader::ImportChunkReader(BundleReader& reader, const QString& path, const PolicyEngine& engine,
    const QDateTime& now, Strikes strikes, int chunkCases, bool skipInvalid, const std::atomic<bool>* cancel)
    : m_reader(reader)
    , m_path(path)
    , m_engine(engine)
    , m_now(now)
    , m_skipInvalid(skipInvalid)
    , m_cancel(cancel)
    , m_strikes(std::move(strikes))
    , m_chunkCases(chunkCases)
{
    m_thread = std::thread([this] { readAll(); });
}

ImportChunkReader::~ImportChunkReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

Suggestion ImportChunkReader::judge(
    const PolicyEngine& engine, const CaseFacts& facts, const QDateTime& now, const StrikeHistory& recorded)
{
    StrikeHistory strikes;
    if (!recorded.isEmpty()) {
        for (const Party& p : facts.parties) {
            const auto it = recorded.constFind(p.userId);
            if (it != recorded.cend())
                strikes.insert(p.userId, it.value());
        }
    }
    return engine.suggest(facts, now, strikes);
}

ImportChunkReader::Chunk ImportChunkReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty())
        return Chunk { {}, {}, m_failed, false, true, m_strikes, {}, 0, 0 };
    Chunk chunk = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all(); // room for one more
    return chunk;
}

void ImportChunkReader::setChunkCases(int cases)
{
    const std::lock_guard lock(m_mutex);
    m_chunkCases = cases;
}

void ImportChunkReader::setStrikes(Strikes strikes)
{
    const std::lock_guard lock(m_mutex);
    m_strikes = std::move(strikes);
}

void ImportChunkReader::readAll()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < ChunksAhead; });
            if (m_stop)
                break;
        }
        Chunk chunk = readChunk();
        const bool last = chunk.endOfFile || chunk.cancelled;
        {
            const std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(chunk));
            m_done = last;
        }
        m_changed.notify_all();
        if (last)
            return;
    }
    const std::lock_guard lock(m_mutex);
    m_done = true;
}

ImportChunkReader::Chunk ImportChunkReader::readChunk()
{
    Chunk chunk;
    int wanted = 0;
    {
        const std::lock_guard lock(m_mutex);
        wanted = m_chunkCases;
        chunk.judgedOn = m_strikes;
    }
    CaseFacts facts;
    for (int taken = 0; taken < wanted;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            chunk.cancelled = true;
            break;
        }
        const BundleReader::Result result = m_reader.next(&facts);
        if (result == BundleReader::EndOfFile) {
            chunk.endOfFile = true;
            break;
        }
        if (result == BundleReader::FatalError) {
            chunk.errors << m_reader.error();
            m_failed = true;
            chunk.endOfFile = true;
            break;
        }
        if (result == BundleReader::InvalidCase) {
            chunk.errors << m_reader.error();
            m_failed = m_failed || !m_skipInvalid;
            continue;
        }
        ++taken;
        if (!m_failed) // once the file has failed, only its other errors are wanted
            chunk.cases.append(
                { facts, judge(m_engine, facts, m_now, *chunk.judgedOn), CaseRepository::searchBody(facts) });
    }
    chunk.failed = m_failed;
    if (m_failed)
        chunk.cases.clear();
    if (chunk.endOfFile && !m_failed)
        chunk.fileDigest = fileDigest(m_path);
    chunk.bytesRead = m_reader.bytesRead();
    chunk.totalBytes = m_reader.totalBytes();
    return chunk;
}
