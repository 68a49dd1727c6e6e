#include "CaseStore.h"

#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CaseStore", text);
}

QString tr(const char* text, const char* comment, int n)
{
    return QCoreApplication::translate("CaseStore", text, comment, n);
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" instead.
QVariant str(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

constexpr int SearchBatch = 1024;

QVariant ms(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

template<typename E> E enumOr(const QString& id, E fallback)
{
    E value = fallback;
    if (!id.isEmpty())
        PolicyIds::fromId(id, &value);
    return value;
}

QVariant optionalBool(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

QString joinInts(const QList<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

// A write transaction of its own unless the caller (e.g. the importer) already holds one.
class WriteScope
{
public:
    WriteScope(Database& db, QString* error, bool durable = false)
        : m_db(db)
        , m_error(error)
        , m_owner(!db.inTransaction())
    {
        m_ok = !m_owner || m_db.beginWrite(durable);
        if (!m_ok)
            *m_error = m_db.error();
    }
    ~WriteScope()
    {
        if (m_owner && m_ok && !m_done)
            m_db.rollback();
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = true;
        if (!m_owner || m_db.commit())
            return true;
        *m_error = m_db.error();
        return false;
    }

private:
    Database& m_db;
    QString* m_error;
    bool m_owner;
    bool m_ok = false;
    bool m_done = false;
};

// The policy settings as key/value rows: every key, its type and its default
// (from PolicySettings) in this one place.
struct IntSetting
{
    const char* key;
    int PolicySettings::*member;
};
const IntSetting kIntSettings[] = {
    { "response_window_minutes", &PolicySettings::responseWindowMinutes },
    { "realtime_release_minutes", &PolicySettings::realtimeReleaseMinutes },
    { "non_instant_business_days", &PolicySettings::nonInstantBusinessDays },
    { "price_anomaly_percent", &PolicySettings::priceAnomalyPercent },
    { "non_payment_partial_threshold", &PolicySettings::nonPaymentPartialThreshold },
    { "wrong_account_threshold", &PolicySettings::wrongAccountThreshold },
    { "wrong_account_sanction_days", &PolicySettings::wrongAccountSanctionDays },
    { "kyc_mismatch_sanction_days", &PolicySettings::kycMismatchSanctionDays },
    { "abusive_language_threshold", &PolicySettings::abusiveLanguageThreshold },
    { "sla_hours", &PolicySettings::slaHours },
};
const char kPartialSanctionDays[] = "partial_sanction_days"; // empty: the team decides
const char kLiveChatLadderDays[] = "live_chat_ladder_days"; // comma-separated
const char kHolidays[] = "holidays"; // comma-separated ISO dates

QList<QPair<QString, QString>> settingsToRows(const PolicySettings& s)
{
    QList<QPair<QString, QString>> rows;
    for (const IntSetting& e : kIntSettings)
        rows.append({ QString::fromLatin1(e.key), QString::number(s.*e.member) });
    rows.append({ QString::fromLatin1(kPartialSanctionDays),
        s.partialSanctionDays ? QString::number(*s.partialSanctionDays) : QString() });
    rows.append({ QString::fromLatin1(kLiveChatLadderDays), joinInts(s.liveChatLadderDays) });
    QStringList dates;
    for (const QDate& d : s.holidays)
        dates << d.toString(Qt::ISODate);
    rows.append({ QString::fromLatin1(kHolidays), dates.join(QLatin1Char(',')) });
    return rows;
}

void applySettingRow(PolicySettings* s, const QString& key, const QString& value)
{
    bool ok = false;
    for (const IntSetting& e : kIntSettings) {
        if (key == QLatin1String(e.key)) {
            const int v = value.toInt(&ok);
            if (ok)
                s->*e.member = v;
            return;
        }
    }
    if (key == QLatin1String(kPartialSanctionDays)) {
        const int v = value.toInt(&ok);
        s->partialSanctionDays = ok ? std::optional<int>(v) : std::nullopt;
    } else if (key == QLatin1String(kLiveChatLadderDays)) {
        QList<int> ladder;
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int v = part.toInt(&ok);
            if (!ok)
                return;
            ladder << v;
        }
        if (!ladder.isEmpty())
            s->liveChatLadderDays = ladder;
    } else if (key == QLatin1String(kHolidays)) {
        QList<QDate> holidays;
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QDate d = QDate::fromString(part, Qt::ISODate);
            if (d.isValid())
                holidays << d;
        }
        s->holidays = holidays;
    }
}

QString settingsJson(const PolicySettings& s)
{
    QJsonObject o;
    for (const auto& row : settingsToRows(s))
        o.insert(row.first, row.second);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString searchBody(const CaseFacts& facts)
{
    QStringList parts;
    parts << facts.id;
    if (facts.order)
        parts << facts.order->number;
    for (const Party& p : facts.parties) {
        parts << p.userId;
        if (!p.nickname.isEmpty())
            parts << p.nickname;
    }
    for (const Message& m : facts.messages)
        parts << m.text;
    return parts.join(QLatin1Char('\n'));
}

QString statusFor(const Suggestion& suggestion)
{
    return suggestion.outcome == Outcome::None && suggestion.pendingUntil ? QStringLiteral("waiting")
                                                                          : QStringLiteral("open");
}

} // namespace

// Prepared once per connection and reused: the import path binds and runs
// these for every case without re-parsing SQL.
struct CaseStore::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : caseId(db)
        , insertCase(db)
        , upsertUser(db)
        , insertParty(db)
        , insertOrder(db)
        , insertPayment(db)
        , insertEvent(db)
        , insertMessage(db)
        , insertHistory(db)
        , insertSearch(db)
        , strikesOfUser(db)
        , lastAuditHash(db)
        , insertAudit(db)
    {
        caseId.prepare(QStringLiteral("SELECT id, status FROM cases WHERE case_id = ?"));
        insertCase.prepare(QStringLiteral(
            "INSERT INTO cases (case_id, kind, opened_at, appellant, reason, language, fiat, fiat_amount,"
            " amount_units, status, suggested_outcome, suggested_clause, due_at, imported_at, suspension_user,"
            " suspension_since, suspension_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // The latest import wins for nickname and KYC name, but never blanks a known one.
        upsertUser.prepare(QStringLiteral(
            "INSERT INTO users (user_id, nickname, kyc_name) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
            " nickname = CASE WHEN excluded.nickname <> '' THEN excluded.nickname ELSE users.nickname END,"
            " kyc_name = CASE WHEN excluded.kyc_name <> '' THEN excluded.kyc_name ELSE users.kyc_name END"
            " RETURNING id"));
        insertParty.prepare(QStringLiteral(
            "INSERT INTO parties (case_ref, seq, role, user_ref, nickname, kyc_name) VALUES (?, ?, ?, ?, ?, ?)"));
        insertOrder.prepare(QStringLiteral(
            "INSERT INTO orders (case_ref, number, created_at, side_asset, crypto_amount, fiat, fiat_amount, price,"
            " market_price, method_name, method_realtime, seller_account, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insertPayment.prepare(
            QStringLiteral("INSERT INTO payments (case_ref, seq, at, amount, payer_name, to_listed_account, realtime,"
                           " remark) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insertEvent.prepare(
            QStringLiteral("INSERT INTO events (case_ref, at, type, by_role, party, cause, note, agent, message_index)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insertMessage.prepare(QStringLiteral(
            "INSERT INTO messages (case_ref, seq, at, channel, from_role, text) VALUES (?, ?, ?, ?, ?, ?)"));
        insertHistory.prepare(
            QStringLiteral("INSERT INTO history (case_ref, user_id, kind, count) VALUES (?, ?, ?, ?)"));
        insertSearch.prepare(QStringLiteral("INSERT INTO case_search (rowid, body) VALUES (?, ?)"));
        strikesOfUser.prepare(QStringLiteral("SELECT kind, COUNT(*) FROM strikes WHERE user_id = ?"
                                             " AND voided_at IS NULL AND case_ref IS NOT ? GROUP BY kind"));
        lastAuditHash.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        insertAudit.prepare(
            QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, before, after, prev_hash, hash)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    QSqlQuery caseId;
    QSqlQuery insertCase;
    QSqlQuery upsertUser;
    QSqlQuery insertParty;
    QSqlQuery insertOrder;
    QSqlQuery insertPayment;
    QSqlQuery insertEvent;
    QSqlQuery insertMessage;
    QSqlQuery insertHistory;
    QSqlQuery insertSearch;
    QSqlQuery strikesOfUser;
    QSqlQuery lastAuditHash;
    QSqlQuery insertAudit;
};

CaseStore::CaseStore(Database& db)
    : m_db(db)
{
    m_commitHook = m_db.addCommitHook(
        [this](QString* error) {
            if (flushSearchRows())
                return true;
            *error = m_error;
            return false;
        },
        [this] { m_pendingSearch.clear(); });
}

CaseStore::~CaseStore()
{
    m_db.removeCommitHook(m_commitHook);
}

CaseStore::Statements& CaseStore::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    return *m_statements;
}

bool CaseStore::fail(const QString& message) const
{
    m_error = message;
    return false;
}

bool CaseStore::failQuery(const QSqlQuery& query) const
{
    return fail(tr("Database error: %1").arg(query.lastError().text()));
}

qint64 CaseStore::rowIdOf(const QString& caseId) const
{
    QSqlQuery& q = statements().caseId;
    q.bindValue(0, str(caseId));
    qint64 id = 0;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool CaseStore::caseExists(const QString& caseId) const
{
    return rowIdOf(caseId) != 0;
}

bool CaseStore::isDecided(const QString& caseId) const
{
    QSqlQuery& q = statements().caseId;
    q.bindValue(0, str(caseId));
    bool decided = false;
    if (q.exec() && q.next())
        decided = q.value(1).toString() == QLatin1String("decided");
    q.finish();
    return decided;
}

int CaseStore::slaHours() const
{
    if (!m_slaHours)
        m_slaHours = policySettings().slaHours;
    return *m_slaHours;
}

bool CaseStore::insertCase(const CaseFacts& facts, const Suggestion& suggestion, const QDateTime& importedAt)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    return insertCaseRows(facts, suggestion, importedAt) && scope.commit();
}

bool CaseStore::insertCaseRows(const CaseFacts& facts, const Suggestion& suggestion, const QDateTime& importedAt)
{
    Statements& st = statements();
    const QDateTime due
        = suggestion.pendingUntil ? *suggestion.pendingUntil : facts.openedAt.addSecs(qint64(slaHours()) * 3600);

    QSqlQuery& c = st.insertCase;
    c.bindValue(0, str(facts.id));
    c.bindValue(1, PolicyIds::toId(facts.kind));
    c.bindValue(2, ms(facts.openedAt));
    c.bindValue(3, PolicyIds::toId(facts.appellant));
    c.bindValue(4, str(facts.reason));
    c.bindValue(5, str(facts.language));
    c.bindValue(6, str(facts.order ? facts.order->fiat : QString()));
    c.bindValue(7, str(facts.order ? facts.order->fiatAmount.toString() : QString()));
    c.bindValue(8, facts.order ? facts.order->fiatAmount.units() : qint64(0));
    c.bindValue(9, statusFor(suggestion));
    c.bindValue(10, PolicyIds::toId(suggestion.outcome));
    c.bindValue(11, str(suggestion.clauses.value(0)));
    c.bindValue(12, ms(due));
    c.bindValue(13, ms(importedAt));
    c.bindValue(14, facts.suspension ? QVariant(facts.suspension->userId) : QVariant(QMetaType::fromType<QString>()));
    c.bindValue(15, facts.suspension ? ms(facts.suspension->since) : QVariant(QMetaType::fromType<qint64>()));
    c.bindValue(16, facts.suspension ? QVariant(facts.suspension->days) : QVariant(QMetaType::fromType<int>()));
    if (!c.exec())
        return failQuery(c);
    const qint64 ref = c.lastInsertId().toLongLong();

    for (int i = 0; i < facts.parties.size(); ++i) {
        const Party& p = facts.parties.at(i);
        QSqlQuery& u = st.upsertUser;
        u.bindValue(0, str(p.userId));
        u.bindValue(1, str(p.nickname));
        u.bindValue(2, str(p.kycName));
        if (!u.exec() || !u.next())
            return failQuery(u);
        const qint64 userRef = u.value(0).toLongLong();
        u.finish();
        QSqlQuery& q = st.insertParty;
        q.bindValue(0, ref);
        q.bindValue(1, i);
        q.bindValue(2, PolicyIds::toId(p.role));
        q.bindValue(3, userRef);
        q.bindValue(4, str(p.nickname));
        q.bindValue(5, str(p.kycName));
        if (!q.exec())
            return failQuery(q);
    }

    if (facts.order) {
        const Order& o = *facts.order;
        QSqlQuery& q = st.insertOrder;
        q.bindValue(0, ref);
        q.bindValue(1, str(o.number));
        q.bindValue(2, ms(o.createdAt));
        q.bindValue(3, str(o.sideAsset));
        q.bindValue(4, str(o.cryptoAmount.toString()));
        q.bindValue(5, str(o.fiat));
        q.bindValue(6, str(o.fiatAmount.toString()));
        q.bindValue(7, str(o.price.toString()));
        q.bindValue(8, o.marketPrice ? QVariant(o.marketPrice->toString()) : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(9, str(o.paymentMethod.name));
        q.bindValue(10, o.paymentMethod.realtime ? 1 : 0);
        q.bindValue(11, str(o.sellerAccount));
        q.bindValue(12, PolicyIds::toId(o.status));
        if (!q.exec())
            return failQuery(q);
    }

    for (int i = 0; i < facts.payments.size(); ++i) {
        const Payment& p = facts.payments.at(i);
        QSqlQuery& q = st.insertPayment;
        q.bindValue(0, ref);
        q.bindValue(1, i);
        q.bindValue(2, ms(p.at));
        q.bindValue(3, str(p.amount.toString()));
        q.bindValue(4, str(p.payerName));
        q.bindValue(5, p.toListedAccount ? 1 : 0);
        q.bindValue(6, optionalBool(p.realtime));
        q.bindValue(7, str(p.remark));
        if (!q.exec())
            return failQuery(q);
    }

    for (const CaseEvent& e : facts.events) {
        QSqlQuery& q = st.insertEvent;
        q.bindValue(0, ref);
        q.bindValue(1, ms(e.at));
        q.bindValue(2, PolicyIds::toId(e.type));
        q.bindValue(3, PolicyIds::toId(e.by));
        q.bindValue(4, PolicyIds::toId(e.party));
        q.bindValue(5, PolicyIds::toId(e.cause));
        q.bindValue(6, str(e.note));
        q.bindValue(7, str(e.agent));
        q.bindValue(8, e.messageIndex);
        if (!q.exec())
            return failQuery(q);
    }

    for (int i = 0; i < facts.messages.size(); ++i) {
        const Message& m = facts.messages.at(i);
        QSqlQuery& q = st.insertMessage;
        q.bindValue(0, ref);
        q.bindValue(1, i);
        q.bindValue(2, ms(m.at));
        q.bindValue(3, PolicyIds::toId(m.channel));
        q.bindValue(4, PolicyIds::toId(m.from));
        q.bindValue(5, str(m.text));
        if (!q.exec())
            return failQuery(q);
    }

    for (auto user = facts.history.cbegin(); user != facts.history.cend(); ++user) {
        for (auto kind = user.value().cbegin(); kind != user.value().cend(); ++kind) {
            QSqlQuery& q = st.insertHistory;
            q.bindValue(0, ref);
            q.bindValue(1, str(user.key()));
            q.bindValue(2, PolicyIds::toId(kind.key()));
            q.bindValue(3, kind.value());
            if (!q.exec())
                return failQuery(q);
        }
    }

    m_pendingSearch.append({ ref, searchBody(facts) });
    return m_pendingSearch.size() < SearchBatch || flushSearchRows();
}

bool CaseStore::flushSearchRows()
{
    QSqlQuery& s = statements().insertSearch;
    for (const auto& [ref, body] : std::as_const(m_pendingSearch)) {
        s.bindValue(0, ref);
        s.bindValue(1, str(body));
        if (!s.exec()) {
            m_pendingSearch.clear();
            return failQuery(s);
        }
    }
    m_pendingSearch.clear();
    return true;
}

bool CaseStore::deleteCase(const QString& caseId)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok() || !flushSearchRows())
        return false;
    const qint64 ref = rowIdOf(caseId);
    if (ref == 0)
        return fail(tr("Case %1 does not exist").arg(caseId));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ? AND status <> 'decided'"));
    q.addBindValue(ref);
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("Case %1 is decided and cannot be replaced").arg(caseId));
    q.prepare(QStringLiteral("DELETE FROM case_search WHERE rowid = ?"));
    q.addBindValue(ref);
    if (!q.exec())
        return failQuery(q);
    return scope.commit();
}

std::optional<CaseFacts> CaseStore::loadCase(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, opened_at, appellant, reason, language, suspension_user,"
                             " suspension_since, suspension_days FROM cases WHERE case_id = ?"));
    q.addBindValue(str(caseId));
    if (!q.exec()) {
        failQuery(q);
        return std::nullopt;
    }
    if (!q.next()) {
        fail(tr("Case %1 does not exist").arg(caseId));
        return std::nullopt;
    }
    CaseFacts f;
    const qint64 ref = q.value(0).toLongLong();
    f.id = caseId;
    f.kind = enumOr(q.value(1).toString(), CaseKind::P2pAppeal);
    f.openedAt = fromMs(q.value(2));
    f.appellant = enumOr(q.value(3).toString(), Role::None);
    f.reason = q.value(4).toString();
    f.language = q.value(5).toString();
    if (!q.value(6).isNull())
        f.suspension = Suspension { q.value(6).toString(), fromMs(q.value(7)), q.value(8).toInt() };

    q.prepare(QStringLiteral("SELECT role, u.user_id, p.nickname, p.kyc_name FROM parties p"
                             " JOIN users u ON u.id = p.user_ref WHERE p.case_ref = ? ORDER BY seq"));
    q.addBindValue(ref);
    q.exec();
    while (q.next())
        f.parties.append(Party { enumOr(q.value(0).toString(), Role::None), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString() });

    q.prepare(QStringLiteral("SELECT number, created_at, side_asset, crypto_amount, fiat, fiat_amount, price,"
                             " market_price, method_name, method_realtime, seller_account, status"
                             " FROM orders WHERE case_ref = ?"));
    q.addBindValue(ref);
    q.exec();
    if (q.next()) {
        Order o;
        o.number = q.value(0).toString();
        o.createdAt = fromMs(q.value(1));
        o.sideAsset = q.value(2).toString();
        Decimal::parse(q.value(3).toString(), &o.cryptoAmount);
        o.fiat = q.value(4).toString();
        Decimal::parse(q.value(5).toString(), &o.fiatAmount);
        Decimal::parse(q.value(6).toString(), &o.price);
        Decimal market;
        if (!q.value(7).isNull() && Decimal::parse(q.value(7).toString(), &market))
            o.marketPrice = market;
        o.paymentMethod = PaymentMethod { q.value(8).toString(), q.value(9).toInt() != 0 };
        o.sellerAccount = q.value(10).toString();
        o.status = enumOr(q.value(11).toString(), OrderStatus::Created);
        f.order = o;
    }

    q.prepare(QStringLiteral("SELECT at, amount, payer_name, to_listed_account, realtime, remark FROM payments"
                             " WHERE case_ref = ? ORDER BY seq"));
    q.addBindValue(ref);
    q.exec();
    while (q.next()) {
        Payment p;
        p.at = fromMs(q.value(0));
        Decimal::parse(q.value(1).toString(), &p.amount);
        p.payerName = q.value(2).toString();
        p.toListedAccount = q.value(3).toInt() != 0;
        if (!q.value(4).isNull())
            p.realtime = q.value(4).toInt() != 0;
        p.remark = q.value(5).toString();
        f.payments.append(p);
    }

    q.prepare(QStringLiteral("SELECT at, type, by_role, party, cause, note, agent, message_index FROM events"
                             " WHERE case_ref = ? ORDER BY id"));
    q.addBindValue(ref);
    q.exec();
    while (q.next()) {
        CaseEvent e;
        e.at = fromMs(q.value(0));
        e.type = enumOr(q.value(1).toString(), EventType::Note);
        e.by = enumOr(q.value(2).toString(), Role::None);
        e.party = enumOr(q.value(3).toString(), Role::None);
        e.cause = enumOr(q.value(4).toString(), CancelCause::None);
        e.note = q.value(5).toString();
        e.agent = q.value(6).toString();
        e.messageIndex = q.value(7).toInt();
        f.events.append(e);
    }

    q.prepare(QStringLiteral("SELECT at, channel, from_role, text FROM messages WHERE case_ref = ? ORDER BY seq"));
    q.addBindValue(ref);
    q.exec();
    while (q.next())
        f.messages.append(Message { fromMs(q.value(0)), enumOr(q.value(1).toString(), Channel::OrderChat),
            enumOr(q.value(2).toString(), Role::None), q.value(3).toString() });

    q.prepare(QStringLiteral("SELECT user_id, kind, count FROM history WHERE case_ref = ?"));
    q.addBindValue(ref);
    q.exec();
    while (q.next()) {
        StrikeKind kind;
        if (PolicyIds::fromId(q.value(1).toString(), &kind))
            f.history[q.value(0).toString()][kind] = q.value(2).toInt();
    }
    return f;
}

qint64 CaseStore::caseCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool CaseStore::isEmpty() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM cases)")) && q.next() && q.value(0).toBool();
}

