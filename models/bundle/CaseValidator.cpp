#include "CaseValidator.h"

#include <QSet>

#include <algorithm>
#include <limits>

using namespace BundleValues;
using Type = JsonScanner::Type;

namespace {

template<typename E> QStringList ids(std::initializer_list<E> values)
{
    QStringList out;
    for (E v : values)
        out << PolicyIds::toId(v);
    return out;
}

// The allowed identifiers per field, built once.
struct Vocabulary
{
    QStringList caseKinds = PolicyIds::allCaseKinds();
    QStringList eventTypes = PolicyIds::allEventTypes();
    QStringList p2pAppellants = ids({ Role::Buyer, Role::Seller });
    QStringList appellants = ids({ Role::Buyer, Role::Seller, Role::User });
    QStringList partyRoles = ids({ Role::Buyer, Role::Seller, Role::User });
    QStringList eventRoles = ids({ Role::Buyer, Role::Seller, Role::User, Role::Agent, Role::System });
    QStringList senders = ids({ Role::Buyer, Role::Seller, Role::User, Role::Agent, Role::Bot, Role::System });
    QStringList orderStatuses
        = ids({ OrderStatus::Created, OrderStatus::Paid, OrderStatus::Released, OrderStatus::Cancelled });
    QStringList channels = ids({ Channel::OrderChat, Channel::LiveChat, Channel::OrderComment });
    QStringList causes = ids(
        { CancelCause::Timeout, CancelCause::Buyer, CancelCause::Seller, CancelCause::Mistake, CancelCause::Agent });
};

const Vocabulary& vocabulary()
{
    static const Vocabulary v;
    return v;
}

} // namespace

CaseValidator::CaseValidator(const JsonScanner& scanner, const QString& file, BundleError& error)
    : BundleFieldReader(scanner, file, error)
{ }

bool CaseValidator::validate(int root, CaseFacts* facts)
{
    m_facts = facts;
    return validateCase(root);
}

bool CaseValidator::validateCase(int root)
{
    CaseFacts& f = *m_facts;
    f = CaseFacts();
    m_caseId.clear();
    const Path top;
    if (m_scanner.node(root).type != Type::Object)
        return invalid(root, top,
            QCoreApplication::translate("BundleReader", "a case must be a JSON object, not %1")
                .arg(typeName(m_scanner.node(root).type)));

    int idNode;
    if (!readId(root, top / "id", true, &f.id, &idNode))
        return false;
    m_caseId = f.id;
    const JsonScanner::Position idAt = m_scanner.position(idNode);
    const auto seen = m_seenIds.constFind(f.id);
    if (seen != m_seenIds.constEnd()) {
        return invalid(idNode, top / "id",
            QCoreApplication::translate("BundleReader", "duplicate case id, first at %1:%2:%3")
                .arg(m_file)
                .arg(seen->line)
                .arg(seen->column));
    }
    m_seenIds.insert(f.id, Seen { idAt.line, idAt.column });

    if (!readEnum(root, top / "kind", true, vocabulary().caseKinds, &f.kind)
        || !readTime(root, top / "opened_at", true, &f.openedAt))
        return false;
    const bool p2p = f.kind == CaseKind::P2pAppeal;
    const bool suspensionAppeal = f.kind == CaseKind::LiveChatSuspensionAppeal;

    const QStringList& appellants = p2p ? vocabulary().p2pAppellants : vocabulary().appellants;
    if (!readEnum(root, top / "appellant", p2p, appellants, &f.appellant))
        return false;

    int reasonNode;
    if (!readString(root, top / "reason", p2p || suspensionAppeal, &f.reason, &reasonNode))
        return false;
    if (reasonNode >= 0 && p2p && !PolicyIds::isP2pReason(f.reason))
        return invalid(reasonNode, top / "reason",
            QCoreApplication::translate("BundleReader", "%1 is not a reason (B1 to B6, S1 to S4)")
                .arg(quoted(f.reason)));
    if (reasonNode >= 0 && suspensionAppeal && !PolicyIds::isLiveChatAppealGround(f.reason)) {
        return invalid(reasonNode, top / "reason",
            QCoreApplication::translate("BundleReader", "%1 is not one of impersonation, compromised, urgent, other")
                .arg(quoted(f.reason)));
    }

    int languageNode;
    if (!readString(root, top / "language", false, &f.language, &languageNode))
        return false;
    if (languageNode >= 0 && !isLanguageTag(f.language))
        return invalid(languageNode, top / "language",
            QCoreApplication::translate("BundleReader", "%1 is not a language code like \"sv\"")
                .arg(quoted(f.language)));

    int node;
    if (!readObject(root, top / "order", p2p, &node))
        return false;
    if (node >= 0) {
        f.order.emplace();
        if (!validateOrder(node, top / "order", &*f.order))
            return false;
    }

    if (!readArray(root, top / "parties", true, &node))
        return false;
    if (m_scanner.node(node).childCount == 0)
        return invalid(
            node, top / "parties", QCoreApplication::translate("BundleReader", "must list at least one party"));
    const Path parties = top / "parties";
    int i = 0;
    for (int child = m_scanner.node(node).firstChild; child >= 0; child = m_scanner.node(child).nextSibling, ++i) {
        f.parties.append(Party());
        if (!validateParty(child, parties[i], &f.parties.last()))
            return false;
    }

    if (!readArray(root, top / "payments", false, &node))
        return false;
    if (node >= 0) {
        const Path payments = top / "payments";
        f.payments.reserve(m_scanner.node(node).childCount);
        i = 0;
        for (int child = m_scanner.node(node).firstChild; child >= 0; child = m_scanner.node(child).nextSibling, ++i) {
            f.payments.append(Payment());
            if (!validatePayment(child, payments[i], &f.payments.last()))
                return false;
        }
    }

    if (!readArray(root, top / "messages", false, &node))
        return false;
    if (node >= 0) {
        const Path messages = top / "messages";
        f.messages.reserve(m_scanner.node(node).childCount);
        i = 0;
        for (int child = m_scanner.node(node).firstChild; child >= 0; child = m_scanner.node(child).nextSibling, ++i) {
            f.messages.append(Message());
            if (!validateMessage(child, messages[i], &f.messages.last()))
                return false;
        }
    }

    if (!readArray(root, top / "events", false, &node))
        return false;
    if (node >= 0) {
        const Path events = top / "events";
        f.events.reserve(m_scanner.node(node).childCount);
        i = 0;
        for (int child = m_scanner.node(node).firstChild; child >= 0; child = m_scanner.node(child).nextSibling, ++i) {
            f.events.append(CaseEvent());
            if (!validateEvent(child, events[i], &f.events.last()))
                return false;
            const int index = f.events.last().messageIndex;
            if (index >= f.messages.size()) {
                return invalid(m_scanner.member(child, "message_index"), events[i] / "message_index",
                    QCoreApplication::translate("BundleReader", "refers to message %1 but the case has %2 messages")
                        .arg(index)
                        .arg(f.messages.size()));
            }
        }
    }

    if (!readObject(root, top / "history", false, &node))
        return false;
    if (node >= 0 && !validateHistory(node, top / "history", &f.history))
        return false;

    if (!readObject(root, top / "suspension", suspensionAppeal, &node))
        return false;
    if (node >= 0) {
        f.suspension.emplace();
        if (!validateSuspension(node, top / "suspension", &*f.suspension))
            return false;
    }
    return true;
}

