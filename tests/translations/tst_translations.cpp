#include "QtStandardStrings.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Keeps the catalogues complete: every entry finished, no obsolete ones, the
// same placeholders as the source, every plural form, and no English left
// where a translation belongs.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data();
    void catalogue();
    void embeddedCatalogueLoads_data();
    void embeddedCatalogueLoads();
    void installSetsTheDefaultLocale();
    void qtStandardStrings_data();
    void qtStandardStrings();
    void cataloguesMatchSources();

private:
    struct Entry
    {
        QString context;
        QString source;
        QString comment;
        QString type;
        bool numerus = false;
        QStringList forms;
        qint64 line = 0;
    };
    static QList<Entry> readCatalogue(const QString& path, QString* language);
};

static QString tsDir()
{
    return QStringLiteral(APPEALDESK_SOURCE_DIR "/translations");
}

QList<TestTranslations::Entry> TestTranslations::readCatalogue(const QString& path, QString* language)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry();
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                entry.line = xml.lineNumber();
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                entry.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                entry.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << entry;
        }
    }
    return entries;
}

// Accelerator markers: single '&' ("&&" is a literal ampersand).
static int accelerators(const QString& text)
{
    return text.count(QLatin1Char('&')) - 2 * text.count(QLatin1String("&&"));
}

// The accelerator's letter, upper case; a null QChar for none.
static QChar acceleratorLetter(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toUpper();
        ++i;
    }
    return QChar();
}

static QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Sources that may stay identical in a translation: codes, names, pure placeholders, and the
// unit symbols a language writes the same way as English (Swedish "min", "d").
static bool mayStayIdentical(const QString& source, const QString& language)
{
    static const QRegularExpression swedishUnits(QStringLiteral("^\\s*(%1 )?(min|d)$"));
    if (language.startsWith(QLatin1String("sv")) && swedishUnits.match(source).hasMatch())
        return true;
    static const QRegularExpression codeLike(QStringLiteral(
        "^[\\s%\\d:/.,()\\-–—·+#…|]*$|^(AppealDesk|AppealDesk %1|"
        "CSV|PDF|HTML|JSON|KYC|ID|P2P|SLA|&?OK|[A-Z]{1,3}\\d[a-d]?|"
        "Binance|Swish|PromptPay|Revolut|SEPA|SEPA Instant|UTC|USDT|BTC|Qt|%1 \\(%2\\)|%1: %2|%1 – %2|%1 %2)$"));
    return codeLike.match(source).hasMatch();
}

// One row per catalogue; English's holds only the plural forms of the %n messages.
static void catalogueRows(bool withEnglish)
{
    QTest::addColumn<QString>("path");
    for (const QString& language : Translator::availableLanguages()) {
        if (language == QLatin1String("en") && !withEnglish)
            continue;
        QTest::newRow(qPrintable(language))
            << tsDir() + QStringLiteral("/appealdesk_") + language + QStringLiteral(".ts");
    }
}

void TestTranslations::catalogue_data()
{
    catalogueRows(true);
}

