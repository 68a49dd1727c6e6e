#include "SearchFolding.h"

#include <QtTest>

// What the search rows hold and what a search looks for (issue 14, item 4; issue 16).
class tst_SearchFolding : public QObject
{
    Q_OBJECT

private slots:
    void foldsLatinAccentsOnly();
    void searchableIsFoldedAndLowerCase();
    void restatedKeepsOneCopyOfAnOldRow();
};

void tst_SearchFolding::foldsLatinAccentsOnly()
{
    QCOMPARE(SearchFolding::fold(QStringLiteral("Göteborg Zürich Ærø Łódź straße")),
        QStringLiteral("Goteborg Zurich AEro Lodz strasse"));
    // An "o" with a combining diaeresis is the "ö" of the table.
    QCOMPARE(SearchFolding::fold(QStringLiteral("Go\u0308teborg")), QStringLiteral("Goteborg"));
    // Cyrillic й and Thai tone marks are letters of their own.
    QCOMPARE(SearchFolding::fold(QStringLiteral("Йордан ก่อน")), QStringLiteral("Йордан ก่อน"));
}

void tst_SearchFolding::searchableIsFoldedAndLowerCase()
{
    QCOMPARE(SearchFolding::searchable(QStringLiteral("GÖTEBORG Zürich ИВАН Петров สวัสดี AP-2026-000001")),
        QStringLiteral("goteborg zurich иван петров สวัสดี ap-2026-000001"));
    // The same text whatever its case: a search typed in capitals finds a row written in lower case.
    QCOMPARE(SearchFolding::searchable(QStringLiteral("ÅSA")), SearchFolding::searchable(QStringLiteral("åsa")));
    QCOMPARE(SearchFolding::searchable(QStringLiteral("line one\nLINE TWO")), QStringLiteral("line one\nline two"));
}

void tst_SearchFolding::restatedKeepsOneCopyOfAnOldRow()
{
    // Schema 9 to 12: the text, then its folded copy on a line of its own when folding changed it.
    const QString text = QStringLiteral("AP-1\nHej Göteborg");
    QCOMPARE(SearchFolding::restated(text + QStringLiteral("\nAP-1\nHej Goteborg")), QStringLiteral("ap-1\nhej goteborg"));
    // Without accents the old row was the text alone.
    QCOMPARE(SearchFolding::restated(QStringLiteral("AP-2\nPlain Text")), QStringLiteral("ap-2\nplain text"));
    // A row in today's form stays as it is.
    const QString today = SearchFolding::searchable(text);
    QCOMPARE(SearchFolding::restated(today), today);
    // Two different halves are not a copy.
    QCOMPARE(SearchFolding::restated(QStringLiteral("ab\ncd")), QStringLiteral("ab\ncd"));
    QCOMPARE(SearchFolding::restated(QString()), QString());
}

QTEST_APPLESS_MAIN(tst_SearchFolding)
#include "tst_searchfolding.moc"
