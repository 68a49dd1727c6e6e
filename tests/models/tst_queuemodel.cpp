#include "Clock.h"
#include "Database.h"
#include "QueueModel.h"
#include "SearchFolding.h"
#include "SqlDialect.h"
#include "TestBackend.h"
#include "TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

Q_DECLARE_METATYPE(QueueFilter)

namespace {

const qint64 kBase = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr int kCases = 300;

struct TestCase
{
    qint64 id = 0;
    QString caseId;
    QString kind;
    QString clause;
    QString appellant;
    QString language;
    QString fiat;
    qint64 amountUnits = 0;
    QString status;
    bool hasDue = false;
    qint64 due = 0;
    QString agent;
    qint64 opened = 0;
    QString order;
    QString user;
    QString nickname;
    QString transcript;
};

QList<TestCase> makeCases()
{
    static const QStringList kinds = { QStringLiteral("p2p_appeal"), QStringLiteral("live_chat_abuse"),
        QStringLiteral("live_chat_suspension_appeal") };
    static const QStringList clauses = { QStringLiteral("B1"), QStringLiteral("B3"), QStringLiteral("S2b"),
        QStringLiteral("LC1"), QStringLiteral("") };
    static const QStringList appellants = { QStringLiteral("buyer"), QStringLiteral("seller"), QStringLiteral("") };
    static const QStringList languages
        = { QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("bg"), QStringLiteral("th") };
    static const QStringList fiats
        = { QStringLiteral("SEK"), QStringLiteral("EUR"), QStringLiteral("THB"), QStringLiteral("BGN") };
    static const QStringList statuses
        = { QStringLiteral("open"), QStringLiteral("waiting"), QStringLiteral("decided") };
    static const QStringList agents = { QStringLiteral(""), QStringLiteral("alice"), QStringLiteral("bob") };
    QList<TestCase> cases;
    for (int i = 0; i < kCases; ++i) {
        TestCase c;
        c.id = i + 1;
        // Case ids out of insertion order, so sorting by case id differs from sorting by row id.
        c.caseId = QStringLiteral("AP-2026-%1").arg((i * 181) % kCases, 6, 10, QLatin1Char('0'));
        c.kind = kinds.at(i % 3);
        c.clause = clauses.at((i * 7) % 5);
        c.appellant = appellants.at((i * 5) % 3);
        c.language = languages.at((i * 3) % 4);
        c.fiat = fiats.at((i * 11) % 4);
        c.amountUnits = qint64((i * 7919) % 1000) * 100000000LL;
        c.status = statuses.at((i * 13) % 3);
        c.hasDue = i % 4 != 0;
        c.due = kBase + qint64((i * 37) % 500 - 100) * 60000;
        c.agent = agents.at((i * 17) % 3);
        // Few distinct times: ties are broken by id.
        c.opened = kBase - qint64((i * 7) % 50) * 3600000;
        c.order = QStringLiteral("%1").arg(700000 + i * 3);
        c.user = QStringLiteral("U-%1").arg(5000 + i);
        c.nickname = QStringLiteral("trader%1").arg(i);
        c.transcript
            = i % 10 == 0 ? QStringLiteral("please refund ขอบคุณครับ, göteborgare") : QStringLiteral("payment sent");
        cases << c;
    }
    return cases;
}

// The status the queue shows at `now`: a waiting case whose deadline has passed is open (cli.md, second edition).
QString statusAt(const TestCase& c, qint64 now)
{
    const qint64 due = c.hasDue ? c.due : std::numeric_limits<qint64>::max();
    return c.status == QLatin1String("waiting") && due <= now ? QStringLiteral("open") : c.status;
}

bool execOrWarn(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qWarning() << q.lastQuery() << q.lastError().text();
    return false;
}

// A desk with `cases` at `location` (a SQLite file or a fresh PostgreSQL schema), migrated by Database.
bool createDatabase(const QString& location, const QList<TestCase>& cases)
{
    Database database(location, QStringLiteral("setup"));
    if (!database.open()) {
        qWarning() << database.error();
        return false;
    }
    bool ok = database.beginWrite();
    QSqlQuery q(database.connection());
    for (const TestCase& c : cases) {
        if (!ok)
            break;
        q.prepare(QStringLiteral(
            "INSERT INTO cases (id, case_id, kind, opened_at, appellant, language, fiat, fiat_amount, amount_units,"
            " status, suggested_clause, due_at, assigned_agent, imported_at) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        const QVariantList values = { c.id, c.caseId, c.kind, c.opened, c.appellant, c.language, c.fiat,
            QString(QString::number(c.amountUnits / 100000000LL) + QStringLiteral(".00")), c.amountUnits, c.status,
            c.clause, c.hasDue ? QVariant(c.due) : QVariant(QMetaType(QMetaType::LongLong)), c.agent, kBase };
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        ok = ok && execOrWarn(q);
        q.prepare(QStringLiteral("INSERT INTO users (id, user_id, nickname) VALUES (?,?,?)"));
        q.addBindValue(c.id);
        q.addBindValue(c.user);
        q.addBindValue(c.nickname);
        ok = ok && execOrWarn(q);
        q.prepare(QStringLiteral("INSERT INTO parties (case_ref, seq, role, user_ref) VALUES (?,0,?,?)"));
        q.addBindValue(c.id);
        q.addBindValue(c.appellant.isEmpty() ? QStringLiteral("user") : c.appellant);
        q.addBindValue(c.id);
        ok = ok && execOrWarn(q);
        q.prepare(QStringLiteral("INSERT INTO orders (case_ref, number, created_at, fiat, fiat_amount, status)"
                                 " VALUES (?,?,?,?,'1','paid')"));
        q.addBindValue(c.id);
        q.addBindValue(c.order);
        q.addBindValue(c.opened);
        q.addBindValue(c.fiat);
        ok = ok && execOrWarn(q);
        q.prepare(database.dialect().insertSearchRow());
        q.bindValue(0, c.id);
        // As the import writes it: the text folded and in lower case (issue 14, item 4; issue 16).
        q.bindValue(1,
            SearchFolding::searchable(
                QStringList { c.caseId, c.order, c.user, c.nickname, c.transcript }.join(QLatin1Char('\n'))));
        ok = ok && execOrWarn(q);
    }
    if (!ok) {
        database.rollback();
        return false;
    }
    return database.commit();
}

// One statement on the desk at `location`, through its own connection.
bool execOn(const QString& location, const QString& sql, int expectedRows = -1)
{
    Database database(location, QStringLiteral("writer"));
    if (!database.open()) {
        qWarning() << database.error();
        return false;
    }
    QSqlQuery q(database.connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return expectedRows < 0 || q.numRowsAffected() == expectedRows;
}

// A fresh desk location of the test's backend: a file in `dir` on SQLite, a new schema on PostgreSQL.
QString freshDesk(const QTemporaryDir& dir, const QString& file)
{
    QString error;
    const QString location = TestBackend::freshLocation(&error, dir.filePath(file));
    if (location.isEmpty())
        qWarning() << error;
    return location;
}

// The sort key of each column, as the model's SQL defines it.
QVariantList keyOf(const TestCase& c, int column)
{
    switch (column) {
    case QueueModel::CaseIdColumn:
        return { c.caseId, c.id };
    case QueueModel::KindColumn:
        return { c.kind, c.opened, c.id };
    case QueueModel::ClauseColumn:
        return { c.clause, c.opened, c.id };
    case QueueModel::AppellantColumn:
        return { c.appellant, c.opened, c.id };
    case QueueModel::FiatColumn:
        return { c.fiat, c.opened, c.id };
    case QueueModel::AmountColumn:
        return { c.amountUnits, c.id };
    case QueueModel::LanguageColumn:
        return { c.language, c.opened, c.id };
    case QueueModel::AgeColumn:
        return { c.opened, c.id };
    case QueueModel::SlaColumn:
        return { c.hasDue ? c.due : std::numeric_limits<qint64>::max(), c.id };
    case QueueModel::StatusColumn:
        return { c.status, c.opened, c.id };
    case QueueModel::AgentColumn:
        return { c.agent, c.opened, c.id };
    }
    return {};
}

bool keyLess(const QVariantList& a, const QVariantList& b)
{
    for (int i = 0; i < a.size(); ++i) {
        const int order = QVariant::compare(a.at(i), b.at(i)) == QPartialOrdering::Less ? -1
            : QVariant::compare(a.at(i), b.at(i)) == QPartialOrdering::Greater          ? 1
                                                                                        : 0;
        if (order != 0)
            return order < 0;
    }
    return false;
}

QStringList expectedOrder(QList<TestCase> cases, int column, Qt::SortOrder order)
{
    // Ascending age is the youngest case first, that is descending opening time.
    const bool ascending = (order == Qt::AscendingOrder) != (column == QueueModel::AgeColumn);
    std::sort(cases.begin(), cases.end(), [&](const TestCase& a, const TestCase& b) {
        return ascending ? keyLess(keyOf(a, column), keyOf(b, column)) : keyLess(keyOf(b, column), keyOf(a, column));
    });
    QStringList ids;
    for (const TestCase& c : cases)
        ids << c.caseId;
    return ids;
}

QStringList modelOrder(const QueueModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.caseIdAt(row);
    return ids;
}

QSet<QString> idsWhere(const QList<TestCase>& cases, const std::function<bool(const TestCase&)>& keep)
{
    QSet<QString> ids;
    for (const TestCase& c : cases) {
        if (keep(c))
            ids.insert(c.caseId);
    }
    return ids;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester();
    void sorting_data();
    void sorting();
    void randomAccessAcrossPages_data();
    void randomAccessAcrossPages();
    void filtering_data();
    void filtering();
    void rowOfCase();
    void searchCountsOtherStatuses();
    void countsInTheBackground();
    void distinctValues();
    void displayAndRoles();
    void refreshSeesNewCases();
    void claimsRunOut();
    void statusFollowsTheClock_data();
    void statusFollowsTheClock();
    void noFullScan_data();
    void noFullScan();
    void unreadableDatabaseFails();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<TestCase> m_cases;
    FixedClock m_clock { QDateTime::fromMSecsSinceEpoch(kBase, Qt::UTC) };
};

void TestQueueModel::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    m_path = freshDesk(m_dir, QStringLiteral("queue.sqlite"));
    QVERIFY(!m_path.isEmpty());
    m_cases = makeCases();
    QVERIFY(createDatabase(m_path, m_cases));
}

void TestQueueModel::cleanupTestCase()
{
    TestBackend::dropFresh();
}

void TestQueueModel::modelTester()
{
    QueueModel model(m_path, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(model.open(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), kCases);
    QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
    model.sort(QueueModel::AmountColumn, Qt::DescendingOrder);
    QueueFilter filter;
    filter.status = CaseStatus::Open;
    model.setFilter(filter);
    filter.text = QStringLiteral("refund");
    model.setFilter(filter);
    model.clockTicked();
    model.refresh();
    QVERIFY(model.rowCount() > 0);
}

void TestQueueModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc") << column << order;
        }
    }
}

