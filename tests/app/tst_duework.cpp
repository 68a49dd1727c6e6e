#include "AppContext.h"
#include "AppSettings.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "QueueModel.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// Issue 14, item 1: due work never hides. A case imported while it waits for a deadline two seconds
// ahead moves from Waiting to Open at that deadline, in the window's queue and in `appealdesk list`,
// with nothing done in between: the window and the command run on the real clock.
namespace {

const QString DataDir = QStringLiteral(APPEALDESK_TEST_DATA);
const QString CaseId = QStringLiteral("AP-2026-000123");

QString iso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

class tst_DueWork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void waitingCaseOpensAtItsDeadline();

private:
    // `appealdesk ARGS --db DB` in this process, on the real clock; its stdout.
    QByteArray run(const QStringList& arguments, int* exitCode);
    // The example case, a real-time B3 appeal whose 15 minutes after the marking as paid end at `due`.
    bool writeBundle(const QString& path, const QDateTime& due);

    QTemporaryDir m_dir;
};

void tst_DueWork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppContext::setApplicationNames();
    QVERIFY(m_dir.isValid());
}

QByteArray tst_DueWork::run(const QStringList& arguments, int* exitCode)
{
    QBuffer outBuffer;
    QBuffer errBuffer;
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        AppContext::Options defaults;
        defaults.databasePath = m_dir.filePath(QStringLiteral("desk.sqlite"));
        defaults.settingsPath = m_dir.filePath(QStringLiteral("cli.conf"));
        defaults.connectionName = QStringLiteral("cli");
        CommandLine commandLine(QStringList { QStringLiteral("appealdesk") } + arguments, out, err, defaults);
        *exitCode = commandLine.exec();
    }
    if (!errBuffer.data().isEmpty())
        qWarning() << errBuffer.data();
    return outBuffer.data();
}

bool tst_DueWork::writeBundle(const QString& path, const QDateTime& due)
{
    QFile example(DataDir + QStringLiteral("/good/example.json"));
    if (!example.open(QIODevice::ReadOnly))
        return false;
    QByteArray bundle = example.readAll();
    const QDateTime paid = due.addSecs(-15 * 60);
    const QList<std::pair<const char*, QDateTime>> times = {
        { "2026-11-20T09:00:00Z", paid.addSecs(-7 * 60) }, // order created
        { "2026-11-20T09:06:00Z", paid.addSecs(-60) }, // the payment
        { "2026-11-20T09:07:00Z", paid }, // marked paid
        { "2026-11-20T09:08:00Z", paid.addSecs(60) }, // the buyer's message
        { "2026-11-20T09:40:00Z", paid.addSecs(120) }, // the appeal
    };
    for (const auto& [from, to] : times) {
        const QByteArray quoted = QByteArray("\"") + from + '"';
        const QByteArray by = QByteArray("\"") + iso(to).toLatin1() + '"';
        bundle.replace(quoted, by);
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bundle) == bundle.size();
}

void tst_DueWork::waitingCaseOpensAtItsDeadline()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Bundle times are whole seconds: the deadline is 2 to 3 seconds from now.
    const QDateTime due = QDateTime::fromSecsSinceEpoch(now.addSecs(3).toSecsSinceEpoch(), Qt::UTC);
    const QString bundle = m_dir.filePath(QStringLiteral("due.json"));
    QVERIFY(writeBundle(bundle, due));
    int exitCode = -1;
    run({ QStringLiteral("import"), bundle }, &exitCode);
    QCOMPARE(exitCode, 0);

    // The window as an agent left it: the open cases.
    AppContext::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("desk.sqlite"));
    options.settingsPath = m_dir.filePath(QStringLiteral("window.conf"));
    options.connectionName = QStringLiteral("window");
    AppContext context(options);
    QVERIFY2(context.open(), qPrintable(context.error()));
    context.settings().setValue(AppSettings::AgentName, QStringLiteral("Tester"));
    context.settings().setValue(AppSettings::FilterStatus, QStringLiteral("open"));
    MainWindow window(context.service(), context.settings());
    QVERIFY2(window.openQueue(), qPrintable(window.queueError()));
    window.show();
    QueueModel* model = window.queueModel();
    QVERIFY2(model->asOf() < due, "the window opened after the deadline: too slow a machine for this test");
    QCOMPARE(model->rowCount(), 0); // waiting: not in the open queue yet
    QCOMPARE(model->nextStatusChange(), due);

    // `list` at an instant before the deadline (only the window needs the clock to run for this test).
    const QStringList list = { QStringLiteral("list"), QStringLiteral("--status") };
    QByteArray out = run(
        list + QStringList { QStringLiteral("waiting"), QStringLiteral("--at"), iso(due.addSecs(-1)) }, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(out.trimmed()).object().value(QStringLiteral("case")).toString(), CaseId);

    // Nothing is done: the deadline passes and the case is in the open queue.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= due);
    QCOMPARE(model->caseIdAt(0), CaseId);
    QCOMPARE(model->index(0, QueueModel::StatusColumn).data().toString(), QStringLiteral("Open"));
    QCOMPARE(
        model->index(0, QueueModel::StatusColumn).data(QueueModel::RawValueRole).toString(), QStringLiteral("open"));
    out = run(list + QStringList { QStringLiteral("open") }, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject line = QJsonDocument::fromJson(out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("case")).toString(), CaseId);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(run(list + QStringList { QStringLiteral("waiting") }, &exitCode), QByteArray());
}

QTEST_MAIN(tst_DueWork)
#include "tst_duework.moc"
