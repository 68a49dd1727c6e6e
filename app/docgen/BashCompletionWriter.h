#pragma once

#include "CommandReference.h"

#include <QString>
#include <QStringList>

// The bash completion of appealdesk, from the command line's own --help (CommandReference): the commands, each
// command's options, file names where an option's value or an argument is a file, and the languages for --lang.
class BashCompletionWriter
{
public:
    // `languages`: the values --lang takes (Translator::availableLanguages()).
    static QString write(const CommandReference& reference, const QStringList& languages);
};