void TestQueueModel::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QueueModel model(m_path, m_clock);
    QVERIFY(model.open());
    model.sort(column, order);
    // Reading every row in order crosses the page boundaries through the anchors.
    QCOMPARE(modelOrder(model), expectedOrder(m_cases, column, order));
}

void TestQueueModel::randomAccessAcrossPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<int>>("rows");
    QTest::addRow("end first") << int(QueueModel::KindColumn) << QList<int> { 299, 0, 150, 128, 127, 255, 256 };
    QTest::addRow("middle first") << int(QueueModel::SlaColumn) << QList<int> { 200, 299, 1, 130, 129, 260 };
    QTest::addRow("backwards") << int(QueueModel::CaseIdColumn) << QList<int> { 299, 298, 170, 128, 64, 0 };
}

void TestQueueModel::randomAccessAcrossPages()
{
    QFETCH(int, column);
    QFETCH(QList<int>, rows);
    QueueModel model(m_path, m_clock);
    QVERIFY(model.open());
    model.sort(column, Qt::AscendingOrder);
    const QStringList expected = expectedOrder(m_cases, column, Qt::AscendingOrder);
    for (const int row : rows)
        QCOMPARE(model.caseIdAt(row), expected.at(row));
    QCOMPARE(modelOrder(model), expected);
}