bool CaseValidator::validateOrder(int node, const Path& p, Order* o)
{
    if (!readId(node, p / "number", true, &o->number) || !readTime(node, p / "created_at", true, &o->createdAt))
        return false;
    int assetNode, fiatNode;
    if (!readString(node, p / "side_asset", true, &o->sideAsset, &assetNode))
        return false;
    if (!isUpperAlnum(o->sideAsset, 1, 16))
        return invalid(assetNode, p / "side_asset",
            QCoreApplication::translate("BundleReader", "%1 is not an asset code like \"USDT\"")
                .arg(quoted(o->sideAsset)));
    if (!readAmount(node, p / "crypto_amount", true, &o->cryptoAmount)
        || !readString(node, p / "fiat", true, &o->fiat, &fiatNode))
        return false;
    // ISO 4217, case-insensitive (policy.md, settled reading 3): "cny" is stored and judged as CNY.
    const bool threeLetters = o->fiat.size() == 3 && std::all_of(o->fiat.cbegin(), o->fiat.cend(), [](QChar ch) {
        return (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) || (ch >= QLatin1Char('a') && ch <= QLatin1Char('z'));
    });
    if (!threeLetters)
        return invalid(fiatNode, p / "fiat",
            QCoreApplication::translate("BundleReader", "%1 is not a currency code like \"SEK\"").arg(quoted(o->fiat)));
    o->fiat = o->fiat.toUpper();
    bool hasMarketPrice = false;
    Decimal marketPrice;
    if (!readAmount(node, p / "fiat_amount", true, &o->fiatAmount) || !readAmount(node, p / "price", true, &o->price)
        || !readAmount(node, p / "market_price", false, &marketPrice, &hasMarketPrice))
        return false;
    if (hasMarketPrice)
        o->marketPrice = marketPrice;
    int method;
    if (!readObject(node, p / "payment_method", true, &method))
        return false;
    const Path methodPath = p / "payment_method";
    if (!readString(method, methodPath / "name", true, &o->paymentMethod.name)
        || !readBool(method, methodPath / "realtime", true, &o->paymentMethod.realtime))
        return false;
    return readString(node, p / "seller_account", true, &o->sellerAccount)
        && readEnum(node, p / "status", true, vocabulary().orderStatuses, &o->status);
}

