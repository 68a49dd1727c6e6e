#include "BundleReader.h"

#include "JsonScanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {
using Type = JsonScanner::Type;

const char* const FormatId = "appealdesk.case/1";
constexpr qint64 LineChunk = 64 * 1024;

// A field path built only when an error needs it: "payments[0].amount".
struct Path
{
    const Path* parent = nullptr;
    QByteArrayView key; // empty for an array index
    int index = -1;

    Path operator[](int i) const { return Path { this, {}, i }; }
    Path operator/(QByteArrayView k) const { return Path { this, k, -1 }; }

    QString toString() const
    {
        QString prefix = parent ? parent->toString() : QString();
        if (index >= 0)
            return prefix + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        if (key.isEmpty())
            return prefix;
        const QString name = QString::fromUtf8(key);
        return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
    }
};

// A value as it appears in a message: quoted, control characters escaped, long ones cut.
QString quoted(const QString& value)
{
    constexpr int MaxShown = 40;
    QString out = QStringLiteral("\"");
    const QString shown = value.size() > MaxShown ? value.left(MaxShown) : value;
    for (const QChar c : shown) {
        // C0, DEL and C1 controls (issue 13, item 11): written as escapes, never raw to a terminal.
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    if (value.size() > MaxShown)
        out += QStringLiteral("...");
    return out + QLatin1Char('"');
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("BundleReader", "null");
    case Type::False:
    case Type::True:
        return QCoreApplication::translate("BundleReader", "a boolean");
    case Type::Number:
        return QCoreApplication::translate("BundleReader", "a number");
    case Type::String:
        return QCoreApplication::translate("BundleReader", "a string");
    case Type::Array:
        return QCoreApplication::translate("BundleReader", "an array");
    case Type::Object:
        return QCoreApplication::translate("BundleReader", "an object");
    }
    return QString();
}

int digits(QByteArrayView s, int at, int count)
{
    int v = 0;
    for (int i = at; i < at + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

bool isValidDate(int year, int month, int day)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
qint64 daysSinceEpoch(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// YYYY-MM-DDTHH:MM:SS[.fraction](Z|+hh:mm|-hh:mm), as a UTC time.
bool parseTime(QByteArrayView s, QDateTime* out)
{
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return false;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || !isValidDate(year, month, day))
        return false;
    qsizetype i = 19;
    int msec = 0;
    if (s[i] == '.') {
        const qsizetype start = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (i - start < 3)
                msec = msec * 10 + (s[i] - '0');
            ++i;
        }
        if (i == start || i - start > 9)
            return false;
        for (qsizetype k = i - start; k < 3; ++k)
            msec *= 10;
    }
    int offsetSeconds = 0;
    if (i < s.size() && s[i] == 'Z') {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        if (s.size() - i != 6 || s[i + 3] != ':')
            return false;
        const int oh = digits(s, int(i) + 1, 2), om = digits(s, int(i) + 4, 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return false;
    }
    if (i != s.size())
        return false;
    const qint64 seconds
        = daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    *out = QDateTime::fromMSecsSinceEpoch(seconds * 1000 + msec, Qt::UTC);
    return true;
}

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64 || id.front().isSpace() || id.back().isSpace())
        return false;
    for (const QChar c : id)
        if (!c.isPrint())
            return false;
    return true;
}

// Letters of Cyrillic and Greek that look like Latin ones: an id written only in them can pass for a Latin id.
bool looksLatin(char32_t c)
{
    static const char32_t lookalikes[]
        = { 0x0410, 0x0412, 0x0415, 0x041A, 0x041C, 0x041D, 0x041E, 0x0420, 0x0421, 0x0422, 0x0425, 0x0430, 0x0435,
              0x043E, 0x0440, 0x0441, 0x0443, 0x0445, 0x0406, 0x0456, 0x0408, 0x0458, 0x0405, 0x0455, 0x0391, 0x0392,
              0x0395, 0x0396, 0x0397, 0x0399, 0x039A, 0x039C, 0x039D, 0x039F, 0x03A1, 0x03A4, 0x03A5, 0x03A7, 0x03BF };
    return std::find(std::begin(lookalikes), std::end(lookalikes), c) != std::end(lookalikes);
}

