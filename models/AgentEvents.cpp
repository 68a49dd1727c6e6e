#include "AgentEvents.h"

#include "CaseFacts.h"
#include "Suggestion.h"

namespace AgentEvents {

QList<EventType> recordable(CaseKind kind)
{
    switch (kind) {
    case CaseKind::LiveChatAbuse:
        return { EventType::AbuseConfirmed, EventType::Note };
    case CaseKind::LiveChatSuspensionAppeal:
        return { EventType::ImpersonationConfirmed, EventType::Note };
    case CaseKind::P2pAppeal:
        break;
    }
    return { EventType::SellerContacted, EventType::BuyerContacted, EventType::PartyUnresponsive,
        EventType::SellerReportedNotReceived, EventType::SellerConfirmedReceipt, EventType::PaymentProof,
        EventType::RemainderRequested, EventType::RemainderPaid, EventType::BuyerRefusedRemainder,
        EventType::RefundProof, EventType::RefundConfirmed, EventType::AbuseConfirmed, EventType::Note };
}

QList<EventType> followUps(CaseKind kind)
{
    if (kind != CaseKind::P2pAppeal)
        return { EventType::Note };
    return { EventType::PaymentProof, EventType::RefundProof, EventType::RefundConfirmed, EventType::Note };
}

bool isRecordable(CaseKind kind, EventType type, bool decided)
{
    return (decided ? followUps(kind) : recordable(kind)).contains(type);
}

Role actor(EventType type)
{
    switch (type) {
    case EventType::SellerReportedNotReceived:
    case EventType::SellerConfirmedReceipt:
    case EventType::RefundProof:
        return Role::Seller;
    case EventType::RemainderPaid:
    case EventType::BuyerRefusedRemainder:
    case EventType::PaymentProof:
    case EventType::RefundConfirmed:
        return Role::Buyer;
    default:
        return Role::Agent;
    }
}

bool needsParty(EventType type)
{
    return type == EventType::PartyUnresponsive || type == EventType::AbuseConfirmed;
}

bool hasRefundFollowUp(const Suggestion& suggestion, Outcome decided)
{
    return decided == Outcome::Refund
        || (decided == Outcome::Release && suggestion.clauses.value(0) == QLatin1String("B2"));
}

std::optional<EventType> awaited(const CaseFacts& facts, const Suggestion& suggestion, std::optional<Outcome> decided)
{
    const auto has = [&facts](EventType type) {
        for (const CaseEvent& e : facts.events)
            if (e.type == type)
                return true;
        return false;
    };
    const auto firstMissing = [&has](std::initializer_list<EventType> types) -> std::optional<EventType> {
        for (EventType type : types)
            if (!has(type))
                return type;
        return std::nullopt;
    };
    std::optional<EventType> next;
    if (decided) {
        if (facts.kind == CaseKind::P2pAppeal && hasRefundFollowUp(suggestion, *decided))
            next = firstMissing({ EventType::RefundProof, EventType::RefundConfirmed });
    } else if (facts.kind == CaseKind::LiveChatAbuse) {
        next = firstMissing({ EventType::AbuseConfirmed });
    } else if (facts.kind == CaseKind::LiveChatSuspensionAppeal) {
        // Only while there is a suspension to lift: an ended one waits for nothing (settled reading 12).
        const bool running = !facts.suspension || facts.suspension->days <= 0 || suggestion.outcome != Outcome::None
            || suggestion.needsReview;
        if (facts.reason == QLatin1String("impersonation") && running)
            next = firstMissing({ EventType::ImpersonationConfirmed });
    } else {
        const QString clause = suggestion.clauses.value(0);
        if (clause == QLatin1String("S2c") || clause == QLatin1String("S2d")) {
            if (!has(EventType::RemainderPaid) && !has(EventType::BuyerRefusedRemainder))
                next = firstMissing({ EventType::RemainderRequested, EventType::RemainderPaid });
        } else if (clause == QLatin1String("S3")) {
            next = firstMissing({ EventType::SellerReportedNotReceived });
        } else if (suggestion.pendingUntil) {
            // A deadline for the seller: the agent contacts them, then records what they answer.
            next = firstMissing({ EventType::SellerContacted, EventType::SellerConfirmedReceipt });
        } else if (clause == QLatin1String("B3") && suggestion.outcome == Outcome::Release) {
            next = firstMissing({ EventType::SellerContacted });
        }
    }
    if (next && !isRecordable(facts.kind, *next, decided.has_value()))
        return std::nullopt;
    return next;
}

} // namespace AgentEvents
