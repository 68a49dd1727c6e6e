#include "ReportSpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <cstring>

namespace {
constexpr qsizetype kBlock = 1 << 20;
constexpr qsizetype kHeader = sizeof(quint32);
} // namespace

ReportSpool::ReportSpool() = default;
ReportSpool::~ReportSpool() = default;

bool ReportSpool::open()
{
    m_file = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("appealdesk-report-XXXXXX")));
    if (!m_file->open()) {
        m_error = QCoreApplication::translate("Report", "Cannot write a temporary file for the report: %1")
                      .arg(m_file->errorString());
        return false;
    }
    // Unlinked while open: the rows never outlive the report.
    QFile::remove(m_file->fileName());
    m_buffer.clear();
    m_buffer.reserve(kBlock + 4096);
    m_readAt = 0;
    m_reading = false;
    m_count = 0;
    return true;
}

bool ReportSpool::append(const QByteArray& record)
{
    char header[kHeader];
    qToLittleEndian<quint32>(quint32(record.size()), header);
    m_buffer.append(header, kHeader);
    m_buffer.append(record);
    ++m_count;
    return m_buffer.size() < kBlock || flush();
}

bool ReportSpool::flush()
{
    if (m_file->write(m_buffer) != m_buffer.size()) {
        m_error = QCoreApplication::translate("Report", "Cannot write a temporary file for the report: %1")
                      .arg(m_file->errorString());
        return false;
    }
    m_buffer.clear();
    return true;
}

bool ReportSpool::rewind()
{
    if (!m_reading && !flush())
        return false;
    if (!m_file->seek(0)) {
        m_error = m_file->errorString();
        return false;
    }
    m_buffer.clear();
    m_readAt = 0;
    m_reading = true;
    return true;
}

// Keeps what is not read yet and appends the next block of the file.
bool ReportSpool::fill()
{
    m_buffer.remove(0, m_readAt);
    m_readAt = 0;
    const QByteArray block = m_file->read(kBlock);
    if (block.isEmpty() && !m_file->atEnd()) {
        m_error = m_file->errorString();
        return false;
    }
    m_buffer.append(block);
    return !block.isEmpty();
}

bool ReportSpool::next(QByteArray* record)
{
    if (!m_reading)
        return false;
    while (m_buffer.size() - m_readAt < kHeader)
        if (!fill())
            return false;
    const qsizetype size = qFromLittleEndian<quint32>(m_buffer.constData() + m_readAt);
    while (m_buffer.size() - m_readAt < kHeader + size)
        if (!fill()) {
            m_error = QCoreApplication::translate("Report", "The report's temporary file ends in a record.");
            return false;
        }
    *record = m_buffer.mid(m_readAt + kHeader, size);
    m_readAt += kHeader + size;
    return true;
}

QByteArray ReportSpool::encode(const QStringList& strings)
{
    qsizetype bytes = 0;
    for (const QString& s : strings)
        bytes += kHeader + s.size() * qsizetype(sizeof(char16_t));
    QByteArray record(bytes, Qt::Uninitialized);
    char* out = record.data();
    for (const QString& s : strings) {
        qToLittleEndian<quint32>(quint32(s.size()), out);
        out += kHeader;
        std::memcpy(out, s.constData(), size_t(s.size()) * sizeof(char16_t));
        out += s.size() * qsizetype(sizeof(char16_t));
    }
    return record;
}

QStringList ReportSpool::decode(const QByteArray& record)
{
    QStringList strings;
    const char* in = record.constData();
    const char* end = in + record.size();
    while (end - in >= kHeader) {
        const qsizetype size = qFromLittleEndian<quint32>(in);
        in += kHeader;
        const qsizetype bytes = size * qsizetype(sizeof(char16_t));
        if (end - in < bytes)
            break;
        QString s(size, Qt::Uninitialized);
        std::memcpy(s.data(), in, size_t(bytes));
        strings << s;
        in += bytes;
    }
    return strings;
}