void TestQueueModel::filtering_data()
{
    QTest::addColumn<QueueFilter>("filter");
    QTest::addColumn<QSet<QString>>("expected");
    QTest::addColumn<bool>("sortIndex");
    QList<std::tuple<const char*, QueueFilter, QSet<QString>>> rows;
    const auto addRows = [&](const char* name, const QueueFilter& filter, const QSet<QString>& expected) {
        rows.append({ name, filter, expected });
    };
    const auto where = [this](const std::function<bool(const TestCase&)>& keep) { return idsWhere(m_cases, keep); };
    QueueFilter f;
    addRows("none", f, where([](const TestCase&) { return true; }));
    f = {};
    f.status = CaseStatus::Waiting;
    addRows("status", f, where([](const TestCase& c) { return statusAt(c, kBase) == QLatin1String("waiting"); }));
    f = {};
    f.kind = QStringLiteral("live_chat_abuse");
    f.language = QStringLiteral("th");
    addRows("kind and language", f, where([](const TestCase& c) {
        return c.kind == QLatin1String("live_chat_abuse") && c.language == QLatin1String("th");
    }));
    f = {};
    f.clause = QStringLiteral("S2b");
    f.fiat = QStringLiteral("SEK");
    addRows("clause and fiat", f,
        where([](const TestCase& c) { return c.clause == QLatin1String("S2b") && c.fiat == QLatin1String("SEK"); }));
    f = {};
    f.agent = QStringLiteral("bob");
    addRows("agent", f, where([](const TestCase& c) { return c.agent == QLatin1String("bob"); }));
    f = {};
    f.mineOnly = true;
    f.me = QStringLiteral("alice");
    addRows("mine", f, where([](const TestCase& c) { return c.agent == QLatin1String("alice"); }));
    f = {};
    f.text = QStringLiteral("ขอบคุณ");
    addRows("thai transcript", f, where([](const TestCase& c) { return c.id % 10 == 1; }));
    f.status = CaseStatus::Open;
    addRows("thai transcript, open", f,
        where([](const TestCase& c) { return c.id % 10 == 1 && statusAt(c, kBase) == QLatin1String("open"); }));
    f = {};
    f.text = QStringLiteral("goteborgare");
    addRows("accents folded", f, where([](const TestCase& c) { return c.id % 10 == 1; }));
    f.text = QStringLiteral("GÖTEBORGARE");
    addRows("accents folded, any case", f, where([](const TestCase& c) { return c.id % 10 == 1; }));
    f.text = QStringLiteral("go\u0308teborg");
    addRows("accents folded, decomposed", f, where([](const TestCase& c) { return c.id % 10 == 1; }));
    f.text = QStringLiteral("gøteborg");
    addRows("accents folded, o with stroke", f, where([](const TestCase& c) { return c.id % 10 == 1; }));
    f = {};
    f.text = QStringLiteral("REFUND");
    addRows("transcript any case", f, where([](const TestCase& c) { return c.id % 10 == 1; }));
    f.text = QStringLiteral("trader12");
    addRows("nickname substring", f,
        where([](const TestCase& c) { return c.nickname.contains(QLatin1String("trader12")); }));
    f.text = QStringLiteral("700300");
    addRows("order number", f, where([](const TestCase& c) { return c.order == QLatin1String("700300"); }));
    f.text = QStringLiteral("U-5042");
    addRows("user id", f, where([](const TestCase& c) { return c.user == QLatin1String("U-5042"); }));
    f.text = QStringLiteral("AP-2026-000123");
    addRows("case id", f, where([](const TestCase& c) { return c.caseId == QLatin1String("AP-2026-000123"); }));
    f.text = QStringLiteral("U-");
    addRows("short: user id prefix", f, where([](const TestCase&) { return true; }));
    f.text = QStringLiteral("70");
    addRows("short: order prefix", f, where([](const TestCase& c) { return c.order.startsWith(QLatin1String("70")); }));
    f.text = QStringLiteral("TR");
    addRows("short: nickname prefix, any case", f, where([](const TestCase&) { return true; }));
    f.text = QStringLiteral("%");
    addRows("short: wildcard is literal", f, QSet<QString>());
    f.text = QStringLiteral("*");
    addRows("short: glob is literal", f, QSet<QString>());
    f.text = QStringLiteral("\"'<b>");
    addRows("quotes and markup", f, QSet<QString>());
    for (const auto& [name, filter, expected] : rows) {
        QTest::addRow("%s, filter index", name) << filter << expected << false;
        QTest::addRow("%s, sort index", name) << filter << expected << true;
    }
}

