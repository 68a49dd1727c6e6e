#include "BundleReader.h"
#include "BundleWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Result = BundleReader::Result;
Q_DECLARE_METATYPE(BundleReader::Result)

namespace {
const QString BadDir = QStringLiteral(APPEALDESK_TEST_DATA "/bad/");
const QString GoodDir = QStringLiteral(APPEALDESK_TEST_DATA "/good/");

// One valid p2p case as a single line, with `extra` spliced in as additional members.
QByteArray caseLine(const QByteArray& id, const QByteArray& extra = QByteArray())
{
    return "{\"id\":\"" + id
        + "\",\"kind\":\"p2p_appeal\",\"opened_at\":\"2026-11-20T09:40:00Z\",\"appellant\":\"buyer\",\"reason\":\"B3\","
          "\"order\":{\"number\":\"22918837461\",\"created_at\":\"2026-11-20T09:00:00Z\",\"side_asset\":\"USDT\","
          "\"crypto_amount\":\"150.00\",\"fiat\":\"SEK\",\"fiat_amount\":\"1575.00\",\"price\":\"10.50\","
          "\"payment_method\":{\"name\":\"Swish\",\"realtime\":true},\"seller_account\":\"Swish "
          "070\",\"status\":\"paid\"},"
          "\"parties\":[{\"role\":\"buyer\",\"user_id\":\"U-1\"},{\"role\":\"seller\",\"user_id\":\"U-2\"}]"
        + extra + "}";
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

// Reads until the first result that is not CaseRead; counts the cases read before it.
Result firstProblem(BundleReader* reader, int* casesBefore, CaseFacts* facts = nullptr)
{
    CaseFacts scratch;
    *casesBefore = 0;
    for (;;) {
        const Result r = reader->next(facts ? facts : &scratch);
        if (r != BundleReader::CaseRead)
            return r;
        ++*casesBefore;
    }
}

QList<CaseFacts> readAll(const QString& path)
{
    QList<CaseFacts> cases;
    BundleReader reader(path);
    if (!reader.open())
        return cases;
    CaseFacts facts;
    Result r;
    while ((r = reader.next(&facts)) == BundleReader::CaseRead)
        cases << facts;
    if (r != BundleReader::EndOfFile)
        qWarning().noquote() << reader.error().toString();
    return r == BundleReader::EndOfFile ? cases : QList<CaseFacts>();
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Each file of tests/data/bad with the first problem the reader must report.
struct BadBundle
{
    const char* file;
    Result result;
    int casesBefore;
    int line;
    int column;
    QString caseId;
    const char* field;
    const char* message;
};

QList<BadBundle> badBundleTable()
{
    const Result invalid = BundleReader::InvalidCase;
    const Result fatal = BundleReader::FatalError;
    const QString ap = QStringLiteral("AP-2026-000123");
    const QString lc2 = QStringLiteral("LC-2026-000008");
    const QString none;
    QList<BadBundle> rows;
    auto row = [&rows](const char* file, Result result, int casesBefore, int line, int column, const QString& caseId,
                   const char* field, const char* message) {
        rows.append({ file, result, casesBefore, line, column, caseId, field, message });
    };

    // Syntax and encoding
    row("truncated.json", fatal, 0, 27, 19, none, "", "unexpected end of file");
    row("truncated-line.jsonl", invalid, 0, 1, 295, none, "", "unterminated string");
    row("trailing-comma-object.jsonl", invalid, 0, 1, 1140, none, "", "trailing comma is not allowed");
    row("trailing-comma-cases.json", fatal, 1, 82, 3, none, "", "trailing comma is not allowed");
    row("comment.json", fatal, 0, 3, 14, none, "", "comments are not allowed");
    row("nan.jsonl", invalid, 0, 1, 1148, none, "", "unexpected character 'N'");
    row("single-quotes.jsonl", invalid, 0, 1, 113, none, "", "expected a member name in double quotes");
    row("leading-zero.jsonl", invalid, 0, 1, 1148, none, "", "leading zeros are not allowed");
    row("duplicate-key.jsonl", invalid, 0, 1, 1140, none, "", "duplicate key \"kind\"");
    row("control-char.jsonl", invalid, 0, 1, 1071, none, "", "raw control character U+0009 in a string");
    row("bad-escape.jsonl", invalid, 0, 1, 484, none, "", "invalid escape sequence '\\x'");
    row("lone-surrogate-escape.jsonl", invalid, 0, 1, 483, none, "", "unpaired UTF-16 surrogate");
    row("nul-byte.jsonl", fatal, 0, 1, 1072, none, "", "NUL byte is not allowed");
    row("invalid-utf8.jsonl", fatal, 0, 1, 486, none, "", "invalid UTF-8");
    row("overlong-utf8.json", fatal, 0, 73, 26, none, "", "invalid UTF-8");
    row("surrogate-utf8.jsonl", fatal, 0, 1, 1149, none, "", "invalid UTF-8");
    row("utf16.json", fatal, 0, 1, 1, none, "", "expected a bundle object");
    row("deep-nesting.json", fatal, 0, 81, 79, none, "", "nested deeper than 64 levels");
    row("empty.json", fatal, 0, 1, 1, none, "", "unexpected end of file");
    row("garbage-after-case.jsonl", invalid, 0, 1, 1141, none, "", "unexpected data after the case");
    row("data-after-bundle.json", fatal, 1, 84, 1, none, "", "unexpected data after the bundle object");
    // The bundle document
    row("bad-format.json", fatal, 0, 2, 13, none, "", "unsupported format \"appealdesk.case/2\"");
    row("missing-format.json", fatal, 1, 1, 1, none, "", "no \"format\" member");
    row("cases-not-array.json", fatal, 0, 3, 12, none, "", "\"cases\" must be an array, not an object");
    row("cases-not-objects.json", invalid, 0, 4, 5, none, "", "a case must be a JSON object, not a string");
    row("case-not-object.jsonl", invalid, 0, 1, 1, none, "", "a case must be a JSON object, not an array");
    row("duplicate-ids.jsonl", invalid, 2, 3, 7, ap, "id",
        "duplicate case id, first at " APPEALDESK_TEST_DATA "/bad/duplicate-ids.jsonl:1:7");
    row("duplicate-ids.json", invalid, 2, 114, 13, ap, "id",
        "duplicate case id, first at " APPEALDESK_TEST_DATA "/bad/duplicate-ids.json:5:13");
    // Required fields
    row("missing-id.jsonl", invalid, 0, 1, 1, none, "id", "required field is missing");
    row("missing-kind.jsonl", invalid, 0, 1, 1, ap, "kind", "required field is missing");
    row("missing-opened-at.jsonl", invalid, 0, 1, 1, ap, "opened_at", "required field is missing");
    row("missing-parties.jsonl", invalid, 0, 1, 1, ap, "parties", "required field is missing");
    row("empty-parties.jsonl", invalid, 0, 1, 434, ap, "parties", "must list at least one party");
    row("missing-order.jsonl", invalid, 0, 1, 1, ap, "order", "required field is missing");
    row("missing-appellant.jsonl", invalid, 0, 1, 1, ap, "appellant", "required field is missing");
    row("missing-order-price.jsonl", invalid, 0, 1, 137, ap, "order.price", "required field is missing");
    row("missing-suspension.jsonl", invalid, 0, 1, 1, lc2, "suspension", "required field is missing");
    row("event-missing-party.jsonl", invalid, 0, 1, 980, ap, "events[3].party", "required field is missing");
    // Values
    row("unknown-kind.jsonl", invalid, 0, 1, 31, ap, "kind", "\"p2p_dispute\" is not one of p2p_appeal,");
    row("bad-reason.jsonl", invalid, 0, 1, 108, ap, "reason", "\"B9\" is not a reason");
    row("lc2-bad-ground.jsonl", invalid, 0, 1, 110, lc2, "reason", "\"B3\" is not one of impersonation,");
    row("amount-number.jsonl", invalid, 0, 1, 269, ap, "order.fiat_amount", "must be a decimal string");
    row("amount-comma.json", invalid, 0, 44, 21, ap, "payments[0].amount", "\"15,75\" is not a decimal amount");
    row("amount-negative.jsonl", invalid, 0, 1, 287, ap, "order.price", "\"-10.50\" must not be negative");
    row("amount-exponent.jsonl", invalid, 0, 1, 233, ap, "order.crypto_amount", "\"1.5e2\" is not a decimal amount");
    row("time-no-zone.jsonl", invalid, 0, 1, 56, ap, "opened_at",
        "\"2026-11-20T09:15:00\" is not an ISO 8601 time with a zone");
    row("time-invalid-date.jsonl", invalid, 0, 1, 631, ap, "payments[0].at",
        "\"2026-02-30T09:00:00Z\" is not an ISO 8601 time");
    row("time-number.jsonl", invalid, 0, 1, 174, ap, "order.created_at", "must be a time string, not a number");
    row("time-space.jsonl", invalid, 0, 1, 856, ap, "events[1].at", "is not an ISO 8601 time");
    row("time-bad-offset.jsonl", invalid, 0, 1, 999, ap, "messages[0].at", "is not an ISO 8601 time");
    row("bool-as-string.jsonl", invalid, 0, 1, 362, ap, "order.payment_method.realtime",
        "must be true or false, not a string");
    row("id-too-long.jsonl", invalid, 0, 1, 7, none, "id", "is not a valid id (1 to 64 printable characters)");
    row("id-empty.jsonl", invalid, 0, 1, 7, none, "id", "\"\" is not a valid id");
    row("id-control.jsonl", invalid, 0, 1, 7, none, "id", "\"AP-\\u0001-1\" is not a valid id");
    row("id-number.jsonl", invalid, 0, 1, 7, none, "id", "must be a string, not a number");
    row("history-negative.jsonl", invalid, 0, 1, 1136, ap, "history.U-99120.abusive_language",
        "-1 is not a non-negative integer");
    row("history-fraction.jsonl", invalid, 0, 1, 1136, ap, "history.U-99120.abusive_language",
        "1.5 is not a non-negative integer");
    row("history-count-string.jsonl", invalid, 0, 1, 1136, ap, "history.U-99120.abusive_language",
        "must be an integer, not a string");
    row("history-unknown-strike.jsonl", invalid, 0, 1, 1128, ap, "history.U-99120.swearing",
        "\"swearing\" is not a strike kind");
    row("bad-role.jsonl", invalid, 0, 1, 532, ap, "parties[1].role", "\"admin\" is not one of buyer, seller, user");
    row("bad-channel.jsonl", invalid, 0, 1, 1032, ap, "messages[0].channel", "\"email\" is not one of order_chat,");
    row("bad-event-type.jsonl", invalid, 0, 1, 950, ap, "events[2].type",
        "\"appeal_closed\" is not one of order_created,");
    row("bad-cause.jsonl", invalid, 0, 1, 1036, ap, "events[3].cause", "\"weather\" is not one of timeout,");
    row("bad-status.jsonl", invalid, 0, 1, 416, ap, "order.status", "\"disputed\" is not one of created,");
    row("fiat-digit.jsonl", invalid, 0, 1, 249, ap, "order.fiat", "\"SE1\" is not a currency code");
    // Issue 13, item 14: this said "must not be negative" (the units wrapped).
    row("amount-too-large.jsonl", invalid, 0, 1, 269, ap, "order.fiat_amount", "\"92233720369\" is too large");
    row("parties-object.jsonl", invalid, 0, 1, 434, ap, "parties", "must be an array, not an object");
    row("payment-not-object.jsonl", invalid, 0, 1, 625, ap, "payments[0]", "must be an object, not a string");
    row("suspension-days-negative.jsonl", invalid, 0, 1, 244, lc2, "suspension.days",
        "-7 is not a non-negative integer");
    row("message-index-range.jsonl", invalid, 0, 1, 305, QStringLiteral("LC-2026-000007"), "events[0].message_index",
        "refers to message 3 but the case has 1 messages");
    return rows;
}

} // namespace

class TestBundleReader : public QObject
{
    Q_OBJECT

private slots:
    void item12_confusableIdsRejected_data();
    void item12_confusableIdsRejected();
    void badBundles_data();
    void badBundles();
    void everyBadBundleChecked();
    void errorText();
    void syntax_data();
    void syntax();
    void times_data();
    void times();
    void values_data();
    void values();
    void exampleCase();
    void byteOrderMarkAndOffsets();
    void blankLines();
    void escapesAndUnknownFields();
    void jsonlContinuesAfterInvalidLine();
    void jsonContinuesAfterInvalidCase();
    void hugeString();
    void hugeLine();
    void hugeValueInDocument();
    void tooManyValues();
    void columnsOnOneLongLine();
    void missingFile();
};

void TestBundleReader::badBundles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Result>("result");
    QTest::addColumn<int>("casesBefore");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    for (const BadBundle& b : badBundleTable()) {
        QTest::newRow(b.file) << QString::fromLatin1(b.file) << b.result << b.casesBefore << b.line << b.column
                              << b.caseId << QString::fromLatin1(b.field) << QString::fromUtf8(b.message);
    }
}

void TestBundleReader::badBundles()
{
    QFETCH(QString, file);
    QFETCH(Result, result);
    QFETCH(int, casesBefore);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, caseId);
    QFETCH(QString, field);
    QFETCH(QString, message);

