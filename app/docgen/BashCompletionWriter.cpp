#include "BashCompletionWriter.h"

namespace {

bool namesAFile(const QString& word)
{
    return word.contains(QLatin1String("FILE"), Qt::CaseInsensitive)
        || word.compare(QLatin1String("PATH"), Qt::CaseInsensitive) == 0;
}

bool takesLanguage(const CommandReference::Option& option)
{
    return option.names.contains(QLatin1String("--lang"));
}

// The `case` entries for the value of each option that takes one, under `key` ("" or the command word).
QString valueCases(const QString& key, const QList<CommandReference::Option>& options, const QString& languages)
{
    QString text;
    for (const CommandReference::Option& option : options) {
        if (option.valueName.isEmpty())
            continue;
        QStringList patterns;
        for (const QString& name : option.names)
            patterns << QStringLiteral("'%1 %2'").arg(key, name);
        QString action = QStringLiteral("return 0"); // a value the user types: nothing to offer
        if (takesLanguage(option))
            action = QStringLiteral("COMPREPLY=($(compgen -W '%1' -- \"$cur\")); return 0").arg(languages);
        else if (namesAFile(option.valueName))
            action = QStringLiteral("compopt -o filenames; COMPREPLY=($(compgen -f -- \"$cur\")); return 0");
        text += QStringLiteral("    %1) %2 ;;\n").arg(patterns.join(QLatin1Char('|')), action);
    }
    return text;
}

QString optionWords(const QList<CommandReference::Option>& options)
{
    QStringList words;
    for (const CommandReference::Option& option : options)
        for (const QString& name : option.names)
            if (name.startsWith(QLatin1String("--")))
                words << name;
    return words.join(QLatin1Char(' '));
}

} // namespace

QString BashCompletionWriter::write(const CommandReference& reference, const QStringList& languages)
{
    const QString languageWords = languages.join(QLatin1Char(' '));
    QStringList commandWords;
    QStringList leadingValueOptions;
    for (const CommandReference::Subcommand& command : reference.commands)
        commandWords << command.name;
    for (const CommandReference::Option& option : reference.options)
        if (!option.valueName.isEmpty())
            leadingValueOptions << option.names;

    QString text;
    text += QStringLiteral(
        "# bash completion for appealdesk(1).\n"
        "# Made by appealdesk_docgen from appealdesk's own --help at build time; do not edit.\n\n"
        "_appealdesk()\n{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    local commands='%1'\n"
        "    local command='' i word\n"
        "    # The command: the first word that names one, skipping the values of the options before it.\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        word=${COMP_WORDS[i]}\n"
        "        case $word in\n"
        "        %2) ((i++)) ;;\n"
        "        -*) ;;\n"
        "        *) [[ \" $commands \" == *\" $word \"* ]] && { command=$word; break; } ;;\n"
        "        esac\n"
        "    done\n\n")
                .arg(commandWords.join(QLatin1Char(' ')), leadingValueOptions.join(QLatin1Char('|')));

    text += QStringLiteral("    # The value of the option before the cursor.\n    case \"$command $prev\" in\n");
    text += valueCases(QString(), reference.options, languageWords);
    for (const CommandReference::Subcommand& command : reference.commands)
        text += valueCases(command.name, command.options, languageWords);
    text += QStringLiteral("    esac\n\n");

    text += QStringLiteral("    if [[ $cur == -* ]]; then\n        case $command in\n");
    for (const CommandReference::Subcommand& command : reference.commands)
        text += QStringLiteral("        %1) COMPREPLY=($(compgen -W '%2' -- \"$cur\")) ;;\n")
                    .arg(command.name, optionWords(command.options));
    text += QStringLiteral(
        "        *) COMPREPLY=($(compgen -W '%1' -- \"$cur\")) ;;\n        esac\n        return 0\n    fi\n\n")
                .arg(optionWords(reference.options));

    // Positional arguments: the command word, then files or the words a command takes ("audit verify").
    text += QStringLiteral("    case $command in\n    '') COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\")) ;;\n");
    for (const CommandReference::Subcommand& command : reference.commands) {
        QStringList words;
        bool files = false;
        for (const CommandReference::Argument& argument : command.arguments) {
            if (namesAFile(argument.name))
                files = true;
            else if (argument.name == argument.name.toLower())
                words << argument.name;
        }
        if (files)
            text += QStringLiteral("    %1) compopt -o filenames; COMPREPLY=($(compgen -f -- \"$cur\")) ;;\n")
                        .arg(command.name);
        else if (!words.isEmpty())
            text += QStringLiteral("    %1) COMPREPLY=($(compgen -W '%2' -- \"$cur\")) ;;\n")
                        .arg(command.name, words.join(QLatin1Char(' ')));
    }
    text += QStringLiteral("    esac\n    return 0\n}\ncomplete -F _appealdesk appealdesk\n");
    return text;
}