// Issue 14, item 4: the matches the status filter hides are counted, for "N more in other statuses".
void TestQueueModel::searchCountsOtherStatuses()
{
    QueueModel model(m_path, m_clock);
    QVERIFY(model.open());
    const auto matches = [this](const QString& status) {
        return idsWhere(m_cases, [&](const TestCase& c) {
            return c.id % 10 == 1 && (status.isEmpty() || statusAt(c, kBase) == status);
        }).size();
    };
    QueueFilter f;
    f.text = QStringLiteral("goteborgare");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), matches(QString()));
    QCOMPARE(model.otherStatusCount(), 0); // no status filter: nothing hidden
    for (const QString& status : { QStringLiteral("open"), QStringLiteral("waiting"), QStringLiteral("decided") }) {
        CaseStatus wanted = CaseStatus::Open;
        QVERIFY(caseStatusFromId(status, &wanted));
        f.status = wanted;
        QSignalSpy counts(&model, &QueueModel::countChanged);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), matches(status));
        QVERIFY(matches(status) < matches(QString()));
        // The rows at once; the other statuses from the counting thread, with a second countChanged().
        QCOMPARE(counts.size(), 1);
        QVERIFY(model.waitForCount());
        QCOMPARE(counts.size(), 2);
        QCOMPARE(model.otherStatusCount(), matches(QString()) - matches(status));
    }
    // The pages list the filter's matches, not the ones counted without it.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, QueueModel::StatusColumn), QueueModel::RawValueRole).toString(),
            QStringLiteral("decided"));
    f.text.clear();
    model.setFilter(f);
    QCOMPARE(model.otherStatusCount(), 0); // no search: the count is the filter's alone
}

