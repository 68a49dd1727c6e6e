#include "CaseStore.h"
#include "Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// `appealdesk purge --before DATE`: decided cases opened before the date lose their
// transcript and personal data, down to the bytes of the file; their decisions,
// strikes and sanctions stay, and the audit chain still verifies.
class tst_Purge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void purgeRemovesPersonalDataOnly();
    void badDateIsAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& arguments) const;
    QByteArray fileBytes() const;
    QString scalar(const QString& sql) const;

    QTemporaryDir m_dir;
    QString m_db;
};

tst_Purge::Run tst_Purge::run(const QStringList& arguments) const
{
    QProcess process;
    process.start(QStringLiteral(APPEALDESK_BINARY),
        arguments + QStringList { QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en") });
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The database file and its WAL, as an attacker with the disk would read them.
QByteArray tst_Purge::fileBytes() const
{
    QByteArray bytes;
    for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(m_db + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QString tst_Purge::scalar(const QString& sql) const
{
    Database db(m_db, QStringLiteral("purge-read"));
    if (!db.open())
        return db.error();
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

// Three copies of the example case: old and decided (purged), new and decided,
// old and open (both kept), each with its own names and chat text.
void tst_Purge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
    QFile example(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QJsonObject base = QJsonDocument::fromJson(example.readAll())
                                 .object()
                                 .value(QStringLiteral("cases"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QFile bundle(m_dir.filePath(QStringLiteral("cases.jsonl")));
    QVERIFY(bundle.open(QIODevice::WriteOnly));
    const struct
    {
        const char* id;
        const char* month; // of opened_at and every time in the case
        const char* tag;
    } cases[] = { { "AP-2026-000001", "2026-10", "OLDDECIDED" }, { "AP-2026-000002", "2026-11", "NEWDECIDED" },
        { "AP-2026-000003", "2026-10", "OLDOPEN" } };
    for (const auto& c : cases) {
        QByteArray json = QJsonDocument(base).toJson(QJsonDocument::Compact);
        json.replace("AP-2026-000123", c.id).replace("2026-11", c.month);
        QJsonObject facts = QJsonDocument::fromJson(json).object();
        QJsonArray parties = facts.value(QStringLiteral("parties")).toArray();
        for (int i = 0; i < parties.size(); ++i) {
            QJsonObject party = parties.at(i).toObject();
            party.insert(QStringLiteral("user_id"), QStringLiteral("U-%1-%2").arg(QLatin1String(c.tag)).arg(i));
            party.insert(QStringLiteral("nickname"), QStringLiteral("%1nick%2").arg(QLatin1String(c.tag)).arg(i));
            party.insert(QStringLiteral("kyc_name"), QStringLiteral("%1 Kycname%2").arg(QLatin1String(c.tag)).arg(i));
            parties[i] = party;
        }
        facts.insert(QStringLiteral("parties"), parties);
        facts.remove(QStringLiteral("history"));
        QJsonArray payments = facts.value(QStringLiteral("payments")).toArray();
        QJsonObject payment = payments.first().toObject();
        payment.insert(QStringLiteral("payer_name"), QStringLiteral("%1 Kycname0").arg(QLatin1String(c.tag)));
        payment.insert(QStringLiteral("remark"), QStringLiteral("%1remark").arg(QLatin1String(c.tag)));
        payments[0] = payment;
        facts.insert(QStringLiteral("payments"), payments);
        QJsonArray messages = facts.value(QStringLiteral("messages")).toArray();
        QJsonObject message = messages.first().toObject();
        message.insert(QStringLiteral("text"), QStringLiteral("%1 chat text").arg(QLatin1String(c.tag)));
        messages[0] = message;
        facts.insert(QStringLiteral("messages"), messages);
        bundle.write(QJsonDocument(facts).toJson(QJsonDocument::Compact) + '\n');
    }
    bundle.close();
    Run r = run({ QStringLiteral("import"), bundle.fileName() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char* id : { "AP-2026-000001", "AP-2026-000002" }) {
        r = run({ QStringLiteral("decide"), QStringLiteral("--case"), QLatin1String(id), QStringLiteral("--outcome"),
            QStringLiteral("refund"), QStringLiteral("--note"), QStringLiteral("checked"), QStringLiteral("--agent"),
            QStringLiteral("agent.anna") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QVERIFY(fileBytes().contains("OLDDECIDED chat text"));
}

void tst_Purge::purgeRemovesPersonalDataOnly()
{
    const QString decisionsBefore = scalar(QStringLiteral("SELECT group_concat(outcome || agent || clauses, ';')"
                                                          " FROM (SELECT * FROM decisions ORDER BY id)"));
    const QString strikesBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM strikes"));
    const QString sanctionsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM sanctions"));

    const Run r = run({ QStringLiteral("purge"), QStringLiteral("--before"), QStringLiteral("2026-11-01"),
        QStringLiteral("--agent"), QStringLiteral("lead.lena") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("purge: 1 decided case opened before 2026-11-01T00:00:00Z purged"));

    const QByteArray bytes = fileBytes();
    for (const char* gone : { "OLDDECIDED chat text", "OLDDECIDEDnick", "OLDDECIDED Kycname", "OLDDECIDEDremark" })
        QVERIFY2(!bytes.contains(gone), gone);
    for (const char* kept : { "NEWDECIDED chat text", "NEWDECIDEDnick1", "OLDOPEN chat text", "OLDOPEN Kycname1" })
        QVERIFY2(bytes.contains(kept), kept);

    Database db(m_db, QStringLiteral("purge-check"));
    QVERIFY(db.open());
    CaseStore store(db);
    const std::optional<CaseFacts> purged = store.cases().load(QStringLiteral("AP-2026-000001"));
    QVERIFY(purged);
    QVERIFY(purged->messages.isEmpty());
    for (const Party& p : purged->parties) {
        QVERIFY(p.nickname.isEmpty());
        QVERIFY(p.kycName.isEmpty());
        QVERIFY(p.userId.startsWith(QLatin1String("U-OLDDECIDED"))); // anonymised, still countable
    }
    QVERIFY(purged->payments.first().payerName.isEmpty());
    const std::optional<CaseFacts> kept = store.cases().load(QStringLiteral("AP-2026-000003"));
    QVERIFY(kept && kept->messages.size() == 1 && !kept->parties.first().kycName.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search WHERE body GLOB '*olddecided*'")),
        QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search WHERE body GLOB '*newdecided*'")),
        QStringLiteral("1"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT nickname || kyc_name FROM users WHERE user_id = 'U-OLDDECIDED-0'")), QString());

    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(outcome || agent || clauses, ';')"
                                   " FROM (SELECT * FROM decisions ORDER BY id)")),
        decisionsBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM strikes")), strikesBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sanctions")), sanctionsBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT actor || ' ' || action || ' ' || subject FROM audit_log ORDER BY id DESC")),
        QStringLiteral("lead.lena purge 2026-11-01T00:00:00Z"));
    const Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QCOMPARE(verify.exitCode, 0);
    // The import, two decisions and the purge (issue 13, item 2: the import is on record).
    QVERIFY2(verify.out.startsWith(QLatin1String("audit: ok, 4 entries")), qPrintable(verify.out + verify.err));
}

void tst_Purge::badDateIsAUsageError()
{
    const Run r = run({ QStringLiteral("purge"), QStringLiteral("--before"), QStringLiteral("2026-13-01") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("is not a date")));
    QCOMPARE(run({ QStringLiteral("purge") }).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_Purge)
#include "tst_purge.moc"
