#pragma once

#include "CaseFacts.h"
#include "PolicyRevision.h"
#include "PolicySettings.h"
#include "Suggestion.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// What every clause of policy.md reads and writes while one suggestion is made, and the fact
// helpers they share. Internal to the policy library: PolicyEngine is its only user.
namespace PolicyClauses {

struct Context
{
    Context(const CaseFacts& f, const QDateTime& t, const PolicySettings& s, const StrikeHistory& r, Suggestion& o)
        : facts(f)
        , at(t)
        , settings(s)
        , recorded(r)
        , out(o)
    { }

    const CaseFacts& facts;
    const QDateTime& at;
    const PolicySettings& settings;
    const StrikeHistory& recorded;
    Suggestion& out;
    const PolicyRevision* revision = nullptr;
    const Order* order = nullptr;
    const Party* buyer = nullptr;
    Decimal paid;
    Reason whyNot; // set by a stated-reason clause whose conditions do not hold
    // When facts after the instant were left out: the index of each payment and message in the
    // case as stored, so flagged spans point at the right one.
    QList<int> paymentIndex;
    QList<int> messageIndex;

    int storedPayment(int i) const { return paymentIndex.isEmpty() ? i : paymentIndex.at(i); }
    int storedMessage(int i) const { return messageIndex.isEmpty() ? i : messageIndex.at(i); }
};

// ---- facts

const CaseEvent* firstEvent(const CaseFacts& f, EventType type, Role party = Role::None);
bool hasEvent(const CaseFacts& f, EventType type);
bool isReleased(const Context& c);
bool isCancelled(const Context& c);
// Non-instant when the method is, or when any payment was made by a non-instant transfer.
bool isRealtime(const Context& c);
QDateTime markedPaidAt(const Context& c);

// Sums and differences of amounts from a file, clamped instead of overflowing.
Decimal saturated(__int128 units);
Decimal difference(const Decimal& a, const Decimal& b);

// ---- values in reasons (SuggestionText formats them when the suggestion is shown)

ReasonArg number(const Decimal& value);
ReasonArg money(const Context& c, const Decimal& amount); // in the order's currency
ReasonArg localTime(const QDateTime& t, const QTimeZone& zone);
QString quoted(const QStringList& terms);

// ---- the outcome

void decide(Context& c, const char* clause, Outcome outcome);
void noteUncooperative(Context& c);

} // namespace PolicyClauses