// Issue 15: a count that reads many rows is made on the counting thread; the first rows are shown at once.
void TestQueueModel::countsInTheBackground()
{
    QTemporaryDir dir;
    const QString path = freshDesk(dir, QStringLiteral("counting.sqlite"));
    QVERIFY(createDatabase(path, m_cases));
    QueueModel model(path, m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSortIndexThreshold(0);
    model.setCountBound(10);
    QVERIFY(model.open()); // all cases: the stored counts, exact at once
    QVERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), kCases);

    QueueFilter p2p;
    p2p.kind = QStringLiteral("p2p_appeal");
    QList<TestCase> expected;
    for (const TestCase& c : std::as_const(m_cases)) {
        if (c.kind == p2p.kind)
            expected << c;
    }
    const QStringList order = expectedOrder(expected, QueueModel::SlaColumn, Qt::AscendingOrder);
    QVERIFY(order.size() > 40);
    QSignalSpy counts(&model, &QueueModel::countChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setFilter(p2p);
    // The rows counted so far, each the right one.
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(counts.last(), (QVariantList { 11, false, false }));
    QCOMPARE(modelOrder(model), order.mid(0, 11));
    // A case further down adds the rows above it.
    QCOMPARE(model.rowOfCase(order.at(30)), 30);
    QCOMPARE(model.rowCount(), 31);
    QCOMPARE(model.caseIdAt(30), order.at(30));
    QVERIFY(model.waitForCount());
    QVERIFY(model.isCountExact());
    QCOMPARE(counts.last(), (QVariantList { int(order.size()), false, true }));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(modelOrder(model), order);

    // A refresh keeps the rows until the new count is known, then drops the ones that went.
    QVERIFY(execOn(path,
        QStringLiteral("UPDATE cases SET kind = 'live_chat_abuse' WHERE case_id = '%1'").arg(order.last()), 1));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.refresh();
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.rowCount(), int(order.size()));
    QVERIFY(model.waitForCount());
    QCOMPARE(model.rowCount(), int(order.size()) - 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(modelOrder(model), order.mid(0, order.size() - 1));

    // A later filter overtakes a count under way: only its own count is taken.
    QueueFilter swedish;
    swedish.language = QStringLiteral("sv");
    model.setFilter(swedish);
    model.setFilter(p2p);
    QVERIFY(model.waitForCount());
    QCOMPARE(model.rowCount(), int(order.size()) - 1);
    QCOMPARE(model.filter(), p2p);
}

void TestQueueModel::filtering()
{
    QFETCH(QueueFilter, filter);
    QFETCH(QSet<QString>, expected);
    QFETCH(bool, sortIndex);
    QueueModel model(m_path, m_clock);
    if (sortIndex)
        model.setSortIndexThreshold(0);
    QVERIFY(model.open());
    QSignalSpy counts(&model, &QueueModel::countChanged);
    model.setFilter(filter);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.isCountCapped(), false);
    if (filter != QueueFilter())
        QCOMPARE(counts.last().at(0).toInt(), int(expected.size()));
    const QStringList rows = modelOrder(model);
    QCOMPARE(QSet<QString>(rows.begin(), rows.end()), expected);
    // Filters and sorting combine.
    model.sort(QueueModel::AmountColumn, Qt::DescendingOrder);
    QList<TestCase> kept;
    for (const TestCase& c : m_cases) {
        if (expected.contains(c.caseId))
            kept << c;
    }
    QCOMPARE(modelOrder(model), expectedOrder(kept, QueueModel::AmountColumn, Qt::DescendingOrder));
}

void TestQueueModel::rowOfCase()
{
    QueueModel model(m_path, m_clock);
    QVERIFY(model.open());
    for (const int column : { int(QueueModel::SlaColumn), int(QueueModel::KindColumn), int(QueueModel::AgeColumn) }) {
        model.sort(column, Qt::DescendingOrder);
        for (const int row : { 0, 17, 128, 299 }) {
            const QString id = model.caseIdAt(row);
            QCOMPARE(model.rowOfCase(id), row);
        }
    }
    QCOMPARE(model.rowOfCase(model.caseIdAt(17), 100), 17);
    QCOMPARE(model.rowOfCase(model.caseIdAt(99), 100), 99);
    QCOMPARE(model.rowOfCase(model.caseIdAt(100), 100), -1);
    QCOMPARE(model.rowOfCase(model.caseIdAt(250), 100), -1);
    QueueFilter filter;
    filter.status = CaseStatus::Open;
    model.setFilter(filter);
    const TestCase decided = *std::find_if(
        m_cases.begin(), m_cases.end(), [](const TestCase& c) { return c.status == QLatin1String("decided"); });
    QCOMPARE(model.rowOfCase(decided.caseId), -1);
    QCOMPARE(model.rowOfCase(QStringLiteral("AP-nope")), -1);
    filter.text = QStringLiteral("refund");
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.rowOfCase(model.caseIdAt(model.rowCount() - 1)), model.rowCount() - 1);
}

