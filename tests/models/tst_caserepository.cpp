#include "RowBatch.h"
#include "SqlDialect.h"
#include "StoreFixtures.h"
#include "TestBackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace StoreFixtures;

// CaseRepository: a case's rows in and out, the queue columns, the search rows, --replace.
class tst_CaseRepository : public QObject, protected StoreTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void queueColumns_data();
    void queueColumns();
    void usersKeepLatestNickname();
    void searchRowWritten();
    void searchRowsFollowTheCallersTransaction();
    void deleteOnlyUndecided();
    void caseCountsFollowEveryWrite();
    void loadFailsWhenARowCannotBeRead_data();
    void loadFailsWhenARowCannotBeRead();
    void recordEventWritesTheEventAndTheAuditEntry();
    void insertAllStoresWhatInsertDoes();
    void insertAllFollowsTheCallersTransaction();
    void lookUpAllFindsTheStoredCasesInBatches();
    void insertAllMergesUsersAsOneCaseAtATime();
    void insertAllTakesAPreparedSearchBody();
};

void tst_CaseRepository::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CaseRepository::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
}

void tst_CaseRepository::cleanup()
{
    closeStore();
}

void tst_CaseRepository::roundTrip_data()
{
    QTest::addColumn<bool>("liveChat");
    QTest::newRow("p2p appeal, every field") << false;
    QTest::newRow("live-chat suspension appeal") << true;
}

void tst_CaseRepository::roundTrip()
{
    QFETCH(bool, liveChat);
    const CaseFacts facts = liveChat ? lc2Case(QStringLiteral("LC-1")) : p2pCase(QStringLiteral("AP-1"));
    QVERIFY(!m_store->cases().exists(facts.id));
    QVERIFY2(insert(facts), qPrintable(m_store->cases().lastError()));
    QVERIFY(m_store->cases().exists(facts.id));
    QVERIFY(!m_store->cases().isDecided(facts.id));
    QCOMPARE(m_store->cases().count(), 1);
    const std::optional<CaseFacts> loaded = m_store->cases().load(facts.id);
    QVERIFY(loaded);
    const QString diff = difference(facts, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!m_store->cases().load(QStringLiteral("nope")));
}

void tst_CaseRepository::queueColumns_data()
{
    QTest::addColumn<bool>("pending");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDateTime>("due");
    QTest::newRow("decidable: SLA from opening")
        << false << int(Outcome::Refund) << QStringLiteral("open") << utc("2026-11-21T09:40:00Z");
    QTest::newRow("waiting: pending until")
        << true << int(Outcome::None) << QStringLiteral("waiting") << utc("2026-11-24T09:00:00Z");
    QTest::newRow("pending with an outcome stays open")
        << true << int(Outcome::Release) << QStringLiteral("open") << utc("2026-11-24T09:00:00Z");
}

void tst_CaseRepository::queueColumns()
{
    QFETCH(bool, pending);
    QFETCH(int, outcome);
    QFETCH(QString, status);
    QFETCH(QDateTime, due);
    const CaseFacts f = p2pCase(QStringLiteral("AP-Q"));
    Suggestion s = suggestionFor(f, Outcome(outcome), QStringLiteral("B3"));
    s.clauses << QStringLiteral("B6");
    if (pending)
        s.pendingUntil = utc("2026-11-24T09:00:00Z");
    QVERIFY(m_store->cases().insert(f, s, utc("2026-11-21T00:00:00Z")));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cases")), status);
    QCOMPARE(scalar(QStringLiteral("SELECT suggested_clause FROM cases")), QStringLiteral("B3"));
    QCOMPARE(scalar(QStringLiteral("SELECT suggested_outcome FROM cases")), PolicyIds::toId(Outcome(outcome)));
    QCOMPARE(scalar(QStringLiteral("SELECT due_at FROM cases")).toLongLong(), due.toMSecsSinceEpoch());

    // A refreshed suggestion moves the queue columns the same way.
    s.pendingUntil.reset();
    s.outcome = Outcome::Cancel;
    s.clauses = { QStringLiteral("B1") };
    QVERIFY(m_store->cases().updateSuggestion(f.id, s));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cases")), QStringLiteral("open"));
    QCOMPARE(scalar(QStringLiteral("SELECT suggested_clause FROM cases")), QStringLiteral("B1"));
    QCOMPARE(scalar(QStringLiteral("SELECT due_at FROM cases")).toLongLong(),
        utc("2026-11-21T09:40:00Z").toMSecsSinceEpoch());
}

