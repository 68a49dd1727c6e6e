#include "TermLists.h"

namespace {

QStringList listFiles(const char* kind)
{
    QStringList files;
    for (const char* language : { "en", "sv", "bg", "th" })
        files << QStringLiteral(":/terms/%1_%2.txt").arg(QLatin1String(kind), QLatin1String(language));
    return files;
}

QList<TermScanner::Term> readAll(const QStringList& files, const QString& category)
{
    QList<TermScanner::Term> terms;
    for (const QString& file : files)
        terms << TermScanner::readTermFile(file, TermLists::languageOfFile(file), category);
    return terms;
}

} // namespace

QStringList TermLists::sensitiveListFiles()
{
    return listFiles("sensitive");
}

QStringList TermLists::abusiveListFiles()
{
    return listFiles("abusive");
}

QStringList TermLists::threatListFiles()
{
    return listFiles("threats");
}

QStringList TermLists::allowedListFiles()
{
    return listFiles("allowed");
}

QString TermLists::languageOfFile(const QString& path)
{
    const int underscore = int(path.lastIndexOf(QLatin1Char('_')));
    const int dot = int(path.lastIndexOf(QLatin1Char('.')));
    return underscore >= 0 && dot > underscore ? path.mid(underscore + 1, dot - underscore - 1) : QString();
}

const TermScanner& TermLists::sensitive()
{
    static const TermScanner scanner(readAll(sensitiveListFiles(), QStringLiteral("sensitive"))
        + readAll(allowedListFiles(), QStringLiteral("allow")));
    return scanner;
}

const TermScanner& TermLists::abusive()
{
    static const TermScanner scanner(readAll(abusiveListFiles(), QStringLiteral("abuse"))
        + readAll(threatListFiles(), QStringLiteral("threat")) + readAll(allowedListFiles(), QStringLiteral("allow")));
    return scanner;
}
