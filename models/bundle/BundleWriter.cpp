#include "BundleWriter.h"

#include <QIODevice>

#include <algorithm>
#include <cstdio>

namespace {
void appendString(QByteArray* out, const QString& value)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    out->append('"');
    for (const char ch : utf8) {
        const uchar c = uchar(ch);
        switch (c) {
        case '"':
            out->append("\\\"", 2);
            break;
        case '\\':
            out->append("\\\\", 2);
            break;
        case '\n':
            out->append("\\n", 2);
            break;
        case '\r':
            out->append("\\r", 2);
            break;
        case '\t':
            out->append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char escaped[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
                out->append(escaped, 6);
            } else {
                out->append(ch);
            }
        }
    }
    out->append('"');
}

void appendTime(QByteArray* out, const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[40];
    int n = std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(),
        t.hour(), t.minute(), t.second());
    if (t.msec() != 0)
        n += std::snprintf(buffer + n, sizeof buffer - size_t(n), ".%03d", t.msec());
    out->append(buffer, n);
    out->append("Z\"", 2);
}

// Writes the members of one object, placing the commas.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray* out)
        : m_out(out)
    {
        m_out->append('{');
    }
    ~ObjectWriter() { m_out->append('}'); }

    QByteArray* key(const char* name)
    {
        separate();
        m_out->append('"').append(name).append("\":", 2);
        return m_out;
    }
    // A member name that comes from data (a user id) and may need escaping.
    QByteArray* key(const QString& name)
    {
        separate();
        appendString(m_out, name);
        m_out->append(':');
        return m_out;
    }
    void string(const char* name, const QString& value) { appendString(key(name), value); }
    void optionalString(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            string(name, value);
    }
    void time(const char* name, const QDateTime& value) { appendTime(key(name), value); }
    void amount(const char* name, const Decimal& value) { appendString(key(name), value.toString()); }
    void boolean(const char* name, bool value) { key(name)->append(value ? "true" : "false"); }
    void integer(const char* name, qint64 value) { key(name)->append(QByteArray::number(value)); }
    template<typename E> void id(const char* name, E value) { appendString(key(name), PolicyIds::toId(value)); }

private:
    void separate()
    {
        if (!m_first)
            m_out->append(',');
        m_first = false;
    }

    QByteArray* m_out;
    bool m_first = true;
};

template<typename T, typename F>
void appendArray(ObjectWriter* object, const char* name, const QList<T>& items, F writeItem)
{
    if (items.isEmpty())
        return;
    QByteArray* out = object->key(name);
    out->append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out->append(',');
        ObjectWriter item(out);
        writeItem(&item, items.at(i));
    }
    out->append(']');
}

void appendOrder(QByteArray* out, const Order& o)
{
    ObjectWriter w(out);
    w.string("number", o.number);
    w.time("created_at", o.createdAt);
    w.string("side_asset", o.sideAsset);
    w.amount("crypto_amount", o.cryptoAmount);
    w.string("fiat", o.fiat);
    w.amount("fiat_amount", o.fiatAmount);
    w.amount("price", o.price);
    if (o.marketPrice)
        w.amount("market_price", *o.marketPrice);
    {
        ObjectWriter method(w.key("payment_method"));
        method.string("name", o.paymentMethod.name);
        method.boolean("realtime", o.paymentMethod.realtime);
    }
    w.string("seller_account", o.sellerAccount);
    w.id("status", o.status);
}

void appendHistory(QByteArray* out, const StrikeHistory& history)
{
    // Sorted, so that the same facts always give the same bytes (reproducible demo files).
    QStringList users = history.keys();
    std::sort(users.begin(), users.end());
    ObjectWriter w(out);
    for (const QString& user : users) {
        const QHash<StrikeKind, int>& counts = history.value(user);
        ObjectWriter strikes(w.key(user));
        for (int k = 0; k < PolicyIds::StrikeKindCount; ++k) {
            const auto kind = StrikeKind(k);
            const auto it = counts.constFind(kind);
            if (it != counts.constEnd())
                strikes.integer(PolicyIds::toId(kind).toLatin1().constData(), *it);
        }
    }
}
} // namespace

BundleWriter::BundleWriter(QIODevice* device, Format format)
    : m_device(device)
    , m_format(format)
{ }

BundleWriter::Format BundleWriter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ? Format::JsonLines : Format::Json;
}

QByteArray BundleWriter::toJson(const CaseFacts& f)
{
    QByteArray out;
    out.reserve(2048);
    {
        ObjectWriter w(&out);
        w.string("id", f.id);
        w.id("kind", f.kind);
        w.time("opened_at", f.openedAt);
        if (f.appellant != Role::None)
            w.id("appellant", f.appellant);
        w.optionalString("reason", f.reason);
        w.optionalString("language", f.language);
        if (f.order)
            appendOrder(w.key("order"), *f.order);
        appendArray(&w, "parties", f.parties, [](ObjectWriter* item, const Party& p) {
            item->id("role", p.role);
            item->string("user_id", p.userId);
            item->optionalString("nickname", p.nickname);
            item->optionalString("kyc_name", p.kycName);
        });
        appendArray(&w, "payments", f.payments, [](ObjectWriter* item, const Payment& p) {
            item->time("at", p.at);
            item->amount("amount", p.amount);
            item->string("payer_name", p.payerName);
            item->boolean("to_listed_account", p.toListedAccount);
            if (p.realtime)
                item->boolean("realtime", *p.realtime);
            item->optionalString("remark", p.remark);
        });
        appendArray(&w, "events", f.events, [](ObjectWriter* item, const CaseEvent& e) {
            item->time("at", e.at);
            item->id("type", e.type);
            if (e.by != Role::None)
                item->id("by", e.by);
            if (e.party != Role::None)
                item->id("party", e.party);
            if (e.cause != CancelCause::None)
                item->id("cause", e.cause);
            item->optionalString("note", e.note);
            item->optionalString("agent", e.agent);
            if (e.messageIndex >= 0)
                item->integer("message_index", e.messageIndex);
        });
        appendArray(&w, "messages", f.messages, [](ObjectWriter* item, const Message& m) {
            item->time("at", m.at);
            item->id("channel", m.channel);
            item->id("from", m.from);
            item->string("text", m.text);
        });
        if (!f.history.isEmpty())
            appendHistory(w.key("history"), f.history);
        if (f.suspension) {
            ObjectWriter s(w.key("suspension"));
            s.string("user_id", f.suspension->userId);
            s.time("since", f.suspension->since);
            s.integer("days", f.suspension->days);
        }
    }
    return out;
}

bool BundleWriter::writeCase(const CaseFacts& facts)
{
    QByteArray bytes;
    if (m_format == Format::Json)
        bytes = m_written == 0 ? QByteArrayLiteral("{\"format\":\"appealdesk.case/1\",\"cases\":[\n")
                               : QByteArrayLiteral(",\n");
    bytes += toJson(facts);
    if (m_format == Format::JsonLines)
        bytes += '\n';
    ++m_written;
    return write(bytes);
}

bool BundleWriter::finish()
{
    if (m_format == Format::JsonLines)
        return !m_failed;
    return write(m_written == 0 ? QByteArrayLiteral("{\"format\":\"appealdesk.case/1\",\"cases\":[]}\n")
                                : QByteArrayLiteral("\n]}\n"));
}

QString BundleWriter::errorString() const
{
    return m_device->errorString();
}

bool BundleWriter::write(const QByteArray& bytes)
{
    if (m_failed)
        return false;
    m_failed = m_device->write(bytes) != bytes.size();
    return !m_failed;
}