void tst_CaseRepository::usersKeepLatestNickname()
{
    QVERIFY(insert(p2pCase(QStringLiteral("AP-1"), QStringLiteral("old_nick"))));
    QVERIFY(insert(p2pCase(QStringLiteral("AP-2"), QStringLiteral("new_nick"))));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")), QStringLiteral("2"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT nickname FROM users WHERE user_id = 'U-48213'")), QStringLiteral("new_nick"));
    // Each case keeps the nickname it was filed with.
    QCOMPARE(m_store->cases().load(QStringLiteral("AP-1"))->parties.at(0).nickname, QStringLiteral("old_nick"));
    QCOMPARE(m_store->strikes().casesOfUser(QStringLiteral("U-48213")).size(), 2);
    QCOMPARE(m_store->strikes().casesOfUser(QStringLiteral("U-48213")).at(0).role, Role::Buyer);
    // The Parties tab reads only the latest few of a user's cases, and how many there are in all.
    const QList<CaseSummary> latest = m_store->strikes().casesOfUser(QStringLiteral("U-48213"), 1);
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.at(0).caseId, QStringLiteral("AP-2"));
    QCOMPARE(m_store->strikes().casesOfUser(QStringLiteral("U-48213"), 5).size(), 2);
    QCOMPARE(m_store->strikes().casesOfUser(QStringLiteral("U-48213"), 5).at(0).caseId, QStringLiteral("AP-1"));
    QCOMPARE(m_store->strikes().caseCountOfUser(QStringLiteral("U-48213")), 2);
    QCOMPARE(m_store->strikes().caseCountOfUser(QStringLiteral("U-nobody")), 0);
}

void tst_CaseRepository::searchRowWritten()
{
    QVERIFY(insert(p2pCase(QStringLiteral("AP-S"))));
    const QString rowid = scalar(QStringLiteral("SELECT id FROM cases WHERE case_id = 'AP-S'"));
    // The cases the queue's search finds for `text`, as the backend's dialect searches.
    const auto found = [this](const QString& text) {
        const SqlDialect& dialect = m_db->dialect();
        QSqlQuery q(m_db->connection());
        QStringList ids;
        if (!q.prepare(QStringLiteral("SELECT c.id FROM ") + dialect.searchFrom() + QStringLiteral(" WHERE ")
                + dialect.searchMatch()))
            return QStringList { q.lastError().text() };
        q.addBindValue(dialect.searchPattern(text));
        if (!q.exec())
            return QStringList { q.lastError().text() };
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    };
    for (const char* term : { "AP-S", "22918837461", "U-99120", "nordic_bear", "Betalat via", "betalat VIA" })
        QCOMPARE(found(QString::fromUtf8(term)), QStringList { rowid });
    QCOMPARE(found(QStringLiteral("Eva Andersson")), QStringList()); // KYC names are not searchable text
    QCOMPARE(found(QStringLiteral("nordic%bear")), QStringList()); // the text as typed, no wildcards
}

