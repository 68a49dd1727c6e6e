// QueueStatements: the queue's SQL for both backends, checked for what the plans depend on.
// A page over two branches (open = stored open + waiting past its deadline) is one sorted UNION ALL;
// on PostgreSQL each branch is sorted and limited on its own, or the server reads and sorts every open
// case for one page (issue 15: 4 to 7 s at a million cases, 3 ms limited).
#include "QueueStatements.h"

#include <QTest>

class tst_QueueStatements : public QObject
{
    Q_OBJECT

private slots:
    void pageOverTwoBranches_data();
    void pageOverTwoBranches();
    void pageOfOneBranchIsNotWrapped();
    void boundedCountStopsAfterTheBound();
    void unfilteredSearchReadsOnlyTheSearchRows();
};

namespace {

QueueStatements openCases(DatabaseLocation::Backend backend)
{
    QueueStatements s;
    s.dialect = &SqlDialect::of(backend);
    s.filter.status = CaseStatus::Open;
    s.sortField = QueueField::Sla;
    s.asOf = 1'796'303'576'770;
    return s;
}

} // namespace

void tst_QueueStatements::pageOverTwoBranches_data()
{
    QTest::addColumn<DatabaseLocation::Backend>("backend");
    QTest::addColumn<int>("limitedBranches");
    QTest::addRow("sqlite") << DatabaseLocation::Backend::Sqlite << 0;
    QTest::addRow("postgresql") << DatabaseLocation::Backend::Postgresql << 2;
}

void tst_QueueStatements::pageOverTwoBranches()
{
    QFETCH(DatabaseLocation::Backend, backend);
    QFETCH(int, limitedBranches);
    const QueueStatements statements = openCases(backend);
    const QVariantList anchor = { 10, 20 };
    for (const QVariantList* at : { static_cast<const QVariantList*>(nullptr), &anchor }) {
        const QueueStatement page = statements.page(at, false, 128, 3);
        QCOMPARE(page.sql.count(QLatin1String(" UNION ALL ")), 1);
        QCOMPARE(page.sql.count(QLatin1Char('?')), page.values.size());
        QVERIFY(page.sql.endsWith(QLatin1String("ORDER BY k0 ASC, k1 ASC LIMIT ? OFFSET ?")));
        QCOMPARE(page.values.mid(page.values.size() - 2), (QVariantList { 128, 3 }));
        // Each limited branch reads no more rows than the page and its offset.
        QCOMPARE(page.sql.count(QLatin1String(" ORDER BY k0 ASC, k1 ASC LIMIT ?) b")), limitedBranches);
        QCOMPARE(page.values.count(QVariant(131)), limitedBranches);
    }
}

void tst_QueueStatements::pageOfOneBranchIsNotWrapped()
{
    for (const auto backend : { DatabaseLocation::Backend::Sqlite, DatabaseLocation::Backend::Postgresql }) {
        QueueStatements statements = openCases(backend);
        statements.filter.status = CaseStatus::Decided;
        const QueueStatement page = statements.page(nullptr, false, 128, 0);
        QVERIFY(!page.sql.contains(QLatin1String("UNION ALL")));
        QVERIFY(!page.sql.startsWith(QLatin1String("SELECT * FROM (")));
        QCOMPARE(page.sql.count(QLatin1Char('?')), page.values.size());
    }
}

// The first page does not wait for an exact count that reads every matching row (QueueModel::CountBound).
void tst_QueueStatements::boundedCountStopsAfterTheBound()
{
    for (const auto backend : { DatabaseLocation::Backend::Sqlite, DatabaseLocation::Backend::Postgresql }) {
        QueueStatements statements = openCases(backend);
        // The stored counts per status are cheap: the same statement.
        QCOMPARE(statements.boundedCount(5000).sql, statements.count().sql);
        statements.filter.kind = QStringLiteral("p2p_appeal");
        const QueueStatement bounded = statements.boundedCount(5000);
        QVERIFY2(bounded.sql.startsWith(QLatin1String("SELECT COUNT(*) FROM (SELECT 1 FROM cases c WHERE ")),
            qPrintable(bounded.sql));
        QCOMPARE(bounded.sql.count(QLatin1String(" UNION ALL ")), 1); // both branches under one LIMIT
        QVERIFY(bounded.sql.endsWith(QLatin1String(" LIMIT ?) AS r")));
        QCOMPARE(bounded.values.constLast(), QVariant(5001));
        QCOMPARE(bounded.sql.count(QLatin1Char('?')), bounded.values.size());
        // A search counts the hits it collected (at most the cap).
        statements.searching = true;
        QCOMPARE(statements.boundedCount(5000).sql, statements.count().sql);
    }
}

// Issue 16: a search without a filter takes its hits' ids from the search rows; looking up each hit's case read
// 10,000 rows at random places at the cap. With a filter the cases are joined for it.
void tst_QueueStatements::unfilteredSearchReadsOnlyTheSearchRows()
{
    for (const auto backend : { DatabaseLocation::Backend::Sqlite, DatabaseLocation::Backend::Postgresql }) {
        QueueStatements statements;
        statements.dialect = &SqlDialect::of(backend);
        statements.searching = true;
        statements.filter.text = QStringLiteral("Swish");
        QList<QueueStatement> fill = statements.searchFill(10001);
        QCOMPARE(fill.size(), 1);
        QVERIFY2(fill.first().sql.contains(QLatin1String(" FROM case_search s WHERE ")), qPrintable(fill.first().sql));
        QVERIFY(!fill.first().sql.contains(QLatin1String("cases c")));
        QCOMPARE(fill.first().values.first(), QVariant(statements.dialect->searchPattern(QStringLiteral("Swish"))));
        QCOMPARE(fill.first().sql.count(QLatin1Char('?')), fill.first().values.size());

        statements.filter.status = CaseStatus::Open;
        fill = statements.searchFill(10001);
        QCOMPARE(fill.size(), 1);
        QVERIFY2(fill.first().sql.contains(statements.dialect->searchFrom()), qPrintable(fill.first().sql));
        QCOMPARE(fill.first().sql.count(QLatin1Char('?')), fill.first().values.size());
    }
}

QTEST_GUILESS_MAIN(tst_QueueStatements)
#include "tst_queuestatements.moc"
