#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "AuditReconciler.h"
#include "Database.h"
#include "Importer.h"
#include "ReviewSampler.h"
#include "ReviewStore.h"
#include "TestBackend.h"
#include "Translator.h"

#include "SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QSqlError>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>

// CaseService: every agent action, judged and stored in one transaction at the clock's "now".
class tst_CaseService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void staleSuggestionIsRefusedAndConfirmedAgain();
    void expectedOutcomeMustStillHold();
    void overrideRecordsOnlyWhatIsKept();
    void acceptRecordsEverything();
    void refusals();
    void writesUseTheClock();
    void voidingAStrikeMovesTheLadderBack();
    void auditIsTheSameInEveryLanguage();
    void decidedCaseTakesOnlyFollowUps();
    void claimNextTakesTheQueueOrder();
    void claimNextPassesOverALockedRow();
    void aDeadlockIsRetriedUnseen();
    void writersOfOtherUsersRunSideBySide();
    void reopenVoidsTheDecisionAndTheAgentDecidesAgain();
    void reopenRefusals();
    void secondReviewRecordsAndReopens();

private:
    // Members are destroyed in reverse order: the service and the store before their connection.
    struct Desk
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<CaseStore> store;
        std::unique_ptr<CaseService> service;
        void close()
        {
            service.reset();
            store.reset();
            db.reset();
        }
    };
    Desk openDesk(const QString& name);
    bool importLines(Desk& desk, const QList<QByteArray>& lines);
    static QByteArray liveChatAbuse(const QString& caseId, const QString& userId);
    static QByteArray kycMismatch(const QString& caseId);
    static QString auditHead(const Desk& desk);

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    Desk m_desk;
};

tst_CaseService::Desk tst_CaseService::openDesk(const QString& name)
{
    Desk desk;
    QString error;
    const QString location = TestBackend::freshLocation(&error, m_dir.filePath(name + QStringLiteral(".sqlite")));
    if (location.isEmpty())
        qFatal("cannot make a desk %s: %s", qPrintable(name), qPrintable(error));
    desk.db = std::make_unique<Database>(location, name);
    if (!desk.db->open())
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(desk.db->error()));
    desk.store = std::make_unique<CaseStore>(*desk.db);
    desk.service = std::make_unique<CaseService>(*desk.db, *desk.store, m_clock);
    return desk;
}

bool tst_CaseService::importLines(Desk& desk, const QList<QByteArray>& lines)
{
    // One folder per import, the same file name in each: the import's audit entry names the file (issue 13,
    // item 2), and desks that import the same cases keep the same chain.
    static int n = 0;
    const QString folder = m_dir.filePath(QStringLiteral("import-%1").arg(++n));
    QDir().mkpath(folder);
    QFile file(folder + QStringLiteral("/bundle.jsonl"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QByteArray& line : lines)
        file.write(line + '\n');
    file.close();
    Importer importer(*desk.db, *desk.store, m_clock);
    const ImportReport report = importer.importFile(file.fileName());
    if (!report.complete())
        qWarning() << report.messages();
    return report.complete();
}

QByteArray tst_CaseService::liveChatAbuse(const QString& caseId, const QString& userId)
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

QByteArray tst_CaseService::kycMismatch(const QString& caseId)
{
    QFile example(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"));
    if (!example.open(QIODevice::ReadOnly))
        return QByteArray();
    // The example bundle's one case under another id.
    QByteArray text = example.readAll();
    const int start = int(text.indexOf("\"cases\""));
    const int open = int(text.indexOf('[', start));
    const int close = int(text.lastIndexOf(']'));
    QByteArray object = text.mid(open + 1, close - open - 1).trimmed();
    // Paid from someone else's account: S2b.
    return object.replace("AP-2026-000123", caseId.toUtf8())
        .replace("\"payer_name\": \"Eva Andersson\"", "\"payer_name\": \"Johan Berg\"")
        .replace('\n', ' ');
}

QString tst_CaseService::auditHead(const Desk& desk)
{
    QSqlQuery q(desk.db->connection());
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_head")) || !q.next())
        return QString();
    return q.value(0).toString();
}

void tst_CaseService::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
}

void tst_CaseService::init()
{
    QVERIFY(m_dir.isValid());
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    m_desk.close();
    m_desk = openDesk(QStringLiteral("desk-") + QString::fromLatin1(QTest::currentTestFunction()));
}

void tst_CaseService::cleanup()
{
    m_desk.close();
    TestBackend::dropFresh();
    Translator::install(QStringLiteral("en"));
}

// The bug this class fixes: both suggestions taken before either decision, then both
// confirmed. The second must not be stored with the first step of the ladder.
void tst_CaseService::staleSuggestionIsRefusedAndConfirmedAgain()
{
    QVERIFY(importLines(m_desk,
        { liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")),
            liveChatAbuse(QStringLiteral("LC-2"), QStringLiteral("U-1")) }));
    CaseService& service = *m_desk.service;
    const Suggestion first = *service.suggest(QStringLiteral("LC-1"), m_clock.now());
    const Suggestion second = *service.suggest(QStringLiteral("LC-2"), m_clock.now());
    QCOMPARE(first.outcome, Outcome::Suspend);
    QCOMPARE(first.sanctions.size(), 1);
    QCOMPARE(first.sanctions.first().days, std::optional<int>(1));
    QCOMPARE(second.sanctions.first().days, std::optional<int>(1)); // shown before the first decision

    DecisionRequest request;
    request.caseId = QStringLiteral("LC-1");
    request.outcome = first.outcome;
    request.agent = QStringLiteral("anna");
    request.confirmed = first;
    DecisionResult result = service.decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));
    QCOMPARE(result.decision.sanctions.first().days, std::optional<int>(1));

    request.caseId = QStringLiteral("LC-2");
    request.confirmed = second;
    result = service.decide(request);
    QCOMPARE(result.status, DecisionResult::Stale);
    QVERIFY(!m_desk.store->cases().isDecided(QStringLiteral("LC-2")));
    QCOMPARE(result.suggestion.sanctions.first().days, std::optional<int>(7)); // the new suggestion to show

    request.confirmed = result.suggestion; // the agent confirms what is shown now
    result = service.decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));
    QCOMPARE(result.decision.sanctions.size(), 1);
    QCOMPARE(result.decision.sanctions.first().days, std::optional<int>(7));
    QCOMPARE(m_desk.store->decisions().decision(QStringLiteral("LC-2"))->sanctions.first().days, std::optional<int>(7));
}