void tst_CaseRepository::searchRowsFollowTheCallersTransaction()
{
    QVERIFY(m_db->beginWrite());
    for (const char* id : { "AP-1", "AP-2", "AP-3" })
        QVERIFY(insert(p2pCase(QString::fromLatin1(id))));
    m_db->rollback();
    QVERIFY(m_db->beginWrite());
    for (const char* id : { "AP-4", "AP-5" })
        QVERIFY(insert(p2pCase(QString::fromLatin1(id))));
    QVERIFY(m_db->commit());
    QCOMPARE(m_store->cases().count(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ") + m_db->dialect().searchFrom()), QStringLiteral("2"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QStringLiteral("2"));
}

void tst_CaseRepository::deleteOnlyUndecided()
{
    const CaseFacts a = p2pCase(QStringLiteral("AP-1"));
    const CaseFacts b = p2pCase(QStringLiteral("AP-2"));
    QVERIFY(insert(a) && insert(b));
    const Suggestion s = suggestionFor(b, Outcome::Refund, QStringLiteral("B3"));
    QVERIFY(m_store->decisions().decide(recorded(decisionOf(b.id, Outcome::Refund), s), s));
    QVERIFY(m_store->cases().remove(a.id));
    QVERIFY(!m_store->cases().exists(a.id));
    QVERIFY(!m_store->cases().remove(b.id));
    QVERIFY(m_store->cases().exists(b.id));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")), QStringLiteral("2"));
}

// The queue counts from case_counts (kept by triggers): it must always equal
// what COUNT(*) over the cases gives, whatever wrote them.
void tst_CaseRepository::caseCountsFollowEveryWrite()
{
    const QString joined = TestBackend::isPostgresql() ? QStringLiteral("string_agg(status || '=' || n, ',')")
                                                       : QStringLiteral("group_concat(status || '=' || n, ',')");
    const auto counts = [this, joined] {
        return std::pair(scalar(QStringLiteral("SELECT ") + joined
                             + QStringLiteral(" FROM (SELECT status, n FROM case_counts WHERE n > 0 ORDER BY status)"
                                              " AS counted")),
            scalar(QStringLiteral("SELECT ") + joined
                + QStringLiteral(" FROM (SELECT status, COUNT(*) AS n FROM cases GROUP BY status ORDER BY status)"
                                 " AS counted")));
    };
    QVERIFY(m_store->cases().isEmpty());
    QCOMPARE(counts().first, QString());
    for (const char* id : { "AP-1", "AP-2", "AP-3", "AP-4" })
        QVERIFY(insert(p2pCase(QString::fromLatin1(id))));
    QVERIFY(!m_store->cases().isEmpty());
    QCOMPARE(counts().first, QStringLiteral("open=4"));

    const Suggestion s = suggestionFor(p2pCase(QStringLiteral("AP-2")), Outcome::Refund, QStringLiteral("B3"));
    QVERIFY(m_store->decisions().decide(recorded(decisionOf(QStringLiteral("AP-2"), Outcome::Refund), s), s));
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=3"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE cases SET status = 'waiting' WHERE case_id = 'AP-3'")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE cases SET status = 'waiting', version = version + 1"
                                      " WHERE case_id = 'AP-3'"))); // no change of status: no change of count
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=2,waiting=1"));
    QVERIFY(m_store->cases().remove(QStringLiteral("AP-1")));
    QVERIFY(insert(p2pCase(QStringLiteral("AP-1")))); // --replace: delete, then insert
    QVERIFY(m_store->cases().remove(QStringLiteral("AP-4")));
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=1,waiting=1"));
    QCOMPARE(counts().first, counts().second);

    // A purge keeps the decided case's row (its decision stays), so its count too.
    QCOMPARE(
        m_store->purger().purge(utc("2030-01-01T00:00:00Z"), QStringLiteral("lead.li"), utc("2030-01-01T00:00:00Z")),
        1);
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=1,waiting=1"));
}

void tst_CaseRepository::loadFailsWhenARowCannotBeRead_data()
{
    QTest::addColumn<QString>("table");
    for (const char* table : { "parties", "orders", "payments", "events", "messages", "history" })
        QTest::newRow(table) << QString::fromLatin1(table);
}

// A case read without its parties or its events would be judged as if it had none:
// a failed query fails the whole load instead.
void tst_CaseRepository::loadFailsWhenARowCannotBeRead()
{
    QFETCH(QString, table);
    const CaseFacts facts = p2pCase(QStringLiteral("AP-1"));
    QVERIFY2(insert(facts), qPrintable(m_store->cases().lastError()));
    QVERIFY(m_store->cases().load(facts.id));
    QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
    QVERIFY(!m_store->cases().load(facts.id));
    QVERIFY2(m_store->cases().lastError().contains(table), qPrintable(m_store->cases().lastError()));
    QVERIFY(!m_store->cases().lastError().contains(QLatin1String("Case AP-1 does not exist")));
}

