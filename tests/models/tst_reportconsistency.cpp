#include "ReportConsistency.h"

#include <QTest>

// Issue 17, item 3: the consistency figures, per clause and agent against the rest of the team.
class tst_ReportConsistency : public QObject
{
    Q_OBJECT

private slots:
    void ratesAgainstTheRestOfTheTeam();
    void outliersFirst();
    void oneAgentOnAClauseHasNothingToCompare();

private:
    static ReportRow row(const QString& id, const QString& agent, const QString& clause, const QString& suggested,
        const QString& outcome);
    static const ReportConsistency::Line* find(
        const QList<ReportConsistency::Line>& lines, const QString& clause, const QString& agent);
};

ReportRow tst_ReportConsistency::row(
    const QString& id, const QString& agent, const QString& clause, const QString& suggested, const QString& outcome)
{
    ReportRow r;
    r.caseId = id;
    r.agent = agent;
    r.clauses = { clause };
    r.suggestedOutcome = suggested;
    r.outcome = outcome;
    r.isOverride = suggested != outcome;
    return r;
}

const ReportConsistency::Line* tst_ReportConsistency::find(
    const QList<ReportConsistency::Line>& lines, const QString& clause, const QString& agent)
{
    for (const ReportConsistency::Line& l : lines)
        if (l.clause == clause && l.agent == agent)
            return &l;
    return nullptr;
}

// Hand-checked: on B3, anna overrides 8 of 10 (refund → release 6, refund → cancel 2), bo 1 of 10 and cy 1 of
// 10. Against the others: anna 80 % vs 2/20 = 10 %; pooled 10/30, se = sqrt(1/3 * 2/3 * (1/10 + 1/20))
// = 0.18257, z = 0.7 / 0.18257 = 3.834.
void tst_ReportConsistency::ratesAgainstTheRestOfTheTeam()
{
    ReportConsistency c;
    int n = 0;
    for (int i = 0; i < 10; ++i) {
        const QString to = i < 6 ? QStringLiteral("release")
            : i < 8              ? QStringLiteral("cancel")
                                 : QStringLiteral("refund");
        c.add(row(QStringLiteral("A-%1").arg(++n), QStringLiteral("anna"), QStringLiteral("B3"),
            QStringLiteral("refund"), to));
        c.add(row(QStringLiteral("B-%1").arg(n), QStringLiteral("bo"), QStringLiteral("B3"), QStringLiteral("refund"),
            i == 0 ? QStringLiteral("release") : QStringLiteral("refund")));
        c.add(row(QStringLiteral("C-%1").arg(n), QStringLiteral("cy"), QStringLiteral("B3"), QStringLiteral("refund"),
            i == 9 ? QStringLiteral("release") : QStringLiteral("refund")));
    }
    c.finish();
    const QList<ReportConsistency::Line> lines = c.lines();
    QCOMPARE(lines.size(), 3);
    const ReportConsistency::Line* anna = find(lines, QStringLiteral("B3"), QStringLiteral("anna"));
    QVERIFY(anna);
    QCOMPARE(anna->cases, 10);
    QCOMPARE(anna->overrides, 8);
    QCOMPARE(anna->teamCases, 20);
    QCOMPARE(anna->teamOverrides, 2);
    QCOMPARE(anna->rate(), 0.8);
    QCOMPARE(anna->teamRate(), 0.1);
    QVERIFY(qAbs(anna->z - 3.834) < 0.001);
    QVERIFY(anna->isOutlier());
    QCOMPARE(anna->mainDirection(), QStringLiteral("refund → release"));
    QCOMPARE(anna->directions.value(QStringLiteral("refund → cancel")), 2);
    QCOMPARE(anna->overrideCases.size(), 8);
    QCOMPARE(anna->allCases.size(), 10);
    // bo: 10 % against (8 + 1) / 20 = 45 %: z = -0.35 / 0.18257 = -1.917, less but not far enough.
    const ReportConsistency::Line* bo = find(lines, QStringLiteral("B3"), QStringLiteral("bo"));
    QVERIFY(qAbs(bo->z + 1.917) < 0.001);
    QVERIFY(!bo->isOutlier());
    QVERIFY(bo->mainDirection() == QStringLiteral("refund → release"));
    QCOMPARE(lines.first().agent, QStringLiteral("anna"));

    const QStringList cells = ReportConsistency::cells(QLocale(QLocale::English), *anna);
    QCOMPARE(cells.size(), ReportConsistency::headers().size());
    QCOMPARE(cells.at(2), QStringLiteral("10"));
    QCOMPARE(cells.at(3), QStringLiteral("8"));
    QVERIFY2(cells.at(6).endsWith(QStringLiteral("(6)")), qPrintable(cells.at(6)));
    QVERIFY(!cells.at(7).isEmpty());
}

void tst_ReportConsistency::outliersFirst()
{
    ReportConsistency c;
    // S2b: four agents alike (1 of 10 each); LC1: dan overrides 3 of 4, few cases: never an outlier.
    int n = 0;
    for (const char* agent : { "anna", "bo", "cy", "dan" })
        for (int i = 0; i < 10; ++i)
            c.add(row(QString::number(++n), QLatin1String(agent), QStringLiteral("S2b"), QStringLiteral("refund"),
                i == 0 ? QStringLiteral("cancel") : QStringLiteral("refund")));
    for (int i = 0; i < 4; ++i) {
        c.add(row(QString::number(++n), QStringLiteral("dan"), QStringLiteral("LC1"), QStringLiteral("suspend"),
            i < 3 ? QStringLiteral("none") : QStringLiteral("suspend")));
        c.add(row(QString::number(++n), QStringLiteral("anna"), QStringLiteral("LC1"), QStringLiteral("suspend"),
            QStringLiteral("suspend")));
    }
    c.finish();
    const QList<ReportConsistency::Line> lines = c.lines();
    QCOMPARE(lines.size(), 6);
    for (const ReportConsistency::Line& l : lines)
        QVERIFY2(!l.isOutlier(), qPrintable(l.clause + l.agent));
    // No outlier: by |z|, so LC1's large but thin difference comes first, the alike S2b agents (z = 0) last.
    QCOMPARE(lines.first().clause, QStringLiteral("LC1"));
    QCOMPARE(lines.last().clause, QStringLiteral("S2b"));
    QCOMPARE(lines.last().z, 0.0);
}

void tst_ReportConsistency::oneAgentOnAClauseHasNothingToCompare()
{
    ReportConsistency c;
    for (int i = 0; i < 10; ++i)
        c.add(row(QString::number(i), QStringLiteral("anna"), QStringLiteral("G0"), QStringLiteral("none"),
            QStringLiteral("refund")));
    c.finish();
    const ReportConsistency::Line line = c.lines().first();
    QCOMPARE(line.teamCases, 0);
    QCOMPARE(line.z, 0.0);
    QVERIFY(!line.isOutlier());
    QCOMPARE(ReportConsistency::cells(QLocale(QLocale::English), line).at(5), QStringLiteral("–"));
}

QTEST_GUILESS_MAIN(tst_ReportConsistency)
#include "tst_reportconsistency.moc"