// Issue 13, item 12: ids that could look like another id in the queue. Empty when the id is fine, else
// why not (translated). Fillers and blanks that draw nothing, invisible format characters, other spaces
// than U+0020, text not in NFC, letters of more than one script, or only letters that pass for Latin ones.
QString confusableId(const QString& id)
{
    if (id != id.normalized(QString::NormalizationForm_C))
        return QCoreApplication::translate("BundleReader", "is not in Unicode normal form C");
    QSet<QChar::Script> scripts;
    bool allLookLatin = true;
    bool hasLetter = false;
    for (const char32_t c : id.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        const bool blank = c == 0x3164 || c == 0x2800 || c == 0x115F || c == 0x1160 || c == 0xFFA0 || c == 0x180E
            || c == 0x034F || c == 0x17B4 || c == 0x17B5;
        if (blank || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || (QChar::isSpace(c) && c != 0x20))
            return QCoreApplication::translate("BundleReader", "contains an invisible or blank character (U+%1)")
                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (!QChar::isLetter(c))
            continue;
        hasLetter = true;
        const QChar::Script script = QChar::script(c);
        if (script != QChar::Script_Common && script != QChar::Script_Inherited)
            scripts.insert(script);
        allLookLatin = allLookLatin && looksLatin(c);
    }
    // Unicode's "moderately restrictive" level (UTS #39): Latin with at most one other script, never with
    // Cyrillic or Greek, whose letters pass for Latin ones; Han with Hiragana, Katakana or Hangul counts as one.
    const bool latin = scripts.remove(QChar::Script_Latin);
    if (scripts.size() > 1) {
        const QSet<QChar::Script> cjk { QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana,
            QChar::Script_Hangul, QChar::Script_Bopomofo };
        if (!cjk.contains(scripts))
            return QCoreApplication::translate("BundleReader", "mixes letters of different scripts");
    }
    if (latin && (scripts.contains(QChar::Script_Cyrillic) || scripts.contains(QChar::Script_Greek)))
        return QCoreApplication::translate(
            "BundleReader", "mixes Latin letters with Cyrillic or Greek ones, which look the same");
    if (hasLetter && allLookLatin)
        return QCoreApplication::translate(
            "BundleReader", "is written in letters that look like Latin ones but are not (Cyrillic or Greek)");
    return QString();
}

bool isUpperAlnum(const QString& s, int minLength, int maxLength)
{
    if (s.size() < minLength || s.size() > maxLength)
        return false;
    for (const QChar c : s)
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    return true;
}

bool isLanguageTag(const QString& s)
{
    if (s.size() < 2 || s.size() > 35 || !s.front().isLetter())
        return false;
    for (const QChar c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-'))
            return false;
    return true;
}

template<typename E> QStringList ids(std::initializer_list<E> values)
{
    QStringList out;
    for (E v : values)
        out << PolicyIds::toId(v);
    return out;
}

// The allowed identifiers per field, built once.
struct Vocabulary
{
    QStringList caseKinds = PolicyIds::allCaseKinds();
    QStringList eventTypes = PolicyIds::allEventTypes();
    QStringList p2pAppellants = ids({ Role::Buyer, Role::Seller });
    QStringList appellants = ids({ Role::Buyer, Role::Seller, Role::User });
    QStringList partyRoles = ids({ Role::Buyer, Role::Seller, Role::User });
    QStringList eventRoles = ids({ Role::Buyer, Role::Seller, Role::User, Role::Agent, Role::System });
    QStringList senders = ids({ Role::Buyer, Role::Seller, Role::User, Role::Agent, Role::Bot, Role::System });
    QStringList orderStatuses
        = ids({ OrderStatus::Created, OrderStatus::Paid, OrderStatus::Released, OrderStatus::Cancelled });
    QStringList channels = ids({ Channel::OrderChat, Channel::LiveChat, Channel::OrderComment });
    QStringList causes = ids(
        { CancelCause::Timeout, CancelCause::Buyer, CancelCause::Seller, CancelCause::Mistake, CancelCause::Agent });
};

const Vocabulary& vocabulary()
{
    static const Vocabulary v;
    return v;
}
} // namespace

QString BundleError::toString() const
{
    QString out = file + QLatin1Char(':');
    if (line > 0)
        out += QString::number(line) + QLatin1Char(':') + QString::number(column) + QLatin1Char(':');
    out += QLatin1Char(' ');
    if (!caseId.isEmpty())
        out += QCoreApplication::translate("BundleReader", "case %1").arg(caseId) + QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}

class BundleReader::Private
{
public:
    enum class JsonState
    {
        Start,
        Members,
        CasesFirst,
        CasesNext,
        End
    };

    QString path;
    QFile file;
    bool jsonLines = false;
    bool done = false;
    JsonScanner scanner;
    BundleError error;

    QByteArray line;
    int lineNumber = 0;

    JsonState state = JsonState::Start;
    bool firstMember = true;
    bool formatSeen = false;
    bool casesSeen = false;
    QSet<QByteArray> topLevelKeys;

    struct Seen
    {
        int line;
        int column;
    };
    QHash<QString, Seen> seenIds;

    CaseFacts* facts = nullptr;
    QString caseId;

    Result fatal(int line, int column, const QString& message);
    Result fatalFromScanner();
    Result nextLine();
    Result nextInDocument();
    Result caseFromScanner();
    bool readLine(bool* tooLong);

