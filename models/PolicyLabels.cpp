#include "PolicyLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace PolicyLabels {

QString kind(CaseKind v)
{
    switch (v) {
    case CaseKind::P2pAppeal:
        return QCoreApplication::translate("PolicyLabels", "P2P appeal");
    case CaseKind::LiveChatAbuse:
        return QCoreApplication::translate("PolicyLabels", "Live chat abuse");
    case CaseKind::LiveChatSuspensionAppeal:
        return QCoreApplication::translate("PolicyLabels", "Live chat appeal");
    }
    return QString();
}

QString status(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Open:
        return QCoreApplication::translate("PolicyLabels", "Open");
    case CaseStatus::Waiting:
        return QCoreApplication::translate("PolicyLabels", "Waiting");
    case CaseStatus::Decided:
        return QCoreApplication::translate("PolicyLabels", "Decided");
    }
    return QString();
}

QString kindOfId(const QString& id)
{
    CaseKind v;
    return PolicyIds::fromId(id, &v) ? kind(v) : id;
}

QString statusOfId(const QString& id)
{
    CaseStatus v;
    return caseStatusFromId(id, &v) ? status(v) : id;
}

QString strikeKindOfId(const QString& id)
{
    StrikeKind v;
    return PolicyIds::fromId(id, &v) ? strikeKind(v) : id;
}

QString scopeOfId(const QString& id)
{
    SanctionScope v;
    return PolicyIds::fromId(id, &v) ? scope(v) : id;
}

QString outcome(Outcome v)
{
    switch (v) {
    case Outcome::None:
        return QCoreApplication::translate("PolicyLabels", "No decision yet");
    case Outcome::Release:
        return QCoreApplication::translate("PolicyLabels", "Release");
    case Outcome::Refund:
        return QCoreApplication::translate("PolicyLabels", "Refund");
    case Outcome::Cancel:
        return QCoreApplication::translate("PolicyLabels", "Cancel");
    case Outcome::Suspend:
        return QCoreApplication::translate("PolicyLabels", "Suspend");
    case Outcome::Lift:
        return QCoreApplication::translate("PolicyLabels", "Lift suspension");
    case Outcome::Uphold:
        return QCoreApplication::translate("PolicyLabels", "Uphold suspension");
    }
    return QString();
}

QString eventType(EventType v)
{
    switch (v) {
    case EventType::OrderCreated:
        return QCoreApplication::translate("PolicyLabels", "Order created");
    case EventType::MarkedPaid:
        return QCoreApplication::translate("PolicyLabels", "Marked paid");
    case EventType::PaymentProof:
        return QCoreApplication::translate("PolicyLabels", "Payment proof");
    case EventType::Released:
        return QCoreApplication::translate("PolicyLabels", "Released");
    case EventType::Cancelled:
        return QCoreApplication::translate("PolicyLabels", "Cancelled");
    case EventType::AppealOpened:
        return QCoreApplication::translate("PolicyLabels", "Appeal opened");
    case EventType::SellerContacted:
        return QCoreApplication::translate("PolicyLabels", "Seller contacted");
    case EventType::BuyerContacted:
        return QCoreApplication::translate("PolicyLabels", "Buyer contacted");
    case EventType::PartyUnresponsive:
        return QCoreApplication::translate("PolicyLabels", "Party unresponsive");
    case EventType::SellerReportedNotReceived:
        return QCoreApplication::translate("PolicyLabels", "Seller reported payment not received");
    case EventType::SellerConfirmedReceipt:
        return QCoreApplication::translate("PolicyLabels", "Seller confirmed receipt");
    case EventType::RemainderRequested:
        return QCoreApplication::translate("PolicyLabels", "Remainder requested");
    case EventType::RemainderPaid:
        return QCoreApplication::translate("PolicyLabels", "Remainder paid");
    case EventType::BuyerRefusedRemainder:
        return QCoreApplication::translate("PolicyLabels", "Buyer refused to pay the remainder");
    case EventType::RefundProof:
        return QCoreApplication::translate("PolicyLabels", "Refund proof");
    case EventType::RefundConfirmed:
        return QCoreApplication::translate("PolicyLabels", "Refund confirmed");
    case EventType::AbuseConfirmed:
        return QCoreApplication::translate("PolicyLabels", "Abuse confirmed");
    case EventType::ImpersonationConfirmed:
        return QCoreApplication::translate("PolicyLabels", "Impersonation confirmed");
    case EventType::Note:
        return QCoreApplication::translate("PolicyLabels", "Note");
    }
    return QString();
}

QString strikeKind(StrikeKind v)
{
    switch (v) {
    case StrikeKind::AbusiveLanguage:
        return QCoreApplication::translate("PolicyLabels", "Abusive language");
    case StrikeKind::NonPaymentCancellation:
        return QCoreApplication::translate("PolicyLabels", "Non-payment cancellation");
    case StrikeKind::WrongAccountPayment:
        return QCoreApplication::translate("PolicyLabels", "Wrong account payment");
    case StrikeKind::KycNameMismatch:
        return QCoreApplication::translate("PolicyLabels", "KYC name mismatch");
    case StrikeKind::LiveChatAbuse:
        return QCoreApplication::translate("PolicyLabels", "Live chat abuse");
    }
    return QString();
}

QString scope(SanctionScope v)
{
    switch (v) {
    case SanctionScope::P2p:
        return QCoreApplication::translate("PolicyLabels", "P2P trading");
    case SanctionScope::Partial:
        return QCoreApplication::translate("PolicyLabels", "Partial");
    case SanctionScope::Account:
        return QCoreApplication::translate("PolicyLabels", "Whole account");
    case SanctionScope::LiveChat:
        return QCoreApplication::translate("PolicyLabels", "Live chat");
    }
    return QString();
}

QString role(Role v)
{
    switch (v) {
    case Role::None:
        return QCoreApplication::translate("PolicyLabels", "Unknown");
    case Role::Buyer:
        return QCoreApplication::translate("PolicyLabels", "Buyer");
    case Role::Seller:
        return QCoreApplication::translate("PolicyLabels", "Seller");
    case Role::User:
        return QCoreApplication::translate("PolicyLabels", "User");
    case Role::Agent:
        return QCoreApplication::translate("PolicyLabels", "Agent");
    case Role::Bot:
        return QCoreApplication::translate("PolicyLabels", "Bot");
    case Role::System:
        return QCoreApplication::translate("PolicyLabels", "System");
    }
    return QString();
}

QString channel(Channel v)
{
    switch (v) {
    case Channel::OrderChat:
        return QCoreApplication::translate("PolicyLabels", "Order chat");
    case Channel::LiveChat:
        return QCoreApplication::translate("PolicyLabels", "Live chat");
    case Channel::OrderComment:
        return QCoreApplication::translate("PolicyLabels", "Order comment");
    }
    return QString();
}

QString amount(const Decimal& value, int minDecimals)
{
    const QString plain = value.toString(minDecimals);
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString digits = negative ? plain.mid(1) : plain;
    const int dot = int(digits.indexOf(QLatin1Char('.')));
    const QString whole = dot < 0 ? digits : digits.left(dot);
    const QLocale locale;
    QString text = locale.toString(whole.toLongLong());
    if (dot >= 0)
        text += locale.decimalPoint() + digits.mid(dot + 1);
    return negative ? locale.negativeSign() + text : text;
}

} // namespace PolicyLabels
