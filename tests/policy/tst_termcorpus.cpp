#include "TermLists.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Issue 18 item 2: precision and recall of the term scanners on the labelled lines of
// tests/data/terms/ (see its README), per language and category. A payment remark goes through the
// sensitive-word scanner (B5), a chat line through the abusive-language scanner, whose matches are
// "abuse" or "threat" by the list of the term (settled reading 8). Every line the scanner gets wrong
// is printed, so a change to the lexicon or the word forms shows what it gained and lost.
class TestTermCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
};

namespace {

constexpr double Minimum = 0.95;

struct Line
{
    int number = 0;
    QString kind;
    QStringList labels;
    QString text;
};

QString unescaped(const QString& text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar e = text.at(++i);
        if (e == QLatin1Char('t')) {
            out += QLatin1Char('\t');
        } else if (e == QLatin1Char('n')) {
            out += QLatin1Char('\n');
        } else if (e == QLatin1Char('u') || e == QLatin1Char('U')) {
            const int digits = e == QLatin1Char('u') ? 4 : 8;
            bool ok = false;
            const char32_t cp = char32_t(text.mid(i + 1, digits).toUInt(&ok, 16));
            if (ok) {
                out += QString::fromUcs4(&cp, 1);
                i += digits;
            } else {
                out += QLatin1Char('\\') + e;
            }
        } else {
            out += QLatin1Char('\\') + e;
        }
    }
    return out;
}

QList<Line> readCorpus(const QString& path, QString* error)
{
    QList<Line> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return lines;
    }
    const QStringList rows = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < rows.size(); ++i) {
        const QString& row = rows.at(i);
        if (row.trimmed().isEmpty() || row.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = row.split(QLatin1Char('\t'));
        if (fields.size() != 3 || (fields[0] != QLatin1String("remark") && fields[0] != QLatin1String("chat"))) {
            *error = QStringLiteral("%1:%2: expected kind<TAB>labels<TAB>text").arg(path).arg(i + 1);
            return {};
        }
        Line line { i + 1, fields[0], {}, unescaped(fields[2]) };
        if (fields[1] != QLatin1String("-"))
            line.labels = fields[1].split(QLatin1Char(','));
        for (const QString& label : std::as_const(line.labels)) {
            const bool known = line.kind == QLatin1String("remark")
                ? label == QLatin1String("sensitive")
                : label == QLatin1String("abuse") || label == QLatin1String("threat");
            if (!known) {
                *error = QStringLiteral("%1:%2: label %3 on a %4").arg(path).arg(i + 1).arg(label, line.kind);
                return {};
            }
        }
        lines << line;
    }
    return lines;
}

QStringList predicted(const Line& line)
{
    const TermScanner& scanner = line.kind == QLatin1String("remark") ? TermLists::sensitive() : TermLists::abusive();
    QStringList categories;
    for (const TermScanner::Match& m : scanner.scan(line.text))
        if (!categories.contains(scanner.term(m.term).category))
            categories << scanner.term(m.term).category;
    return categories;
}

} // namespace

void TestTermCorpus::corpus_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : { "en", "sv", "bg", "th" })
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTermCorpus::corpus()
{
    QFETCH(QString, language);
    QString error;
    const QString path = QStringLiteral(APPEALDESK_TEST_DATA "/terms/%1.tsv").arg(language);
    const QList<Line> lines = readCorpus(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(lines.size() >= 300, qPrintable(QStringLiteral("%1 lines in %2").arg(lines.size()).arg(path)));

    struct Count
    {
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        int labelled = 0;
    };
    const QStringList categories = { QStringLiteral("sensitive"), QStringLiteral("abuse"), QStringLiteral("threat") };
    QHash<QString, Count> counts;
    for (const Line& line : lines) {
        const QStringList found = predicted(line);
        for (const QString& category : categories) {
            const bool labelled = line.labels.contains(category);
            const bool flagged = found.contains(category);
            Count& count = counts[category];
            count.labelled += labelled ? 1 : 0;
            if (labelled && flagged) {
                ++count.truePositive;
            } else if (flagged) {
                ++count.falsePositive;
                qInfo("%s:%d: false %s: %s", qPrintable(language), line.number, qPrintable(category),
                    qPrintable(line.text));
            } else if (labelled) {
                ++count.falseNegative;
                qInfo("%s:%d: missed %s: %s", qPrintable(language), line.number, qPrintable(category),
                    qPrintable(line.text));
            }
        }
    }
    QStringList failures;
    for (const QString& category : categories) {
        const Count& c = counts.value(category);
        const int flagged = c.truePositive + c.falsePositive;
        const double precision = flagged ? double(c.truePositive) / flagged : 1.0;
        const double recall = c.labelled ? double(c.truePositive) / c.labelled : 1.0;
        qInfo("%s %-9s lines %3d  precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)", qPrintable(language),
            qPrintable(category), c.labelled, precision, recall, c.truePositive, c.falsePositive, c.falseNegative);
        if (c.labelled == 0)
            failures << QStringLiteral("no %1 lines").arg(category);
        if (precision < Minimum || recall < Minimum)
            failures << QStringLiteral("%1: precision %2, recall %3")
                            .arg(category)
                            .arg(precision, 0, 'f', 3)
                            .arg(recall, 0, 'f', 3);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestTermCorpus)
#include "tst_termcorpus.moc"
