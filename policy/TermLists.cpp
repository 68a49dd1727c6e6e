#include "TermLists.h"

const TermScanner& TermLists::sensitive()
{
    static const TermScanner scanner(TermScanner::readTermFile(QStringLiteral(":/terms/sensitive.txt")));
    return scanner;
}

QStringList TermLists::abusiveListFiles()
{
    return { QStringLiteral(":/terms/abusive_en.txt"), QStringLiteral(":/terms/abusive_sv.txt"),
        QStringLiteral(":/terms/abusive_bg.txt"), QStringLiteral(":/terms/abusive_th.txt") };
}

const TermScanner& TermLists::abusive()
{
    static const TermScanner scanner = [] {
        QStringList terms;
        for (const QString& file : abusiveListFiles())
            terms << TermScanner::readTermFile(file);
        return TermScanner(terms);
    }();
    return scanner;
}