    // Validation: each returns false after setting `error`.
    bool invalid(int node, const Path& path, const QString& message);
    bool missing(int object, const Path& path);
    int require(int object, const Path& path, bool required, bool* ok);
    bool wrongType(int node, const Path& path, const QString& expected);

    bool readString(int object, const Path& path, bool required, QString* out, int* node = nullptr);
    bool readId(int object, const Path& path, bool required, QString* out, int* node = nullptr);
    bool readTime(int object, const Path& path, bool required, QDateTime* out);
    bool readAmount(int object, const Path& path, bool required, Decimal* out, bool* present = nullptr);
    bool readBool(int object, const Path& path, bool required, bool* out, bool* present = nullptr);
    bool readInt(int object, const Path& path, bool required, int min, int* out, bool* present = nullptr);
    template<typename E> bool readEnum(int object, const Path& path, bool required, const QStringList& allowed, E* out);
    bool readArray(int object, const Path& path, bool required, int* node);
    bool readObject(int object, const Path& path, bool required, int* node);

    bool validateCase(int root);
    bool validateOrder(int node, const Path& path, Order* order);
    bool validateParty(int node, const Path& path, Party* party);
    bool validatePayment(int node, const Path& path, Payment* payment);
    bool validateEvent(int node, const Path& path, CaseEvent* event);
    bool validateMessage(int node, const Path& path, Message* message);
    bool validateHistory(int node, const Path& path, StrikeHistory* history);
    bool validateSuspension(int node, const Path& path, Suspension* suspension);
};

BundleReader::Result BundleReader::Private::fatal(int line, int column, const QString& message)
{
    error = BundleError { path, line, column, QString(), QString(), message };
    done = true;
    return FatalError;
}

BundleReader::Result BundleReader::Private::fatalFromScanner()
{
    const JsonScanner::Position at = scanner.errorPosition();
    return fatal(at.line, at.column, scanner.errorMessage());
}

bool BundleReader::Private::invalid(int node, const Path& p, const QString& message)
{
    const JsonScanner::Position at = scanner.position(node);
    error = BundleError { path, at.line, at.column, caseId, p.toString(), message };
    return false;
}

bool BundleReader::Private::missing(int object, const Path& p)
{
    return invalid(object, p, QCoreApplication::translate("BundleReader", "required field is missing"));
}

bool BundleReader::Private::wrongType(int node, const Path& p, const QString& expected)
{
    return invalid(node, p,
        QCoreApplication::translate("BundleReader", "must be %1, not %2")
            .arg(expected, typeName(scanner.node(node).type)));
}

// The member at `path` of `object`, or -1 (then *ok is false if it was required).
int BundleReader::Private::require(int object, const Path& p, bool required, bool* ok)
{
    const int n = scanner.member(object, p.key);
    *ok = n >= 0 || !required || missing(object, p);
    return n;
}

bool BundleReader::Private::readString(int object, const Path& p, bool required, QString* out, int* node)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (node)
        *node = n;
    if (n < 0)
        return ok;
    if (scanner.node(n).type != Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a string"));
    *out = scanner.string(n);
    return true;
}

bool BundleReader::Private::readId(int object, const Path& p, bool required, QString* out, int* node)
{
    int n;
    if (!readString(object, p, required, out, &n))
        return false;
    if (node)
        *node = n;
    if (n >= 0 && !isValidId(*out))
        return invalid(n, p,
            QCoreApplication::translate("BundleReader", "%1 is not a valid id (1 to 64 printable characters)")
                .arg(quoted(*out)));
    if (n >= 0) {
        const QString confusable = confusableId(*out);
        if (!confusable.isEmpty())
            return invalid(n, p,
                QCoreApplication::translate("BundleReader", "the id %1 %2: it could pass for another id")
                    .arg(quoted(*out), confusable));
    }
    return true;
}

