#pragma once

#include <QList>

// Qt's own strings that AppealDesk's dialogs show. Debian's Swedish catalogue lacks some and
// there is no Thai one, so our catalogues carry them (lupdate finds them in QtStandardStrings.cpp).
struct QtStandardString
{
    const char* context;
    // As QT_TRANSLATE_NOOP3 gives it: the source and Qt's disambiguation (or nullptr).
    struct
    {
        const char* source;
        const char* comment;
    } text;
};

QList<QtStandardString> qtStandardStrings();
