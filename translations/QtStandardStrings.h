#pragma once

#include <QList>

// Qt's own strings that AppealDesk's dialogs show. Debian's Swedish catalogue lacks some and
// there is no Thai one, so our catalogues carry them (lupdate finds them in QtStandardStrings.cpp).
struct QtStandardString
{
    const char* context;
    const char* source;
};

QList<QtStandardString> qtStandardStrings();