    BundleReader reader(BadDir + file);
    QVERIFY(reader.open());
    int before = 0;
    QCOMPARE(firstProblem(&reader, &before), result);
    const BundleError error = reader.error();
    QCOMPARE(before, casesBefore);
    QCOMPARE(error.file, BadDir + file);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.caseId, caseId);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    if (result == BundleReader::FatalError)
        QCOMPARE(reader.next(nullptr), BundleReader::EndOfFile);
}

// A file added to tests/data/bad without its expected message fails here.
void TestBundleReader::everyBadBundleChecked()
{
    QStringList files = QDir(BadDir).entryList(QDir::Files);
    files.sort();
    QStringList checked;
    for (const BadBundle& b : badBundleTable())
        checked << QString::fromLatin1(b.file);
    checked.sort();
    QCOMPARE(checked, files);
    QVERIFY(files.size() >= 40);
}

void TestBundleReader::errorText()
{
    const BundleError full { QStringLiteral("bundle.json"), 14, 9, QStringLiteral("AP-2026-000123"),
        QStringLiteral("payments[0].amount"), QStringLiteral("\"15,75\" is not a decimal amount") };
    QCOMPARE(full.toString(),
        QStringLiteral("bundle.json:14:9: case AP-2026-000123: payments[0].amount: \"15,75\" is not a decimal amount"));
    const BundleError syntax { QStringLiteral("b.jsonl"), 3, 1, QString(), QString(),
        QStringLiteral("unexpected end of line") };
    QCOMPARE(syntax.toString(), QStringLiteral("b.jsonl:3:1: unexpected end of line"));

    // The real message for the file of the example.
    BundleReader reader(BadDir + QStringLiteral("amount-comma.json"));
    QVERIFY(reader.open());
    QCOMPARE(reader.next(nullptr), BundleReader::InvalidCase);
    QCOMPARE(reader.error().toString(),
        BadDir
            + QStringLiteral(
                "amount-comma.json:44:21: case AP-2026-000123: payments[0].amount: \"15,75\" is not a decimal amount"));
}

