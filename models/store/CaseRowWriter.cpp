#include "CaseRowWriter.h"

#include "Database.h"
#include "SearchFolding.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {

constexpr int SearchBatch = 1024;

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
    return SearchFolding::searchBody(parts.join(QLatin1Char('\n')));
}

// insertCase's and upsertUser's "RETURNING id".
enum class UserColumn
{
    Id
};

} // namespace

// Prepared once per connection and reused: the import path binds and runs
// these for every case without re-parsing SQL.
struct CaseRowWriter::Statements
{
    Statements(const QSqlDatabase& db, const SqlDialect& dialect)
        : insertCase(db)
        , upsertUser(db)
        , insertParty(db)
        , insertOrder(db)
        , insertPayment(db)
        , insertEvent(db)
        , insertMessage(db)
        , insertHistory(db)
        , insertSearch(db)
    {
        insertCase.prepare(QStringLiteral(
            "INSERT INTO cases (case_id, kind, opened_at, appellant, reason, language, fiat, fiat_amount,"
            " amount_units, status, suggested_outcome, suggested_clause, due_at, imported_at, suspension_user,"
            " suspension_since, suspension_days, import_run) VALUES (:case_id, :kind, :opened_at, :appellant, :reason, "
            ":language,"
            " :fiat, :fiat_amount, :amount_units, :status, :suggested_outcome, :suggested_clause, :due_at,"
            " :imported_at, :suspension_user, :suspension_since, :suspension_days, :import_run) RETURNING id"));
        // The latest import wins for nickname and KYC name, but never blanks a known one.
        upsertUser.prepare(QStringLiteral(
            "INSERT INTO users (user_id, nickname, kyc_name) VALUES (:user_id, :nickname, :kyc_name)"
            " ON CONFLICT (user_id) DO UPDATE SET"
            " nickname = CASE WHEN excluded.nickname <> '' THEN excluded.nickname ELSE users.nickname END,"
            " kyc_name = CASE WHEN excluded.kyc_name <> '' THEN excluded.kyc_name ELSE users.kyc_name END"
            " RETURNING id"));
        insertParty.prepare(QStringLiteral("INSERT INTO parties (case_ref, seq, role, user_ref, nickname, kyc_name)"
                                           " VALUES (:case_ref, :seq, :role, :user_ref, :nickname, :kyc_name)"));
        insertOrder.prepare(QStringLiteral(
            "INSERT INTO orders (case_ref, number, created_at, side_asset, crypto_amount, fiat, fiat_amount, price,"
            " market_price, method_name, method_realtime, seller_account, status) VALUES (:case_ref, :number,"
            " :created_at, :side_asset, :crypto_amount, :fiat, :fiat_amount, :price, :market_price, :method_name,"
            " :method_realtime, :seller_account, :status)"));
        insertPayment.prepare(
            QStringLiteral("INSERT INTO payments (case_ref, seq, at, amount, payer_name, to_listed_account, realtime,"
                           " remark) VALUES (:case_ref, :seq, :at, :amount, :payer_name, :to_listed_account,"
                           " :realtime, :remark)"));
        insertEvent.prepare(
            QStringLiteral("INSERT INTO events (case_ref, at, type, by_role, party, cause, note, agent, message_index)"
                           " VALUES (:case_ref, :at, :type, :by_role, :party, :cause, :note, :agent, :message_index)"));
        insertMessage.prepare(QStringLiteral("INSERT INTO messages (case_ref, seq, at, channel, from_role, text)"
                                             " VALUES (:case_ref, :seq, :at, :channel, :from_role, :text)"));
        insertHistory.prepare(QStringLiteral(
            "INSERT INTO history (case_ref, user_id, kind, count) VALUES (:case_ref, :user_id, :kind, :count)"));
        insertSearch.prepare(dialect.insertSearchRow());
    }

    QSqlQuery insertCase;
    QSqlQuery upsertUser;
    QSqlQuery insertParty;
    QSqlQuery insertOrder;
    QSqlQuery insertPayment;
    QSqlQuery insertEvent;
    QSqlQuery insertMessage;
    QSqlQuery insertHistory;
    QSqlQuery insertSearch;
};

CaseRowWriter::CaseRowWriter(Database& db)
    : m_db(db)
{ }

CaseRowWriter::~CaseRowWriter() = default;

CaseRowWriter::Statements& CaseRowWriter::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection(), m_db.dialect());
    return *m_statements;
}