void tst_CaseService::expectedOutcomeMustStillHold()
{
    QVERIFY(importLines(m_desk, { kycMismatch(QStringLiteral("AP-1")) }));
    DecisionRequest request;
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Release;
    request.note = QStringLiteral("seller confirmed");
    request.agent = QStringLiteral("anna");
    request.expectedOutcome = Outcome::Release; // what the caller believes the policy says
    const DecisionResult result = m_desk.service->decide(request);
    QCOMPARE(result.status, DecisionResult::Stale);
    QCOMPARE(result.suggestion.outcome, Outcome::Refund);
    QVERIFY(!m_desk.store->cases().isDecided(QStringLiteral("AP-1")));
    QSqlQuery q(m_desk.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM strikes")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_CaseService::overrideRecordsOnlyWhatIsKept()
{
    QVERIFY(importLines(m_desk, { kycMismatch(QStringLiteral("AP-1")), kycMismatch(QStringLiteral("AP-2")) }));
    DecisionRequest request;
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Cancel;
    request.agent = QStringLiteral("anna");
    request.note = QStringLiteral("the buyer withdrew the appeal");
    DecisionResult result = m_desk.service->decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));
    QVERIFY(result.decision.isOverride);
    QVERIFY(result.decision.strikes.isEmpty());
    QVERIFY(result.decision.sanctions.isEmpty());
    QCOMPARE(result.decision.droppedStrikes.size(), 1);
    QCOMPARE(result.decision.droppedSanctions.size(), 1);
    QCOMPARE(result.decision.droppedStrikes.first().kind, StrikeKind::KycNameMismatch);
    // Read back from the store, and in the decision's JSON line.
    const std::optional<DecisionRecord> stored = m_desk.store->decisions().decision(QStringLiteral("AP-1"));
    QCOMPARE(stored->droppedSanctions.size(), 1);
    QCOMPARE(stored->droppedSanctions.first().days, std::optional<int>(15));
    QVERIFY(stored->toJsonLine().contains("\"dropped\":{\"sanctions\":[{"));

    // Keeping the strike (by kind) but not the sanction.
    request.caseId = QStringLiteral("AP-2");
    request.keep = { QStringLiteral("kyc_name_mismatch") };
    result = m_desk.service->decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));
    QCOMPARE(result.decision.strikes.size(), 1);
    QVERIFY(result.decision.sanctions.isEmpty());
    QCOMPARE(result.decision.droppedSanctions.size(), 1);
    QVERIFY(result.decision.droppedStrikes.isEmpty());
}

void tst_CaseService::acceptRecordsEverything()
{
    QVERIFY(importLines(m_desk, { kycMismatch(QStringLiteral("AP-1")) }));
    DecisionRequest request;
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Refund;
    request.agent = QStringLiteral("anna");
    request.keep = {}; // ignored when accepting
    const DecisionResult result = m_desk.service->decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));
    QVERIFY(!result.decision.isOverride);
    QCOMPARE(result.decision.strikes.size(), 1);
    QCOMPARE(result.decision.sanctions.size(), 1);
    QVERIFY(result.decision.droppedStrikes.isEmpty());
}