// Single-line cases that break the JSON grammar at a known column.
void TestBundleReader::syntax_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("trailing comma in array") << QByteArray("{\"a\":[1,]}") << 9 << QStringLiteral("trailing comma");
    QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"b\":2}") << 8 << QStringLiteral("expected ',' or '}'");
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 6 << QStringLiteral("expected ':'");
    QTest::newRow("array separator") << QByteArray("{\"a\":[1 2]}") << 9 << QStringLiteral("expected ',' or ']'");
    QTest::newRow("bad literal") << QByteArray("{\"a\":tru}") << 9 << QStringLiteral("unexpected character '}'");
    QTest::newRow("literal cut") << QByteArray("{\"a\":fals") << 10 << QStringLiteral("unexpected end of line");
    QTest::newRow("Infinity") << QByteArray("{\"a\":Infinity}") << 6 << QStringLiteral("unexpected character 'I'");
    QTest::newRow("plus number") << QByteArray("{\"a\":+1}") << 6 << QStringLiteral("unexpected character '+'");
    QTest::newRow("bare minus") << QByteArray("{\"a\":-x}") << 6 << QStringLiteral("invalid number");
    QTest::newRow("no fraction digits") << QByteArray("{\"a\":1.}") << 6 << QStringLiteral("decimal point");
    QTest::newRow("no exponent digits") << QByteArray("{\"a\":1e}") << 6 << QStringLiteral("exponent");
    QTest::newRow("short unicode escape") << QByteArray("{\"a\":\"\\u12\"}") << 7 << QStringLiteral("four hex digits");
    QTest::newRow("escaped NUL") << QByteArray("{\"a\":\"x\\u0000\"}") << 8 << QStringLiteral("NUL character");
    QTest::newRow("raw control character") << QByteArray("{\"a\":\"x\x01\"}") << 8 << QStringLiteral("U+0001");
    QTest::newRow("key not a string") << QByteArray("{a:1}") << 2 << QStringLiteral("member name in double quotes");
    QTest::newRow("unterminated object") << QByteArray("{\"a\":{}") << 8 << QStringLiteral("unexpected end of line");
    // Columns count characters, not bytes.
    QTest::newRow("columns in characters") << QByteArray("{\"ä\":\"ไทย\",\"b\":?}") << 16 << QStringLiteral("'?'");
    // Past the linear check, duplicates are found through hashes.
    QByteArray manyKeys = "{";
    for (int i = 0; i < 40; ++i)
        manyKeys += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    const int duplicateAt = int(manyKeys.size()) + 1;
    manyKeys += "\"k7\":0}";
    QTest::newRow("many keys, duplicate") << manyKeys << duplicateAt << QStringLiteral("duplicate key \"k7\"");
}

