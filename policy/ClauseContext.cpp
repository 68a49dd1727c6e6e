#include "ClauseContext.h"

#include <QCoreApplication>

#include <limits>

namespace PolicyClauses {

QString roleText(Role role)
{
    switch (role) {
    case Role::Buyer:
        return QCoreApplication::translate("Policy", "buyer");
    case Role::Seller:
        return QCoreApplication::translate("Policy", "seller");
    default:
        return QCoreApplication::translate("Policy", "user");
    }
}

const CaseEvent* firstEvent(const CaseFacts& f, EventType type, Role party)
{
    for (const CaseEvent& e : f.events)
        if (e.type == type && (party == Role::None || e.party == party))
            return &e;
    return nullptr;
}

bool hasEvent(const CaseFacts& f, EventType type)
{
    return firstEvent(f, type) != nullptr;
}

bool isReleased(const Context& c)
{
    return c.order->status == OrderStatus::Released || hasEvent(c.facts, EventType::Released);
}

bool isCancelled(const Context& c)
{
    return c.order->status == OrderStatus::Cancelled || hasEvent(c.facts, EventType::Cancelled);
}

// Non-instant when the method is, or when any payment was made by a non-instant transfer.
bool isRealtime(const Context& c)
{
    for (const Payment& p : c.facts.payments)
        if (p.realtime && !*p.realtime)
            return false;
    return c.order->paymentMethod.realtime;
}

QDateTime markedPaidAt(const Context& c)
{
    if (const CaseEvent* e = firstEvent(c.facts, EventType::MarkedPaid))
        return e->at;
    return QDateTime();
}

// Sums and differences of amounts from a file, clamped instead of overflowing.
Decimal saturated(__int128 units)
{
    const __int128 low = std::numeric_limits<qint64>::min();
    const __int128 high = std::numeric_limits<qint64>::max();
    return Decimal::fromUnits(qint64(units < low ? low : units > high ? high : units));
}

Decimal difference(const Decimal& a, const Decimal& b)
{
    return saturated(__int128(a.units()) - b.units());
}

namespace {

const QLocale& numberLocale(Context& c)
{
    if (!c.locale)
        c.locale.emplace();
    return *c.locale;
}

} // namespace

QString number(Context& c, const Decimal& value)
{
    return value.toLocaleString(numberLocale(c));
}

QString money(Context& c, const Decimal& amount)
{
    return number(c, amount) + QLatin1Char(' ') + c.order->fiat;
}

QString localTime(const QDateTime& t, const QTimeZone& zone)
{
    // Formatted by hand: QDateTime::toString with a pattern is a large share of a suggestion's cost.
    const QDateTime local = t.toTimeZone(zone);
    const QDate d = local.date();
    const QTime h = local.time();
    return QString::asprintf("%04d-%02d-%02d %02d:%02d ", d.year(), d.month(), d.day(), h.hour(), h.minute())
        + QString::fromLatin1(zone.id());
}

QString quoted(const QStringList& terms)
{
    QStringList q;
    for (const QString& t : terms)
        q << QLatin1Char('"') + t + QLatin1Char('"');
    return q.join(QStringLiteral(", "));
}

void decide(Context& c, const char* clause, Outcome outcome)
{
    c.out.clauses << QString::fromLatin1(clause);
    c.out.outcome = outcome;
}

void noteUncooperative(Context& c)
{
    c.out.notes << QCoreApplication::translate(
        "Policy", "Users who do not cooperate during the appeal may be suspended (G1)");
}

} // namespace PolicyClauses