bool BundleReader::Private::readTime(int object, const Path& p, bool required, QDateTime* out)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (n < 0)
        return ok;
    if (scanner.node(n).type != Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a time string"));
    if (!parseTime(scanner.text(n), out))
        return invalid(n, p,
            QCoreApplication::translate(
                "BundleReader", "%1 is not an ISO 8601 time with a zone, like 2026-11-20T09:15:00Z")
                .arg(quoted(scanner.string(n))));
    // A P2P desk's records are from this century: year 1 or 9999 is a broken export, not a fact.
    static const QDateTime first(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    static const QDateTime last(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    if (*out < first || *out >= last)
        return invalid(n, p,
            QCoreApplication::translate("BundleReader", "%1 is not a plausible time (years 2000 to 2099)")
                .arg(quoted(scanner.string(n))));
    return true;
}

bool BundleReader::Private::readAmount(int object, const Path& p, bool required, Decimal* out, bool* present)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (present)
        *present = n >= 0;
    if (n < 0)
        return ok;
    const Type type = scanner.node(n).type;
    if (type == Type::Number)
        return invalid(n, p,
            QCoreApplication::translate(
                "BundleReader", "must be a decimal string like \"1500.00\", not a JSON number"));
    if (type != Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a decimal string"));
    const QString text = scanner.string(n);
    Decimal::ParseError error = Decimal::NoError;
    if (!Decimal::parse(text, out, &error))
        return invalid(n, p,
            error == Decimal::TooLarge
                ? QCoreApplication::translate("BundleReader", "%1 is too large for an amount").arg(quoted(text))
                : QCoreApplication::translate("BundleReader", "%1 is not a decimal amount").arg(quoted(text)));
    if (out->isNegative())
        return invalid(n, p, QCoreApplication::translate("BundleReader", "%1 must not be negative").arg(quoted(text)));
    return true;
}

bool BundleReader::Private::readBool(int object, const Path& p, bool required, bool* out, bool* present)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (present)
        *present = n >= 0;
    if (n < 0)
        return ok;
    const Type type = scanner.node(n).type;
    if (type != Type::True && type != Type::False)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "true or false"));
    *out = type == Type::True;
    return true;
}

bool BundleReader::Private::readInt(int object, const Path& p, bool required, int min, int* out, bool* present)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (present)
        *present = n >= 0;
    if (n < 0)
        return ok;
    if (scanner.node(n).type != Type::Number)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "an integer"));
    const QByteArrayView text = scanner.text(n);
    qint64 value = 0;
    bool negative = false;
    bool valid = !text.isEmpty();
    for (qsizetype i = 0; i < text.size() && valid; ++i) {
        const char c = text[i];
        if (i == 0 && c == '-')
            negative = true;
        else if (c >= '0' && c <= '9' && value <= std::numeric_limits<int>::max())
            value = value * 10 + (c - '0');
        else
            valid = false;
    }
    if (negative)
        value = -value;
    if (!valid || value < min || value > std::numeric_limits<int>::max()) {
        return invalid(n, p,
            min == 0 ? QCoreApplication::translate("BundleReader", "%1 is not a non-negative integer")
                           .arg(QString::fromUtf8(text))
                     : QCoreApplication::translate("BundleReader", "%1 is not an integer of at least %2")
                           .arg(QString::fromUtf8(text))
                           .arg(min));
    }
    *out = int(value);
    return true;
}

template<typename E>
bool BundleReader::Private::readEnum(int object, const Path& p, bool required, const QStringList& allowed, E* out)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (n < 0)
        return ok;
    if (scanner.node(n).type != Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a string"));
    const QString value = scanner.string(n);
    if (!allowed.contains(value) || !PolicyIds::fromId(value, out))
        return invalid(n, p,
            QCoreApplication::translate("BundleReader", "%1 is not one of %2")
                .arg(quoted(value), allowed.join(QStringLiteral(", "))));
    return true;
}

bool BundleReader::Private::readArray(int object, const Path& p, bool required, int* node)
{
    bool ok;
    *node = require(object, p, required, &ok);
    if (*node >= 0 && scanner.node(*node).type != Type::Array)
        return wrongType(*node, p, QCoreApplication::translate("BundleReader", "an array"));
    return ok;
}

bool BundleReader::Private::readObject(int object, const Path& p, bool required, int* node)
{
    bool ok;
    *node = require(object, p, required, &ok);
    if (*node >= 0 && scanner.node(*node).type != Type::Object)
        return wrongType(*node, p, QCoreApplication::translate("BundleReader", "an object"));
    return ok;
}