bool CaseRowWriter::insertCase(const CaseFacts& facts, const Suggestion& suggestion, const QString& status,
    const QDateTime& due, const QDateTime& importedAt)
{
    Statements& st = statements();

    QSqlQuery& c = st.insertCase;
    c.bindValue(QStringLiteral(":case_id"), str(facts.id));
    c.bindValue(QStringLiteral(":kind"), PolicyIds::toId(facts.kind));
    c.bindValue(QStringLiteral(":opened_at"), ms(facts.openedAt));
    c.bindValue(QStringLiteral(":appellant"), PolicyIds::toId(facts.appellant));
    c.bindValue(QStringLiteral(":reason"), str(facts.reason));
    c.bindValue(QStringLiteral(":language"), str(facts.language));
    c.bindValue(QStringLiteral(":fiat"), str(facts.order ? facts.order->fiat : QString()));
    c.bindValue(QStringLiteral(":fiat_amount"), str(facts.order ? facts.order->fiatAmount.toString() : QString()));
    c.bindValue(QStringLiteral(":amount_units"), facts.order ? facts.order->fiatAmount.units() : qint64(0));
    c.bindValue(QStringLiteral(":status"), status);
    c.bindValue(QStringLiteral(":suggested_outcome"), PolicyIds::toId(suggestion.outcome));
    c.bindValue(QStringLiteral(":suggested_clause"), str(suggestion.clauses.value(0)));
    c.bindValue(QStringLiteral(":due_at"), ms(due));
    c.bindValue(QStringLiteral(":imported_at"), ms(importedAt));
    c.bindValue(QStringLiteral(":suspension_user"), facts.suspension ? QVariant(facts.suspension->userId) : nullText());
    c.bindValue(QStringLiteral(":suspension_since"), facts.suspension ? ms(facts.suspension->since) : nullInt64());
    c.bindValue(QStringLiteral(":suspension_days"), facts.suspension ? QVariant(facts.suspension->days) : nullInt());
    c.bindValue(QStringLiteral(":import_run"), m_importRun > 0 ? QVariant(m_importRun) : nullInt64());
    if (!c.exec() || !c.next())
        return failQuery(&m_error, c);
    const qint64 ref = field(c, UserColumn::Id).toLongLong();
    c.finish();

    for (int i = 0; i < facts.parties.size(); ++i) {
        const Party& p = facts.parties.at(i);
        QSqlQuery& u = st.upsertUser;
        u.bindValue(QStringLiteral(":user_id"), str(p.userId));
        u.bindValue(QStringLiteral(":nickname"), str(p.nickname));
        u.bindValue(QStringLiteral(":kyc_name"), str(p.kycName));
        if (!u.exec() || !u.next())
            return failQuery(&m_error, u);
        const qint64 userRef = field(u, UserColumn::Id).toLongLong();
        u.finish();
        QSqlQuery& q = st.insertParty;
        q.bindValue(QStringLiteral(":case_ref"), ref);
        q.bindValue(QStringLiteral(":seq"), i);
        q.bindValue(QStringLiteral(":role"), PolicyIds::toId(p.role));
        q.bindValue(QStringLiteral(":user_ref"), userRef);
        q.bindValue(QStringLiteral(":nickname"), str(p.nickname));
        q.bindValue(QStringLiteral(":kyc_name"), str(p.kycName));
        if (!q.exec())
            return failQuery(&m_error, q);
    }

    if (facts.order) {
        const Order& o = *facts.order;
        QSqlQuery& q = st.insertOrder;
        q.bindValue(QStringLiteral(":case_ref"), ref);
        q.bindValue(QStringLiteral(":number"), str(o.number));
        q.bindValue(QStringLiteral(":created_at"), ms(o.createdAt));
        q.bindValue(QStringLiteral(":side_asset"), str(o.sideAsset));
        q.bindValue(QStringLiteral(":crypto_amount"), str(o.cryptoAmount.toString()));
        q.bindValue(QStringLiteral(":fiat"), str(o.fiat));
        q.bindValue(QStringLiteral(":fiat_amount"), str(o.fiatAmount.toString()));
        q.bindValue(QStringLiteral(":price"), str(o.price.toString()));
        q.bindValue(QStringLiteral(":market_price"), o.marketPrice ? QVariant(o.marketPrice->toString()) : nullText());
        q.bindValue(QStringLiteral(":method_name"), str(o.paymentMethod.name));
        q.bindValue(QStringLiteral(":method_realtime"), o.paymentMethod.realtime ? 1 : 0);
        q.bindValue(QStringLiteral(":seller_account"), str(o.sellerAccount));
        q.bindValue(QStringLiteral(":status"), PolicyIds::toId(o.status));
        if (!q.exec())
            return failQuery(&m_error, q);
    }

    for (int i = 0; i < facts.payments.size(); ++i) {
        const Payment& p = facts.payments.at(i);
        QSqlQuery& q = st.insertPayment;
        q.bindValue(QStringLiteral(":case_ref"), ref);
        q.bindValue(QStringLiteral(":seq"), i);
        q.bindValue(QStringLiteral(":at"), ms(p.at));
        q.bindValue(QStringLiteral(":amount"), str(p.amount.toString()));
        q.bindValue(QStringLiteral(":payer_name"), str(p.payerName));
        q.bindValue(QStringLiteral(":to_listed_account"), p.toListedAccount ? 1 : 0);
        q.bindValue(QStringLiteral(":realtime"), optionalBool(p.realtime));
        q.bindValue(QStringLiteral(":remark"), str(p.remark));
        if (!q.exec())
            return failQuery(&m_error, q);
    }

    for (const CaseEvent& e : facts.events) {
        if (!insertEvent(ref, e))
            return false;
    }

    for (int i = 0; i < facts.messages.size(); ++i) {
        const Message& m = facts.messages.at(i);
        QSqlQuery& q = st.insertMessage;
        q.bindValue(QStringLiteral(":case_ref"), ref);
        q.bindValue(QStringLiteral(":seq"), i);
        q.bindValue(QStringLiteral(":at"), ms(m.at));
        q.bindValue(QStringLiteral(":channel"), PolicyIds::toId(m.channel));
        q.bindValue(QStringLiteral(":from_role"), PolicyIds::toId(m.from));
        q.bindValue(QStringLiteral(":text"), str(m.text));
        if (!q.exec())
            return failQuery(&m_error, q);
    }

    for (auto user = facts.history.cbegin(); user != facts.history.cend(); ++user) {
        for (auto kind = user.value().cbegin(); kind != user.value().cend(); ++kind) {
            QSqlQuery& q = st.insertHistory;
            q.bindValue(QStringLiteral(":case_ref"), ref);
            q.bindValue(QStringLiteral(":user_id"), str(user.key()));
            q.bindValue(QStringLiteral(":kind"), PolicyIds::toId(kind.key()));
            q.bindValue(QStringLiteral(":count"), kind.value());
            if (!q.exec())
                return failQuery(&m_error, q);
        }
    }

    m_pendingSearch.append({ ref, searchBody(facts) });
    return m_pendingSearch.size() < SearchBatch || flushSearchRows();
}

