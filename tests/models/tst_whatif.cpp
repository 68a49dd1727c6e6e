#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "Importer.h"
#include "PolicySettingsKeys.h"
#include "WhatIfAnalysis.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The team lead's what-if (issue 17): counts checked by hand on a small desk of live-chat abuse cases, whose
// sanction ladder a setting changes, and a KYC-mismatch case that another setting changes.
class tst_WhatIf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ladderChangeCountsOpenAndPastCases();
    void pastCasesAreJudgedWithTheStrikesOfTheirTime();
    void unchangedSettingsChangeNothing();
    void otherSettingChangesOnlyItsCases();
    void cancelStopsTheRun();
    void settingsKeysRefuseBadValues();
    void cleanupTestCase();

private:
    bool importLines(const QList<QByteArray>& lines);
    static QByteArray liveChatAbuse(const QString& caseId, const QString& userId);
    bool decideNow(const QString& caseId);
    WhatIfResult whatIf(const QString& assignment);

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<CaseService> m_service;
};

QByteArray tst_WhatIf::liveChatAbuse(const QString& caseId, const QString& userId)
{
    return QStringLiteral(
        R"({"id":"%1","kind":"live_chat_abuse","opened_at":"2026-11-20T09:00:00Z","language":"en",)"
        R"("parties":[{"role":"user","user_id":"%2","nickname":"n"}],)"
        R"("events":[{"at":"2026-11-20T09:05:00Z","type":"abuse_confirmed","by":"agent","party":"user",)"
        R"("agent":"agent.k","message_index":0}],)"
        R"("messages":[{"at":"2026-11-20T09:01:00Z","channel":"live_chat","from":"user","text":"you idiot"}]})")
        .arg(caseId, userId)
        .toUtf8();
}

bool tst_WhatIf::importLines(const QList<QByteArray>& lines)
{
    QFile file(m_dir.filePath(QStringLiteral("bundle.jsonl")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QByteArray& line : lines)
        file.write(line + '\n');
    file.close();
    Importer importer(*m_db, *m_store, m_clock);
    const ImportReport report = importer.importFile(file.fileName());
    return report.complete();
}

bool tst_WhatIf::decideNow(const QString& caseId)
{
    DecisionRequest request;
    request.caseId = caseId;
    request.agent = QStringLiteral("anna");
    request.confirmed = *m_service->suggest(caseId, m_clock.now());
    request.outcome = request.confirmed->outcome;
    return m_service->decide(request).stored();
}

WhatIfResult tst_WhatIf::whatIf(const QString& assignment)
{
    PolicySettings proposed = m_service->settings();
    QString error;
    if (!PolicySettingsKeys::applyAssignment(&proposed, assignment, &error))
        qFatal("%s", qPrintable(error));
    WhatIfAnalysis analysis(*m_service);
    if (!analysis.run(proposed, m_clock.now(), QDate(2026, 11, 20), QDate(2026, 11, 20)))
        qFatal("what-if failed: %s", qPrintable(analysis.error()));
    return analysis.result();
}

void tst_WhatIf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("desk.sqlite")), QStringLiteral("whatif"));
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    m_store = std::make_unique<CaseStore>(*m_db);
    m_service = std::make_unique<CaseService>(*m_db, *m_store, m_clock);

    QFile example(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QByteArray kyc = example.readAll();
    kyc = kyc.mid(kyc.indexOf('[', kyc.indexOf("\"cases\"")) + 1);
    kyc = kyc.left(kyc.lastIndexOf(']')).trimmed();
    // Paid from someone else's account: S2b, with its account sanction.
    kyc.replace("\"payer_name\": \"Eva Andersson\"", "\"payer_name\": \"Johan Berg\"").replace('\n', ' ');

    QVERIFY(importLines({ liveChatAbuse(QStringLiteral("LC-A1"), QStringLiteral("U-1")),
        liveChatAbuse(QStringLiteral("LC-A2"), QStringLiteral("U-1")),
        liveChatAbuse(QStringLiteral("LC-A3"), QStringLiteral("U-1")),
        liveChatAbuse(QStringLiteral("LC-B1"), QStringLiteral("U-2")), kyc }));

    // 12:00: U-1's and U-2's first strikes (1 day each); 13:00: U-1's second (7 days).
    QVERIFY(decideNow(QStringLiteral("LC-A1")));
    QVERIFY(decideNow(QStringLiteral("LC-B1")));
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(13, 0), Qt::UTC));
    QVERIFY(decideNow(QStringLiteral("LC-A2")));
    QCOMPARE(m_store->decisions().decision(QStringLiteral("LC-A2"))->sanctions.first().days, std::optional<int>(7));
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC));
}