bool BundleReader::Private::validateCase(int root)
{
    CaseFacts& f = *facts;
    f = CaseFacts();
    caseId.clear();
    const Path top;
    if (scanner.node(root).type != Type::Object)
        return invalid(root, top,
            QCoreApplication::translate("BundleReader", "a case must be a JSON object, not %1")
                .arg(typeName(scanner.node(root).type)));

    int idNode;
    if (!readId(root, top / "id", true, &f.id, &idNode))
        return false;
    caseId = f.id;
    const JsonScanner::Position idAt = scanner.position(idNode);
    const auto seen = seenIds.constFind(f.id);
    if (seen != seenIds.constEnd()) {
        return invalid(idNode, top / "id",
            QCoreApplication::translate("BundleReader", "duplicate case id, first at %1:%2:%3")
                .arg(path)
                .arg(seen->line)
                .arg(seen->column));
    }
    seenIds.insert(f.id, Seen { idAt.line, idAt.column });

    if (!readEnum(root, top / "kind", true, vocabulary().caseKinds, &f.kind)
        || !readTime(root, top / "opened_at", true, &f.openedAt))
        return false;
    const bool p2p = f.kind == CaseKind::P2pAppeal;
    const bool suspensionAppeal = f.kind == CaseKind::LiveChatSuspensionAppeal;

    const QStringList& appellants = p2p ? vocabulary().p2pAppellants : vocabulary().appellants;
    if (!readEnum(root, top / "appellant", p2p, appellants, &f.appellant))
        return false;

    int reasonNode;
    if (!readString(root, top / "reason", p2p || suspensionAppeal, &f.reason, &reasonNode))
        return false;
    if (reasonNode >= 0 && p2p && !PolicyIds::isP2pReason(f.reason))
        return invalid(reasonNode, top / "reason",
            QCoreApplication::translate("BundleReader", "%1 is not a reason (B1 to B6, S1 to S4)")
                .arg(quoted(f.reason)));
    if (reasonNode >= 0 && suspensionAppeal && !PolicyIds::isLiveChatAppealGround(f.reason)) {
        return invalid(reasonNode, top / "reason",
            QCoreApplication::translate("BundleReader", "%1 is not one of impersonation, compromised, urgent, other")
                .arg(quoted(f.reason)));
    }

    int languageNode;
    if (!readString(root, top / "language", false, &f.language, &languageNode))
        return false;
    if (languageNode >= 0 && !isLanguageTag(f.language))
        return invalid(languageNode, top / "language",
            QCoreApplication::translate("BundleReader", "%1 is not a language code like \"sv\"")
                .arg(quoted(f.language)));

    int node;
    if (!readObject(root, top / "order", p2p, &node))
        return false;
    if (node >= 0) {
        f.order.emplace();
        if (!validateOrder(node, top / "order", &*f.order))
            return false;
    }

    if (!readArray(root, top / "parties", true, &node))
        return false;
    if (scanner.node(node).childCount == 0)
        return invalid(
            node, top / "parties", QCoreApplication::translate("BundleReader", "must list at least one party"));
    const Path parties = top / "parties";
    int i = 0;
    for (int child = scanner.node(node).firstChild; child >= 0; child = scanner.node(child).nextSibling, ++i) {
        f.parties.append(Party());
        if (!validateParty(child, parties[i], &f.parties.last()))
            return false;
    }

    if (!readArray(root, top / "payments", false, &node))
        return false;
    if (node >= 0) {
        const Path payments = top / "payments";
        f.payments.reserve(scanner.node(node).childCount);
        i = 0;
        for (int child = scanner.node(node).firstChild; child >= 0; child = scanner.node(child).nextSibling, ++i) {
            f.payments.append(Payment());
            if (!validatePayment(child, payments[i], &f.payments.last()))
                return false;
        }
    }

    if (!readArray(root, top / "messages", false, &node))
        return false;
    if (node >= 0) {
        const Path messages = top / "messages";
        f.messages.reserve(scanner.node(node).childCount);
        i = 0;
        for (int child = scanner.node(node).firstChild; child >= 0; child = scanner.node(child).nextSibling, ++i) {
            f.messages.append(Message());
            if (!validateMessage(child, messages[i], &f.messages.last()))
                return false;
        }
    }

    if (!readArray(root, top / "events", false, &node))
        return false;
    if (node >= 0) {
        const Path events = top / "events";
        f.events.reserve(scanner.node(node).childCount);
        i = 0;
        for (int child = scanner.node(node).firstChild; child >= 0; child = scanner.node(child).nextSibling, ++i) {
            f.events.append(CaseEvent());
            if (!validateEvent(child, events[i], &f.events.last()))
                return false;
            const int index = f.events.last().messageIndex;
            if (index >= f.messages.size()) {
                return invalid(scanner.member(child, "message_index"), events[i] / "message_index",
                    QCoreApplication::translate("BundleReader", "refers to message %1 but the case has %2 messages")
                        .arg(index)
                        .arg(f.messages.size()));
            }
        }
    }

    if (!readObject(root, top / "history", false, &node))
        return false;
    if (node >= 0 && !validateHistory(node, top / "history", &f.history))
        return false;

    if (!readObject(root, top / "suspension", suspensionAppeal, &node))
        return false;
    if (node >= 0) {
        f.suspension.emplace();
        if (!validateSuspension(node, top / "suspension", &*f.suspension))
            return false;
    }
    return true;
}