StrikeHistory CaseStore::recordedStrikes(const QStringList& userIds, const QString& exceptCaseId) const
{
    StrikeHistory result;
    const qint64 except = exceptCaseId.isEmpty() ? 0 : rowIdOf(exceptCaseId);
    if (userIds.isEmpty()) {
        QSqlQuery all(m_db.connection());
        all.setForwardOnly(true);
        all.prepare(QStringLiteral("SELECT user_id, kind, COUNT(*) FROM strikes WHERE voided_at IS NULL"
                                   " AND case_ref IS NOT ? GROUP BY user_id, kind"));
        all.addBindValue(except);
        if (!all.exec())
            failQuery(all);
        while (all.next()) {
            StrikeKind kind;
            if (PolicyIds::fromId(all.value(1).toString(), &kind))
                result[all.value(0).toString()][kind] = all.value(2).toInt();
        }
        return result;
    }
    QSqlQuery& q = statements().strikesOfUser;
    for (const QString& user : userIds) {
        q.bindValue(0, str(user));
        q.bindValue(1, except);
        if (!q.exec()) {
            failQuery(q);
            continue;
        }
        while (q.next()) {
            StrikeKind kind;
            if (PolicyIds::fromId(q.value(0).toString(), &kind))
                result[user][kind] = q.value(1).toInt();
        }
        q.finish();
    }
    return result;
}

