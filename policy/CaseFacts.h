#pragma once

#include "Decimal.h"
#include "PolicyEnums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Plain value types for one case, as case-bundle.md describes it. The importer
// fills them, the store saves and loads them, the policy engine reads them.
// All times are UTC QDateTimes.

struct Party
{
    Role role = Role::None;
    QString userId;
    QString nickname;
    QString kycName;
};

struct PaymentMethod
{
    QString name;
    bool realtime = false;
};

struct Order
{
    QString number;
    QDateTime createdAt;
    QString sideAsset;
    Decimal cryptoAmount;
    QString fiat;
    Decimal fiatAmount;
    Decimal price;
    std::optional<Decimal> marketPrice;
    PaymentMethod paymentMethod;
    QString sellerAccount;
    OrderStatus status = OrderStatus::Created;
};

struct Payment
{
    QDateTime at;
    Decimal amount;
    QString payerName;
    bool toListedAccount = true;
    std::optional<bool> realtime;
    QString remark;
};

struct CaseEvent
{
    QDateTime at;
    EventType type = EventType::Note;
    Role by = Role::None;
    Role party = Role::None; // party_unresponsive, abuse_confirmed
    CancelCause cause = CancelCause::None; // cancelled
    QString note;
    // Desk extensions (optional in bundles): who recorded it, and for
    // abuse_confirmed the index of the message confirmed as abusive (-1: none).
    QString agent;
    int messageIndex = -1;
};

struct Message
{
    QDateTime at;
    Channel channel = Channel::OrderChat;
    Role from = Role::None;
    QString text;
};

struct Suspension
{
    QString userId;
    QDateTime since;
    int days = 0;
};

// Prior strike counts per user and kind, as a bundle's `history` gives them.
using StrikeHistory = QHash<QString, QHash<StrikeKind, int>>;

struct CaseFacts
{
    QString id;
    CaseKind kind = CaseKind::P2pAppeal;
    QDateTime openedAt;
    Role appellant = Role::None;
    QString reason; // B1..B6, S1..S4; for LC2 the grounds
    QString language;
    std::optional<Order> order; // present for p2p_appeal
    QList<Party> parties;
    QList<Payment> payments;
    QList<CaseEvent> events;
    QList<Message> messages;
    StrikeHistory history;
    std::optional<Suspension> suspension; // LC2

    const Party* partyByRole(Role role) const
    {
        for (const Party& p : parties)
            if (p.role == role)
                return &p;
        return nullptr;
    }
};
