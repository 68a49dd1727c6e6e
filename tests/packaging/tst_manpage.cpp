#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// The man page and the bash completion list the same commands and options as the program's --help: read here
// from the built binary's output and the generated files, each parsed its own way (not with app/docgen's code).
namespace {

using Names = QSet<QString>;

QString helpOf(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(APPEALDESK_BINARY),
        QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments
            + QStringList { QStringLiteral("--help") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The option names of a --help text: the entries of its "Options:" section ("  -o, --output <FILE>  ...").
Names optionsOfHelp(const QString& help)
{
    Names names;
    bool inOptions = false;
    static const QRegularExpression name(QStringLiteral("(?:^|, )(--?[A-Za-z][A-Za-z0-9-]*)"));
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Options:"))
            inOptions = true;
        else if (line.isEmpty())
            inOptions = false;
        else if (inOptions && line.startsWith(QLatin1String("  -"))) {
            const QString column = line.mid(2).section(QStringLiteral("  "), 0, 0);
            for (auto it = name.globalMatch(column); it.hasNext();)
                names.insert(it.next().captured(1));
        }
    }
    return names;
}

// The command words of the top-level --help ("Commands:" and its indented lines).
QStringList commandsOfHelp(const QString& help)
{
    QStringList commands;
    bool inCommands = false;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:"))
            inCommands = true;
        else if (!line.startsWith(QLatin1String("  ")))
            inCommands = false;
        else if (inCommands) {
            const QString word = line.trimmed().section(QLatin1Char(' '), 0, 0);
            if (!commands.contains(word))
                commands << word;
        }
    }
    return commands;
}

struct ManPage
{
    Names options; // the OPTIONS section
    QMap<QString, Names> commands; // each .SS of COMMANDS and the options listed under it
};

// Troff to plain words: font changes dropped, "\-" a dash.
QString plain(QString line)
{
    line.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
    line.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    line.replace(QStringLiteral("\\e"), QStringLiteral("\\"));
    return line;
}

ManPage readManPage(const QString& text)
{
    ManPage page;
    QString section;
    QString command;
    bool afterTp = false;
    static const QRegularExpression option(QStringLiteral("(?:^|, )(--?[A-Za-z][A-Za-z0-9-]*)"));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH "))) {
            section = line.mid(4).remove(QLatin1Char('"'));
            command.clear();
            afterTp = false;
        } else if (line.startsWith(QLatin1String(".SS ")) && section == QLatin1String("COMMANDS")) {
            command = plain(line.mid(4)).remove(QLatin1Char('"'));
            page.commands[command];
        } else if (line == QLatin1String(".TP")) {
            afterTp = true;
        } else if (afterTp) {
            afterTp = false;
            const QString tag = plain(line);
            Names* names = section == QLatin1String("OPTIONS") ? &page.options
                : !command.isEmpty()                           ? &page.commands[command]
                                                               : nullptr;
            if (names && tag.startsWith(QLatin1Char('-')))
                for (auto it = option.globalMatch(tag); it.hasNext();)
                    names->insert(it.next().captured(1));
        }
    }
    return page;
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString sorted(const Names& names)
{
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class tst_ManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameCommands();
    void sameCommonOptions();
    void sameOptionsPerCommand();
    void completionListsCommandsAndOptions();

private:
    QString m_topHelp;
    QStringList m_commands;
    ManPage m_page;
    QString m_completion;
};

void tst_ManPage::initTestCase()
{
    m_topHelp = helpOf({});
    QVERIFY2(!m_topHelp.isEmpty(), "appealdesk --help failed");
    m_commands = commandsOfHelp(m_topHelp);
    QVERIFY2(m_commands.size() >= 5, qPrintable(m_topHelp));
    const QString page = readFile(QStringLiteral(APPEALDESK_MAN_PAGE));
    QVERIFY2(page.startsWith(QLatin1String(".\\\"")) && page.contains(QLatin1String(".TH APPEALDESK 1")),
        APPEALDESK_MAN_PAGE);
    m_page = readManPage(page);
    m_completion = readFile(QStringLiteral(APPEALDESK_BASH_COMPLETION));
    QVERIFY2(m_completion.contains(QLatin1String("complete -F _appealdesk appealdesk")), APPEALDESK_BASH_COMPLETION);
}

void tst_ManPage::sameCommands()
{
    QStringList inPage = m_page.commands.keys();
    QStringList inHelp = m_commands;
    inPage.sort();
    inHelp.sort();
    QCOMPARE(inPage, inHelp);
}

void tst_ManPage::sameCommonOptions()
{
    const Names help = optionsOfHelp(m_topHelp);
    QVERIFY(help.contains(QStringLiteral("--db")) && help.contains(QStringLiteral("--open")));
    QCOMPARE(sorted(m_page.options), sorted(help));
}

// Every option of `appealdesk COMMAND --help` is in the man page, under the command or with the common options,
// and every option the page lists under a command is one its --help has.
void tst_ManPage::sameOptionsPerCommand()
{
    for (const QString& command : std::as_const(m_commands)) {
        const Names help = optionsOfHelp(helpOf({ command }));
        QVERIFY2(!help.isEmpty(), qPrintable(command));
        const Names own = m_page.commands.value(command);
        const Names missing = help - own - m_page.options;
        QVERIFY2(missing.isEmpty(), qPrintable(command + QStringLiteral(": not in the man page: ") + sorted(missing)));
        const Names extra = own - help;
        QVERIFY2(extra.isEmpty(), qPrintable(command + QStringLiteral(": not in --help: ") + sorted(extra)));
    }
}

// The completion offers each command's long options when the word starts with a dash.
void tst_ManPage::completionListsCommandsAndOptions()
{
    static const QRegularExpression commandsLine(QStringLiteral("local commands='([^']*)'"));
    const QRegularExpressionMatch match = commandsLine.match(m_completion);
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1).split(QLatin1Char(' ')), m_commands);
    for (const QString& command : std::as_const(m_commands)) {
        const QRegularExpression line(QStringLiteral("\\n        %1\\) COMPREPLY=\\(\\$\\(compgen -W '([^']*)'")
                                          .arg(QRegularExpression::escape(command)));
        const QRegularExpressionMatch words = line.match(m_completion);
        QVERIFY2(words.hasMatch(), qPrintable(command));
        Names offered;
        for (const QString& word : words.captured(1).split(QLatin1Char(' ')))
            offered.insert(word);
        Names longOptions;
        for (const QString& option : optionsOfHelp(helpOf({ command })))
            if (option.startsWith(QLatin1String("--")))
                longOptions.insert(option);
        QCOMPARE(sorted(offered), sorted(longOptions));
    }
}

QTEST_GUILESS_MAIN(tst_ManPage)
#include "tst_manpage.moc"