void tst_WhatIf::ladderChangeCountsOpenAndPastCases()
{
    const WhatIfResult r = whatIf(QStringLiteral("live_chat_ladder_days=2,14,60"));
    QCOMPARE(r.settingsChanged.size(), 1);
    QCOMPARE(r.settingsChanged.first().first, QStringLiteral("live_chat_ladder_days"));

    // Open: LC-A3 (U-1's third strike: 30 days now, 60 proposed) changes; the KYC case does not.
    QCOMPARE(r.openCases, 2);
    QCOMPARE(r.openChanged, 1);
    QCOMPARE(r.byClause.size(), 1);
    QCOMPARE(r.byClause.first().clause, QStringLiteral("LC1"));
    QCOMPARE(r.byClause.first().from, Outcome::Suspend);
    QCOMPARE(r.byClause.first().to, Outcome::Suspend);
    QCOMPARE(r.byClause.first().count, 1);
    QCOMPARE(r.byClause.first().caseIds, QStringList { QStringLiteral("LC-A3") });

    // Past: all three decisions get other sanction lengths; the outcome stays the agent's.
    QCOMPARE(r.pastDecisions, 3);
    QCOMPARE(r.pastChanged, 3);
    QCOMPARE(r.pastAgree, 3);
    QCOMPARE(r.pastDiffer, 0);
    QCOMPARE(r.sanctionsAdded, 3);
    QCOMPARE(r.sanctionsRemoved, 3);
    QCOMPARE(r.pastByClause.size(), 1);
    QCOMPARE(r.pastByClause.first().count, 3);

    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("open_changed")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("past_differ")).toInt(), 0);
    const QJsonObject row = json.value(QStringLiteral("by_clause")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("clause")).toString(), QStringLiteral("LC1"));
    QCOMPARE(row.value(QStringLiteral("from")).toString(), QStringLiteral("suspend"));
    QCOMPARE(row.value(QStringLiteral("to")).toString(), QStringLiteral("suspend"));
    QCOMPARE(row.value(QStringLiteral("count")).toInt(), 1);
}

// LC-A1 is judged with the strikes before 12:00 (none: first step), LC-A2 with LC-A1's (second step), never
// with strikes recorded after its decision. Only the sanction lengths the first two steps give can be seen
// here: with a ladder whose first step is 7 days, LC-A1 and LC-B1 change (1 -> 7) and LC-A2 (7 -> 7) does not.
void tst_WhatIf::pastCasesAreJudgedWithTheStrikesOfTheirTime()
{
    const WhatIfResult r = whatIf(QStringLiteral("live_chat_ladder_days=7,7,30"));
    QCOMPARE(r.pastDecisions, 3);
    QCOMPARE(r.pastChanged, 2);
    QCOMPARE(r.pastByClause.first().caseIds, (QStringList { QStringLiteral("LC-A1"), QStringLiteral("LC-B1") }));
    QCOMPARE(r.sanctionsAdded, 2);
    QCOMPARE(r.sanctionsRemoved, 2);
    QCOMPARE(r.openChanged, 0); // LC-A3 is the third step: 30 days either way
}