void tst_CaseService::refusals()
{
    QVERIFY(importLines(m_desk, { kycMismatch(QStringLiteral("AP-1")) }));
    DecisionRequest request;
    request.caseId = QStringLiteral("AP-none");
    request.outcome = Outcome::Refund;
    request.agent = QStringLiteral("anna");
    QCOMPARE(m_desk.service->decide(request).refusal, DecisionResult::UnknownCase);
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Release;
    QCOMPARE(m_desk.service->decide(request).refusal, DecisionResult::NoteRequired);
    // Issue 13, item 4: "none" without a note was accepted from the command line while the window refused it.
    request.outcome = Outcome::None;
    QCOMPARE(m_desk.service->decide(request).refusal, DecisionResult::NoteRequired);
    request.outcome = Outcome::Refund;
    request.agent = QStringLiteral("  ");
    QCOMPARE(m_desk.service->decide(request).status, DecisionResult::Refused);
    request.agent = QStringLiteral("anna");
    QVERIFY(m_desk.service->decide(request).stored());
    QCOMPARE(m_desk.service->decide(request).refusal, DecisionResult::AlreadyDecided);
    QVERIFY(!m_desk.db->inTransaction());
}

void tst_CaseService::writesUseTheClock()
{
    QVERIFY(importLines(m_desk, { kycMismatch(QStringLiteral("AP-1")) }));
    m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(8, 30), Qt::UTC));
    CaseEvent event;
    event.type = EventType::RefundProof;
    event.by = Role::Seller;
    event.at = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC); // a caller's instant is not trusted
    QVERIFY2(m_desk.service->recordEvent(QStringLiteral("AP-1"), event), qPrintable(m_desk.service->lastError()));
    const std::optional<CaseFacts> facts = m_desk.store->cases().load(QStringLiteral("AP-1"));
    QCOMPARE(facts->events.constLast().at, m_clock.now());

    QDateTime until;
    QVERIFY(m_desk.service->claim(QStringLiteral("AP-1"), QStringLiteral("anna"), 20, &until));
    QCOMPARE(until, m_clock.now().addSecs(20 * 60));
    QCOMPARE(m_desk.store->claims().holder(QStringLiteral("AP-1"), m_clock.now()), QStringLiteral("anna"));
    QVERIFY(m_desk.service->release(QStringLiteral("AP-1"), QStringLiteral("anna")));
    QCOMPARE(m_desk.store->claims().holder(QStringLiteral("AP-1"), m_clock.now()), QString());

    DecisionRequest request;
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Refund;
    request.agent = QStringLiteral("anna");
    const DecisionResult result = m_desk.service->decide(request);
    QVERIFY2(result.stored(), qPrintable(result.error));
    QCOMPARE(result.decision.decidedAt, m_clock.now());
}

void tst_CaseService::voidingAStrikeMovesTheLadderBack()
{
    QVERIFY(importLines(m_desk,
        { liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")),
            liveChatAbuse(QStringLiteral("LC-2"), QStringLiteral("U-1")) }));
    DecisionRequest request;
    request.caseId = QStringLiteral("LC-1");
    request.outcome = Outcome::Suspend;
    request.agent = QStringLiteral("anna");
    QVERIFY(m_desk.service->decide(request).stored());
    QCOMPARE(
        m_desk.service->suggest(QStringLiteral("LC-2"), m_clock.now())->sanctions.first().days, std::optional<int>(7));
    const qint64 strike = m_desk.store->strikes().strikesOf(QStringLiteral("U-1")).first().id;
    QVERIFY(!m_desk.service->voidStrike(strike, QStringLiteral("lead"), QString())); // a reason is required
    QVERIFY2(m_desk.service->voidStrike(strike, QStringLiteral("lead"), QStringLiteral("wrong user")),
        qPrintable(m_desk.service->lastError()));
    QCOMPARE(
        m_desk.service->suggest(QStringLiteral("LC-2"), m_clock.now())->sanctions.first().days, std::optional<int>(1));
    QVERIFY(!m_desk.service->voidStrike(987654, QStringLiteral("lead"), QStringLiteral("x")));
}