StrikeHistory CaseStore::strikeCounts(const QString& userId) const
{
    const QString userFilter = userId.isEmpty() ? QString() : QStringLiteral(" AND user_id = :user");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT user_id, kind, SUM(n) FROM ("
                             " SELECT user_id, kind, COUNT(*) AS n FROM strikes WHERE voided_at IS NULL")
        + userFilter
        + QStringLiteral(" GROUP BY user_id, kind"
                         " UNION ALL SELECT user_id, kind, MAX(count) AS n FROM history WHERE 1")
        + userFilter + QStringLiteral(" GROUP BY user_id, kind) GROUP BY user_id, kind ORDER BY user_id, kind"));
    if (!userId.isEmpty())
        q.bindValue(QStringLiteral(":user"), str(userId));
    StrikeHistory result;
    if (!q.exec()) {
        failQuery(q);
        return result;
    }
    while (q.next()) {
        StrikeKind kind;
        const int count = q.value(2).toInt();
        if (count > 0 && PolicyIds::fromId(q.value(1).toString(), &kind))
            result[q.value(0).toString()][kind] = count;
    }
    return result;
}

QList<StrikeRecord> CaseStore::strikesOf(const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.user_id, s.kind, c.case_id, s.clause, s.at, s.agent, s.voided_at,"
                             " s.voided_by, s.void_reason FROM strikes s JOIN cases c ON c.id = s.case_ref"
                             " WHERE s.user_id = ? ORDER BY s.at, s.id"));
    q.addBindValue(str(userId));
    QList<StrikeRecord> result;
    if (!q.exec()) {
        failQuery(q);
        return result;
    }
    while (q.next()) {
        StrikeRecord s;
        s.id = q.value(0).toLongLong();
        s.userId = q.value(1).toString();
        s.kind = enumOr(q.value(2).toString(), StrikeKind::AbusiveLanguage);
        s.caseId = q.value(3).toString();
        s.clause = q.value(4).toString();
        s.at = fromMs(q.value(5));
        s.agent = q.value(6).toString();
        s.voided = !q.value(7).isNull();
        s.voidedAt = fromMs(q.value(7));
        s.voidedBy = q.value(8).toString();
        s.voidReason = q.value(9).toString();
        result.append(s);
    }
    return result;
}

