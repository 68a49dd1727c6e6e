#pragma once

#include <QString>

// The closed vocabularies of case-bundle.md and policy.md, with their stable
// English identifiers. `fromId` returns false for an unknown identifier.
enum class CaseKind
{
    P2pAppeal,
    LiveChatAbuse,
    LiveChatSuspensionAppeal
};
enum class Role
{
    None,
    Buyer,
    Seller,
    User,
    Agent,
    Bot,
    System
};
enum class OrderStatus
{
    Created,
    Paid,
    Released,
    Cancelled
};
enum class Channel
{
    OrderChat,
    LiveChat,
    OrderComment
};
enum class EventType
{
    OrderCreated,
    MarkedPaid,
    PaymentProof,
    Released,
    Cancelled,
    AppealOpened,
    SellerContacted,
    BuyerContacted,
    PartyUnresponsive,
    SellerReportedNotReceived,
    SellerConfirmedReceipt,
    RemainderRequested,
    RemainderPaid,
    BuyerRefusedRemainder,
    RefundProof,
    RefundConfirmed,
    AbuseConfirmed,
    ImpersonationConfirmed,
    Note
};
enum class CancelCause
{
    None,
    Timeout,
    Buyer,
    Seller,
    Mistake,
    Agent
};
enum class Outcome
{
    None,
    Release,
    Refund,
    Cancel,
    Suspend,
    Lift,
    Uphold
};
enum class SanctionScope
{
    P2p,
    Partial,
    Account,
    LiveChat
};
enum class StrikeKind
{
    AbusiveLanguage,
    NonPaymentCancellation,
    WrongAccountPayment,
    KycNameMismatch,
    LiveChatAbuse
};

namespace PolicyIds {
QString toId(CaseKind v);
QString toId(Role v);
QString toId(OrderStatus v);
QString toId(Channel v);
QString toId(EventType v);
QString toId(CancelCause v);
QString toId(Outcome v);
QString toId(SanctionScope v);
QString toId(StrikeKind v);

bool fromId(const QString& id, CaseKind* out);
bool fromId(const QString& id, Role* out);
bool fromId(const QString& id, OrderStatus* out);
bool fromId(const QString& id, Channel* out);
bool fromId(const QString& id, EventType* out);
bool fromId(const QString& id, CancelCause* out);
bool fromId(const QString& id, Outcome* out);
bool fromId(const QString& id, SanctionScope* out);
bool fromId(const QString& id, StrikeKind* out);

// All identifiers of an enum, in declaration order (for validation messages and filters).
QStringList allCaseKinds();
QStringList allOutcomes();
QStringList allStrikeKinds();
QStringList allEventTypes();

// The reasons an appellant may state (B1..B6, S1..S4) and the LC2 grounds.
bool isP2pReason(const QString& reason);
bool isLiveChatAppealGround(const QString& ground);

constexpr int StrikeKindCount = 5;
} // namespace PolicyIds