// Decisions and audit entries hold ids and values: the agent's UI language changes nothing in them.
void tst_CaseService::auditIsTheSameInEveryLanguage()
{
    QStringList heads;
    QStringList suggestionColumns;
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("th"), QStringLiteral("bg") }) {
        QVERIFY(Translator::install(language));
        Desk desk = openDesk(QStringLiteral("lang-") + language);
        QVERIFY(importLines(desk,
            { kycMismatch(QStringLiteral("AP-1")), liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")) }));
        for (const QString& id : { QStringLiteral("AP-1"), QStringLiteral("LC-1") }) {
            const Suggestion suggestion = *desk.service->suggest(id, m_clock.now());
            QVERIFY(!suggestion.steps.isEmpty());
            DecisionRequest request;
            request.caseId = id;
            request.outcome = suggestion.outcome;
            request.agent = QStringLiteral("anna");
            request.confirmed = suggestion;
            const DecisionResult result = desk.service->decide(request);
            QVERIFY2(result.stored(), qPrintable(result.error));
        }
        QSqlQuery q(desk.db->connection());
        QVERIFY(q.exec(TestBackend::isPostgresql()
                        ? QStringLiteral("SELECT string_agg(suggestion_json, '|' ORDER BY id) FROM decisions")
                        : QStringLiteral("SELECT group_concat(suggestion_json, '|') FROM decisions"))
            && q.next());
        suggestionColumns << q.value(0).toString();
        heads << auditHead(desk);
        QVERIFY(desk.store->audit().verifyChain());
    }
    QVERIFY(!heads.first().isEmpty());
    QCOMPARE(heads.at(1), heads.at(0));
    QCOMPARE(heads.at(2), heads.at(0));
    QCOMPARE(suggestionColumns.at(1), suggestionColumns.at(0));
    QVERIFY(!suggestionColumns.at(0).contains(QStringLiteral("\"steps\"")));
}

// Settled reading 14: payment and refund proofs, also on a decided case; nothing else there, and the
// decided case's queue columns stay as they are.
void tst_CaseService::decidedCaseTakesOnlyFollowUps()
{
    QVERIFY(importLines(m_desk, { kycMismatch(QStringLiteral("AP-1")) }));
    CaseEvent contacted;
    contacted.type = EventType::SellerContacted;
    QVERIFY2(m_desk.service->recordEvent(QStringLiteral("AP-1"), contacted), qPrintable(m_desk.service->lastError()));
    DecisionRequest request;
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Refund;
    request.agent = QStringLiteral("anna");
    QVERIFY(m_desk.service->decide(request).stored());

    QVERIFY(!m_desk.service->recordEvent(QStringLiteral("AP-1"), contacted));
    QVERIFY(m_desk.service->lastError().contains(QStringLiteral("is decided")));
    CaseEvent proof;
    proof.type = EventType::RefundProof;
    QVERIFY2(m_desk.service->recordEvent(QStringLiteral("AP-1"), proof), qPrintable(m_desk.service->lastError()));
    CaseEvent confirmed;
    confirmed.type = EventType::RefundConfirmed;
    QVERIFY2(m_desk.service->recordEvent(QStringLiteral("AP-1"), confirmed), qPrintable(m_desk.service->lastError()));
    const std::optional<CaseFacts> facts = m_desk.store->cases().load(QStringLiteral("AP-1"));
    QCOMPARE(facts->events.constLast().type, EventType::RefundConfirmed);
    QCOMPARE(facts->events.constLast().by, Role::Buyer); // the buyer's act, recorded by the agent
    QCOMPARE(facts->events.at(facts->events.size() - 2).by, Role::Seller);
    QVERIFY(m_desk.store->cases().isDecided(QStringLiteral("AP-1")));
    CaseEvent empty;
    empty.type = EventType::Note;
    QVERIFY(!m_desk.service->recordEvent(QStringLiteral("AP-1"), empty)); // a note needs its text
}

// Issue 15, item 3: "give me the next unclaimed case". Open cases in the queue's deadline order,
// each to one agent; a running claim keeps a case out, one that ran out frees it again.
void tst_CaseService::claimNextTakesTheQueueOrder()
{
    QVERIFY(importLines(m_desk,
        { liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")),
            liveChatAbuse(QStringLiteral("LC-2"), QStringLiteral("U-2")),
            liveChatAbuse(QStringLiteral("LC-3"), QStringLiteral("U-3")),
            liveChatAbuse(QStringLiteral("LC-4"), QStringLiteral("U-4")) }));
    CaseService& service = *m_desk.service;
    QVERIFY(service.claim(QStringLiteral("LC-2"), QStringLiteral("cilla"), 10));
    DecisionRequest request;
    request.caseId = QStringLiteral("LC-3");
    request.outcome = service.suggest(request.caseId, m_clock.now())->outcome;
    request.agent = QStringLiteral("cilla");
    QVERIFY(service.decide(request).stored());

    QDateTime until;
    QCOMPARE(service.claimNext(QStringLiteral("anna"), 20, &until), QStringLiteral("LC-1"));
    QCOMPARE(until, m_clock.now().addSecs(20 * 60));
    QCOMPARE(m_desk.store->claims().holder(QStringLiteral("LC-1"), m_clock.now()), QStringLiteral("anna"));
    QCOMPARE(service.claimNext(QStringLiteral("bo"), 20), QStringLiteral("LC-4"));
    // Nothing free: no case and no error.
    QCOMPARE(service.claimNext(QStringLiteral("bo"), 20), QString());
    QCOMPARE(service.lastError(), QString());
    // cilla's ten minutes run out: LC-2 is free again (the earliest deadline of the free ones).
    m_clock.set(m_clock.now().addSecs(11 * 60));
    QCOMPARE(service.claimNext(QStringLiteral("bo"), 20), QStringLiteral("LC-2"));
    QCOMPARE(service.claimNext(QString(), 20), QString());
    QVERIFY(!service.lastError().isEmpty()); // a claim needs the agent's name
    QCOMPARE(service.retriedWrites(), 0);
    // Every claim is in the audit chain.
    QSqlQuery q(m_desk.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'claim'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QVERIFY(m_desk.store->audit().verifyChain());
}

// On PostgreSQL the next case is picked FOR UPDATE SKIP LOCKED: a row another session holds (a team
// lead's psql) is passed over at once, not waited for.
void tst_CaseService::claimNextPassesOverALockedRow()
{
    if (!TestBackend::isPostgresql())
        QSKIP("SQLite has no row locks: its write lock keeps every other writer out");
    QVERIFY(importLines(m_desk,
        { liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")),
            liveChatAbuse(QStringLiteral("LC-2"), QStringLiteral("U-2")) }));
    Database other(m_desk.db->path(), QStringLiteral("psql-session"));
    QVERIFY2(other.open(), qPrintable(other.error()));
    QSqlQuery lead(other.connection());
    QVERIFY(lead.exec(QStringLiteral("BEGIN")));
    QVERIFY(lead.exec(QStringLiteral("SELECT id FROM cases WHERE case_id = 'LC-1' FOR UPDATE")));
    QCOMPARE(m_desk.service->claimNext(QStringLiteral("anna"), 20), QStringLiteral("LC-2"));
    QVERIFY(lead.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(m_desk.service->claimNext(QStringLiteral("bo"), 20), QStringLiteral("LC-1"));
}

// Issue 15, item 3: a deadlock (or serialization failure) rolls the transaction back; CaseService
// runs it again and the agent sees only the result. A second session makes a real deadlock: it
// holds the case's row, waits until the claim waits for that row, then asks for the writers'
// turn the claim holds. The server aborts the claim (it waited first); the retry succeeds.
void tst_CaseService::aDeadlockIsRetriedUnseen()
{
    if (!TestBackend::isPostgresql())
        QSKIP("a PostgreSQL deadlock; SQLite's busy writer is retried at BEGIN by Database::beginWrite");
    QVERIFY(importLines(m_desk, { liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")) }));
    QSqlQuery pidQuery(m_desk.db->connection());
    QVERIFY(pidQuery.exec(QStringLiteral("SELECT pg_backend_pid()")) && pidQuery.next());
    const qint64 servicePid = pidQuery.value(0).toLongLong();
    pidQuery.finish();
    const QString location = m_desk.db->path();
    const QStringList writeTurn = m_desk.db->dialect().writeTurn();
    std::atomic<int> stage { 0 };
    QString otherError;
    std::thread other([&] {
        {
            Database db(location, QStringLiteral("deadlocker"));
            if (!db.open()) {
                otherError = db.error();
                stage = -1;
                return;
            }
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("BEGIN"))
                || !q.exec(QStringLiteral("UPDATE cases SET version = version WHERE case_id = 'LC-1'"))) {
                otherError = q.lastError().text();
                stage = -1;
                return;
            }
            stage = 1;
            // Until the claim waits for the row this session holds.
            for (int i = 0; i < 3000; ++i) {
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE pid = ? AND NOT granted"));
                q.addBindValue(servicePid);
                if (q.exec() && q.next() && q.value(0).toInt() > 0)
                    break;
                QThread::msleep(5);
            }
            for (const QString& statement : writeTurn) {
                if (!q.exec(statement))
                    otherError = q.lastError().text();
            }
            q.exec(QStringLiteral("COMMIT"));
            stage = 2;
        }
    });
    while (stage == 0)
        QThread::msleep(5);
    const bool claimed = stage > 0 && m_desk.service->claim(QStringLiteral("LC-1"), QStringLiteral("anna"), 20);
    const QString error = m_desk.service->lastError();
    other.join();
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    QVERIFY2(claimed, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(m_desk.service->retriedWrites(), 1);
    QCOMPARE(m_desk.store->claims().holder(QStringLiteral("LC-1"), m_clock.now()), QStringLiteral("anna"));
    QSqlQuery q(m_desk.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'claim'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the aborted attempt left nothing
    QVERIFY(m_desk.store->audit().verifyChain());
}

// Issue 15 (agents scale): on a server, a decision waits only for writers of the same users. Another
// session is in the middle of an agent's action on LC-1 (user U-1): it holds the shared turn and U-1's
// lock, and has an audit entry waiting for its COMMIT. A decision on LC-2 (user U-2) goes through
// meanwhile (under the desk-wide lock it waited; the lock timeout makes that a failure, not a hang), and
// the other session's entry is chained after it at its COMMIT: one chain.
void tst_CaseService::writersOfOtherUsersRunSideBySide()
{
    if (!TestBackend::isPostgresql())
        QSKIP("SQLite's writers take turns (BEGIN IMMEDIATE)");
    QVERIFY(importLines(m_desk,
        { liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")),
            liveChatAbuse(QStringLiteral("LC-2"), QStringLiteral("U-2")) }));
    Database other(m_desk.db->path(), QStringLiteral("other-agent"));
    QVERIFY2(other.open(), qPrintable(other.error()));
    {
        CaseStore otherStore(other);
        QVERIFY(other.beginWrite(false, Database::Turn::Case));
        QVERIFY(other.sharesTurn());
        QVERIFY2(other.lockCaseParties(QStringLiteral("LC-1")), qPrintable(other.error()));
        QVERIFY(otherStore.audit().append(QStringLiteral("bo"), QStringLiteral("note"), QStringLiteral("LC-1"),
            QString(), QStringLiteral("while anna decides"), m_clock.now()));

        QVERIFY(m_desk.db->exec(QStringLiteral("SET lock_timeout = 2000")));
        const std::optional<Suggestion> shown = m_desk.service->suggest(QStringLiteral("LC-2"), m_clock.now());
        QVERIFY(shown);
        DecisionRequest request;
        request.caseId = QStringLiteral("LC-2");
        request.outcome = shown->outcome;
        request.agent = QStringLiteral("anna");
        request.confirmed = *shown;
        const DecisionResult result = m_desk.service->decide(request);
        QVERIFY2(result.stored(), qPrintable(result.error));
        QCOMPARE(m_desk.service->retriedWrites(), 0);

        // The same user's case waits for the other session: the lock timeout ends the try.
        QVERIFY(m_desk.db->exec(QStringLiteral("SET lock_timeout = 100")));
        QVERIFY(m_desk.db->beginWrite(false, Database::Turn::Case));
        QVERIFY(!m_desk.db->lockCaseParties(QStringLiteral("LC-1")));
        m_desk.db->rollback();
        QVERIFY(m_desk.db->exec(QStringLiteral("SET lock_timeout = 0")));

        QVERIFY2(other.commit(), qPrintable(other.error()));
    }
    QSqlQuery q(m_desk.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    QCOMPARE(actions.mid(actions.size() - 2), (QStringList { QStringLiteral("decide"), QStringLiteral("note") }));
    QVERIFY(m_desk.store->audit().verifyChain());
}

// Issue 14, item 8: a team lead reopens a decided case; its strikes and sanctions stop counting, the case is
// back in the queue, and the agent's second decision stands next to the first in the case's history.
void tst_CaseService::reopenVoidsTheDecisionAndTheAgentDecidesAgain()
{
    QVERIFY(importLines(m_desk,
        { liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")),
            liveChatAbuse(QStringLiteral("LC-2"), QStringLiteral("U-1")) }));
    CaseService& service = *m_desk.service;
    DecisionRequest request;
    request.caseId = QStringLiteral("LC-1");
    request.outcome = Outcome::Suspend;
    request.agent = QStringLiteral("anna");
    DecisionResult first = service.decide(request);
    QVERIFY2(first.stored(), qPrintable(first.error));
    QCOMPARE(first.decision.strikes.size(), 1);
    QCOMPARE(first.decision.sanctions.size(), 1);
    QCOMPARE(m_desk.store->strikes().activeSanctions(m_clock.now(), QStringLiteral("U-1")).size(), 1);
    QCOMPARE(service.suggest(QStringLiteral("LC-2"), m_clock.now())->sanctions.first().days, std::optional<int>(7));

    m_clock.set(m_clock.now().addSecs(3600));
    ReopenedDecision reopened;
    QVERIFY2(service.reopen(
                 QStringLiteral("LC-1"), QStringLiteral("lead.maria"), QStringLiteral("quoted, not said"), &reopened),
        qPrintable(service.lastError()));
    QCOMPARE(reopened.reopenedAt, m_clock.now());
    QCOMPARE(reopened.decision.outcome, Outcome::Suspend);
    QCOMPARE(reopened.decision.agent, QStringLiteral("anna"));

    // Undecided, nobody's, in the queue again; the strike and the sanction no longer count anywhere.
    QVERIFY(!m_desk.store->cases().isDecided(QStringLiteral("LC-1")));
    QVERIFY(!m_desk.store->decisions().decision(QStringLiteral("LC-1")));
    const QList<StrikeRecord> strikes = m_desk.store->strikes().strikesOf(QStringLiteral("U-1"));
    QCOMPARE(strikes.size(), 1);
    QVERIFY(strikes.first().voided);
    QCOMPARE(strikes.first().voidedBy, QStringLiteral("lead.maria"));
    QCOMPARE(strikes.first().voidReason, QStringLiteral("quoted, not said"));
    QVERIFY(m_desk.store->strikes().activeSanctions(m_clock.now(), QStringLiteral("U-1")).isEmpty());
    QCOMPARE(service.suggest(QStringLiteral("LC-2"), m_clock.now())->sanctions.first().days, std::optional<int>(1));
    QCOMPARE(service.suggest(QStringLiteral("LC-1"), m_clock.now())->outcome, Outcome::Suspend);
    {
        QSqlQuery q(m_desk.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status, assigned_agent FROM cases WHERE case_id = 'LC-1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("open"));
        QCOMPARE(q.value(1).toString(), QString());
        QVERIFY(q.exec(QStringLiteral("SELECT actor, after FROM audit_log WHERE action = 'reopen'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("lead.maria"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("\"reason\":\"quoted, not said\"")));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("\"agent\":\"anna\"")));
    }
    AuditReconciliation check = AuditReconciler(m_desk.db->connection()).reconcile();
    QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.decisions, qint64(1)); // the reopened one

    // The agent decides it again, this time overriding with a note and nothing kept.
    m_clock.set(m_clock.now().addSecs(600));
    request.outcome = Outcome::None;
    request.agent = QStringLiteral("bo");
    request.note = QStringLiteral("a quote of the other party, no abuse");
    const DecisionResult second = service.decide(request);
    QVERIFY2(second.stored(), qPrintable(second.error));
    QVERIFY(second.decision.strikes.isEmpty());
    const std::optional<QList<ReopenedDecision>> history = m_desk.store->decisions().history(QStringLiteral("LC-1"));
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().decision.outcome, Outcome::Suspend);
    QCOMPARE(history->first().decision.strikes.size(), 1);
    QCOMPARE(history->first().decision.sanctions.size(), 1);
    QCOMPARE(history->first().reason, QStringLiteral("quoted, not said"));
    QCOMPARE(m_desk.store->decisions().decision(QStringLiteral("LC-1"))->agent, QStringLiteral("bo"));
    check = AuditReconciler(m_desk.db->connection()).reconcile();
    QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.decisions, qint64(2));
    QVERIFY(m_desk.store->audit().verifyChain());

    // A second reopen keeps both earlier decisions.
    QVERIFY2(service.reopen(QStringLiteral("LC-1"), QStringLiteral("lead.maria"), QStringLiteral("again")),
        qPrintable(service.lastError()));
    QCOMPARE(m_desk.store->decisions().history(QStringLiteral("LC-1"))->size(), 2);
    check = AuditReconciler(m_desk.db->connection()).reconcile();
    QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char('\n'))));
}

void tst_CaseService::reopenRefusals()
{
    QVERIFY(importLines(m_desk, { kycMismatch(QStringLiteral("AP-1")) }));
    CaseService& service = *m_desk.service;
    const QString head = auditHead(m_desk);
    QVERIFY(!service.reopen(QStringLiteral("AP-1"), QStringLiteral("lead"), QStringLiteral("why")));
    QVERIFY2(service.lastError().contains(QStringLiteral("not decided")), qPrintable(service.lastError()));
    QVERIFY(!service.reopen(QStringLiteral("AP-404"), QStringLiteral("lead"), QStringLiteral("why")));
    DecisionRequest request;
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Refund;
    request.agent = QStringLiteral("anna");
    QVERIFY(service.decide(request).stored());
    const QString decided = auditHead(m_desk);
    QVERIFY(decided != head);
    QVERIFY(!service.reopen(QStringLiteral("AP-1"), QStringLiteral("lead"), QStringLiteral("  ")));
    QVERIFY(!service.reopen(QStringLiteral("AP-1"), QString(), QStringLiteral("why")));
    QVERIFY(service.mayDo(TeamRoles::LeadAction::Reopen)); // SQLite's one local user is a team lead
    // Nothing stored by a refusal.
    QCOMPARE(auditHead(m_desk), decided);
    QVERIFY(m_desk.store->cases().isDecided(QStringLiteral("AP-1")));
}

// Issue 17, item 2: a review judges one decision, is audited and reconciled, and a disagreement can reopen.
void tst_CaseService::secondReviewRecordsAndReopens()
{
    QVERIFY(importLines(m_desk,
        { kycMismatch(QStringLiteral("AP-1")), kycMismatch(QStringLiteral("AP-2")),
            liveChatAbuse(QStringLiteral("LC-1"), QStringLiteral("U-1")) }));
    CaseService& service = *m_desk.service;
    DecisionRequest request;
    request.agent = QStringLiteral("anna");
    request.caseId = QStringLiteral("AP-1");
    request.outcome = Outcome::Refund; // the suggestion
    QVERIFY(service.decide(request).stored());
    request.caseId = QStringLiteral("AP-2");
    request.outcome = Outcome::Cancel;
    request.note = QStringLiteral("buyer withdrew");
    QVERIFY(service.decide(request).stored());
    request.caseId = QStringLiteral("LC-1");
    request.outcome = Outcome::Suspend;
    request.agent = QStringLiteral("bo");
    request.note.clear();
    QVERIFY(service.decide(request).stored());

    // The sample: the override always; with no random draw, nothing else.
    const QDateTime from = m_clock.now().addDays(-1);
    const QDateTime to = m_clock.now().addDays(1);
    std::optional<QList<ReviewPick>> picks = service.reviewSample(from, to, 0, 1);
    QVERIFY(picks);
    QCOMPARE(picks->size(), 1);
    QCOMPARE(picks->first().decision.caseId, QStringLiteral("AP-2"));
    QCOMPARE(picks->first().decision.clause, QStringLiteral("S2b"));
    picks = service.reviewSample(from, to, 1, 1);
    QCOMPARE(picks->size(), 3); // plus anna's other decision and bo's one, drawn at random

    // As the agent saw it: the stored suggestion, judged again the same at the decision's instant.
    m_clock.set(m_clock.now().addSecs(3600));
    const std::optional<CaseService::AsDecided> seen = service.asDecided(QStringLiteral("AP-1"));
    QVERIFY2(seen, qPrintable(service.lastError()));
    QCOMPARE(seen->decision.agent, QStringLiteral("anna"));
    QVERIFY(!seen->settingsChangedSince);
    QCOMPARE(seen->rejudged.outcome, Outcome::Refund);
    QVERIFY(seen->storedSuggestion.contains("\"outcome\":\"refund\""));
    QVERIFY(!service.asDecided(QStringLiteral("nope")));

    QVERIFY(!service.review(QStringLiteral("AP-1"), false, QString(), QStringLiteral("lead"), false)); // no note
    QVERIFY(!service.review(QStringLiteral("AP-1"), true, QString(), QStringLiteral("lead"), true)); // agree+reopen
    QVERIFY(!service.review(QStringLiteral("AP-1"), true, QString(), QString(), false)); // no reviewer
    ReviewRecord stored;
    QVERIFY2(service.review(QStringLiteral("AP-1"), true, QString(), QStringLiteral("lead"), false, &stored),
        qPrintable(service.lastError()));
    QCOMPARE(stored.agent, QStringLiteral("anna"));
    QCOMPARE(stored.reviewedAt, m_clock.now());
    QVERIFY(!service.review(QStringLiteral("AP-1"), true, QString(), QStringLiteral("lead"), false)); // once
    QVERIFY2(service.lastError().contains(QStringLiteral("already reviewed")), qPrintable(service.lastError()));

    // A disagreement that reopens: the review stays with the first decision, the case is undecided again.
    QVERIFY2(service.review(
                 QStringLiteral("LC-1"), false, QStringLiteral("a quote, not abuse"), QStringLiteral("lead"), true),
        qPrintable(service.lastError()));
    QVERIFY(!m_desk.store->cases().isDecided(QStringLiteral("LC-1")));
    QCOMPARE(m_desk.store->decisions().history(QStringLiteral("LC-1"))->first().reason,
        QStringLiteral("a quote, not abuse"));
    QVERIFY(!service.review(QStringLiteral("LC-1"), true, QString(), QStringLiteral("lead"), false)); // undecided

    const std::optional<QList<ReviewRecord>> reviews = m_desk.store->reviews().reviews(from, m_clock.now().addSecs(1));
    QVERIFY(reviews);
    QCOMPARE(reviews->size(), 2);
    const Agreement agreement = ReviewStore::agreement(*reviews);
    QCOMPARE(agreement.reviewed, 2);
    QCOMPARE(agreement.agreed, 1);
    QCOMPARE(agreement.byAgent.size(), 2);
    QCOMPARE(agreement.byAgent.at(0).key, QStringLiteral("anna"));
    QCOMPARE(agreement.byAgent.at(0).rate(), 1.0);
    QCOMPARE(agreement.byAgent.at(1).rate(), 0.0);
    QCOMPARE(agreement.byClause.size(), 2);

    AuditReconciliation check = AuditReconciler(m_desk.db->connection()).reconcile();
    QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.reviews, qint64(2));
    // A verdict changed behind the log is named.
    QSqlQuery q(m_desk.db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE reviews SET verdict = 'agree' WHERE verdict = 'disagree'")));
    check = AuditReconciler(m_desk.db->connection()).reconcile();
    QVERIFY(!check.ok);
    QVERIFY2(check.problems.join(QLatin1Char(' ')).contains(QStringLiteral("review of case LC-1")),
        qPrintable(check.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_CaseService)
#include "tst_caseservice.moc"