namespace {
QList<SanctionRecord> readSanctions(QSqlQuery& q)
{
    QList<SanctionRecord> result;
    while (q.next()) {
        SanctionRecord s;
        s.id = q.value(0).toLongLong();
        s.userId = q.value(1).toString();
        s.scope = enumOr(q.value(2).toString(), SanctionScope::Partial);
        if (!q.value(3).isNull())
            s.days = q.value(3).toInt();
        s.startsAt = fromMs(q.value(4));
        if (!q.value(5).isNull())
            s.endsAt = fromMs(q.value(5));
        s.clause = q.value(6).toString();
        s.caseId = q.value(7).toString();
        result.append(s);
    }
    return result;
}

const char kSanctionColumns[] = "SELECT s.id, s.user_id, s.scope, s.days, s.starts_at, s.ends_at, s.clause, c.case_id"
                                " FROM sanctions s JOIN cases c ON c.id = s.case_ref ";
} // namespace

QList<SanctionRecord> CaseStore::activeSanctions(const QDateTime& at, const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSanctionColumns)
        + QStringLiteral("WHERE s.starts_at <= :at AND (s.ends_at IS NULL OR s.ends_at > :at)")
        + (userId.isEmpty() ? QString() : QStringLiteral(" AND s.user_id = :user"))
        + QStringLiteral(" ORDER BY s.user_id, s.starts_at, s.id"));
    q.bindValue(QStringLiteral(":at"), ms(at));
    if (!userId.isEmpty())
        q.bindValue(QStringLiteral(":user"), str(userId));
    if (!q.exec()) {
        failQuery(q);
        return {};
    }
    return readSanctions(q);
}

