#include "AuditReconciler.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionStore.h"
#include "Importer.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The audit trail's hash chain against an attacker with sqlite3: 1,000 entries,
// then in each trial one column changed, one row deleted or two rows swapped
// (with the append-only triggers dropped first). Verification must catch every one.
// APPEALDESK_AUDIT_TRIALS sets the number of trials (default 300).
class tst_Audit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifyCommandOnIntactChain();
    void tamperingIsAlwaysCaught();
    void verifyCommandNamesTheBrokenEntry();
    void reopenIsReconciled();

private:
    // A copy of `source` (default: the 1,000-entry chain) changed by `statements`.
    QString tamperedCopy(const QStringList& statements, const QString& source = QString());
    QProcess* runVerify(const QString& db);

    static constexpr int Entries = 1000;
    QTemporaryDir m_dir;
    QString m_original;
    QString m_head;
    int m_copies = 0;
};

void tst_Audit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_original = m_dir.filePath(QStringLiteral("audit.sqlite"));
    Database db(m_original, QStringLiteral("audit-build"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    CaseStore store(db);
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(db.beginWrite());
    for (int i = 0; i < Entries; ++i)
        QVERIFY2(store.audit().append(QStringLiteral("agent.%1").arg(i % 7), QStringLiteral("decide"),
                     QStringLiteral("AP-2026-%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("before %1").arg(i),
                     QStringLiteral("refund"), start.addSecs(i * 60)),
            qPrintable(store.audit().lastError()));
    QVERIFY(db.commit());
    const AuditVerification result = store.audit().verify();
    QVERIFY2(result.ok, qPrintable(result.problem));
    QCOMPARE(result.entries, qint64(Entries));
    m_head = result.head;
    QCOMPARE(m_head.size(), 64);
}

QProcess* tst_Audit::runVerify(const QString& db)
{
    auto* process = new QProcess(this);
    process->start(QStringLiteral(APPEALDESK_BINARY),
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--lang"),
            QStringLiteral("en") });
    process->waitForFinished(30000);
    return process;
}

void tst_Audit::verifyCommandOnIntactChain()
{
    QProcess* process = runVerify(m_original);
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
    const QStringList lines = QString::fromUtf8(process->readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("audit: ok, %1 entries, head %2").arg(Entries).arg(m_head));
    // Issue 13, item 1: the live rows were reconciled with the log (this chain records no decisions).
    QCOMPARE(lines.value(1), QStringLiteral("audit: 0 decisions and 0 strikes match the audit trail"));
}

// A copy of the intact database changed by `statements` through a plain SQLite
// connection (no app code), after dropping the append-only triggers.
QString tst_Audit::tamperedCopy(const QStringList& statements, const QString& source)
{
    const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    QFile::remove(path);
    if (!QFile::copy(source.isEmpty() ? m_original : source, path))
        return QString();
    const QString name = QStringLiteral("attacker-%1").arg(m_copies);
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString& statement : QStringList { QStringLiteral("DROP TRIGGER audit_no_update"),
                                            QStringLiteral("DROP TRIGGER audit_no_delete") }
                + statements)
            ok = ok && q.exec(statement);
        if (!ok)
            qWarning() << q.lastError().text() << statements;
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok ? path : QString();
}

void tst_Audit::tamperingIsAlwaysCaught()
{
    const int trials = qEnvironmentVariableIntValue("APPEALDESK_AUDIT_TRIALS") > 0
        ? qEnvironmentVariableIntValue("APPEALDESK_AUDIT_TRIALS")
        : 300;
    const QStringList textColumns = { QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("subject"),
        QStringLiteral("before"), QStringLiteral("after") };
    const QString swap = QStringLiteral(
        "UPDATE audit_log SET (at, actor, action, subject, before, after, prev_hash, hash) = (SELECT at, actor, action,"
        " subject, before, after, prev_hash, hash FROM audit_log WHERE id = %2) WHERE id = %1");
    QRandomGenerator random(8);
    int caught = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const int row = random.bounded(1, Entries + 1);
        QStringList statements;
        QString what;
        switch (trial % 3) {
        case 0: {
            const int column = random.bounded(9);
            if (column < 5) {
                statements << QStringLiteral("UPDATE audit_log SET %1 = %1 || 'x' WHERE id = %2")
                                  .arg(textColumns.at(column))
                                  .arg(row);
            } else if (column == 5) {
                statements << QStringLiteral("UPDATE audit_log SET at = at + %1 WHERE id = %2")
                                  .arg(random.bounded(1, 100000))
                                  .arg(row);
            } else if (column == 6) {
                statements << QStringLiteral("UPDATE audit_log SET prev_hash = hash WHERE id = %1").arg(row);
            } else if (column == 7) {
                statements << QStringLiteral("UPDATE audit_log SET hash = prev_hash WHERE id = %1").arg(row);
            } else {
                statements << QStringLiteral("UPDATE audit_log SET id = %1 WHERE id = %2").arg(Entries + 5).arg(row);
            }
            what = statements.last();
            break;
        }
        case 1:
            statements << QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(row);
            what = statements.last();
            break;
        default: {
            int other = random.bounded(1, Entries + 1);
            if (other == row)
                other = row % Entries + 1;
            // Swap every column but the id, through a spare row.
            statements << QStringLiteral("INSERT INTO audit_log (id, at, actor, action, subject, before, after, prev_hash,"
                                         " hash) SELECT %1, at, actor, action, subject, before, after,"
                                         " prev_hash, hash FROM audit_log WHERE id = %2")
                              .arg(Entries + 10)
                              .arg(row)
                       << swap.arg(row).arg(other) << swap.arg(other).arg(Entries + 10)
                       << QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(Entries + 10);
            what = QStringLiteral("swap %1 and %2").arg(row).arg(other);
            break;
        }
        }
        const QString path = tamperedCopy(statements);
        QVERIFY2(!path.isEmpty(), qPrintable(what));
        {
            Database db(path, QStringLiteral("audit-verify"));
            QVERIFY2(db.open(), qPrintable(db.error()));
            CaseStore store(db);
            const AuditVerification result = store.audit().verify();
            if (!result.ok && result.brokenId > 0)
                ++caught;
            else
                qWarning() << "not caught:" << what;
        }
        QFile::remove(path);
    }
    qInfo("audit tampering: caught %d of %d", caught, trials);
    QCOMPARE(caught, trials);
}

