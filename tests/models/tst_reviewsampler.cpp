#include "ReviewSampler.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

// Issue 17, item 2: the sampling rules of the second review.
class tst_ReviewSampler : public QObject
{
    Q_OBJECT

private slots:
    void isoWeeks();
    void everyOverrideAndNeedsReviewIsPicked();
    void nRandomPerAgentPerWeek();
    void sameSeedSameSampleWhateverTheOrder();
    void otherSeedOtherSample();
    void otherAgentsDoNotChangeADraw();

private:
    // `count` decisions of `agent` in the week starting Monday `monday`, one an hour from 08:00.
    static QList<ReviewCandidate> week(const QString& agent, const QDate& monday, int count, int firstId);
    static QStringList randomCases(const QList<ReviewPick>& picks, const QString& agent = QString());
};

QList<ReviewCandidate> tst_ReviewSampler::week(const QString& agent, const QDate& monday, int count, int firstId)
{
    QList<ReviewCandidate> list;
    for (int i = 0; i < count; ++i) {
        ReviewCandidate c;
        c.caseId = QStringLiteral("AP-%1").arg(firstId + i, 6, 10, QLatin1Char('0'));
        c.agent = agent;
        // Spread over the seven days of the week, all inside it (UTC).
        c.decidedAt = QDateTime(monday.addDays(i % 7), QTime(8, 0), Qt::UTC).addSecs(60 * i);
        c.clause = QStringLiteral("B3");
        list << c;
    }
    return list;
}

QStringList tst_ReviewSampler::randomCases(const QList<ReviewPick>& picks, const QString& agent)
{
    QStringList cases;
    for (const ReviewPick& p : picks)
        if ((p.reasons & ReviewPick::Random) && (agent.isEmpty() || p.decision.agent == agent))
            cases << p.decision.caseId;
    return cases;
}

void tst_ReviewSampler::isoWeeks()
{
    QCOMPARE(ReviewSampler::isoWeek(QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC)), QStringLiteral("2026-W47"));
    QCOMPARE(
        ReviewSampler::isoWeek(QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59), Qt::UTC)), QStringLiteral("2026-W47"));
    QCOMPARE(ReviewSampler::isoWeek(QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC)), QStringLiteral("2026-W48"));
    // In UTC, whatever the instant's zone: Monday 01:00 in Stockholm is still Sunday in UTC.
    QCOMPARE(ReviewSampler::isoWeek(QDateTime(QDate(2026, 11, 23), QTime(0, 30), QTimeZone("Europe/Stockholm"))),
        QStringLiteral("2026-W47"));
    // The ISO year: 1 January 2027 is a Friday of 2026's week 53.
    QCOMPARE(ReviewSampler::isoWeek(QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC)), QStringLiteral("2026-W53"));
}

void tst_ReviewSampler::everyOverrideAndNeedsReviewIsPicked()
{
    QList<ReviewCandidate> decisions = week(QStringLiteral("anna"), QDate(2026, 11, 16), 40, 1);
    decisions[3].isOverride = true;
    decisions[17].needsReview = true;
    decisions[25].isOverride = true;
    decisions[25].needsReview = true;
    // Even with no random draw at all.
    const QList<ReviewPick> picks = ReviewSampler::sample(decisions, 0, 7);
    QCOMPARE(picks.size(), 3);
    QCOMPARE(picks.at(0).decision.caseId, decisions.at(3).caseId);
    QCOMPARE(picks.at(0).reasonIds(), QStringList { QStringLiteral("override") });
    QCOMPARE(picks.at(1).decision.caseId, decisions.at(17).caseId);
    QCOMPARE(picks.at(1).reasonIds(), QStringList { QStringLiteral("needs_review") });
    QCOMPARE(picks.at(2).reasonIds(), (QStringList { QStringLiteral("override"), QStringLiteral("needs_review") }));
    QCOMPARE(picks.at(2).week, QStringLiteral("2026-W47"));

    // With a draw, the random ones come from the others: the flagged ones are never "random" too.
    const QList<ReviewPick> more = ReviewSampler::sample(decisions, 5, 7);
    QCOMPARE(more.size(), 8);
    for (const ReviewPick& p : more)
        QVERIFY(p.reasons == ReviewPick::Random || !(p.reasons & ReviewPick::Random));
}