QList<SanctionRecord> CaseStore::sanctionsOf(const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kSanctionColumns) + QStringLiteral("WHERE s.user_id = ? ORDER BY s.starts_at, s.id"));
    q.addBindValue(str(userId));
    if (!q.exec()) {
        failQuery(q);
        return {};
    }
    return readSanctions(q);
}

QList<CaseSummary> CaseStore::casesOfUser(const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.case_id, c.kind, c.opened_at, c.status, c.suggested_clause,"
                             " c.suggested_outcome, p.role FROM parties p JOIN users u ON u.id = p.user_ref"
                             " JOIN cases c ON c.id = p.case_ref WHERE u.user_id = ? ORDER BY c.opened_at, c.id"));
    q.addBindValue(str(userId));
    QList<CaseSummary> result;
    if (!q.exec()) {
        failQuery(q);
        return result;
    }
    while (q.next()) {
        CaseSummary s;
        s.caseId = q.value(0).toString();
        s.kind = enumOr(q.value(1).toString(), CaseKind::P2pAppeal);
        s.openedAt = fromMs(q.value(2));
        s.status = q.value(3).toString();
        s.suggestedClause = q.value(4).toString();
        s.suggestedOutcome = enumOr(q.value(5).toString(), Outcome::None);
        s.role = enumOr(q.value(6).toString(), Role::None);
        result.append(s);
    }
    return result;
}

QString CaseStore::strikeUser(qint64 strikeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT user_id FROM strikes WHERE id = ?"));
    q.addBindValue(strikeId);
    if (!q.exec()) {
        failQuery(q);
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool CaseStore::voidStrike(qint64 strikeId, const QString& by, const QString& reason, const QDateTime& at)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE strikes SET voided_at = ?, voided_by = ?, void_reason = ?"
                             " WHERE id = ? AND voided_at IS NULL"));
    q.addBindValue(ms(at));
    q.addBindValue(str(by));
    q.addBindValue(str(reason));
    q.addBindValue(strikeId);
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return fail(tr("Strike %1 does not exist or is already voided").arg(strikeId));
    return appendAuditRow(by, QStringLiteral("void_strike"), QString::number(strikeId), QString(), reason, at)
        && scope.commit();
}

bool CaseStore::recordEvent(const QString& caseId, const CaseEvent& event, const Suggestion& suggestion)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const qint64 ref = rowIdOf(caseId);
    if (ref == 0)
        return fail(tr("Case %1 does not exist").arg(caseId));
    QSqlQuery& q = statements().insertEvent;
    q.bindValue(0, ref);
    q.bindValue(1, ms(event.at));
    q.bindValue(2, PolicyIds::toId(event.type));
    q.bindValue(3, PolicyIds::toId(event.by));
    q.bindValue(4, PolicyIds::toId(event.party));
    q.bindValue(5, PolicyIds::toId(event.cause));
    q.bindValue(6, str(event.note));
    q.bindValue(7, str(event.agent));
    q.bindValue(8, event.messageIndex);
    if (!q.exec())
        return failQuery(q);
    return updateSuggestion(caseId, suggestion)
        && appendAuditRow(
            event.agent, QStringLiteral("event"), caseId, QString(), PolicyIds::toId(event.type), event.at)
        && scope.commit();
}

