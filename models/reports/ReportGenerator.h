#pragma once

#include "ReportOptions.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>

class QIODevice;
class ReportWriter;

// Runs one report: reads the rows (twice for PDF and HTML: the summary comes
// first), hands them to the format's writer and, for an unmasked export,
// appends the team lead's choice to the audit log. A file is written
// atomically: a failed or cancelled report leaves no file behind.
class ReportGenerator
{
public:
    // Called every few hundred rows; returning false cancels the report.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ReportGenerator(const QSqlDatabase& db, const ReportOptions& options);
    ~ReportGenerator();

    void setGeneratedAt(const QDateTime& at) { m_generatedAt = at; }
    void setProgress(const Progress& progress) { m_progress = progress; }
    // A PDF of more decided cases than this carries the summary and charts only. None by default
    // (issue 16: 100,000 rows draw in seconds); --pdf-max-rows sets one.
    static constexpr qint64 NoPdfRowLimit = std::numeric_limits<qint64>::max();
    void setPdfRowLimit(qint64 rows) { m_pdfRowLimit = rows; }

    // An existing file at `path` is replaced only after setOverwrite(true) (--force, a confirmed save dialog).
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }
    // Through OutputFile: never the database read, never a symlink, mode 0600, atomic.
    bool writeFile(const QString& path);
    bool write(QIODevice* device);

    QString error() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 rowCount() const { return m_rows; }
    bool tableLeftOut() const { return m_tableLeftOut; }
    // Translated sentences about the last report that did not stop it (a report font that is missing).
    QStringList warnings() const { return m_warnings; }

    static std::unique_ptr<ReportWriter> writerFor(ReportOptions::Format format);

private:
    bool reportProgress(qint64 done, qint64 total);
    bool appendAudit();

    QSqlDatabase m_db;
    ReportOptions m_options;
    QDateTime m_generatedAt;
    Progress m_progress;
    QString m_error;
    bool m_cancelled = false;
    qint64 m_rows = 0;
    qint64 m_pdfRowLimit = NoPdfRowLimit;
    bool m_tableLeftOut = false;
    bool m_overwrite = false;
    QStringList m_warnings;
};