void TestBundleReader::syntax()
{
    QFETCH(QByteArray, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("s.jsonl"), line + "\n" + caseLine("AP-1") + "\n");
    BundleReader reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.next(nullptr), BundleReader::InvalidCase);
    QVERIFY2(reader.error().message.contains(message), qPrintable(reader.error().toString()));
    QCOMPARE(reader.error().line, 1);
    QCOMPARE(reader.error().column, column);
    QCOMPARE(reader.next(nullptr), BundleReader::CaseRead);
    QCOMPARE(reader.next(nullptr), BundleReader::EndOfFile);
}

void TestBundleReader::times_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: the time must be refused

    const QDateTime refused;
    auto utcMs = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
    QTest::newRow("Z") << QByteArray("2026-11-20T09:15:00Z") << utc("2026-11-20T09:15:00Z");
    QTest::newRow("plus offset") << QByteArray("2026-11-20T16:15:00+07:00") << utc("2026-11-20T09:15:00Z");
    QTest::newRow("minus offset") << QByteArray("2026-12-31T23:30:00-05:30") << utc("2027-01-01T05:00:00Z");
    QTest::newRow("minus zero") << QByteArray("2026-11-20T09:15:00-00:00") << utc("2026-11-20T09:15:00Z");
    QTest::newRow("milliseconds") << QByteArray("2026-11-20T09:15:00.5Z") << utc("2026-11-20T09:15:00.500Z");
    QTest::newRow("nanoseconds cut to ms")
        << QByteArray("2026-11-20T09:15:00.123456789Z") << utc("2026-11-20T09:15:00.123Z");
    // Issue 13, item 14: parsed, but no P2P case happened then.
    QTest::newRow("13.14 epoch is implausible") << QByteArray("1970-01-01T00:00:00Z") << refused;
    QTest::newRow("13.14 year 0001") << QByteArray("0001-01-01T00:00:00Z") << refused;
    QTest::newRow("13.14 year 9999") << QByteArray("9999-12-31T23:59:59Z") << refused;
    QTest::newRow("13.14 last plausible instant") << QByteArray("2099-12-31T23:59:59Z") << utc("2099-12-31T23:59:59Z");
    QTest::newRow("13.14 first plausible instant") << QByteArray("2000-01-01T00:00:00Z") << utcMs(946684800000);
    QTest::newRow("leap day 2028") << QByteArray("2028-02-29T12:00:00Z") << utc("2028-02-29T12:00:00Z");
    QTest::newRow("leap day 2000") << QByteArray("2000-02-29T00:00:00Z") << utc("2000-02-29T00:00:00Z");
    QTest::newRow("no zone") << QByteArray("2026-11-20T09:15:00") << refused;
    QTest::newRow("lower-case z") << QByteArray("2026-11-20T09:15:00z") << refused;
    QTest::newRow("no leap day 2026") << QByteArray("2026-02-29T12:00:00Z") << refused;
    QTest::newRow("no leap day 1900") << QByteArray("1900-02-29T12:00:00Z") << refused;
    QTest::newRow("April 31") << QByteArray("2026-04-31T12:00:00Z") << refused;
    QTest::newRow("month 13") << QByteArray("2026-13-01T12:00:00Z") << refused;
    QTest::newRow("hour 24") << QByteArray("2026-11-20T24:00:00Z") << refused;
    QTest::newRow("leap second") << QByteArray("2026-12-31T23:59:60Z") << refused;
    QTest::newRow("year 0") << QByteArray("0000-01-01T00:00:00Z") << refused;
    QTest::newRow("date only") << QByteArray("2026-11-20") << refused;
    QTest::newRow("no seconds") << QByteArray("2026-11-20T09:15Z") << refused;
    QTest::newRow("compact offset") << QByteArray("2026-11-20T09:15:00+0700") << refused;
    QTest::newRow("offset hour 24") << QByteArray("2026-11-20T09:15:00+24:00") << refused;
    QTest::newRow("empty fraction") << QByteArray("2026-11-20T09:15:00.Z") << refused;
    QTest::newRow("trailing text") << QByteArray("2026-11-20T09:15:00Z ") << refused;
    QTest::newRow("Thai digits") << QByteArray("\u0e52026-11-20T09:15:00Z") << refused;
}