void TestTranslations::catalogue()
{
    QFETCH(QString, path);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QString language;
    const QList<Entry> entries = readCatalogue(path, &language);
    QVERIFY(!language.isEmpty());
    const int expectedForms = language.startsWith(QLatin1String("th")) ? 1 : 2;

    const bool english = language.startsWith(QLatin1String("en"));
    QStringList problems;
    for (const Entry& e : entries) {
        const QString where = QStringLiteral("%1:%2 [%3] \"%4\"")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(e.line)
                                  .arg(e.context, e.source.left(60));
        if (e.type == QLatin1String("unfinished")) {
            problems << where + QStringLiteral(": unfinished");
            continue;
        }
        if (e.type == QLatin1String("obsolete") || e.type == QLatin1String("vanished")) {
            problems << where + QStringLiteral(": ") + e.type + QStringLiteral(" (run update_translations)");
            continue;
        }
        if (english && !e.numerus)
            problems << where + QStringLiteral(": the English catalogue holds only %n messages (lupdate -pluralonly)");
        if (e.numerus && e.forms.size() != expectedForms)
            problems << where + QStringLiteral(": %1 plural forms, expected %2").arg(e.forms.size()).arg(expectedForms);
        for (const QString& form : e.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                continue;
            }
            QSet<QString> want = placeholders(e.source);
            QSet<QString> have = placeholders(form);
            // Thai has one plural form and may drop %n only if it says the number another way: it may not.
            if (want != have)
                problems << where + QStringLiteral(": placeholders differ: ") + form;
            if (accelerators(form) != accelerators(e.source))
                problems << where + QStringLiteral(": accelerator '&' lost or doubled: ") + form;
            // Thai words take no accelerator: the English letter in brackets ends the label (README "Accelerators").
            static const QRegularExpression thaiAccelerator(QStringLiteral(" \\(&([A-Z0-9])\\)(…|\\.\\.\\.|:)?$"));
            const QChar letter = acceleratorLetter(e.source);
            if (language.startsWith(QLatin1String("th")) && !letter.isNull()) {
                const QRegularExpressionMatch m = thaiAccelerator.match(form);
                if (!m.hasMatch() || m.captured(1) != QString(letter))
                    problems << where + QStringLiteral(": Thai accelerator not \" (&%1)\" at the end: ").arg(letter)
                            + form;
            }
            if (!english && form == e.source && !mayStayIdentical(e.source, language)
                && !e.comment.contains(QLatin1String("[same]")))
                problems << where + QStringLiteral(": identical to the English source");
        }
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(QString::number(problems.size()) + QStringLiteral(" problems:\n")
            + problems.mid(0, 50).join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogueLoads_data()
{
    catalogue_data();
}

void TestTranslations::embeddedCatalogueLoads()
{
    QFETCH(QString, path);
    const QString language = QFileInfo(path).baseName().section(QLatin1Char('_'), 1);
    QVERIFY2(Translator::install(language), qPrintable(language));
    QCOMPARE(Translator::currentLanguage(), language);
    QString tsLanguage;
    const QList<Entry> entries = readCatalogue(path, &tsLanguage);
    // Every finished, non-plural entry of the catalogue comes out of the embedded .qm.
    // Plural entries: 1 takes the first form, 2 the last (Thai has only one).
    int checked = 0;
    for (const Entry& e : entries) {
        if (!e.type.isEmpty() || e.forms.isEmpty())
            continue;
        const QByteArray context = e.context.toUtf8();
        const QByteArray source = e.source.toUtf8();
        const QByteArray comment = e.comment.toUtf8();
        const char* disambiguation = e.comment.isEmpty() ? nullptr : comment.constData();
        if (!e.numerus) {
            QCOMPARE(
                QCoreApplication::translate(context.constData(), source.constData(), disambiguation), e.forms.first());
        } else {
            for (const int n : { 1, 2 }) {
                const QString form = n == 1 ? e.forms.first() : e.forms.last();
                const QString expected = QString(form)
                                             .replace(QLatin1String("%Ln"), QString::number(n))
                                             .replace(QLatin1String("%n"), QString::number(n));
                QCOMPARE(
                    QCoreApplication::translate(context.constData(), source.constData(), disambiguation, n), expected);
            }
        }
        ++checked;
    }
    QVERIFY(Translator::install(QStringLiteral("en")));
    QCOMPARE(Translator::currentLanguage(), QStringLiteral("en"));
    QVERIFY2(checked > 0, "the catalogue has no finished entries");
}

// Dates and numbers follow the UI language: QLocale() is in it after every install, also under C/POSIX.
void TestTranslations::installSetsTheDefaultLocale()
{
    const QLocale::Language expected[] = { QLocale::English, QLocale::Swedish, QLocale::Bulgarian, QLocale::Thai };
    const QStringList languages = Translator::availableLanguages();
    QCOMPARE(languages.size(), int(std::size(expected)));
    for (int i = 0; i < languages.size(); ++i) {
        QVERIFY(Translator::install(languages.at(i)));
        QCOMPARE(QLocale().language(), expected[i]);
        if (QLocale::system().language() == expected[i])
            QCOMPARE(QLocale(), QLocale::system()); // the system's region is kept
    }
    QVERIFY(Translator::install(QStringLiteral("sv")));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    QVERIFY(Translator::install(QStringLiteral("en")));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
}

void TestTranslations::qtStandardStrings_data()
{
    catalogueRows(false);
}

// Qt's own buttons and file-dialog texts come out translated: from Debian's catalogue where it
// has them, otherwise from ours (no Thai catalogue, and the Swedish one lacks QPlatformTheme).
void TestTranslations::qtStandardStrings()
{
    QFETCH(QString, path);
    const QString language = QFileInfo(path).baseName().section(QLatin1Char('_'), 1);
    QVERIFY(Translator::install(language));
    QStringList english;
    for (const QtStandardString& s : ::qtStandardStrings()) {
        const QString source = QString::fromUtf8(s.text.source);
        if (QCoreApplication::translate(s.context, s.text.source, s.text.comment) == source
            && !mayStayIdentical(source, language))
            english << QString::fromLatin1(s.context) + QStringLiteral(": ") + source;
    }
    QVERIFY(Translator::install(QStringLiteral("en")));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
}

// What CI's "is the catalogue current" check asks: lupdate over today's sources finds exactly
// the messages each committed catalogue has (run update_translations when it does not).
void TestTranslations::cataloguesMatchSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(APPEALDESK_SOURCE_DIR));
    // The folders of the update_translations target (translations/CMakeLists.txt).
    lupdate.start(QStringLiteral(APPEALDESK_LUPDATE),
        { QStringLiteral("policy"), QStringLiteral("models"), QStringLiteral("views"), QStringLiteral("app"),
            QStringLiteral("translations"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
            QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
            fresh });
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);

    const auto keys = [](const QList<Entry>& entries) {
        QSet<QString> set;
        for (const Entry& e : entries)
            set.insert(e.context + QLatin1Char('|') + e.source + QLatin1Char('|') + e.comment
                + (e.numerus ? QStringLiteral("|n") : QString()));
        return set;
    };
    QString language;
    const QSet<QString> inSources = keys(readCatalogue(fresh, &language));
    QVERIFY(!inSources.isEmpty());
    QStringList problems;
    QSet<QString> pluralsInSources;
    for (const QString& key : inSources) {
        if (key.endsWith(QLatin1String("|n")))
            pluralsInSources.insert(key);
    }
    for (const QString& code : Translator::availableLanguages()) {
        const QString name = QStringLiteral("appealdesk_") + code + QStringLiteral(".ts");
        const QSet<QString> inCatalogue = keys(readCatalogue(tsDir() + QLatin1Char('/') + name, &language));
        const QSet<QString>& wanted = code == QLatin1String("en") ? pluralsInSources : inSources;
        for (const QString& key : wanted - inCatalogue)
            problems << name + QStringLiteral(": missing ") + key;
        for (const QString& key : inCatalogue - wanted)
            problems << name + QStringLiteral(": no longer in the sources ") + key;
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("run update_translations:\n") + problems.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