void tst_CaseRepository::recordEventWritesTheEventAndTheAuditEntry()
{
    const CaseFacts f = p2pCase(QStringLiteral("AP-E"));
    QVERIFY(insert(f));
    CaseEvent note = caseEvent("2026-11-21T10:00:00Z", EventType::Note, Role::Agent);
    note.agent = QStringLiteral("agent.anna");
    note.note = QStringLiteral("called the seller");
    Suggestion s = suggestionFor(f, Outcome::None, QStringLiteral("B3"));
    s.pendingUntil = utc("2026-11-24T09:00:00Z");
    QVERIFY2(m_store->cases().recordEvent(f.id, note, s), qPrintable(m_store->cases().lastError()));
    const std::optional<CaseFacts> loaded = m_store->cases().load(f.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->events.size(), f.events.size() + 1);
    QCOMPARE(loaded->events.last().note, QStringLiteral("called the seller"));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cases")), QStringLiteral("waiting"));
    QCOMPARE(scalar(QStringLiteral("SELECT action FROM audit_log")), QStringLiteral("event"));
    QVERIFY(m_store->audit().verifyChain());

    QVERIFY(!m_store->cases().recordEvent(QStringLiteral("AP-unknown"), note, s));
    QVERIFY(m_store->cases().lastError().contains(QLatin1String("AP-unknown")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM events")), QString::number(f.events.size() + 1));
}

// Issue 16: the bulk path of the import and the demo writes the same rows as one insert() per case: every case
// reads back as given, the user directory keeps the latest nickname, the status counts follow, and the search finds
// the cases' Thai and Cyrillic text.
void tst_CaseRepository::insertAllStoresWhatInsertDoes()
{
    CaseFacts thai = p2pCase(QStringLiteral("AP-TH"), QStringLiteral("nordic_bear"));
    thai.messages.append(
        Message { utc("2026-03-02T10:20:00Z"), Channel::OrderChat, Role::Seller, QStringLiteral("โอนเงินแล้วครับ") });
    CaseFacts cyrillic = p2pCase(QStringLiteral("AP-BG"), QStringLiteral("северен_мечок"));
    cyrillic.messages.append(
        Message { utc("2026-03-02T10:21:00Z"), Channel::OrderChat, Role::Buyer, QStringLiteral("Платих по сметката") });
    const QList<NewCase> cases { { thai, suggestionFor(thai, Outcome::Refund, QStringLiteral("B3")) },
        { lc2Case(QStringLiteral("LC-1")), suggestionFor(lc2Case(QStringLiteral("LC-1")), Outcome::None, QString()) },
        { cyrillic, suggestionFor(cyrillic, Outcome::Release, QStringLiteral("S1")) } };
    QVERIFY2(m_store->cases().insertAll(cases, utc("2026-03-03T08:00:00Z")), qPrintable(m_store->cases().lastError()));

    for (const NewCase& c : cases) {
        const std::optional<CaseFacts> loaded = m_store->cases().load(c.facts.id);
        QVERIFY2(loaded, qPrintable(m_store->cases().lastError()));
        const QString diff = difference(c.facts, *loaded);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT suggested_outcome FROM cases WHERE case_id = 'AP-BG'")),
        QStringLiteral("release"));
    // Both P2P cases name the same buyer: the later nickname is the user's.
    QCOMPARE(
        scalar(QStringLiteral("SELECT nickname FROM users WHERE user_id = '%1'").arg(cyrillic.parties.first().userId)),
        QStringLiteral("северен_мечок"));
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(n) FROM case_counts")), QStringLiteral("3"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QStringLiteral("3"));

    const SqlDialect& dialect = m_db->dialect();
    const auto found = [&](const QString& text) {
        QSqlQuery q(m_db->connection());
        QStringList ids;
        if (!q.prepare(QStringLiteral("SELECT c.case_id FROM ") + dialect.searchFrom() + QStringLiteral(" WHERE ")
                + dialect.searchMatch()))
            return QStringList { q.lastError().text() };
        q.addBindValue(dialect.searchPattern(text));
        if (!q.exec())
            return QStringList { q.lastError().text() };
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    };
    QCOMPARE(found(QStringLiteral("โอนเงิน")), QStringList { QStringLiteral("AP-TH") });
    QCOMPARE(found(QStringLiteral("Платих")), QStringList { QStringLiteral("AP-BG") });
    QCOMPARE(found(QStringLiteral("мечок")), QStringList { QStringLiteral("AP-BG") });
}

// A rolled-back bulk write leaves no row and no search row; the next one in another transaction stands alone.
void tst_CaseRepository::insertAllFollowsTheCallersTransaction()
{
    const CaseFacts a = p2pCase(QStringLiteral("AP-1"));
    const CaseFacts b = p2pCase(QStringLiteral("AP-2"));
    QVERIFY(m_db->beginWrite());
    QVERIFY(m_store->cases().insertAll(
        { { a, suggestionFor(a, Outcome::Refund, QStringLiteral("B3")) } }, utc("2026-03-03T08:00:00Z")));
    m_db->rollback();
    QCOMPARE(m_store->cases().count(), 0);
    QVERIFY(m_db->beginWrite());
    QVERIFY(m_store->cases().insertAll(
        { { b, suggestionFor(b, Outcome::Refund, QStringLiteral("B3")) } }, utc("2026-03-03T08:00:00Z")));
    QVERIFY(m_db->commit());
    QCOMPARE(m_store->cases().count(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_counts WHERE n > 0")), QStringLiteral("1"));
}

// Issue 16: the import's look-up of a chunk's cases gives what rowIdOf() and isDecided() give one by one,
// over more ids than one batch (the last one short), with unknown ids, a decided case and an id named twice.
void tst_CaseRepository::lookUpAllFindsTheStoredCasesInBatches()
{
    QList<NewCase> cases;
    for (int i = 0; i < CaseRepository::LookUpBatch + 5; ++i) {
        const CaseFacts c = p2pCase(QStringLiteral("AP-%1").arg(i));
        cases.append({ c, suggestionFor(c, Outcome::Refund, QStringLiteral("B3")) });
    }
    qint64 firstRowId = 0;
    QVERIFY2(m_store->cases().insertAll(cases, utc("2026-03-03T08:00:00Z"), &firstRowId),
        qPrintable(m_store->cases().lastError()));
    QCOMPARE(firstRowId, m_store->cases().rowIdOf(QStringLiteral("AP-0")));
    const CaseFacts decided = cases.at(3).facts;
    const Suggestion s = suggestionFor(decided, Outcome::Refund, QStringLiteral("B3"));
    QVERIFY(m_store->decisions().decide(recorded(decisionOf(decided.id, Outcome::Refund), s), s));

    QStringList ids { QStringLiteral("AP-unknown") };
    for (int i = CaseRepository::LookUpBatch + 4; i >= 0; --i)
        ids << QStringLiteral("AP-%1").arg(i) << QStringLiteral("ap-%1").arg(i); // ids are compared exactly
    ids << QStringLiteral("AP-3") << QStringLiteral("AP-%1").arg(CaseRepository::LookUpBatch + 5);
    QHash<QString, CaseRepository::StoredCase> stored;
    QVERIFY2(m_store->cases().lookUpAll(ids, &stored), qPrintable(m_store->cases().lastError()));
    QCOMPARE(stored.size(), cases.size());
    for (const NewCase& c : std::as_const(cases)) {
        QVERIFY2(stored.contains(c.facts.id), qPrintable(c.facts.id));
        QCOMPARE(stored.value(c.facts.id).rowId, m_store->cases().rowIdOf(c.facts.id));
        QCOMPARE(stored.value(c.facts.id).decided, c.facts.id == decided.id);
    }

    QVERIFY(m_store->cases().lookUpAll({ QStringLiteral("AP-unknown") }, &stored));
    QVERIFY(stored.isEmpty());
    QVERIFY(m_store->cases().lookUpAll({}, &stored));
    QVERIFY(stored.isEmpty());
}

// Issue 16: insertAll() writes its rows table by table in statements of many rows (RowBatch), with the
// case and user row ids given: the users directory must end as if the cases had gone in one by one
// (a non-empty nickname or KYC name replaces the stored one, an empty one never blanks it), and the ids
// are the next ones, in the cases' order.
void tst_CaseRepository::insertAllMergesUsersAsOneCaseAtATime()
{
    CaseFacts stored = p2pCase(QStringLiteral("AP-0"), QStringLiteral("stored_nick"));
    stored.parties[0].kycName = QStringLiteral("Stored Name");
    QVERIFY(insert(stored));
    const QString buyer = stored.parties.at(0).userId;
    const qint64 firstStored = m_store->cases().rowIdOf(QStringLiteral("AP-0"));

    QList<NewCase> cases;
    const int count = 2 * RowBatch::BatchRows + 22; // two full statements of many rows, and a rest
    for (int i = 1; i <= count; ++i) {
        CaseFacts f = p2pCase(QStringLiteral("AP-%1").arg(i), QString());
        f.parties[0].kycName.clear();
        if (i == 40)
            f.parties[0].nickname = QStringLiteral("middle_nick");
        if (i == 41)
            f.parties[0].kycName = QStringLiteral("New Name");
        if (i % 2 == 0)
            f.parties[1].userId = QStringLiteral("U-NEW-%1").arg(i / 2 % 7); // new users, each named again
        f.parties[1].nickname = QStringLiteral("seller_%1").arg(i);
        cases.append({ f, suggestionFor(f, Outcome::Refund, QStringLiteral("B3")) });
    }
    qint64 first = 0;
    QVERIFY2(m_store->cases().insertAll(cases, utc("2026-03-03T08:00:00Z"), &first),
        qPrintable(m_store->cases().lastError()));
    QCOMPARE(first, firstStored + 1);
    QCOMPARE(m_store->cases().rowIdOf(QStringLiteral("AP-%1").arg(count)), firstStored + count);

    QCOMPARE(scalar(QStringLiteral("SELECT nickname FROM users WHERE user_id = '%1'").arg(buyer)),
        QStringLiteral("middle_nick"));
    QCOMPARE(scalar(QStringLiteral("SELECT kyc_name FROM users WHERE user_id = '%1'").arg(buyer)),
        QStringLiteral("New Name"));
    // The last case naming U-NEW-3 is the last even i with i / 2 % 7 == 3.
    int lastNamingThree = 0;
    for (int i = 2; i <= count; i += 2)
        lastNamingThree = i / 2 % 7 == 3 ? i : lastNamingThree;
    QCOMPARE(scalar(QStringLiteral("SELECT nickname FROM users WHERE user_id = 'U-NEW-3'")),
        QStringLiteral("seller_%1").arg(lastNamingThree));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE user_id LIKE 'U-NEW-%'")), QStringLiteral("7"));
    // Every party points at its user's row, and each case reads back as given.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM parties p JOIN users u ON u.id = p.user_ref"
                                   " JOIN cases c ON c.id = p.case_ref")),
        QString::number(2 * (count + 1)));
    for (const int i : { 1, RowBatch::BatchRows, RowBatch::BatchRows + 1, 2 * RowBatch::BatchRows,
             2 * RowBatch::BatchRows + 1, count }) {
        const NewCase& c = cases.at(i - 1);
        const std::optional<CaseFacts> loaded = m_store->cases().load(c.facts.id);
        QVERIFY2(loaded, qPrintable(m_store->cases().lastError()));
        const QString diff = difference(c.facts, *loaded);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(n) FROM case_counts")), QString::number(count + 1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QString::number(count + 1));
    // A later insert takes the next ids, on both backends (PostgreSQL: from the identity sequence).
    QVERIFY(insert(p2pCase(QStringLiteral("AP-LAST"))));
    QCOMPARE(m_store->cases().rowIdOf(QStringLiteral("AP-LAST")), firstStored + count + 1);
}

// Issue 16: the import's reader and the demo's generator make a case's search row on their own thread
// (NewCase::searchBody); the writer stores it as given, and makes it itself when it is empty.
void tst_CaseRepository::insertAllTakesAPreparedSearchBody()
{
    CaseFacts swedish = p2pCase(QStringLiteral("AP-SV"), QStringLiteral("älgen_åke"));
    const QString body = CaseRepository::searchBody(swedish);
    QVERIFY(body.contains(QStringLiteral("algen_ake"))); // accent-free and in lower case
    QVERIFY(!body.contains(QStringLiteral("älgen_åke")));
    QVERIFY(body.contains(QStringLiteral("ap-sv")));
    QVERIFY(!body.contains(swedish.parties.first().kycName)); // KYC names are not searchable text
    const CaseFacts plain = p2pCase(QStringLiteral("AP-PL"));
    const QList<NewCase> cases { { swedish, suggestionFor(swedish, Outcome::Release, QStringLiteral("S1")),
                                     QStringLiteral("prepared body of AP-SV") },
        { plain, suggestionFor(plain, Outcome::Release, QStringLiteral("S1")) } };
    QVERIFY2(m_store->cases().insertAll(cases, utc("2026-03-03T08:00:00Z")), qPrintable(m_store->cases().lastError()));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(m_db->dialect().selectSearchRows()));
    QStringList bodies;
    while (q.next())
        bodies << q.value(1).toString();
    QCOMPARE(bodies, (QStringList { QStringLiteral("prepared body of AP-SV"), CaseRepository::searchBody(plain) }));
}

QTEST_GUILESS_MAIN(tst_CaseRepository)
#include "tst_caserepository.moc"