void TestQueueModel::distinctValues()
{
    QueueModel model(m_path, m_clock);
    QVERIFY(model.open());
    QCOMPARE(model.distinctValues(QueueModel::FiatColumn),
        QStringList({ QStringLiteral("BGN"), QStringLiteral("EUR"), QStringLiteral("SEK"), QStringLiteral("THB") }));
    QCOMPARE(
        model.distinctValues(QueueModel::AgentColumn), QStringList({ QStringLiteral("alice"), QStringLiteral("bob") }));
    QCOMPARE(model.distinctValues(QueueModel::ClauseColumn).size(), 4);
    QCOMPARE(model.distinctValues(QueueModel::AmountColumn), QStringList());
}

void TestQueueModel::displayAndRoles()
{
    QueueModel model(m_path, m_clock);
    QVERIFY(model.open());
    model.sort(QueueModel::CaseIdColumn, Qt::AscendingOrder);
    // Row 0 is AP-2026-000000, the first inserted case (i = 0): no deadline.
    const TestCase& first = m_cases.at(0);
    QCOMPARE(model.index(0, QueueModel::CaseIdColumn).data().toString(), first.caseId);
    QCOMPARE(model.index(0, QueueModel::KindColumn).data(QueueModel::RawValueRole).toString(), first.kind);
    QVERIFY(!model.index(0, QueueModel::SlaColumn).data(QueueModel::DueTimeRole).isValid());
    const QModelIndex appellant = model.index(0, QueueModel::AppellantColumn);
    QVERIFY(appellant.data().toString().contains(first.nickname));
    // The tooltip shows the cell's whole text literally (nicknames are user data, never markup).
    QCOMPARE(appellant.data(Qt::ToolTipRole).toString(), TranscriptModel::toolTipFor(appellant.data().toString()));
    QCOMPARE(model.index(0, QueueModel::AmountColumn).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));

    // The SLA clock turns overdue when the clock passes the deadline.
    const auto open = std::find_if(m_cases.begin(), m_cases.end(),
        [](const TestCase& c) { return c.hasDue && c.status != QLatin1String("decided") && c.due > kBase; });
    QVERIFY(open != m_cases.end());
    const int row = model.rowOfCase(open->caseId);
    const QModelIndex sla = model.index(row, QueueModel::SlaColumn);
    QCOMPARE(sla.data(QueueModel::DueTimeRole).toDateTime().toMSecsSinceEpoch(), open->due);
    QCOMPARE(sla.data(QueueModel::OverdueRole).toBool(), false);
    QVERIFY(!sla.data().toString().isEmpty());
    FixedClock later(QDateTime::fromMSecsSinceEpoch(open->due + 60000, Qt::UTC));
    QueueModel lateModel(m_path, later);
    QVERIFY(lateModel.open());
    lateModel.sort(QueueModel::CaseIdColumn, Qt::AscendingOrder);
    QCOMPARE(lateModel.index(row, QueueModel::SlaColumn).data(QueueModel::OverdueRole).toBool(), true);
    QVERIFY(lateModel.index(row, QueueModel::SlaColumn).data().toString() != sla.data().toString());
}

void TestQueueModel::refreshSeesNewCases()
{
    QTemporaryDir dir;
    const QString path = freshDesk(dir, QStringLiteral("small.sqlite"));
    QList<TestCase> cases = makeCases().mid(0, 5);
    QVERIFY(createDatabase(path, cases));
    QueueModel model(path, m_clock);
    QVERIFY(model.open());
    QCOMPARE(model.rowCount(), 5);
    QueueFilter decided;
    decided.status = CaseStatus::Decided;
    model.setFilter(decided);
    const int before = model.rowCount();
    QCOMPARE(model.rowOfCase(cases.at(1).caseId), -1);
    QVERIFY(
        execOn(path, QStringLiteral("UPDATE cases SET status = 'decided' WHERE id = 2 AND status <> 'decided'"), 1));
    model.setFilter({});
    model.setFilter(decided);
    QCOMPARE(model.rowCount(), before); // counts are cached per filter...
    model.refresh(); // ...until a refresh
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(model.rowOfCase(cases.at(1).caseId) >= 0);
}

