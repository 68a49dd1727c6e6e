#pragma once

#include "CommandReference.h"

#include <QString>

// appealdesk.1 in troff (man(7)) from the command line's own --help (CommandReference): every command with its
// usage lines, arguments and options, then the common options, exit codes and files. The fixed sections (exit
// status, files, see also) say what cli.md and AppContext say; docDir is where the package puts docs/.
class ManPageWriter
{
public:
    struct Release
    {
        QString version; // "0.1.0"
        QString date; // "2026-12-02"
    };

    static QString write(const CommandReference& reference, const Release& release, const QString& docDir);
    // Text for a troff line: backslashes and dashes escaped, a leading '.' or '\'' made literal.
    static QString escape(const QString& text);
};
