#include "AgentEvents.h"

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

} // namespace AgentEvents