// The Agent column names an undecided case's last claimant; once the claim has run out (or
// none was recorded) the name is marked, so no one waits on an agent who is not working it.
void TestQueueModel::claimsRunOut()
{
    QTemporaryDir dir;
    const QString path = freshDesk(dir, QStringLiteral("claims.sqlite"));
    QList<TestCase> cases = makeCases().mid(0, 3);
    for (TestCase& c : cases)
        c.status = QStringLiteral("open");
    QVERIFY(createDatabase(path, cases));
    QVERIFY(execOn(path,
        QStringLiteral("UPDATE cases SET assigned_agent = 'anna', claimed_until = %1 WHERE id = 1")
            .arg(kBase + 3600 * 1000)));
    QVERIFY(execOn(path,
        QStringLiteral("UPDATE cases SET assigned_agent = 'bo', claimed_until = %1 WHERE id = 2")
            .arg(kBase - 60 * 1000)));
    QVERIFY(execOn(
        path, QStringLiteral("UPDATE cases SET assigned_agent = '<b>cilla</b>', claimed_until = NULL WHERE id = 3")));
    QueueModel model(path, m_clock);
    QVERIFY(model.open());
    const auto agent = [&model](int id) {
        return model.index(model.rowOfCase(makeCases().at(id - 1).caseId), QueueModel::AgentColumn);
    };
    QCOMPARE(agent(1).data().toString(), QStringLiteral("anna"));
    QCOMPARE(agent(1).data(QueueModel::ClaimExpiredRole).toBool(), false);
    QVERIFY(agent(1).data(Qt::ToolTipRole).toString().contains(QLatin1String("anna")));
    QCOMPARE(agent(2).data().toString(), QStringLiteral("bo"));
    QCOMPARE(agent(2).data(QueueModel::ClaimExpiredRole).toBool(), true);
    QVERIFY(agent(2).data(Qt::ToolTipRole).toString().contains(QLatin1String("ran out")));
    QCOMPARE(agent(3).data(QueueModel::ClaimExpiredRole).toBool(), true);
    QVERIFY(agent(3).data(Qt::ToolTipRole).toString().contains(QLatin1String("no claim")));
    // An agent's name is shown literally, never as markup.
    QVERIFY(agent(3).data(Qt::ToolTipRole).toString().contains(QLatin1String("&lt;b&gt;cilla&lt;/b&gt;")));
    QVERIFY(!agent(3).data(Qt::ToolTipRole).toString().contains(QLatin1String("<b>cilla")));
    // Only the Agent column carries the mark.
    QCOMPARE(model.index(model.rowOfCase(makeCases().at(1).caseId), QueueModel::CaseIdColumn)
                 .data(QueueModel::ClaimExpiredRole)
                 .toBool(),
        false);

    // Time passes: anna's claim runs out too, and the clock tick says so for the Agent column.
    FixedClock later(QDateTime::fromMSecsSinceEpoch(kBase + 3600 * 1000, Qt::UTC));
    QueueModel lateModel(path, later);
    QVERIFY(lateModel.open());
    QSignalSpy changed(&lateModel, &QAbstractItemModel::dataChanged);
    lateModel.clockTicked();
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.at(0).at(1).toModelIndex().column() >= QueueModel::AgentColumn);
    QCOMPARE(lateModel.index(lateModel.rowOfCase(makeCases().at(0).caseId), QueueModel::AgentColumn)
                 .data(QueueModel::ClaimExpiredRole)
                 .toBool(),
        true);
}

void TestQueueModel::statusFollowsTheClock_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("sortIndex");
    QTest::addColumn<QString>("language");
    for (const int column : { int(QueueModel::SlaColumn), int(QueueModel::AgeColumn), int(QueueModel::KindColumn) }) {
        for (const bool sortIndex : { false, true }) {
            for (const QString& language : { QString(), QStringLiteral("sv") })
                QTest::addRow("column %d, %s, %s", column, sortIndex ? "sort index" : "filter index",
                    language.isEmpty() ? "status only" : "and language")
                    << column << sortIndex << language;
        }
    }
}