bool CaseStore::updateSuggestion(const QString& caseId, const Suggestion& suggestion)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    QSqlQuery q(m_db.connection());
    // Only a row whose columns change is written: each write touches a dozen queue indexes,
    // and a settings change recomputes every undecided case, most of them unchanged.
    q.prepare(QStringLiteral("UPDATE cases SET suggested_outcome = :outcome, suggested_clause = :clause,"
                             " due_at = COALESCE(:pending, opened_at + :sla), status = :status, version = version + 1"
                             " WHERE case_id = :id AND status <> 'decided' AND (suggested_outcome IS NOT :outcome"
                             " OR suggested_clause IS NOT :clause OR due_at IS NOT COALESCE(:pending, opened_at + :sla)"
                             " OR status IS NOT :status)"));
    q.bindValue(QStringLiteral(":outcome"), PolicyIds::toId(suggestion.outcome));
    q.bindValue(QStringLiteral(":clause"), str(suggestion.clauses.value(0)));
    q.bindValue(QStringLiteral(":pending"),
        suggestion.pendingUntil ? ms(*suggestion.pendingUntil) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":sla"), qint64(slaHours()) * 3600 * 1000);
    q.bindValue(QStringLiteral(":status"), statusFor(suggestion));
    q.bindValue(QStringLiteral(":id"), str(caseId));
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1 && (!caseExists(caseId) || isDecided(caseId)))
        return fail(tr("Case %1 does not exist or is already decided").arg(caseId));
    return scope.commit();
}

bool CaseStore::undecidedCasesAfter(qint64 afterRowId, int limit, QList<QPair<qint64, QString>>* cases) const
{
    cases->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, case_id FROM cases WHERE id > ? AND status <> 'decided' ORDER BY id LIMIT ?"));
    q.addBindValue(afterRowId);
    q.addBindValue(limit);
    if (!q.exec())
        return failQuery(q);
    while (q.next())
        cases->append({ q.value(0).toLongLong(), q.value(1).toString() });
    return true;
}

qint64 CaseStore::undecidedCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'decided'")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool CaseStore::decide(const DecisionRecord& decision, const Suggestion& suggestion)
{
    if (decision.isOverride != (decision.outcome != suggestion.outcome))
        return fail(tr("The decision on case %1 does not match the suggestion it was made on").arg(decision.caseId));
    if (decision.isOverride && decision.note.trimmed().isEmpty())
        return fail(tr("An override of the suggestion needs a note"));
    if (decision.agent.trimmed().isEmpty())
        return fail(tr("A decision needs the agent's name"));
    if (!decision.decidedAt.isValid())
        return fail(tr("A decision needs a time"));

    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return false;
    const qint64 ref = rowIdOf(decision.caseId);
    if (ref == 0)
        return fail(tr("Case %1 does not exist").arg(decision.caseId));

    QSqlQuery q(m_db.connection());
    // The conditional update is the guard: of two agents deciding at once, only one
    // changes the row; another agent's claim that still holds also stops it.
    q.prepare(QStringLiteral("UPDATE cases SET status = 'decided', version = version + 1, assigned_agent = ?,"
                             " claimed_until = NULL WHERE id = ? AND status <> 'decided' AND (assigned_agent IN ('', ?)"
                             " OR claimed_until IS NULL OR claimed_until <= ?)"));
    q.addBindValue(str(decision.agent));
    q.addBindValue(ref);
    q.addBindValue(str(decision.agent));
    q.addBindValue(ms(decision.decidedAt));
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return refuseTakenCase(decision.caseId, decision.agent, decision.decidedAt);

    // Ids and values only: the stored suggestion and the audit entry are the same in every UI language.
    const QByteArray suggestionJson = suggestion.toRecordJsonLine();
    q.prepare(QStringLiteral("INSERT INTO decisions (case_ref, outcome, suggested_outcome, override, note, agent,"
                             " decided_at, clauses, revision, suggestion_json, dropped_json)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ref);
    q.addBindValue(PolicyIds::toId(decision.outcome));
    q.addBindValue(PolicyIds::toId(suggestion.outcome));
    q.addBindValue(decision.isOverride ? 1 : 0);
    q.addBindValue(str(decision.note));
    q.addBindValue(str(decision.agent));
    q.addBindValue(ms(decision.decidedAt));
    q.addBindValue(str(suggestion.clauses.join(QLatin1Char(','))));
    q.addBindValue(str(suggestion.revision));
    q.addBindValue(str(QString::fromUtf8(suggestionJson)));
    q.addBindValue(str(QString::fromUtf8(decision.droppedJson())));
    if (!q.exec())
        return failQuery(q);

    q.prepare(
        QStringLiteral("INSERT INTO strikes (user_id, kind, case_ref, clause, at, agent) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const StrikeRecord& s : decision.strikes) {
        q.addBindValue(str(s.userId));
        q.addBindValue(PolicyIds::toId(s.kind));
        q.addBindValue(ref);
        q.addBindValue(str(s.clause));
        q.addBindValue(ms(decision.decidedAt));
        q.addBindValue(str(decision.agent));
        if (!q.exec())
            return failQuery(q);
    }

    q.prepare(QStringLiteral("INSERT INTO sanctions (user_id, scope, days, starts_at, ends_at, clause, case_ref)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const SanctionRecord& s : decision.sanctions) {
        q.addBindValue(str(s.userId));
        q.addBindValue(PolicyIds::toId(s.scope));
        q.addBindValue(s.days ? QVariant(*s.days) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(ms(decision.decidedAt));
        q.addBindValue(s.days ? ms(decision.decidedAt.addDays(*s.days)) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(str(s.clause));
        q.addBindValue(ref);
        if (!q.exec())
            return failQuery(q);
    }

    return appendAuditRow(decision.agent, QStringLiteral("decide"), decision.caseId, QString::fromUtf8(suggestionJson),
               QString::fromUtf8(decision.toJsonLine()), decision.decidedAt)
        && scope.commit();
}

// Why a case cannot be decided or claimed by `agent`: decided already, or another agent's claim holds.
bool CaseStore::refuseTakenCase(const QString& caseId, const QString& agent, const QDateTime& at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.status, c.assigned_agent, c.claimed_until, d.agent, d.decided_at FROM cases c"
                             " LEFT JOIN decisions d ON d.case_ref = c.id WHERE c.case_id = ?"));
    q.addBindValue(str(caseId));
    if (!q.exec())
        return failQuery(q);
    if (!q.next())
        return fail(tr("Case %1 does not exist").arg(caseId));
    if (q.value(0).toString() == QLatin1String("decided"))
        return fail(tr("Case %1 was already decided by %2 at %3; the decision was not changed")
                        .arg(caseId, q.value(3).toString(), isoTime(fromMs(q.value(4)))));
    const QString holder = q.value(1).toString();
    if (!holder.isEmpty() && holder != agent && !q.value(2).isNull() && fromMs(q.value(2)) > at)
        return fail(tr("Case %1 is being worked by %2 until %3").arg(caseId, holder, isoTime(fromMs(q.value(2)))));
    return fail(tr("Case %1 changed meanwhile; try again").arg(caseId));
}

bool CaseStore::claim(const QString& caseId, const QString& agent, const QDateTime& until, const QDateTime& now)
{
    if (agent.trimmed().isEmpty())
        return fail(tr("A claim needs the agent's name"));
    if (!until.isValid() || until <= now)
        return fail(tr("A claim must end in the future"));
    return setClaim(caseId, agent, agent, ms(until), now);
}

bool CaseStore::release(const QString& caseId, const QString& agent, const QDateTime& now)
{
    return setClaim(caseId, agent, QString(), QVariant(), now);
}

// Claims and releases change only an undecided case that `agent` holds, or
// that nobody holds while a claim lasts: the condition is in the UPDATE, so
// two agents racing cannot both win.
bool CaseStore::setClaim(
    const QString& caseId, const QString& agent, const QString& holder, const QVariant& until, const QDateTime& now)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    if (!caseExists(caseId))
        return fail(tr("Case %1 does not exist").arg(caseId));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cases SET assigned_agent = ?, claimed_until = ?, version = version + 1"
                             " WHERE case_id = ? AND status <> 'decided' AND (assigned_agent IN ('', ?)"
                             " OR claimed_until IS NULL OR claimed_until <= ?)"));
    q.addBindValue(str(holder));
    q.addBindValue(until);
    q.addBindValue(str(caseId));
    q.addBindValue(str(agent));
    q.addBindValue(ms(now));
    if (!q.exec())
        return failQuery(q);
    if (q.numRowsAffected() != 1)
        return refuseTakenCase(caseId, agent, now);
    return scope.commit();
}

QString CaseStore::claimHolder(const QString& caseId, const QDateTime& now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT assigned_agent FROM cases WHERE case_id = ? AND status <> 'decided'"
                             " AND claimed_until > ?"));
    q.addBindValue(str(caseId));
    q.addBindValue(ms(now));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