void TestBundleReader::times()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("t.jsonl"),
        caseLine("AP-1").replace("\"2026-11-20T09:40:00Z\"", QByteArray("\"" + text + "\"")));
    BundleReader reader(path);
    QVERIFY(reader.open());
    CaseFacts facts;
    if (expected.isValid()) {
        QCOMPARE(reader.next(&facts), BundleReader::CaseRead);
        QCOMPARE(facts.openedAt, expected);
        QCOMPARE(facts.openedAt.timeSpec(), Qt::UTC);
    } else {
        QCOMPARE(reader.next(&facts), BundleReader::InvalidCase);
        QCOMPARE(reader.error().field, QStringLiteral("opened_at"));
        QVERIFY2(reader.error().message.contains(QStringLiteral("is not an ISO 8601 time with a zone"))
                || reader.error().message.contains(QStringLiteral("is not a plausible time")),
            qPrintable(reader.error().message));
    }
}

// Members spliced into a valid case: accepted, or refused at `field`.
void TestBundleReader::values_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field"); // empty: accepted

    const QString accepted;
    QTest::newRow("integer amount") << QByteArray("\"150.00\"") << QByteArray("\"150\"") << accepted;
    QTest::newRow("8 decimals") << QByteArray("\"150.00\"") << QByteArray("\"0.00000001\"") << accepted;
    QTest::newRow("9 decimals") << QByteArray("\"150.00\"") << QByteArray("\"0.000000001\"")
                                << QStringLiteral("order.crypto_amount");
    QTest::newRow("plus sign") << QByteArray("\"150.00\"") << QByteArray("\"+150\"")
                               << QStringLiteral("order.crypto_amount");
    QTest::newRow("space in amount") << QByteArray("\"150.00\"") << QByteArray("\" 150\"")
                                     << QStringLiteral("order.crypto_amount");
    QTest::newRow("amount null") << QByteArray("\"150.00\"") << QByteArray("null")
                                 << QStringLiteral("order.crypto_amount");
    QTest::newRow("Unicode id") << QByteArray("\"U-1\"") << QByteArray("\"U-\u0E44\u0E17\u0E22\"") << accepted;
    QTest::newRow("64 character id") << QByteArray("\"U-1\"") << QByteArray("\"" + QByteArray(64, 'u') + "\"")
                                     << accepted;
    QTest::newRow("id with leading space")
        << QByteArray("\"U-1\"") << QByteArray("\" U-1\"") << QStringLiteral("parties[0].user_id");
    QTest::newRow("id with newline") << QByteArray("\"U-1\"") << QByteArray("\"U\\n1\"")
                                     << QStringLiteral("parties[0].user_id");
    QTest::newRow("realtime as 1") << QByteArray("\"realtime\":true") << QByteArray("\"realtime\":1")
                                   << QStringLiteral("order.payment_method.realtime");
    QTest::newRow("unknown nested member")
        << QByteArray("\"status\":\"paid\"") << QByteArray("\"status\":\"paid\",\"escrow\":{\"x\":[]}") << accepted;
    QTest::newRow("history with empty user id")
        << QByteArray("\"reason\":\"B3\"") << QByteArray("\"reason\":\"B3\",\"history\":{\"\":{}}")
        << QStringLiteral("history");
    QTest::newRow("language with space") << QByteArray("\"reason\":\"B3\"")
                                         << QByteArray("\"reason\":\"B3\",\"language\":\"s v\"")
                                         << QStringLiteral("language");
    QTest::newRow("asset lower-case") << QByteArray("\"USDT\"") << QByteArray("\"usdt\"")
                                      << QStringLiteral("order.side_asset");
    // Settled reading 3: ISO 4217 codes are case-insensitive; anything but three ASCII letters is an error.
    QTest::newRow("reading 3: fiat lower-case")
        << QByteArray("\"fiat\":\"SEK\"") << QByteArray("\"fiat\":\"sek\"") << accepted;
    QTest::newRow("reading 3: fiat with a digit")
        << QByteArray("\"fiat\":\"SEK\"") << QByteArray("\"fiat\":\"SE1\"") << QStringLiteral("order.fiat");
    QTest::newRow("reading 3: fiat of four letters")
        << QByteArray("\"fiat\":\"SEK\"") << QByteArray("\"fiat\":\"SEKK\"") << QStringLiteral("order.fiat");
    QTest::newRow("reading 3: fiat non-ASCII letter")
        << QByteArray("\"fiat\":\"SEK\"") << QByteArray("\"fiat\":\"S\u00c9K\"") << QStringLiteral("order.fiat");
}

void TestBundleReader::values()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QByteArray line = caseLine("AP-1");
    QVERIFY(line.contains(from));
    line.replace(line.indexOf(from), from.size(), to);
    QTemporaryDir dir;
    BundleReader reader(writeFile(dir, QStringLiteral("v.jsonl"), line));
    QVERIFY(reader.open());
    CaseFacts facts;
    const Result r = reader.next(&facts);
    if (field.isEmpty()) {
        QVERIFY2(r == BundleReader::CaseRead, qPrintable(reader.error().toString()));
        if (to.contains("\"fiat\""))
            QCOMPARE(facts.order->fiat, QStringLiteral("SEK")); // stored as the code is written in ISO 4217
    } else {
        QCOMPARE(r, BundleReader::InvalidCase);
        QCOMPARE(reader.error().field, field);
        QCOMPARE(reader.error().caseId, QStringLiteral("AP-1"));
    }
}

