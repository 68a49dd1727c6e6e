#pragma once

#include <QString>

// How the window shows text it did not write: nicknames, names, ids, chat, notes, payment remarks from a
// bundle or an agent (issue 13, item 11). Such text must not reorder what surrounds it (a U+202E in a
// nickname reversing the case header) nor add lines (a "\nStatus: Released by seller" nickname).
namespace UntrustedText {
// One field inside a line of the window's own text: control characters (line breaks, tabs, ESC, BEL, C1,
// U+2028/U+2029) as visible symbols of the Control Pictures block, an unmatched U+2069 (which would close
// the isolate early) as U+FFFD, and the whole wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP
// DIRECTIONAL ISOLATE, so its direction stays inside it. Empty stays empty.
QString inlined(const QString& text);

// The same symbols, one character for one, without the isolate: offsets into the text stay valid (a
// flagged span, a find match). `keepLineBreaks`: "\n" stays a line break, for text shown as its own
// paragraphs (a chat message in its bubble); "\r\n" then shows as one break and a ␍.
QString visible(const QString& text, bool keepLineBreaks = false);

// The symbol shown for a control character, or the character itself when it is not one.
QChar symbolFor(QChar c);

constexpr QChar FirstStrongIsolate = QChar(0x2068);
constexpr QChar PopDirectionalIsolate = QChar(0x2069);
} // namespace UntrustedText