std::optional<DecisionRecord> CaseStore::decision(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, d.outcome, d.suggested_outcome, d.override, d.note, d.agent, d.decided_at,"
                             " d.clauses, d.revision, d.dropped_json FROM decisions d JOIN cases c ON c.id = d.case_ref"
                             " WHERE c.case_id = ?"));
    q.addBindValue(str(caseId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    DecisionRecord d;
    const qint64 ref = q.value(0).toLongLong();
    d.caseId = caseId;
    d.outcome = enumOr(q.value(1).toString(), Outcome::None);
    d.suggestedOutcome = enumOr(q.value(2).toString(), Outcome::None);
    d.isOverride = q.value(3).toInt() != 0;
    d.note = q.value(4).toString();
    d.agent = q.value(5).toString();
    d.decidedAt = fromMs(q.value(6));
    d.clauses = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.revision = q.value(8).toString();
    d.setDroppedJson(q.value(9).toString().toUtf8());

    q.prepare(QStringLiteral("SELECT id, user_id, kind, clause, at, agent, voided_at, voided_by, void_reason"
                             " FROM strikes WHERE case_ref = ? ORDER BY id"));
    q.addBindValue(ref);
    q.exec();
    while (q.next()) {
        StrikeRecord s;
        s.id = q.value(0).toLongLong();
        s.userId = q.value(1).toString();
        s.kind = enumOr(q.value(2).toString(), StrikeKind::AbusiveLanguage);
        s.caseId = caseId;
        s.clause = q.value(3).toString();
        s.at = fromMs(q.value(4));
        s.agent = q.value(5).toString();
        s.voided = !q.value(6).isNull();
        s.voidedAt = fromMs(q.value(6));
        s.voidedBy = q.value(7).toString();
        s.voidReason = q.value(8).toString();
        d.strikes.append(s);
    }
    q.prepare(QLatin1String(kSanctionColumns) + QStringLiteral("WHERE s.case_ref = ? ORDER BY s.id"));
    q.addBindValue(ref);
    q.exec();
    d.sanctions = readSanctions(q);
    return d;
}

qint64 CaseStore::purge(const QDateTime& before, const QString& actor, const QDateTime& at)
{
    if (!before.isValid() || actor.trimmed().isEmpty() || !at.isValid()) {
        fail(tr("A purge needs a date, the agent's name and a time"));
        return -1;
    }
    if (m_db.inTransaction()) {
        fail(tr("Cannot purge inside another write transaction"));
        return -1;
    }
    if (!m_db.exec(QStringLiteral("PRAGMA secure_delete = ON"))) {
        fail(m_db.error());
        return -1;
    }
    const auto secureDeleteOff = qScopeGuard([this] { m_db.exec(QStringLiteral("PRAGMA secure_delete = OFF")); });
    qint64 purged = 0;
    {
        WriteScope scope(m_db, &m_error, true);
        if (!scope.ok())
            return -1;
        const QString purgedCases
            = QStringLiteral("(SELECT id FROM cases WHERE status = 'decided' AND opened_at < :before)");
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'decided' AND opened_at < :before"));
        q.bindValue(QStringLiteral(":before"), ms(before));
        if (!q.exec() || !q.next()) {
            failQuery(q);
            return -1;
        }
        purged = q.value(0).toLongLong();
        const QStringList statements = {
            QStringLiteral("DELETE FROM messages WHERE case_ref IN ") + purgedCases,
            QStringLiteral("UPDATE payments SET payer_name = '', remark = '' WHERE case_ref IN ") + purgedCases,
            QStringLiteral("UPDATE parties SET nickname = '', kyc_name = '' WHERE case_ref IN ") + purgedCases,
            QStringLiteral("UPDATE orders SET seller_account = '' WHERE case_ref IN ") + purgedCases,
            QStringLiteral("UPDATE events SET note = '', message_index = -1 WHERE case_ref IN ") + purgedCases,
            QStringLiteral("DELETE FROM case_search WHERE rowid IN ") + purgedCases,
        };
        for (const QString& statement : statements) {
            q.prepare(statement);
            q.bindValue(QStringLiteral(":before"), ms(before));
            if (!q.exec()) {
                failQuery(q);
                return -1;
            }
        }
        // A user's names come from the parties of their cases: kept while any case still has them.
        if (!q.exec(QStringLiteral(
                "UPDATE users SET nickname = '', kyc_name = '' WHERE (nickname <> '' OR kyc_name <> '')"
                " AND id NOT IN (SELECT user_ref FROM parties WHERE nickname <> '' OR kyc_name <> '')"))) {
            failQuery(q);
            return -1;
        }
        // FTS5 keeps deleted terms in its segments until they are merged.
        if (!q.exec(QStringLiteral("INSERT INTO case_search (case_search) VALUES ('optimize')"))) {
            failQuery(q);
            return -1;
        }
        if (!appendAuditRow(actor, QStringLiteral("purge"), isoTime(before), QString(),
                QStringLiteral("%1 decided cases opened before %2").arg(purged).arg(isoTime(before)), at)
            || !scope.commit())
            return -1;
    }
    m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return purged;
}

PolicySettings CaseStore::policySettings() const
{
    PolicySettings settings;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings"))) {
        failQuery(q);
        return settings;
    }
    while (q.next())
        applySettingRow(&settings, q.value(0).toString(), q.value(1).toString());
    return settings;
}