void TestBundleReader::exampleCase()
{
    const QList<CaseFacts> cases = readAll(GoodDir + QStringLiteral("example.json"));
    QCOMPARE(cases.size(), 1);
    const CaseFacts& f = cases.first();
    QCOMPARE(f.id, QStringLiteral("AP-2026-000123"));
    QCOMPARE(f.kind, CaseKind::P2pAppeal);
    QCOMPARE(f.openedAt, utc("2026-11-20T09:40:00Z"));
    QCOMPARE(f.openedAt.timeSpec(), Qt::UTC);
    QCOMPARE(f.appellant, Role::Buyer);
    QCOMPARE(f.reason, QStringLiteral("B3"));
    QCOMPARE(f.language, QStringLiteral("sv"));
    QVERIFY(f.order.has_value());
    const Order& o = *f.order;
    QCOMPARE(o.number, QStringLiteral("22918837461"));
    QCOMPARE(o.createdAt, utc("2026-11-20T09:00:00Z"));
    QCOMPARE(o.sideAsset, QStringLiteral("USDT"));
    QCOMPARE(o.cryptoAmount.toString(), QStringLiteral("150.00"));
    QCOMPARE(o.fiat, QStringLiteral("SEK"));
    QCOMPARE(o.fiatAmount.toString(), QStringLiteral("1575.00"));
    QCOMPARE(o.price.toString(), QStringLiteral("10.50"));
    QVERIFY(o.marketPrice.has_value());
    QCOMPARE(o.marketPrice->toString(), QStringLiteral("10.62"));
    QCOMPARE(o.paymentMethod.name, QStringLiteral("Swish"));
    QCOMPARE(o.paymentMethod.realtime, true);
    QCOMPARE(o.sellerAccount, QStringLiteral("Swish 070-123 45 67"));
    QCOMPARE(o.status, OrderStatus::Paid);
    QCOMPARE(f.parties.size(), 2);
    QCOMPARE(f.parties[1].role, Role::Seller);
    QCOMPARE(f.parties[1].userId, QStringLiteral("U-99120"));
    QCOMPARE(f.parties[1].nickname, QStringLiteral("fastusdt"));
    QCOMPARE(f.parties[1].kycName, QStringLiteral("Nikolai Petrov"));
    QCOMPARE(f.payments.size(), 1);
    QCOMPARE(f.payments[0].at, utc("2026-11-20T09:06:00Z"));
    QCOMPARE(f.payments[0].amount.toString(), QStringLiteral("1575.00"));
    QCOMPARE(f.payments[0].payerName, QStringLiteral("Eva Andersson"));
    QCOMPARE(f.payments[0].toListedAccount, true);
    QCOMPARE(f.payments[0].realtime, std::optional<bool>(true));
    QCOMPARE(f.payments[0].remark, QStringLiteral("order 22918837461"));
    QCOMPARE(f.events.size(), 3);
    QCOMPARE(f.events[1].type, EventType::MarkedPaid);
    QCOMPARE(f.events[1].by, Role::Buyer);
    QCOMPARE(f.events[1].messageIndex, -1);
    QCOMPARE(f.messages.size(), 1);
    QCOMPARE(f.messages[0].channel, Channel::OrderChat);
    QCOMPARE(f.messages[0].from, Role::Buyer);
    QCOMPARE(f.messages[0].text, QStringLiteral("Hej! Betalat via Swish."));
    QCOMPARE(f.history.size(), 1);
    QCOMPARE(f.history.value(QStringLiteral("U-99120")).value(StrikeKind::AbusiveLanguage), 1);
    QVERIFY(!f.suspension.has_value());
}

void TestBundleReader::byteOrderMarkAndOffsets()
{
    QFile raw(GoodDir + QStringLiteral("bom.json"));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.read(3) == "\xEF\xBB\xBF");
    const QList<CaseFacts> cases = readAll(GoodDir + QStringLiteral("bom.json"));
    QCOMPARE(cases.size(), 2);
    const CaseFacts& lc1 = cases[0];
    QCOMPARE(lc1.kind, CaseKind::LiveChatAbuse);
    QCOMPARE(lc1.openedAt, utc("2026-11-20T09:15:00Z")); // 16:15+07:00
    QCOMPARE(lc1.events[0].type, EventType::AbuseConfirmed);
    QCOMPARE(lc1.events[0].party, Role::User);
    QCOMPARE(lc1.events[0].agent, QStringLiteral("agent.k"));
    QCOMPARE(lc1.events[0].messageIndex, 0);
    QVERIFY(lc1.messages[0].text.startsWith(QStringLiteral("\u0E04\u0E38\u0E13")));
    QVERIFY(lc1.messages[0].text.endsWith(QStringLiteral("<b>bold</b> &amp;")));
    const CaseFacts& lc2 = cases[1];
    QCOMPARE(lc2.kind, CaseKind::LiveChatSuspensionAppeal);
    QCOMPARE(lc2.openedAt, utc("2026-11-21T13:30:00Z")); // 08:00-05:30
    QCOMPARE(lc2.reason, QStringLiteral("compromised"));
    QVERIFY(lc2.suspension.has_value());
    QCOMPARE(lc2.suspension->userId, QStringLiteral("U-70002"));
    QCOMPARE(lc2.suspension->days, 7);
    QCOMPARE(lc2.history.value(QStringLiteral("U-70002")).value(StrikeKind::LiveChatAbuse), 2);
    QCOMPARE(lc2.history.value(QStringLiteral("U-70002")).value(StrikeKind::AbusiveLanguage, -1), 0);
}

