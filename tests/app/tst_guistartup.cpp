#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs the window as scripts do: offscreen, with --measure-startup.
class TestGuiStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void measureStartupOnAnEmptyDatabaseLoadsTheDemo();
    void measureStartupWithOpen();
    void unusableDatabaseFailsWithoutADialog();
    void commandLineAndWindowShareTheDefaultDatabase();
    void earlierDefaultDatabaseIsAdopted();

private:
    QProcess* start(const QStringList& arguments);
    // The program under a HOME of its own, with no XDG variables: the defaults as a new user gets them.
    static int runAtHome(const QString& home, const QStringList& arguments, QByteArray* err = nullptr);
    static QStringList filesUnder(const QString& folder);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestGuiStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
}

QProcess* TestGuiStartup::start(const QStringList& arguments)
{
    auto* process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(APPEALDESK_BINARY), arguments);
    return process;
}

int TestGuiStartup::runAtHome(const QString& home, const QStringList& arguments, QByteArray* err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(APPEALDESK_BINARY), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (err)
        *err = process.readAllStandardError();
    return process.exitCode();
}

QStringList TestGuiStartup::filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/run/")))
            files << QDir(folder).relativeFilePath(path);
    }
    files.sort();
    return files;
}

// cli.md, second edition: one default database and one settings file, for every command and the window.
void TestGuiStartup::commandLineAndWindowShareTheDefaultDatabase()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QCOMPARE(runAtHome(home, { QStringLiteral("import"), QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json") }),
        0);
    QCOMPARE(runAtHome(home, { QStringLiteral("--open"), QStringLiteral("AP-2026-000123"),
                 QStringLiteral("--measure-startup") }),
        0);
    QCOMPARE(filesUnder(home),
        QStringList({ QStringLiteral(".config/AppealDesk/appealdesk.conf"),
            QStringLiteral(".local/share/AppealDesk/appealdesk.sqlite") }));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("home"));
    db.setDatabaseName(home + QStringLiteral("/.local/share/AppealDesk/appealdesk.sqlite"));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        // The window found the imported case: no demo was loaded into another file or this one.
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(case_id) FROM cases")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("AP-2026-000123"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("home"));
}

// Before one default existed, the window kept its file in AppealDesk/appealdesk/: it becomes the default.
void TestGuiStartup::earlierDefaultDatabaseIsAdopted()
{
    const QString home = m_dir.filePath(QStringLiteral("earlier"));
    const QString earlier = home + QStringLiteral("/.local/share/AppealDesk/appealdesk/appealdesk.sqlite");
    QVERIFY(QDir().mkpath(QFileInfo(earlier).absolutePath()));
    QVERIFY(QFile::copy(m_db, earlier)); // the demo database of the first test
    QByteArray err;
    QCOMPARE(runAtHome(home, { QStringLiteral("strikes") }, &err), 0);
    QVERIFY2(err.contains("was moved to"), err.constData());
    QVERIFY(!QFileInfo::exists(earlier));
    QVERIFY(QFileInfo::exists(home + QStringLiteral("/.local/share/AppealDesk/appealdesk.sqlite")));
}

void TestGuiStartup::measureStartupOnAnEmptyDatabaseLoadsTheDemo()
{
    QProcess* process = start({ QStringLiteral("--db"), m_db, QStringLiteral("--measure-startup") });
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("^startup-ms: (\\d+)\\n$"));
    const QRegularExpressionMatch match = line.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QVERIFY(match.captured(1).toLongLong() > 0);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(m_db);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next());
        QCOMPARE(q.value(0).toInt(), 500);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestGuiStartup::measureStartupWithOpen()
{
    QString caseId;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pick"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT case_id FROM cases WHERE status = 'decided' LIMIT 1")) && q.next());
        caseId = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pick"));
    QProcess* process = start({ QStringLiteral("--db"), m_db, QStringLiteral("--open"), caseId,
        QStringLiteral("--measure-startup"), QStringLiteral("--lang"), QStringLiteral("th") });
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitCode(), 0);
    QVERIFY(process->readAllStandardOutput().startsWith("startup-ms: "));
}

void TestGuiStartup::unusableDatabaseFailsWithoutADialog()
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QProcess* process = start({ QStringLiteral("--db"), garbage, QStringLiteral("--measure-startup") });
    QVERIFY(process->waitForFinished(30000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 1);
    QVERIFY(process->readAllStandardOutput().isEmpty());
    QVERIFY(process->readAllStandardError().contains(garbage.toUtf8()));
}

QTEST_GUILESS_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"
