#include "PolicyEnums.h"

#include <QStringList>

namespace {
template<typename E> struct IdTable
{
    E value;
    const char* id;
};
} // namespace

namespace PolicyIds {

static const IdTable<CaseKind> kCaseKindIds[] = {
    { CaseKind::P2pAppeal, "p2p_appeal" },
    { CaseKind::LiveChatAbuse, "live_chat_abuse" },
    { CaseKind::LiveChatSuspensionAppeal, "live_chat_suspension_appeal" },
};

QString toId(CaseKind v)
{
    for (const auto& e : kCaseKindIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, CaseKind* out)
{
    for (const auto& e : kCaseKindIds) {
        if (id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<Role> kRoleIds[] = {
    { Role::None, "" },
    { Role::Buyer, "buyer" },
    { Role::Seller, "seller" },
    { Role::User, "user" },
    { Role::Agent, "agent" },
    { Role::Bot, "bot" },
    { Role::System, "system" },
};

QString toId(Role v)
{
    for (const auto& e : kRoleIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, Role* out)
{
    for (const auto& e : kRoleIds) {
        if (*e.id && id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<OrderStatus> kOrderStatusIds[] = {
    { OrderStatus::Created, "created" },
    { OrderStatus::Paid, "paid" },
    { OrderStatus::Released, "released" },
    { OrderStatus::Cancelled, "cancelled" },
};

QString toId(OrderStatus v)
{
    for (const auto& e : kOrderStatusIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, OrderStatus* out)
{
    for (const auto& e : kOrderStatusIds) {
        if (id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<Channel> kChannelIds[] = {
    { Channel::OrderChat, "order_chat" },
    { Channel::LiveChat, "live_chat" },
    { Channel::OrderComment, "order_comment" },
};

QString toId(Channel v)
{
    for (const auto& e : kChannelIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, Channel* out)
{
    for (const auto& e : kChannelIds) {
        if (id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<EventType> kEventTypeIds[] = {
    { EventType::OrderCreated, "order_created" },
    { EventType::MarkedPaid, "marked_paid" },
    { EventType::PaymentProof, "payment_proof" },
    { EventType::Released, "released" },
    { EventType::Cancelled, "cancelled" },
    { EventType::AppealOpened, "appeal_opened" },
    { EventType::SellerContacted, "seller_contacted" },
    { EventType::BuyerContacted, "buyer_contacted" },
    { EventType::PartyUnresponsive, "party_unresponsive" },
    { EventType::SellerReportedNotReceived, "seller_reported_not_received" },
    { EventType::SellerConfirmedReceipt, "seller_confirmed_receipt" },
    { EventType::RemainderRequested, "remainder_requested" },
    { EventType::RemainderPaid, "remainder_paid" },
    { EventType::BuyerRefusedRemainder, "buyer_refused_remainder" },
    { EventType::RefundProof, "refund_proof" },
    { EventType::RefundConfirmed, "refund_confirmed" },
    { EventType::AbuseConfirmed, "abuse_confirmed" },
    { EventType::ImpersonationConfirmed, "impersonation_confirmed" },
    { EventType::Note, "note" },
};

QString toId(EventType v)
{
    for (const auto& e : kEventTypeIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, EventType* out)
{
    for (const auto& e : kEventTypeIds) {
        if (id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<CancelCause> kCancelCauseIds[] = {
    { CancelCause::None, "" },
    { CancelCause::Timeout, "timeout" },
    { CancelCause::Buyer, "buyer" },
    { CancelCause::Seller, "seller" },
    { CancelCause::Mistake, "mistake" },
    { CancelCause::Agent, "agent" },
};

QString toId(CancelCause v)
{
    for (const auto& e : kCancelCauseIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, CancelCause* out)
{
    for (const auto& e : kCancelCauseIds) {
        if (*e.id && id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<Outcome> kOutcomeIds[] = {
    { Outcome::None, "none" },
    { Outcome::Release, "release" },
    { Outcome::Refund, "refund" },
    { Outcome::Cancel, "cancel" },
    { Outcome::Suspend, "suspend" },
    { Outcome::Lift, "lift" },
    { Outcome::Uphold, "uphold" },
};

QString toId(Outcome v)
{
    for (const auto& e : kOutcomeIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, Outcome* out)
{
    for (const auto& e : kOutcomeIds) {
        if (id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<SanctionScope> kSanctionScopeIds[] = {
    { SanctionScope::P2p, "p2p" },
    { SanctionScope::Partial, "partial" },
    { SanctionScope::Account, "account" },
    { SanctionScope::LiveChat, "live_chat" },
};

QString toId(SanctionScope v)
{
    for (const auto& e : kSanctionScopeIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, SanctionScope* out)
{
    for (const auto& e : kSanctionScopeIds) {
        if (id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

static const IdTable<StrikeKind> kStrikeKindIds[] = {
    { StrikeKind::AbusiveLanguage, "abusive_language" },
    { StrikeKind::NonPaymentCancellation, "non_payment_cancellation" },
    { StrikeKind::WrongAccountPayment, "wrong_account_payment" },
    { StrikeKind::KycNameMismatch, "kyc_name_mismatch" },
    { StrikeKind::LiveChatAbuse, "live_chat_abuse" },
};

QString toId(StrikeKind v)
{
    for (const auto& e : kStrikeKindIds)
        if (e.value == v)
            return QString::fromLatin1(e.id);
    return QString();
}

bool fromId(const QString& id, StrikeKind* out)
{
    for (const auto& e : kStrikeKindIds) {
        if (id == QLatin1String(e.id)) {
            if (out)
                *out = e.value;
            return true;
        }
    }
    return false;
}

QStringList allCaseKinds()
{
    QStringList ids;
    for (const auto& e : kCaseKindIds)
        if (*e.id)
            ids << QString::fromLatin1(e.id);
    return ids;
}

QStringList allOutcomes()
{
    QStringList ids;
    for (const auto& e : kOutcomeIds)
        if (*e.id)
            ids << QString::fromLatin1(e.id);
    return ids;
}

QStringList allStrikeKinds()
{
    QStringList ids;
    for (const auto& e : kStrikeKindIds)
        if (*e.id)
            ids << QString::fromLatin1(e.id);
    return ids;
}

QStringList allEventTypes()
{
    QStringList ids;
    for (const auto& e : kEventTypeIds)
        if (*e.id)
            ids << QString::fromLatin1(e.id);
    return ids;
}

bool isP2pReason(const QString& reason)
{
    static const QStringList reasons = { QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3"),
        QStringLiteral("B4"), QStringLiteral("B5"), QStringLiteral("B6"), QStringLiteral("S1"), QStringLiteral("S2"),
        QStringLiteral("S3"), QStringLiteral("S4") };
    return reasons.contains(reason);
}

bool isLiveChatAppealGround(const QString& ground)
{
    static const QStringList grounds = { QStringLiteral("impersonation"), QStringLiteral("compromised"),
        QStringLiteral("urgent"), QStringLiteral("other") };
    return grounds.contains(ground);
}

} // namespace PolicyIds
