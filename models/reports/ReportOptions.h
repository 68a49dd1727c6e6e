#pragma once

#include <QDate>
#include <QString>

// What a team lead asked for: the period (inclusive dates, UTC) and filters.
struct ReportOptions
{
    enum Format { Csv, Pdf, Html };

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
};