void TestBundleReader::blankLines()
{
    BundleReader reader(GoodDir + QStringLiteral("blank-lines.jsonl"));
    QVERIFY(reader.open());
    CaseFacts facts;
    QStringList ids;
    Result r;
    while ((r = reader.next(&facts)) == BundleReader::CaseRead)
        ids << facts.id;
    QCOMPARE(r, BundleReader::EndOfFile);
    QCOMPARE(ids,
        QStringList(
            { QStringLiteral("AP-2026-000123"), QStringLiteral("LC-2026-000007"), QStringLiteral("LC-2026-000008") }));
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestBundleReader::escapesAndUnknownFields()
{
    QTemporaryDir dir;
    const QByteArray extra
        = ",\"unknown\":{\"nested\":[1,2.5e3,{\"x\":null}],\"more\":false},"
          "\"messages\":[{\"at\":\"2026-11-20T09:08:00.250Z\",\"channel\":\"order_chat\",\"from\":"
          "\"seller\",\"text\":\"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00 \\u0E44\"}]";
    const QString path = writeFile(dir, QStringLiteral("e.jsonl"), caseLine("AP-1", extra));
    const QList<CaseFacts> cases = readAll(path);
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases[0].messages[0].text, QStringLiteral("\"q\" \\ / \b\f\n\r\t \u00E9 \U0001F600 \u0E44"));
    QCOMPARE(cases[0].messages[0].at, utc("2026-11-20T09:08:00.250Z"));
}

void TestBundleReader::jsonlContinuesAfterInvalidLine()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("c.jsonl"),
        caseLine("AP-1") + "\n{\"id\":\n" + caseLine("AP-2").replace("B3", "B7") + "\n" + caseLine("AP-3") + "\n");
    BundleReader reader(path);
    QVERIFY(reader.open());
    CaseFacts facts;
    QCOMPARE(reader.next(&facts), BundleReader::CaseRead);
    QCOMPARE(reader.next(&facts), BundleReader::InvalidCase);
    QCOMPARE(reader.error().line, 2);
    QCOMPARE(reader.next(&facts), BundleReader::InvalidCase);
    QCOMPARE(reader.error().line, 3);
    QCOMPARE(reader.error().caseId, QStringLiteral("AP-2"));
    QCOMPARE(reader.next(&facts), BundleReader::CaseRead);
    QCOMPARE(facts.id, QStringLiteral("AP-3"));
    QCOMPARE(reader.next(&facts), BundleReader::EndOfFile);
}

void TestBundleReader::jsonContinuesAfterInvalidCase()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("c.json"),
        "{\"cases\":[" + caseLine("AP-1", ",\"kind\":\"x\"").replace("\"kind\":\"p2p_appeal\",", "") + ",\n"
            + caseLine("AP-2") + "],\"format\":\"appealdesk.case/1\"}");
    BundleReader reader(path);
    QVERIFY(reader.open());
    CaseFacts facts;
    QCOMPARE(reader.next(&facts), BundleReader::InvalidCase);
    QCOMPARE(reader.error().field, QStringLiteral("kind"));
    QCOMPARE(reader.next(&facts), BundleReader::CaseRead);
    QCOMPARE(facts.id, QStringLiteral("AP-2"));
    QCOMPARE(reader.next(&facts), BundleReader::EndOfFile);
}

// A 10 MB string is refused cleanly, in both forms, and a `.jsonl` goes on with the next line.
void TestBundleReader::hugeString()
{
    QTemporaryDir dir;
    const QByteArray huge
        = ",\"messages\":[{\"at\":\"2026-11-20T09:08:00Z\",\"channel\":\"order_chat\",\"from\":\"buyer\","
          "\"text\":\""
        + QByteArray(10 << 20, 'x') + "\"}]";
    const QString lines = writeFile(dir, QStringLiteral("h.jsonl"), caseLine("AP-1", huge) + "\n" + caseLine("AP-2"));
    BundleReader reader(lines);
    QVERIFY(reader.open());
    QCOMPARE(reader.next(nullptr), BundleReader::InvalidCase);
    QCOMPARE(reader.error().line, 1);
    QVERIFY2(reader.error().message.contains(QStringLiteral("string longer than 1 MB")),
        qPrintable(reader.error().toString()));
    QCOMPARE(reader.next(nullptr), BundleReader::CaseRead);
    QCOMPARE(reader.next(nullptr), BundleReader::EndOfFile);

    const QString document = writeFile(dir, QStringLiteral("h.json"),
        "{\"format\":\"appealdesk.case/1\",\"cases\":[\n" + caseLine("AP-1", huge) + "]}");
    BundleReader docReader(document);
    QVERIFY(docReader.open());
    QCOMPARE(docReader.next(nullptr), BundleReader::FatalError);
    QCOMPARE(docReader.error().line, 2);
    QVERIFY(docReader.error().message.contains(QStringLiteral("string longer than 1 MB")));
}

void TestBundleReader::hugeLine()
{
    QTemporaryDir dir;
    const QByteArray padding = ",\"pad\":[" + QByteArray(17 << 20, '1').replace(1, 1, ",") + "]";
    const QString path
        = writeFile(dir, QStringLiteral("l.jsonl"), caseLine("AP-1", padding) + "\n" + caseLine("AP-2") + "\n");
    BundleReader reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.next(nullptr), BundleReader::InvalidCase);
    QVERIFY(reader.error().message.contains(QStringLiteral("larger than 16 MB")));
    QCOMPARE(reader.error().line, 1);
    CaseFacts facts;
    QCOMPARE(reader.next(&facts), BundleReader::CaseRead);
    QCOMPARE(facts.id, QStringLiteral("AP-2"));
    QCOMPARE(reader.next(&facts), BundleReader::EndOfFile);
}

