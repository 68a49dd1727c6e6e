#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryFile;

// Issue 16: the rows of a PDF or HTML report, kept between the one pass over the query (which also makes
// the summary that comes first in the file) and the table after it. Records of bytes in a temporary file,
// written and read in large blocks, so memory stays flat whatever the period holds. The file (0600) is
// unlinked as soon as it is open: nothing is left behind, not even when the process is killed.
class ReportSpool
{
public:
    ReportSpool();
    ~ReportSpool();

    bool open();
    bool append(const QByteArray& record);
    // Back to the first record, after what is buffered is written.
    bool rewind();
    // The next record; false at the end, or on a read error (then error() says it).
    bool next(QByteArray* record);
    qint64 count() const { return m_count; }
    QString error() const { return m_error; }

    // A list of strings as one record and back (PDF table cells).
    static QByteArray encode(const QStringList& strings);
    static QStringList decode(const QByteArray& record);

private:
    bool flush();
    bool fill();

    std::unique_ptr<QTemporaryFile> m_file;
    QByteArray m_buffer; // appends before they are written; blocks read back
    qsizetype m_readAt = 0;
    bool m_reading = false;
    qint64 m_count = 0;
    QString m_error;
};
