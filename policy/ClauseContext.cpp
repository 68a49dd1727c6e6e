#include "ClauseContext.h"

#include <limits>

namespace PolicyClauses {

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

ReasonArg number(const Decimal& value)
{
    return ReasonArg::number(value);
}

ReasonArg money(const Context& c, const Decimal& amount)
{
    return ReasonArg::money(amount, c.order->fiat);
}

ReasonArg localTime(const QDateTime& t, const QTimeZone& zone)
{
    return ReasonArg::localTime(t, zone);
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
    c.out.notes << Reason(ReasonId::G1MaySuspendUncooperative);
}

} // namespace PolicyClauses
