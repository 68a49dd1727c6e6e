#include <QFile>
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

private:
    QProcess* start(const QStringList& arguments);

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
