#include "Suggestion.h"

#include "SuggestionText.h"

#include <QJsonArray>

namespace {

QString utcIso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

// A JSON string literal: UTF-8 as is, quotes, backslashes and control characters escaped.
void appendString(QByteArray& out, const QString& s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char ch = utf8.at(i);
        const auto c = static_cast<unsigned char>(ch);
        // C1 controls (U+0080..U+009F, UTF-8 C2 80..C2 9F) and DEL are escaped like C0: a terminal or a
        // spreadsheet reading the line must never act on them (issue 13, item 11).
        if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8.at(i + 1)) < 0xA0) {
            const auto c1 = static_cast<unsigned char>(utf8.at(++i));
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c1 >> 4];
            out += hex[c1 & 0xf];
            continue;
        }
        if (c == 0x7F) {
            out += "\\u007f";
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendKey(QByteArray& out, const char* key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendStringArray(QByteArray& out, const QStringList& list)
{
    out += '[';
    for (int i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, list.at(i));
    }
    out += ']';
}

// A JSON array of objects, one per item: `writeMembers` appends an item's members.
template<typename T, typename WriteMembers>
void appendObjectArray(QByteArray& out, const QList<T>& items, WriteMembers writeMembers)
{
    out += '[';
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += '{';
        writeMembers(items.at(i));
        out += '}';
    }
    out += ']';
}

} // namespace

QJsonObject Suggestion::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("case"), caseId);
    o.insert(QStringLiteral("revision"), revision);
    o.insert(QStringLiteral("clauses"), stringArray(clauses));
    o.insert(QStringLiteral("outcome"), PolicyIds::toId(outcome));
    o.insert(QStringLiteral("needs_review"), needsReview);
    o.insert(QStringLiteral("pending_until"), pendingUntil ? QJsonValue(utcIso(*pendingUntil)) : QJsonValue());
    QJsonArray sanctionArray;
    for (const SuggestedSanction& s : sanctions) {
        QJsonObject so;
        so.insert(QStringLiteral("user"), s.userId);
        so.insert(QStringLiteral("role"), PolicyIds::toId(s.role));
        so.insert(QStringLiteral("scope"), PolicyIds::toId(s.scope));
        so.insert(QStringLiteral("days"), s.days ? QJsonValue(*s.days) : QJsonValue());
        so.insert(QStringLiteral("clause"), s.clause);
        sanctionArray.append(so);
    }
    o.insert(QStringLiteral("sanctions"), sanctionArray);
    QJsonArray strikeArray;
    for (const SuggestedStrike& s : strikes) {
        QJsonObject so;
        so.insert(QStringLiteral("user"), s.userId);
        so.insert(QStringLiteral("kind"), PolicyIds::toId(s.kind));
        so.insert(QStringLiteral("clause"), s.clause);
        strikeArray.append(so);
    }
    o.insert(QStringLiteral("strikes"), strikeArray);
    o.insert(QStringLiteral("steps"), stringArray(SuggestionText::texts(steps)));
    o.insert(QStringLiteral("flags"), stringArray(flags));
    o.insert(QStringLiteral("notes"), stringArray(SuggestionText::texts(notes)));
    return o;
}

// Written by hand: QJsonObject sorts its keys, cli.md fixes their order.
QByteArray Suggestion::toJsonLine() const
{
    return jsonLine(true);
}

QByteArray Suggestion::toRecordJsonLine() const
{
    return jsonLine(false);
}

bool Suggestion::decidesSameAs(const Suggestion& other) const
{
    return steps == other.steps && toRecordJsonLine() == other.toRecordJsonLine();
}

QByteArray Suggestion::jsonLine(bool withTexts) const
{
    QByteArray out;
    out.reserve(512);
    out += '{';
    appendKey(out, "case");
    appendString(out, caseId);
    out += ',';
    appendKey(out, "revision");
    appendString(out, revision);
    out += ',';
    appendKey(out, "clauses");
    appendStringArray(out, clauses);
    out += ',';
    appendKey(out, "outcome");
    appendString(out, PolicyIds::toId(outcome));
    out += ',';
    appendKey(out, "needs_review");
    out += needsReview ? "true" : "false";
    out += ',';
    appendKey(out, "pending_until");
    if (pendingUntil)
        appendString(out, utcIso(*pendingUntil));
    else
        out += "null";
    out += ',';
    appendKey(out, "sanctions");
    appendObjectArray(out, sanctions, [&out](const SuggestedSanction& s) {
        appendKey(out, "user");
        appendString(out, s.userId);
        out += ',';
        appendKey(out, "role");
        appendString(out, PolicyIds::toId(s.role));
        out += ',';
        appendKey(out, "scope");
        appendString(out, PolicyIds::toId(s.scope));
        out += ',';
        appendKey(out, "days");
        out += s.days ? QByteArray::number(*s.days) : QByteArray("null");
        out += ',';
        appendKey(out, "clause");
        appendString(out, s.clause);
    });
    out += ',';
    appendKey(out, "strikes");
    appendObjectArray(out, strikes, [&out](const SuggestedStrike& s) {
        appendKey(out, "user");
        appendString(out, s.userId);
        out += ',';
        appendKey(out, "kind");
        appendString(out, PolicyIds::toId(s.kind));
        out += ',';
        appendKey(out, "clause");
        appendString(out, s.clause);
    });
    out += ',';
    if (withTexts) {
        appendKey(out, "steps");
        appendStringArray(out, SuggestionText::texts(steps));
        out += ',';
    }
    appendKey(out, "flags");
    appendStringArray(out, flags);
    if (withTexts) {
        out += ',';
        appendKey(out, "notes");
        appendStringArray(out, SuggestionText::texts(notes));
    }
    out += '}';
    return out;
}