bool BundleReader::Private::validateOrder(int node, const Path& p, Order* o)
{
    if (!readId(node, p / "number", true, &o->number) || !readTime(node, p / "created_at", true, &o->createdAt))
        return false;
    int assetNode, fiatNode;
    if (!readString(node, p / "side_asset", true, &o->sideAsset, &assetNode))
        return false;
    if (!isUpperAlnum(o->sideAsset, 1, 16))
        return invalid(assetNode, p / "side_asset",
            QCoreApplication::translate("BundleReader", "%1 is not an asset code like \"USDT\"")
                .arg(quoted(o->sideAsset)));
    if (!readAmount(node, p / "crypto_amount", true, &o->cryptoAmount)
        || !readString(node, p / "fiat", true, &o->fiat, &fiatNode))
        return false;
    // ISO 4217, case-insensitive (policy.md, settled reading 3): "cny" is stored and judged as CNY.
    const bool threeLetters = o->fiat.size() == 3 && std::all_of(o->fiat.cbegin(), o->fiat.cend(), [](QChar ch) {
        return (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z'));
    });
    if (!threeLetters)
        return invalid(fiatNode, p / "fiat",
            QCoreApplication::translate("BundleReader", "%1 is not a currency code like \"SEK\"").arg(quoted(o->fiat)));
    o->fiat = o->fiat.toUpper();
    bool hasMarketPrice = false;
    Decimal marketPrice;
    if (!readAmount(node, p / "fiat_amount", true, &o->fiatAmount) || !readAmount(node, p / "price", true, &o->price)
        || !readAmount(node, p / "market_price", false, &marketPrice, &hasMarketPrice))
        return false;
    if (hasMarketPrice)
        o->marketPrice = marketPrice;
    int method;
    if (!readObject(node, p / "payment_method", true, &method))
        return false;
    const Path methodPath = p / "payment_method";
    if (!readString(method, methodPath / "name", true, &o->paymentMethod.name)
        || !readBool(method, methodPath / "realtime", true, &o->paymentMethod.realtime))
        return false;
    return readString(node, p / "seller_account", true, &o->sellerAccount)
        && readEnum(node, p / "status", true, vocabulary().orderStatuses, &o->status);
}

bool BundleReader::Private::validateParty(int node, const Path& p, Party* party)
{
    if (scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    return readEnum(node, p / "role", true, vocabulary().partyRoles, &party->role)
        && readId(node, p / "user_id", true, &party->userId)
        && readString(node, p / "nickname", false, &party->nickname)
        && readString(node, p / "kyc_name", false, &party->kycName);
}

bool BundleReader::Private::validatePayment(int node, const Path& p, Payment* payment)
{
    if (scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    bool realtime = false, hasRealtime = false;
    if (!readTime(node, p / "at", true, &payment->at) || !readAmount(node, p / "amount", true, &payment->amount)
        || !readString(node, p / "payer_name", true, &payment->payerName)
        || !readBool(node, p / "to_listed_account", true, &payment->toListedAccount)
        || !readBool(node, p / "realtime", false, &realtime, &hasRealtime)
        || !readString(node, p / "remark", false, &payment->remark))
        return false;
    if (hasRealtime)
        payment->realtime = realtime;
    return true;
}

bool BundleReader::Private::validateEvent(int node, const Path& p, CaseEvent* event)
{
    if (scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    const Vocabulary& v = vocabulary();
    if (!readTime(node, p / "at", true, &event->at)
        || !readEnum(node, p / "type", true, vocabulary().eventTypes, &event->type)
        || !readEnum(node, p / "by", false, v.eventRoles, &event->by))
        return false;
    const bool needsParty = event->type == EventType::PartyUnresponsive || event->type == EventType::AbuseConfirmed;
    return readEnum(node, p / "party", needsParty, v.partyRoles, &event->party)
        && readEnum(node, p / "cause", false, v.causes, &event->cause)
        && readString(node, p / "note", false, &event->note) && readString(node, p / "agent", false, &event->agent)
        && readInt(node, p / "message_index", false, 0, &event->messageIndex);
}

bool BundleReader::Private::validateMessage(int node, const Path& p, Message* message)
{
    if (scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    return readTime(node, p / "at", true, &message->at)
        && readEnum(node, p / "channel", true, vocabulary().channels, &message->channel)
        && readEnum(node, p / "from", true, vocabulary().senders, &message->from)
        && readString(node, p / "text", true, &message->text);
}

bool BundleReader::Private::validateHistory(int node, const Path& p, StrikeHistory* history)
{
    for (int user = scanner.node(node).firstChild; user >= 0; user = scanner.node(user).nextSibling) {
        const Path userPath = p / scanner.key(user);
        const QString userId = QString::fromUtf8(scanner.key(user));
        if (!isValidId(userId))
            return invalid(user, userPath,
                QCoreApplication::translate("BundleReader", "%1 is not a valid user id (1 to 64 printable characters)")
                    .arg(quoted(userId)));
        const QString confusable = confusableId(userId);
        if (!confusable.isEmpty())
            return invalid(user, userPath,
                QCoreApplication::translate("BundleReader", "the id %1 %2: it could pass for another id")
                    .arg(quoted(userId), confusable));
        if (scanner.node(user).type != Type::Object)
            return wrongType(user, userPath, QCoreApplication::translate("BundleReader", "an object of strike counts"));
        QHash<StrikeKind, int>& counts = (*history)[userId];
        for (int strike = scanner.node(user).firstChild; strike >= 0; strike = scanner.node(strike).nextSibling) {
            const Path strikePath = userPath / scanner.key(strike);
            const QString kindId = QString::fromUtf8(scanner.key(strike));
            StrikeKind kind;
            if (!PolicyIds::fromId(kindId, &kind)) {
                return invalid(strike, strikePath,
                    QCoreApplication::translate("BundleReader", "%1 is not a strike kind (one of %2)")
                        .arg(quoted(kindId), PolicyIds::allStrikeKinds().join(QStringLiteral(", "))));
            }
            int count = 0;
            if (!readInt(user, strikePath, true, 0, &count))
                return false;
            counts.insert(kind, count);
        }
    }
    return true;
}

bool BundleReader::Private::validateSuspension(int node, const Path& p, Suspension* s)
{
    return readId(node, p / "user_id", true, &s->userId) && readTime(node, p / "since", true, &s->since)
        && readInt(node, p / "days", true, 0, &s->days);
}

BundleReader::Result BundleReader::Private::caseFromScanner()
{
    return validateCase(scanner.root()) ? CaseRead : InvalidCase;
}

// Reads the next line into `line` (without its end of line), at most MaxValueBytes;
// a longer line is skipped to its end and *tooLong set. False at the end of the file.
bool BundleReader::Private::readLine(bool* tooLong)
{
    *tooLong = false;
    line.resize(0);
    qint64 size = 0;
    for (;;) {
        if (size + LineChunk + 1 > line.size())
            line.resize(size + LineChunk + 1);
        const qint64 n = file.readLine(line.data() + size, LineChunk + 1);
        if (n <= 0)
            break;
        size += n;
        if (line[size - 1] == '\n')
            break;
        if (size > JsonScanner::MaxValueBytes) {
            *tooLong = true;
            size = 0;
        }
    }
    line.resize(size);
    if (size == 0 && !*tooLong)
        return false;
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return true;
}

BundleReader::Result BundleReader::Private::nextLine()
{
    for (;;) {
        const qint64 offset = file.pos();
        bool tooLong = false;
        if (!readLine(&tooLong)) {
            done = true;
            if (file.error() != QFileDevice::NoError)
                return fatal(lineNumber + 1, 1,
                    QCoreApplication::translate("BundleReader", "cannot read the file: %1").arg(file.errorString()));
            return EndOfFile;
        }
        ++lineNumber;
        if (tooLong) {
            caseId.clear();
            error = BundleError { path, lineNumber, 1, QString(), QString(),
                QCoreApplication::translate("BundleReader", "case larger than 16 MB") };
            return InvalidCase;
        }
        qint64 skip = 0;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            skip = 3;
        scanner.setData(line.constData() + skip, line.size() - skip, lineNumber, offset + skip);
        if (scanner.peek() < 0)
            continue;
        if (!scanner.parseValue()) {
            if (scanner.errorKind() == JsonScanner::ErrorKind::Encoding)
                return fatalFromScanner();
            const JsonScanner::Position at = scanner.errorPosition();
            error = BundleError { path, at.line, at.column, QString(), QString(), scanner.errorMessage() };
            return InvalidCase;
        }
        if (scanner.peek() >= 0) {
            const JsonScanner::Position at = scanner.currentPosition();
            error = BundleError { path, at.line, at.column, QString(), QString(),
                QCoreApplication::translate("BundleReader", "unexpected data after the case (one case per line)") };
            return InvalidCase;
        }
        return caseFromScanner();
    }
}

BundleReader::Result BundleReader::Private::nextInDocument()
{
    auto fatalHere = [this](const QString& message) {
        if (scanner.errorKind() == JsonScanner::ErrorKind::Io)
            return fatalFromScanner();
        const JsonScanner::Position at = scanner.currentPosition();
        return fatal(at.line, at.column, message);
    };
    auto expected = [&](int c, const QString& message) {
        return c < 0 ? fatalHere(QCoreApplication::translate("BundleReader", "unexpected end of file"))
                     : fatalHere(message);
    };
    for (;;) {
        int c = scanner.peek();
        switch (state) {
        case JsonState::Start:
            if (c != '{')
                return expected(c,
                    QCoreApplication::translate(
                        "BundleReader", "expected a bundle object {\"format\": \"%1\", \"cases\": [...]}")
                        .arg(QLatin1String(FormatId)));
            scanner.advance();
            state = JsonState::Members;
            break;
        case JsonState::Members: {
            if (c == '}') {
                scanner.advance();
                state = JsonState::End;
                break;
            }
            if (!firstMember) {
                if (c != ',')
                    return expected(
                        c, QCoreApplication::translate("BundleReader", "expected ',' or '}' after a bundle member"));
                scanner.advance();
                c = scanner.peek();
                if (c == '}')
                    return fatalHere(QCoreApplication::translate("BundleReader", "trailing comma is not allowed"));
            }
            if (c != '"')
                return expected(
                    c, QCoreApplication::translate("BundleReader", "expected a member name in double quotes"));
            if (!scanner.parseValue())
                return fatalFromScanner();
            const QByteArray key = scanner.text(scanner.root()).toByteArray();
            const JsonScanner::Position keyAt = scanner.position(scanner.root());
            if (topLevelKeys.contains(key))
                return fatal(keyAt.line, keyAt.column,
                    QCoreApplication::translate("BundleReader", "duplicate key \"%1\"").arg(QString::fromUtf8(key)));
            topLevelKeys.insert(key);
            firstMember = false;
            c = scanner.peek();
            if (c != ':')
                return expected(c, QCoreApplication::translate("BundleReader", "expected ':' after a member name"));
            scanner.advance();
            c = scanner.peek();
            if (key == "cases") {
                if (c != '[') {
                    if (c < 0)
                        return fatalHere(QCoreApplication::translate("BundleReader", "unexpected end of file"));
                    if (!scanner.parseValue())
                        return fatalFromScanner();
                    const JsonScanner::Position at = scanner.position(scanner.root());
                    return fatal(at.line, at.column,
                        QCoreApplication::translate("BundleReader", "\"cases\" must be an array, not %1")
                            .arg(typeName(scanner.node(scanner.root()).type)));
                }
                scanner.advance();
                casesSeen = true;
                state = JsonState::CasesFirst;
                break;
            }
            if (!scanner.parseValue())
                return fatalFromScanner();
            if (key == "format") {
                const JsonScanner::Position at = scanner.position(scanner.root());
                const QString format
                    = scanner.node(scanner.root()).type == Type::String ? scanner.string(scanner.root()) : QString();
                if (format != QLatin1String(FormatId)) {
                    return fatal(at.line, at.column,
                        QCoreApplication::translate("BundleReader", "unsupported format %1, expected \"%2\"")
                            .arg(format.isNull() ? typeName(scanner.node(scanner.root()).type) : quoted(format),
                                QLatin1String(FormatId)));
                }
                formatSeen = true;
            }
            break;
        }
        case JsonState::CasesFirst:
        case JsonState::CasesNext:
            if (c == ']') {
                scanner.advance();
                state = JsonState::Members;
                break;
            }
            if (state == JsonState::CasesNext) {
                if (c != ',')
                    return expected(c, QCoreApplication::translate("BundleReader", "expected ',' or ']' after a case"));
                scanner.advance();
                c = scanner.peek();
                if (c == ']')
                    return fatalHere(QCoreApplication::translate("BundleReader", "trailing comma is not allowed"));
            }
            if (c < 0)
                return fatalHere(QCoreApplication::translate("BundleReader", "unexpected end of file"));
            state = JsonState::CasesNext;
            if (!scanner.parseValue())
                return fatalFromScanner();
            return caseFromScanner();
        case JsonState::End:
            if (c >= 0)
                return fatalHere(
                    QCoreApplication::translate("BundleReader", "unexpected data after the bundle object"));
            if (scanner.errorKind() == JsonScanner::ErrorKind::Io)
                return fatalFromScanner();
            if (!formatSeen)
                return fatal(1, 1, QCoreApplication::translate("BundleReader", "the bundle has no \"format\" member"));
            if (!casesSeen)
                return fatal(1, 1, QCoreApplication::translate("BundleReader", "the bundle has no \"cases\" member"));
            done = true;
            return EndOfFile;
        }
    }
}

BundleReader::BundleReader(const QString& path)
    : d(new Private)
{
    d->path = path;
    d->file.setFileName(path);
    d->jsonLines = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
}

BundleReader::~BundleReader() = default;

bool BundleReader::open()
{
    const QIODevice::OpenMode mode = d->jsonLines ? QIODevice::ReadOnly : QIODevice::ReadOnly | QIODevice::Unbuffered;
    if (!d->file.open(mode)) {
        d->error = BundleError { d->path, 0, 0, QString(), QString(),
            QCoreApplication::translate("BundleReader", "cannot open the file: %1").arg(d->file.errorString()) };
        d->done = true;
        return false;
    }
    if (!d->jsonLines) {
        d->scanner.setDevice(&d->file);
        d->scanner.skipByteOrderMark();
    }
    return true;
}

BundleReader::Result BundleReader::next(CaseFacts* facts)
{
    if (d->done || !d->file.isOpen())
        return EndOfFile;
    CaseFacts scratch;
    d->facts = facts ? facts : &scratch;
    return d->jsonLines ? d->nextLine() : d->nextInDocument();
}

BundleError BundleReader::error() const
{
    return d->error;
}

qint64 BundleReader::bytesRead() const
{
    return d->jsonLines ? d->file.pos() : d->scanner.bytesConsumed();
}

qint64 BundleReader::totalBytes() const
{
    return d->file.size();
}