// Item 1 of issue 14: due work never hides. The status is derived at the instant the queue is read, so
// a waiting case moves to the open cases when its deadline passes, and the counts per status agree.
void TestQueueModel::statusFollowsTheClock()
{
    QFETCH(int, column);
    QFETCH(bool, sortIndex);
    QFETCH(QString, language);
    FixedClock clock(QDateTime::fromMSecsSinceEpoch(kBase, Qt::UTC));
    QueueModel model(m_path, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (sortIndex)
        model.setSortIndexThreshold(0);
    model.sort(column, Qt::AscendingOrder);
    QVERIFY(model.open());
    // The waiting cases whose deadlines lie ahead, the first of them being the next change.
    QList<TestCase> ahead;
    for (const TestCase& c : m_cases) {
        if (c.status == QLatin1String("waiting") && c.hasDue && c.due > kBase
            && (language.isEmpty() || c.language == language))
            ahead << c;
    }
    std::sort(ahead.begin(), ahead.end(), [](const TestCase& a, const TestCase& b) { return a.due < b.due; });
    QVERIFY(ahead.size() > 3);
    // Three instants: now, just before the first waiting deadline ahead, and at a later one.
    for (const qint64 now : { kBase, ahead.first().due - 1, ahead.at(2).due }) {
        clock.set(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        model.refresh();
        QCOMPARE(model.asOf().toMSecsSinceEpoch(), now);
        int total = 0;
        for (const QString& status : { QStringLiteral("open"), QStringLiteral("waiting"), QStringLiteral("decided") }) {
            QueueFilter filter;
            filter.status.emplace();
            QVERIFY(caseStatusFromId(status, &*filter.status));
            filter.language = language;
            model.setFilter(filter);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            QList<TestCase> expected;
            for (const TestCase& c : m_cases) {
                if (statusAt(c, now) == status && (language.isEmpty() || c.language == language))
                    expected << c;
            }
            QCOMPARE(model.rowCount(), int(expected.size()));
            QCOMPARE(modelOrder(model), expectedOrder(expected, column, Qt::AscendingOrder));
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.index(row, QueueModel::StatusColumn).data(QueueModel::RawValueRole).toString(), status);
                if (row % 7 == 0)
                    QCOMPARE(model.rowOfCase(model.caseIdAt(row)), row);
            }
            total += model.rowCount();
        }
        QCOMPARE(total, int(std::count_if(m_cases.begin(), m_cases.end(), [&](const TestCase& c) {
            return language.isEmpty() || c.language == language;
        })));
    }
    // The next change is the first waiting deadline after the instant the queue was read at.
    clock.set(QDateTime::fromMSecsSinceEpoch(ahead.first().due - 1, Qt::UTC));
    model.refresh();
    QCOMPARE(model.nextStatusChange().toMSecsSinceEpoch(), ahead.first().due);
    QueueFilter all;
    model.setFilter(all);
    const int row = model.rowOfCase(ahead.first().caseId);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, QueueModel::StatusColumn).data().toString(), QStringLiteral("Waiting"));
    clock.set(QDateTime::fromMSecsSinceEpoch(ahead.first().due, Qt::UTC));
    model.refresh();
    QCOMPARE(model.index(model.rowOfCase(ahead.first().caseId), QueueModel::StatusColumn).data().toString(),
        QStringLiteral("Open"));
}

void TestQueueModel::noFullScan_data()
{
    if (TestBackend::isPostgresql())
        QSKIP("SQLite's query plans: PostgreSQL plans by its statistics (bench_queue measures it at size)");
    QTest::addColumn<int>("column");
    QTest::addColumn<QueueFilter>("filter");
    QTest::addColumn<bool>("sortIndex");
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        for (const bool sortIndex : { false, true }) {
            const char* how = sortIndex ? "sort index" : "filter index";
            QueueFilter f;
            QTest::addRow("column %d, no filter, %s", column, how) << column << f << sortIndex;
            f.status = CaseStatus::Open;
            QTest::addRow("column %d, status, %s", column, how) << column << f << sortIndex;
            f.kind = QStringLiteral("p2p_appeal");
            f.fiat = QStringLiteral("SEK");
            f.language = QStringLiteral("sv");
            f.clause = QStringLiteral("B3");
            f.agent = QStringLiteral("bob");
            QTest::addRow("column %d, every filter, %s", column, how) << column << f << sortIndex;
            f = {};
            f.mineOnly = true;
            f.me = QStringLiteral("alice");
            QTest::addRow("column %d, mine, %s", column, how) << column << f << sortIndex;
            f.text = QStringLiteral("refund");
            QTest::addRow("column %d, text, %s", column, how) << column << f << sortIndex;
            f.text = QStringLiteral("U-");
            QTest::addRow("column %d, short text, %s", column, how) << column << f << sortIndex;
        }
    }
}

void TestQueueModel::noFullScan()
{
    QFETCH(int, column);
    QFETCH(QueueFilter, filter);
    QFETCH(bool, sortIndex);
    QueueModel model(m_path, m_clock);
    if (sortIndex)
        model.setSortIndexThreshold(0);
    QVERIFY(model.open());
    model.sort(column, Qt::AscendingOrder);
    model.setFilter(filter);
    // A table scan without an index over a base table: "SCAN c", "SCAN cases", "SCAN u"...
    static const QRegularExpression fullScan(
        QStringLiteral("^SCAN (c|cases|o|orders|u|users|p|parties)$"), QRegularExpression::MultilineOption);
    const QStringList plans = model.explainQueryPlans();
    QVERIFY(plans.size() >= 6);
    for (const QString& plan : plans) {
        QVERIFY2(!plan.contains(QLatin1String("ERROR")), qPrintable(plan));
        QVERIFY2(!fullScan.match(plan).hasMatch(), qPrintable(plan));
        // Through the sort index, a page never sorts the matching cases.
        if (sortIndex && filter.text.isEmpty() && model.rowCount() > 0
            && plan.startsWith(QLatin1String("SELECT c.case_id")))
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }
}

void TestQueueModel::unreadableDatabaseFails()
{
    QueueModel model(m_dir.filePath(QStringLiteral("missing/dir/x.sqlite")), m_clock);
    QVERIFY(!model.open());
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.caseIdAt(0), QString());
}

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
