#include "UntrustedText.h"

namespace UntrustedText {

QChar symbolFor(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\n' || u == 0x2028 || u == 0x2029 || u == 0x85)
        return QChar(0x2424); // ␤ SYMBOL FOR NEWLINE
    if (u < 0x20)
        return QChar(char16_t(0x2400 + u)); // ␀ … ␟: the Control Pictures of C0
    if (u == 0x7f)
        return QChar(0x2421); // ␡
    if (u >= 0x80 && u < 0xa0)
        return QChar(0xfffd); // C1 has no pictures of its own
    return c;
}

QString visible(const QString& text, bool keepLineBreaks)
{
    QString out = text;
    for (QChar& c : out) {
        if (keepLineBreaks && c == QLatin1Char('\n'))
            continue;
        c = symbolFor(c);
    }
    return out;
}

QString inlined(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString out = visible(text);
    // A U+2069 without its own initiator inside the field would close our isolate: the rest of the
    // field would then take part in the surrounding line's ordering.
    int open = 0;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u == 0x2066 || u == 0x2067 || u == 0x2068)
            ++open;
        else if (u == 0x2069 && open == 0)
            c = QChar(0xfffd);
        else if (u == 0x2069)
            --open;
    }
    // An isolate the field opens and leaves open is closed inside it, so ours closes on our own U+2069
    // (which also ends any embedding or override the field started).
    return FirstStrongIsolate + out + QString(open, PopDirectionalIsolate) + PopDirectionalIsolate;
}

} // namespace UntrustedText