void tst_WhatIf::unchangedSettingsChangeNothing()
{
    const WhatIfResult r = whatIf(QStringLiteral("live_chat_ladder_days=1,7,30"));
    QVERIFY(r.settingsChanged.isEmpty());
    QCOMPARE(r.openCases, 2);
    QCOMPARE(r.openChanged, 0);
    QCOMPARE(r.pastDecisions, 3);
    QCOMPARE(r.pastChanged, 0);
    QCOMPARE(r.pastAgree, 3);
    QCOMPARE(r.sanctionsAdded, 0);
    QCOMPARE(r.sanctionsRemoved, 0);
    QVERIFY(r.byClause.isEmpty());
}

void tst_WhatIf::otherSettingChangesOnlyItsCases()
{
    const WhatIfResult r = whatIf(QStringLiteral("kyc_mismatch_sanction_days=30"));
    QCOMPARE(r.openChanged, 1);
    QCOMPARE(r.byClause.first().caseIds, QStringList { QStringLiteral("AP-2026-000123") });
    QCOMPARE(r.byClause.first().from, r.byClause.first().to);
    QCOMPARE(r.pastChanged, 0);
}

void tst_WhatIf::cancelStopsTheRun()
{
    std::atomic<bool> cancel { true };
    PolicySettings proposed = m_service->settings();
    proposed.liveChatLadderDays = { 2, 14, 60 };
    WhatIfAnalysis analysis(*m_service);
    analysis.setCancelFlag(&cancel);
    QVERIFY(!analysis.run(proposed, m_clock.now(), QDate(2026, 11, 20), QDate(2026, 11, 20)));
    QVERIFY(analysis.cancelled());
    QVERIFY(analysis.error().isEmpty());
}

void tst_WhatIf::settingsKeysRefuseBadValues()
{
    PolicySettings s;
    QString error;
    QVERIFY(!PolicySettingsKeys::applyAssignment(&s, QStringLiteral("price_anomaly_percent=101"), &error));
    QVERIFY(error.contains(QLatin1String("price_anomaly_percent")));
    QVERIFY(!PolicySettingsKeys::applyAssignment(&s, QStringLiteral("live_chat_ladder_days=1,x"), &error));
    QVERIFY(!PolicySettingsKeys::applyAssignment(&s, QStringLiteral("holidays=2026-13-01"), &error));
    QVERIFY(!PolicySettingsKeys::applyAssignment(&s, QStringLiteral("no_such_key=1"), &error));
    QVERIFY(error.contains(QLatin1String("sla_hours"))); // the message lists the keys
    QVERIFY(!PolicySettingsKeys::applyAssignment(&s, QStringLiteral("sla_hours"), &error));
    QCOMPARE(s, PolicySettings()); // nothing changed by a refused value

    QVERIFY(PolicySettingsKeys::applyAssignment(&s, QStringLiteral("partial_sanction_days=14"), &error));
    QCOMPARE(s.partialSanctionDays, std::optional<int>(14));
    QVERIFY(PolicySettingsKeys::applyAssignment(&s, QStringLiteral("partial_sanction_days="), &error));
    QVERIFY(!s.partialSanctionDays);
    QVERIFY(PolicySettingsKeys::applyAssignment(&s, QStringLiteral("holidays=2026-12-26,2026-12-24"), &error));
    QCOMPARE(s.holidays, (QList<QDate> { QDate(2026, 12, 24), QDate(2026, 12, 26) }));
    // Every key round-trips through its text.
    PolicySettings back;
    for (const auto& [key, value] : PolicySettingsKeys::toRows(s))
        QVERIFY2(PolicySettingsKeys::apply(&back, key, value, &error), qPrintable(error));
    QCOMPARE(back, s);
}

void tst_WhatIf::cleanupTestCase()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
}

QTEST_GUILESS_MAIN(tst_WhatIf)
#include "tst_whatif.moc"
