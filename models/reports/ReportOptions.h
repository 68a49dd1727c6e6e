#pragma once

#include <QDate>
#include <QString>

// What a team lead asked for: the period (inclusive dates, UTC) and filters.
// The report covers the cases decided in the period.
struct ReportOptions
{
    enum Format
    {
        Csv,
        Pdf,
        Html
    };

    QDate from;
    QDate to;
    Format format = Csv;
    QString agent; // empty: all
    QString clause; // empty: all
    QString kind; // empty: all
    QString language; // report language (en, sv, bg, th)
    bool mask = true; // personal data masked unless a team lead says --no-mask
    bool csvBom = false;
    bool letterPaper = false; // A4 unless asked
    bool summaryOnly = false; // PDF/HTML without the per-case table (large periods)
    QString actor; // who asked, for the audit entry of an unmasked export

    // "csv", "pdf", "html": the command line's --format and the file suffix.
    static QString formatId(Format format)
    {
        switch (format) {
        case Csv:
            return QStringLiteral("csv");
        case Pdf:
            return QStringLiteral("pdf");
        case Html:
            return QStringLiteral("html");
        }
        return QString();
    }

    static bool formatFromId(const QString& id, Format* out)
    {
        if (id == QLatin1String("csv"))
            *out = Csv;
        else if (id == QLatin1String("pdf"))
            *out = Pdf;
        else if (id == QLatin1String("html"))
            *out = Html;
        else
            return false;
        return true;
    }
};