void tst_Audit::verifyCommandNamesTheBrokenEntry()
{
    const QString path = tamperedCopy({ QStringLiteral("UPDATE audit_log SET after = 'uphold' WHERE id = 417") });
    QVERIFY(!path.isEmpty());
    QProcess* process = runVerify(path);
    QCOMPARE(process->exitCode(), 1);
    const QString err = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("audit entry 417 was changed")), qPrintable(err));
    QVERIFY(process->readAllStandardOutput().isEmpty());

    const QString truncated = tamperedCopy({ QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(Entries) });
    process = runVerify(truncated);
    QCOMPARE(process->exitCode(), 1);
    QVERIFY(QString::fromUtf8(process->readAllStandardError())
                .contains(QStringLiteral("audit entry %1 is missing").arg(Entries)));
}

// Issue 14, item 8: a reopened decision, the strikes and sanctions its reopen voided and the second decision
// are all reconciled with their entries; a change to any of them behind the log is named.
void tst_Audit::reopenIsReconciled()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    {
        Database db(path, QStringLiteral("audit-reopen"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        CaseStore store(db);
        CaseService service(db, store, clock);
        QFile bundle(m_dir.filePath(QStringLiteral("reopen.jsonl")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(
            R"({"id":"LC-1","kind":"live_chat_abuse","opened_at":"2026-11-20T09:00:00Z","language":"en",)"
            R"("parties":[{"role":"user","user_id":"U-1","nickname":"n"}],)"
            R"("events":[{"at":"2026-11-20T09:05:00Z","type":"abuse_confirmed","by":"agent","party":"user",)"
            R"("agent":"agent.k","message_index":0}],)"
            R"("messages":[{"at":"2026-11-20T09:01:00Z","channel":"live_chat","from":"user","text":"you idiot"}]})"
            "\n");
        bundle.close();
        QVERIFY(Importer(db, store, clock).importFile(bundle.fileName()).complete());
        DecisionRequest request;
        request.caseId = QStringLiteral("LC-1");
        request.outcome = Outcome::Suspend;
        request.agent = QStringLiteral("anna");
        const DecisionResult first = service.decide(request);
        QVERIFY2(first.stored(), qPrintable(first.error));
        QCOMPARE(first.decision.sanctions.size(), 1);
        clock.set(clock.now().addSecs(600));
        QVERIFY2(service.reopen(QStringLiteral("LC-1"), QStringLiteral("lead"), QStringLiteral("misread")),
            qPrintable(service.lastError()));
        clock.set(clock.now().addSecs(600));
        QVERIFY(service.decide(request).stored()); // the same again: a new strike and sanction
    }
    QProcess* process = runVerify(path);
    QCOMPARE(process->exitCode(), 0);
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("audit: 2 decisions and 2 strikes match")), qPrintable(out));

    const struct
    {
        QString statement;
        QString named;
    } attacks[] = {
        { QStringLiteral("UPDATE decision_history SET reopen_reason = 'forged'"), QStringLiteral("reopen_reason") },
        { QStringLiteral("UPDATE decision_history SET outcome = 'none'"), QStringLiteral("outcome is") },
        { QStringLiteral("UPDATE sanctions SET voided_at = NULL WHERE reopen_ref IS NOT NULL"),
            QStringLiteral("sanction") },
        // The voided strike passed off as the second decision's: that decision then has two.
        { QStringLiteral("UPDATE strikes SET reopen_ref = NULL, voided_at = NULL, voided_by = NULL,"
                         " void_reason = NULL WHERE reopen_ref IS NOT NULL"),
            QStringLiteral("its strikes (2)") },
        { QStringLiteral("DELETE FROM decision_history"), QStringLiteral("has no reopened decision") },
        { QStringLiteral("UPDATE sanctions SET voided_at = 1 WHERE reopen_ref IS NULL"),
            QStringLiteral("voided without a reopen") },
    };
    for (const auto& attack : attacks) {
        const QString copy = tamperedCopy({ attack.statement }, path);
        QVERIFY2(!copy.isEmpty(), qPrintable(attack.statement));
        process = runVerify(copy);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitCode() == 1, qPrintable(attack.statement));
        QVERIFY2(err.contains(attack.named), qPrintable(attack.statement + QLatin1String(": ") + err));
    }
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
