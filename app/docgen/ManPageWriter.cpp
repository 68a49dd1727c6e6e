#include "ManPageWriter.h"

namespace {

QString optionLine(const CommandReference::Option& option)
{
    QStringList names;
    for (const QString& name : option.names)
        names << QStringLiteral("\\fB") + ManPageWriter::escape(name) + QStringLiteral("\\fR");
    QString line = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        line += QStringLiteral(" \\fI") + ManPageWriter::escape(option.valueName) + QStringLiteral("\\fR");
    return line;
}

void writeOption(QString& page, const CommandReference::Option& option)
{
    page += QStringLiteral(".TP\n") + optionLine(option) + QLatin1Char('\n') + ManPageWriter::escape(option.description)
        + QLatin1Char('\n');
}

} // namespace

QString ManPageWriter::escape(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (escaped.startsWith(QLatin1Char('.')) || escaped.startsWith(QLatin1Char('\'')))
        escaped.prepend(QStringLiteral("\\&"));
    return escaped;
}

QString ManPageWriter::write(const CommandReference& reference, const Release& release, const QString& docDir)
{
    QString page;
    page
        += QStringLiteral(".\\\" Made by appealdesk_docgen from appealdesk's own --help at build time; do not edit.\n");
    page += QStringLiteral(".TH APPEALDESK 1 %1 \"AppealDesk %2\" \"User Commands\"\n")
                .arg(release.date, release.version);
    page += QStringLiteral(".SH NAME\nappealdesk \\- the appeal desk of a P2P crypto exchange\n");

    page += QStringLiteral(".SH SYNOPSIS\n.B appealdesk\n");
    for (const CommandReference::Option& option : reference.options)
        if (!option.valueName.isEmpty() || option.names.contains(QLatin1String("--measure-startup")))
            page += QStringLiteral("[") + optionLine(option) + QStringLiteral("]\n");
    page += QStringLiteral(".br\n.B appealdesk\n[\\fIoptions\\fR] \\fIcommand\\fR [\\fIcommand options\\fR]\n");

    page += QStringLiteral(".SH DESCRIPTION\n");
    for (const QString& paragraph : reference.description)
        page += escape(paragraph) + QStringLiteral("\n.PP\n");
    page += QStringLiteral(
        "The window shows the appeal queue, each case's order timeline and chat transcript, and the policy's\n"
        "suggestion with the clause that gives it. The commands below do the same work without a display, for\n"
        "scripts: import cases, ask for suggestions, record decisions and events, and write reports.\n");

    page += QStringLiteral(".SH OPTIONS\nThese options come before or after the command.\n");
    for (const CommandReference::Option& option : reference.options)
        writeOption(page, option);

    page += QStringLiteral(".SH COMMANDS\n");
    for (const CommandReference::Subcommand& command : reference.commands) {
        page += QStringLiteral(".SS ") + escape(command.name) + QLatin1Char('\n');
        for (const CommandReference::Usage& usage : command.usages)
            page += QStringLiteral(".TP\n.B appealdesk ") + escape(usage.synopsis) + QLatin1Char('\n')
                + escape(usage.description) + QLatin1Char('\n');
        if (!command.arguments.isEmpty()) {
            page += QStringLiteral(".PP\nArguments:\n.RS\n");
            for (const CommandReference::Argument& argument : command.arguments)
                page += QStringLiteral(".TP\n\\fI") + escape(argument.name) + QStringLiteral("\\fR\n")
                    + escape(argument.description) + QLatin1Char('\n');
            page += QStringLiteral(".RE\n");
        }
        QList<CommandReference::Option> own;
        for (const CommandReference::Option& option : command.options)
            if (reference.isOwnOption(option))
                own << option;
        if (!own.isEmpty()) {
            page += QStringLiteral(".PP\nOptions:\n.RS\n");
            for (const CommandReference::Option& option : own)
                writeOption(page, option);
            page += QStringLiteral(".RE\n");
        }
    }

    page += QStringLiteral(".SH EXIT STATUS\n"
                           ".TP\n.B 0\nThe command did what was asked.\n"
                           ".TP\n.B 1\nIt could not: invalid or rejected input, an unknown case, a refused or stale "
                           "decision, a file that\n"
                           "cannot be written. The reason is on standard error.\n"
                           ".TP\n.B 2\nA usage error: an unknown command or option, a missing or malformed value.\n");
    page += QStringLiteral(
        ".SH FILES\n"
        ".TP\n.I ~/.local/share/AppealDesk/appealdesk.sqlite\n"
        "The default database (one SQLite file, readable by its owner only), used by the window and every command\n"
        "unless \\fB\\-\\-db\\fR names another.\n"
        ".TP\n.I ~/.config/AppealDesk/appealdesk.conf\n"
        "The window's layout, the agent's name and the language.\n");
    page += QStringLiteral(".SH ENVIRONMENT\n"
                           ".TP\n.B LC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\n"
                           "Choose the language (English, Swedish, Bulgarian or Thai) when \\fB\\-\\-lang\\fR is not "
                           "given.\n");
    page += QStringLiteral(".SH SEE ALSO\n") + escape(docDir + QStringLiteral("/command-line.md"))
        + QStringLiteral(" (the commands, the suggestion JSON and "
                         "exit codes in full),\n.br\n")
        + escape(docDir + QStringLiteral("/policy.md")) + QStringLiteral(" (the policy's clauses).\n");
    return page;
}