bool CaseValidator::validateParty(int node, const Path& p, Party* party)
{
    if (m_scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    return readEnum(node, p / "role", true, vocabulary().partyRoles, &party->role)
        && readId(node, p / "user_id", true, &party->userId)
        && readString(node, p / "nickname", false, &party->nickname)
        && readString(node, p / "kyc_name", false, &party->kycName);
}

bool CaseValidator::validatePayment(int node, const Path& p, Payment* payment)
{
    if (m_scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    bool realtime = false, hasRealtime = false;
    if (!readTime(node, p / "at", true, &payment->at) || !readAmount(node, p / "amount", true, &payment->amount)
        || !readString(node, p / "payer_name", true, &payment->payerName)
        || !readBool(node, p / "to_listed_account", true, &payment->toListedAccount)
        || !readBool(node, p / "realtime", false, &realtime, &hasRealtime)
        || !readString(node, p / "remark", false, &payment->remark))
        return false;
    if (hasRealtime)
        payment->realtime = realtime;
    return true;
}

bool CaseValidator::validateEvent(int node, const Path& p, CaseEvent* event)
{
    if (m_scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    const Vocabulary& v = vocabulary();
    if (!readTime(node, p / "at", true, &event->at)
        || !readEnum(node, p / "type", true, vocabulary().eventTypes, &event->type)
        || !readEnum(node, p / "by", false, v.eventRoles, &event->by))
        return false;
    const bool needsParty = event->type == EventType::PartyUnresponsive || event->type == EventType::AbuseConfirmed;
    return readEnum(node, p / "party", needsParty, v.partyRoles, &event->party)
        && readEnum(node, p / "cause", false, v.causes, &event->cause)
        && readString(node, p / "note", false, &event->note) && readString(node, p / "agent", false, &event->agent)
        && readInt(node, p / "message_index", false, 0, &event->messageIndex);
}

bool CaseValidator::validateMessage(int node, const Path& p, Message* message)
{
    if (m_scanner.node(node).type != Type::Object)
        return wrongType(node, p, QCoreApplication::translate("BundleReader", "an object"));
    return readTime(node, p / "at", true, &message->at)
        && readEnum(node, p / "channel", true, vocabulary().channels, &message->channel)
        && readEnum(node, p / "from", true, vocabulary().senders, &message->from)
        && readString(node, p / "text", true, &message->text);
}

bool CaseValidator::validateHistory(int node, const Path& p, StrikeHistory* history)
{
    for (int user = m_scanner.node(node).firstChild; user >= 0; user = m_scanner.node(user).nextSibling) {
        const Path userPath = p / m_scanner.key(user);
        const QString userId = QString::fromUtf8(m_scanner.key(user));
        if (!isValidId(userId))
            return invalid(user, userPath,
                QCoreApplication::translate("BundleReader", "%1 is not a valid user id (1 to 64 printable characters)")
                    .arg(quoted(userId)));
        const QString confusable = confusableId(userId);
        if (!confusable.isEmpty())
            return invalid(user, userPath,
                QCoreApplication::translate("BundleReader", "the id %1 %2: it could pass for another id")
                    .arg(quoted(userId), confusable));
        if (m_scanner.node(user).type != Type::Object)
            return wrongType(user, userPath, QCoreApplication::translate("BundleReader", "an object of strike counts"));
        QHash<StrikeKind, int>& counts = (*history)[userId];
        for (int strike = m_scanner.node(user).firstChild; strike >= 0; strike = m_scanner.node(strike).nextSibling) {
            const Path strikePath = userPath / m_scanner.key(strike);
            const QString kindId = QString::fromUtf8(m_scanner.key(strike));
            StrikeKind kind;
            if (!PolicyIds::fromId(kindId, &kind)) {
                return invalid(strike, strikePath,
                    QCoreApplication::translate("BundleReader", "%1 is not a strike kind (one of %2)")
                        .arg(quoted(kindId), PolicyIds::allStrikeKinds().join(QStringLiteral(", "))));
            }
            int count = 0;
            if (!readInt(user, strikePath, true, 0, &count))
                return false;
            counts.insert(kind, count);
        }
    }
    return true;
}

bool CaseValidator::validateSuspension(int node, const Path& p, Suspension* s)
{
    return readId(node, p / "user_id", true, &s->userId) && readTime(node, p / "since", true, &s->since)
        && readInt(node, p / "days", true, 0, &s->days);
}
