#include "ReportGenerator.h"

#include "ReportFonts.h"

#include "AuditLog.h"
#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "OutputFile.h"
#include "PdfReportWriter.h"
#include "ReportConsistency.h"
#include "ReportMasking.h"
#include "ReportQuery.h"
#include "ReportReviews.h"
#include "ReportSpool.h"
#include "ReportSummary.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr int kProgressEvery = 256;

enum class SettingColumn
{
    Key,
    Value
};

QList<QPair<QString, QString>> settings(const QSqlDatabase& db)
{
    QList<QPair<QString, QString>> list;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key")))
        while (query.next())
            list.append({ SqlRow::field(query, SettingColumn::Key).toString(),
                SqlRow::field(query, SettingColumn::Value).toString() });
    return list;
}

} // namespace

ReportGenerator::ReportGenerator(const QSqlDatabase& db, const ReportOptions& options)
    : m_db(db)
    , m_options(options)
    , m_generatedAt(QDateTime::currentDateTimeUtc())
{ }

ReportGenerator::~ReportGenerator() = default;

std::unique_ptr<ReportWriter> ReportGenerator::writerFor(ReportOptions::Format format)
{
    switch (format) {
    case ReportOptions::Csv:
        return std::make_unique<CsvReportWriter>();
    case ReportOptions::Pdf:
        return std::make_unique<PdfReportWriter>();
    case ReportOptions::Html:
        return std::make_unique<HtmlReportWriter>();
    }
    return nullptr;
}

bool ReportGenerator::reportProgress(qint64 done, qint64 total)
{
    if (m_progress && !m_progress(done, total)) {
        m_cancelled = true;
        m_error = QCoreApplication::translate("Report", "The report was cancelled.");
        return false;
    }
    return true;
}