bool CaseStore::savePolicySettings(const PolicySettings& settings, const QString& by, const QDateTime& at)
{
    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return false;
    const PolicySettings before = policySettings();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& row : settingsToRows(settings)) {
        q.addBindValue(str(row.first));
        q.addBindValue(str(row.second));
        if (!q.exec())
            return failQuery(q);
    }
    if (!appendAuditRow(by, QStringLiteral("settings"), QString(), settingsJson(before), settingsJson(settings), at)
        || !scope.commit())
        return false;
    m_slaHours = settings.slaHours;
    return true;
}

QByteArray CaseStore::auditHash(const QByteArray& prevHash, qint64 atMs, const QString& actor, const QString& action,
    const QString& subject, const QString& before, const QString& after)
{
    const char sep = '\x1f';
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    for (const QString& field : { QString::number(atMs), actor, action, subject, before, after }) {
        hash.addData(QByteArrayView(&sep, 1));
        hash.addData(field.toUtf8());
    }
    return hash.result().toHex();
}

bool CaseStore::appendAudit(const QString& actor, const QString& action, const QString& subject, const QString& before,
    const QString& after, const QDateTime& at)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    return appendAuditRow(actor, action, subject, before, after, at) && scope.commit();
}

// Inside a write transaction: BEGIN IMMEDIATE serialises writers, so the last hash read is the one we chain to.
bool CaseStore::appendAuditRow(const QString& actor, const QString& action, const QString& subject,
    const QString& before, const QString& after, const QDateTime& at)
{
    Statements& st = statements();
    QByteArray prev(64, '0');
    if (!st.lastAuditHash.exec())
        return failQuery(st.lastAuditHash);
    if (st.lastAuditHash.next())
        prev = st.lastAuditHash.value(0).toString().toLatin1();
    st.lastAuditHash.finish();
    const qint64 atMs = at.toMSecsSinceEpoch();
    QSqlQuery& q = st.insertAudit;
    q.bindValue(0, atMs);
    q.bindValue(1, str(actor));
    q.bindValue(2, str(action));
    q.bindValue(3, str(subject));
    q.bindValue(4, str(before));
    q.bindValue(5, str(after));
    q.bindValue(6, str(QString::fromLatin1(prev)));
    q.bindValue(7, QString::fromLatin1(auditHash(prev, atMs, actor, action, subject, before, after)));
    if (!q.exec())
        return failQuery(q);
    return true;
}

bool CaseStore::verifyAuditChain() const
{
    const AuditVerification result = verifyAudit();
    return result.ok || fail(result.problem);
}

AuditVerification CaseStore::verifyAudit() const
{
    AuditVerification result;
    const auto broken = [&](qint64 id, const QString& problem) {
        result.brokenId = id;
        result.problem = problem;
        return result;
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action, subject, before, after, prev_hash, hash FROM audit_log"
                               " ORDER BY id"))) {
        failQuery(q);
        return broken(0, m_error);
    }
    QByteArray prev(64, '0');
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 expected = result.entries + 1;
        if (id != expected)
            return broken(expected, tr("audit entry %1 is missing").arg(expected));
        const QByteArray storedPrev = q.value(7).toString().toLatin1();
        const QByteArray stored = q.value(8).toString().toLatin1();
        if (storedPrev != prev)
            return broken(id, tr("audit entry %1 does not follow the entry before it").arg(id));
        const QByteArray computed = auditHash(storedPrev, q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        if (stored != computed)
            return broken(id, tr("audit entry %1 was changed: its content does not match its hash").arg(id));
        prev = stored;
        result.entries = id;
    }
    result.head = result.entries > 0 ? QString::fromLatin1(prev) : QString();

    QSqlQuery head(m_db.connection());
    if (!head.exec(QStringLiteral("SELECT entries, hash FROM audit_head WHERE id = 1"))) {
        failQuery(head);
        return broken(0, m_error);
    }
    const qint64 headEntries = head.next() ? head.value(0).toLongLong() : 0;
    if (headEntries > result.entries)
        return broken(result.entries + 1,
            tr("audit entry %1 is missing: the chain's head record counts %n entries", nullptr, int(headEntries))
                .arg(result.entries + 1));
    if (headEntries < result.entries)
        return broken(headEntries + 1, tr("audit entry %1 is not in the chain's head record").arg(headEntries + 1));
    if (result.entries > 0 && head.value(1).toString() != result.head)
        return broken(result.entries, tr("audit entry %1 does not match the chain's head record").arg(result.entries));
    result.ok = true;
    return result;
}