void TestBundleReader::hugeValueInDocument()
{
    QTemporaryDir dir;
    QByteArray many;
    many.reserve(18 << 20);
    for (int i = 0; i < (9 << 20); ++i)
        many += "1,";
    const QString path = writeFile(dir, QStringLiteral("v.json"),
        "{\"format\":\"appealdesk.case/1\",\"cases\":[" + caseLine("AP-1", ",\"pad\":[" + many + "0]") + "]}");
    BundleReader reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.next(nullptr), BundleReader::FatalError);
    QVERIFY(reader.error().message.contains(QStringLiteral("larger than 16 MB")));
    QCOMPARE(reader.error().column, 40);
}

// Small bytes, many values: the node tree stays bounded.
void TestBundleReader::tooManyValues()
{
    QTemporaryDir dir;
    QByteArray many = ",\"pad\":[";
    for (int i = 0; i < 600000; ++i)
        many += "0,";
    many += "0]";
    BundleReader reader(writeFile(dir, QStringLiteral("m.jsonl"), caseLine("AP-1", many) + "\n" + caseLine("AP-2")));
    QVERIFY(reader.open());
    QCOMPARE(reader.next(nullptr), BundleReader::InvalidCase);
    QVERIFY2(reader.error().message.contains(QStringLiteral("more than 500000 values in one case")),
        qPrintable(reader.error().toString()));
    QCOMPARE(reader.next(nullptr), BundleReader::CaseRead);
}

// A minified `.json` on one line, longer than the read buffer: columns stay right across refills.
void TestBundleReader::columnsOnOneLongLine()
{
    QTemporaryDir dir;
    QByteArray content = "{\"format\":\"appealdesk.case/1\",\"cases\":[";
    for (int i = 0; i < 3000; ++i)
        content += caseLine("AP-" + QByteArray::number(i)) + ",";
    content += caseLine("AP-last").replace("\"1575.00\"", "\"1 575,00\"") + "]}";
    const QString path = writeFile(dir, QStringLiteral("one-line.json"), content);
    BundleReader reader(path);
    QVERIFY(reader.open());
    int before = 0;
    QCOMPARE(firstProblem(&reader, &before), BundleReader::InvalidCase);
    QCOMPARE(before, 3000);
    QCOMPARE(reader.error().line, 1);
    QCOMPARE(reader.error().column, int(content.indexOf("\"1 575,00\"")) + 1);
    QCOMPARE(reader.error().field, QStringLiteral("order.fiat_amount"));
    QCOMPARE(reader.next(nullptr), BundleReader::EndOfFile);
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void TestBundleReader::missingFile()
{
    BundleReader reader(QStringLiteral("/nonexistent/bundle.json"));
    QVERIFY(!reader.open());
    QCOMPARE(reader.error().file, QStringLiteral("/nonexistent/bundle.json"));
    QVERIFY(reader.error().toString().startsWith(QStringLiteral("/nonexistent/bundle.json: cannot open the file")));
    QCOMPARE(reader.next(nullptr), BundleReader::EndOfFile);
}

// Issue 13, item 12: three different ids must never look identical in the queue. Each confusable id is
// refused with the file, line, column and field; the plain id and one in a single non-Latin script pass.
void TestBundleReader::item12_confusableIdsRejected_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field"); // which id: the case's or a party's
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("plain") << QStringLiteral("AP-2026-000123") << QStringLiteral("id") << QString();
    QTest::newRow("cyrillic A") << QStringLiteral("\u0410P-2026-000123") << QStringLiteral("id")
                                << QStringLiteral("mixes Latin letters with Cyrillic");
    QTest::newRow("all lookalike") << QStringLiteral("\u0410\u0420-2026-000123") << QStringLiteral("id")
                                   << QStringLiteral("look like Latin");
    QTest::newRow("hangul filler") << QStringLiteral("AP-2026\u3164") << QStringLiteral("id")
                                   << QStringLiteral("U+3164");
    QTest::newRow("braille blank") << QStringLiteral("AP\u2800-2026") << QStringLiteral("id")
                                   << QStringLiteral("U+2800");
    QTest::newRow("zero width space") << QStringLiteral("AP-20\u200B26") << QStringLiteral("id")
                                      << QStringLiteral("not a valid id");
    QTest::newRow("no-break space") << QStringLiteral("AP\u00A02026") << QStringLiteral("id")
                                    << QStringLiteral("U+00A0");
    QTest::newRow("not NFC") << QStringLiteral("AP-Cafe\u0301") << QStringLiteral("id")
                             << QStringLiteral("normal form C");
    QTest::newRow("user cyrillic e") << QStringLiteral("U-1\u0435") << QStringLiteral("parties[0].user_id")
                                     << QStringLiteral("mixes Latin letters with Cyrillic");
    QTest::newRow("user line separator") << QStringLiteral("U-\u20281") << QStringLiteral("parties[0].user_id")
                                         << QStringLiteral("");
    QTest::newRow("russian id") << QStringLiteral("\u0416\u0414-1") << QStringLiteral("id") << QString();
}

void TestBundleReader::item12_confusableIdsRejected()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QString, problem);
    QByteArray line = caseLine("AP-1");
    if (field == QLatin1String("id"))
        line.replace("\"id\":\"AP-1\"", QByteArray("\"id\":\"" + id.toUtf8() + "\""));
    else
        line.replace("\"user_id\":\"U-1\"", QByteArray("\"user_id\":\"" + id.toUtf8() + "\""));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("ids.jsonl"), line + "\n");
    BundleReader reader(path);
    QVERIFY(reader.open());
    CaseFacts facts;
    const BundleReader::Result result = reader.next(&facts);
    // U+2028 was already refused as not printable; it stays refused.
    if (problem.isNull()) {
        QCOMPARE(result, BundleReader::CaseRead);
        return;
    }
    QCOMPARE(result, BundleReader::InvalidCase);
    const BundleError error = reader.error();
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, 1);
    QVERIFY(error.column > 1);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(problem), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