void tst_ReviewSampler::nRandomPerAgentPerWeek()
{
    QList<ReviewCandidate> decisions;
    decisions << week(QStringLiteral("anna"), QDate(2026, 11, 16), 30, 1)
              << week(QStringLiteral("anna"), QDate(2026, 11, 23), 2, 100) // fewer than N: both
              << week(QStringLiteral("bo"), QDate(2026, 11, 16), 12, 200)
              << week(QStringLiteral("bo"), QDate(2026, 11, 23), 9, 300);
    const QList<ReviewPick> picks = ReviewSampler::sample(decisions, 3, 42);
    QHash<QString, int> perGroup;
    for (const ReviewPick& p : picks) {
        QCOMPARE(p.reasons, int(ReviewPick::Random));
        ++perGroup[p.decision.agent + QLatin1Char(' ') + p.week];
    }
    QCOMPARE(perGroup.value(QStringLiteral("anna 2026-W47")), 3);
    QCOMPARE(perGroup.value(QStringLiteral("anna 2026-W48")), 2);
    QCOMPARE(perGroup.value(QStringLiteral("bo 2026-W47")), 3);
    QCOMPARE(perGroup.value(QStringLiteral("bo 2026-W48")), 3);
    QCOMPARE(picks.size(), 11);
    // No decision twice, and in time order.
    QStringList ids;
    for (const ReviewPick& p : picks)
        ids << p.decision.caseId;
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (int i = 1; i < picks.size(); ++i)
        QVERIFY(picks.at(i - 1).decision.decidedAt <= picks.at(i).decision.decidedAt);
    QVERIFY(ReviewSampler::sample(decisions, -1, 42).isEmpty());
}

void tst_ReviewSampler::sameSeedSameSampleWhateverTheOrder()
{
    QList<ReviewCandidate> decisions = week(QStringLiteral("anna"), QDate(2026, 11, 16), 50, 1)
        + week(QStringLiteral("bo"), QDate(2026, 11, 16), 50, 100);
    const QStringList first = randomCases(ReviewSampler::sample(decisions, 4, 2026));
    QCOMPARE(first.size(), 8);
    std::shuffle(decisions.begin(), decisions.end(), *QRandomGenerator::global());
    QCOMPARE(randomCases(ReviewSampler::sample(decisions, 4, 2026)), first);
    std::reverse(decisions.begin(), decisions.end());
    QCOMPARE(randomCases(ReviewSampler::sample(decisions, 4, 2026)), first);
    // Pinned: the draw is FNV-1a + mt19937_64, the same on every platform and Qt version, so a sample
    // announced to a team stays the same after an upgrade.
    QCOMPARE(randomCases(ReviewSampler::sample(decisions, 2, 1), QStringLiteral("anna")),
        (QStringList { QStringLiteral("AP-000001"), QStringLiteral("AP-000043") }));
}

void tst_ReviewSampler::otherSeedOtherSample()
{
    const QList<ReviewCandidate> decisions = week(QStringLiteral("anna"), QDate(2026, 11, 16), 200, 1);
    const QStringList base = randomCases(ReviewSampler::sample(decisions, 5, 1));
    int differ = 0;
    for (quint64 seed = 2; seed < 12; ++seed)
        differ += randomCases(ReviewSampler::sample(decisions, 5, seed)) != base ? 1 : 0;
    // Five of 200: two seeds agree by chance about once in 2.5e9 draws.
    QCOMPARE(differ, 10);
    // And the draw is spread: over many seeds every decision is picked sometimes, none always.
    QHash<QString, int> times;
    for (quint64 seed = 0; seed < 400; ++seed)
        for (const QString& id : randomCases(ReviewSampler::sample(decisions.mid(0, 20), 5, seed)))
            ++times[id];
    QCOMPARE(times.size(), 20);
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        QVERIFY2(it.value() > 40 && it.value() < 180, qPrintable(it.key())); // about 100 expected
}

void tst_ReviewSampler::otherAgentsDoNotChangeADraw()
{
    const QList<ReviewCandidate> anna = week(QStringLiteral("anna"), QDate(2026, 11, 16), 30, 1);
    const QStringList alone = randomCases(ReviewSampler::sample(anna, 3, 9));
    const QList<ReviewCandidate> team = anna + week(QStringLiteral("bo"), QDate(2026, 11, 16), 30, 100)
        + week(QStringLiteral("anna"), QDate(2026, 11, 23), 30, 200);
    QStringList inTeam;
    for (const ReviewPick& p : ReviewSampler::sample(team, 3, 9))
        if ((p.reasons & ReviewPick::Random) && p.decision.agent == QLatin1String("anna")
            && p.week == QLatin1String("2026-W47"))
            inTeam << p.decision.caseId;
    QCOMPARE(inTeam, alone);
}

QTEST_GUILESS_MAIN(tst_ReviewSampler)
#include "tst_reviewsampler.moc"