bool CaseRowWriter::insertEvent(qint64 caseRef, const CaseEvent& event)
{
    QSqlQuery& q = statements().insertEvent;
    q.bindValue(QStringLiteral(":case_ref"), caseRef);
    q.bindValue(QStringLiteral(":at"), ms(event.at));
    q.bindValue(QStringLiteral(":type"), PolicyIds::toId(event.type));
    q.bindValue(QStringLiteral(":by_role"), PolicyIds::toId(event.by));
    q.bindValue(QStringLiteral(":party"), PolicyIds::toId(event.party));
    q.bindValue(QStringLiteral(":cause"), PolicyIds::toId(event.cause));
    q.bindValue(QStringLiteral(":note"), str(event.note));
    q.bindValue(QStringLiteral(":agent"), str(event.agent));
    q.bindValue(QStringLiteral(":message_index"), event.messageIndex);
    if (!q.exec())
        return failQuery(&m_error, q);
    return true;
}

bool CaseRowWriter::flushSearchRows()
{
    if (m_pendingSearch.isEmpty()) // every commit asks, also one without imports
        return true;
    QSqlQuery& s = statements().insertSearch;
    for (const auto& [ref, body] : std::as_const(m_pendingSearch)) {
        s.bindValue(QStringLiteral(":case_ref"), ref);
        s.bindValue(QStringLiteral(":body"), str(body));
        if (!s.exec()) {
            m_pendingSearch.clear();
            return failQuery(&m_error, s);
        }
    }
    m_pendingSearch.clear();
    return true;
}

void CaseRowWriter::discardSearchRows()
{
    m_pendingSearch.clear();
}
