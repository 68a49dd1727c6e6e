#include "CommandReference.h"

#include "AppContext.h"
#include "Command.h"
#include "CommandLine.h"
#include "Translator.h"

#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QString helpOf(const QStringList& words)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    AppContext::Options defaults;
    defaults.connectionName = QStringLiteral("appealdesk-docgen");
    CommandLine commandLine(QStringList { QStringLiteral("appealdesk"), QStringLiteral("--lang"), QStringLiteral("en") }
            + words + QStringList { QStringLiteral("--help") },
        outStream, errStream, defaults);
    const int code = commandLine.exec();
    outStream.flush();
    if (code != Command::Ok || out.isEmpty())
        qFatal("appealdesk %s --help failed: %s", qPrintable(words.join(QLatin1Char(' '))), qPrintable(err));
    // The man page is the same for every user: the default database under "~".
    return out.replace(QDir::homePath() + QLatin1Char('/'), QStringLiteral("~/"));
}

// "-o, --output <FILE>" -> names and value name.
CommandReference::Option optionOf(const QString& column)
{
    CommandReference::Option option;
    QString names = column.trimmed();
    const qsizetype value = names.indexOf(QLatin1String(" <"));
    if (value >= 0) {
        option.valueName = names.mid(value + 2).chopped(1);
        names.truncate(value);
    }
    option.names = names.split(QStringLiteral(", "));
    return option;
}

} // namespace

void CommandReference::parseHelp(const QString& help, QList<Option>* options, QList<Argument>* arguments)
{
    // QCommandLineParser::helpText(): "Options:" and "Arguments:" sections, each entry "  NAMES  DESCRIPTION"
    // with the description wrapped onto lines indented past the names.
    enum Section
    {
        None,
        Options,
        Arguments
    } section
        = None;
    static const QRegularExpression entry(QStringLiteral("^  (\\S.*?)(?:  +(\\S.*))?$"));
    QString* description = nullptr;
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Options:")) {
            section = Options;
            continue;
        }
        if (line == QLatin1String("Arguments:")) {
            section = Arguments;
            continue;
        }
        if (section == None)
            continue;
        if (line.isEmpty()) {
            section = None;
            description = nullptr;
            continue;
        }
        if (line.startsWith(QLatin1String("   "))) { // continuation of the description
            if (description)
                *description += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const QRegularExpressionMatch match = entry.match(line);
        if (!match.hasMatch())
            continue;
        if (section == Options) {
            Option option = optionOf(match.captured(1));
            option.description = match.captured(2);
            options->append(option);
            description = &options->last().description;
        } else {
            arguments->append({ match.captured(1), match.captured(2) });
            description = &arguments->last().description;
        }
    }
}

CommandReference CommandReference::collect()
{
    Translator::install(QStringLiteral("en"));
    CommandReference reference;
    const QString top = helpOf({});
    // The description: the paragraphs between "Usage: ..." and "Commands:".
    const QStringList lines = top.split(QLatin1Char('\n'));
    QString paragraph;
    for (const QString& line : lines.mid(1)) {
        if (line.isEmpty() || line == QLatin1String("Commands:")) {
            if (!paragraph.isEmpty())
                reference.description << paragraph;
            paragraph.clear();
            if (line.isEmpty())
                continue;
            break;
        }
        paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
    }
    QList<Argument> topArguments;
    parseHelp(top, &reference.options, &topArguments);

    for (const auto& command : CommandLine::commands()) {
        Subcommand entry;
        entry.name = command->name();
        for (const ::Command::HelpLine& line : command->helpLines())
            entry.usages.append({ line.synopsis, line.description });
        parseHelp(helpOf({ entry.name }), &entry.options, &entry.arguments);
        entry.arguments.removeIf([](const Argument& a) { return a.name == QLatin1String("command"); });
        reference.commands.append(entry);
    }
    return reference;
}

bool CommandReference::isOwnOption(const Option& option) const
{
    return std::none_of(options.cbegin(), options.cend(),
        [&](const Option& common) { return common.names == option.names && common.description == option.description; });
}