bool ReportGenerator::writeFile(const QString& path)
{
    // Never the database this report reads, never through a symlink, 0600, renamed into place when complete.
    OutputFile file(path);
    file.setOverwrite(m_overwrite);
    file.protectDatabase(m_db.databaseName());
    if (!file.open()) {
        m_error = file.errorString();
        return false;
    }
    if (!write(file.device())) {
        file.cancel();
        return false;
    }
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

bool ReportGenerator::write(QIODevice* device)
{
    m_rows = 0;
    m_cancelled = false;
    m_tableLeftOut = false;
    m_warnings.clear();
    if (!m_options.from.isValid() || !m_options.to.isValid() || m_options.to < m_options.from) {
        m_error = QCoreApplication::translate(
            "Report", "The period is invalid: it needs a start and an end date, the end not before the start.");
        return false;
    }

    // The count costs a pass over the period: only for a progress bar.
    qint64 estimate = 0;
    if (m_progress) {
        ReportQuery counter(m_db, m_options);
        estimate = counter.countEstimate();
        if (estimate < 0) {
            m_error = counter.error();
            return false;
        }
    }

    ReportContext context;
    context.options = m_options;
    // The UI's locale when the report is in the UI language (it knows the region: sv_FI), else the language's.
    const QLocale ui;
    const QLocale asked(m_options.language);
    context.locale = m_options.language.isEmpty() || asked.language() == ui.language() ? ui : asked;
    context.generatedAt = m_generatedAt.toUTC();
    context.settings = settings(m_db);
    QString headError;
    context.auditHead = AuditLog::headOf(m_db, &headError);
    if (!headError.isEmpty()) {
        m_error = headError;
        return false;
    }

    const bool withSummary = m_options.format != ReportOptions::Csv;
    bool withRows = m_options.format == ReportOptions::Csv || !m_options.summaryOnly;
    const qint64 total = estimate * ((withSummary ? 1 : 0) + (withRows ? 1 : 0));
    qint64 done = 0;
    if (!reportProgress(0, total))
        return false;

    ReportSummary summary;
    ReportConsistency consistency;
    ReportReviews reviews;
    ReportRow row;
    std::unique_ptr<ReportWriter> writer = writerFor(m_options.format);
    // Issue 16: PDF and HTML read the query once. Their rows are encoded in the pass that sums them up and kept
    // on disk until the summary, which comes first in the file, is written.
    ReportSpool spool;
    const bool spooled = withSummary && withRows;
    if (spooled && !spool.open()) {
        m_error = spool.error();
        return false;
    }
    if (withSummary) {
        ReportQuery query(m_db, m_options);
        if (!query.exec()) {
            m_error = query.error();
            return false;
        }
        while (query.next(&row)) {
            summary.add(row);
            consistency.add(row);
            if (spooled && !spool.append(writer->encodeRow(context, row))) {
                m_error = spool.error();
                return false;
            }
            if (++done % kProgressEvery == 0 && !reportProgress(done, total))
                return false;
        }
        if (!query.error().isEmpty()) {
            m_error = query.error();
            return false;
        }
        summary.finish();
        consistency.finish();
        context.consistency = &consistency;
        if (!reviews.load(m_db, m_options)) {
            m_error = reviews.error();
            return false;
        }
        context.reviews = &reviews;
        QList<ReportSummary::UserStrikes> users = summary.topStrikeUsers();
        enum class UserColumn
        {
            Nickname,
            KycName
        };
        QSqlQuery lookup(m_db);
        lookup.prepare(QStringLiteral("SELECT nickname, kyc_name FROM users WHERE user_id = :user_id"));
        for (ReportSummary::UserStrikes& user : users) {
            lookup.bindValue(QStringLiteral(":user_id"), user.userId);
            if (lookup.exec() && lookup.next()) {
                user.nickname = SqlRow::field(lookup, UserColumn::Nickname).toString();
                const QString name = SqlRow::field(lookup, UserColumn::KycName).toString();
                user.verifiedName = m_options.mask ? ReportMasking::initials(name) : name;
            }
        }
        summary.setTopStrikeUsers(users);
        context.summary = &summary;
        m_rows = summary.cases();
        if (withRows && m_options.format == ReportOptions::Pdf && summary.cases() > m_pdfRowLimit) {
            withRows = false;
            m_tableLeftOut = true;
            context.options.summaryOnly = true;
            context.rowsLeftOut = summary.cases();
        }
    }

    // Text is laid out with these fonts (PDF pages and the charts of PDF and HTML): a missing one is said.
    if (m_options.format == ReportOptions::Pdf)
        m_warnings << ReportFonts::missingFontMessages(ReportFonts::Body)
                   << ReportFonts::missingFontMessages(ReportFonts::Table);
    else if (m_options.format == ReportOptions::Html)
        m_warnings << ReportFonts::missingFontMessages(ReportFonts::Body);
    m_warnings.removeDuplicates();

    if (!writer->begin(device, context)) {
        m_error = writer->error();
        return false;
    }
    if (withRows && spooled) {
        m_rows = 0;
        if (!spool.rewind()) {
            m_error = spool.error();
            return false;
        }
        QByteArray record;
        while (spool.next(&record)) {
            if (!writer->writeEncoded(record)) {
                m_error = writer->error();
                return false;
            }
            ++m_rows;
            if (++done % kProgressEvery == 0 && !reportProgress(done, total))
                return false;
        }
        if (!spool.error().isEmpty()) {
            m_error = spool.error();
            return false;
        }
    } else if (withRows) {
        m_rows = 0;
        ReportQuery query(m_db, m_options);
        if (!query.exec()) {
            m_error = query.error();
            return false;
        }
        while (query.next(&row)) {
            if (!writer->writeRow(row)) {
                m_error = writer->error();
                return false;
            }
            ++m_rows;
            if (++done % kProgressEvery == 0 && !reportProgress(done, total))
                return false;
        }
        if (!query.error().isEmpty()) {
            m_error = query.error();
            return false;
        }
    }
    if (!writer->finish()) {
        m_error = writer->error();
        return false;
    }
    if (!m_options.mask && !appendAudit())
        return false;
    return reportProgress(total, total);
}

bool ReportGenerator::appendAudit()
{
    const QString actor = m_options.actor.isEmpty() ? QStringLiteral("team_lead") : m_options.actor;
    const QString action = QStringLiteral("report_unmasked");
    const QString subject = ReportOptions::formatId(m_options.format) + QLatin1Char(' ')
        + m_options.from.toString(Qt::ISODate) + QStringLiteral("..") + m_options.to.toString(Qt::ISODate);
    const QString after = QStringLiteral("agent=%1;clause=%2;kind=%3;lang=%4")
                              .arg(m_options.agent, m_options.clause, m_options.kind, m_options.language);

    // A write transaction as every writer takes it (SqlDialect: its turn, so the chain stays one chain).
    const SqlDialect& dialect = SqlDialect::of(m_db);
    QSqlQuery query(m_db);
    if (!query.exec(dialect.beginWrite())) {
        m_error = query.lastError().text();
        return false;
    }
    for (const QString& statement : dialect.writeTurn()) {
        if (!query.exec(statement)) {
            m_error = query.lastError().text();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!AuditLog::appendTo(m_db, actor, action, subject, QString(), after, m_generatedAt, &m_error)) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT"))) {
        m_error = m_db.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}
