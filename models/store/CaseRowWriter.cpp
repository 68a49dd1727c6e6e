#include "CaseRowWriter.h"

#include "BulkStatement.h"

#include "Database.h"
#include "SearchFolding.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {

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

} // namespace

namespace {

void bindTime(BulkStatement& s, int index, const QDateTime& at)
{
    if (at.isValid())
        s.bind(index, at.toMSecsSinceEpoch());
    else
        s.bindNull(index);
}

} // namespace

// Prepared once per connection and reused: the import path binds and runs
// these for every case without re-parsing SQL (issue 16: SQLite's own statements, BulkStatement).
struct CaseRowWriter::Statements
{
    explicit Statements(Database& db)
        : insertCase(db,
            QStringLiteral(
                "INSERT INTO cases (case_id, kind, opened_at, appellant, reason, language, fiat, fiat_amount,"
                " amount_units, status, suggested_outcome, suggested_clause, due_at, imported_at, suspension_user,"
                " suspension_since, suspension_days, import_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?)"),
            BulkStatement::Returns::RowId)
        // The latest import wins for nickname and KYC name, but never blanks a known one.
        , upsertUser(db,
              QStringLiteral(
                  "INSERT INTO users (user_id, nickname, kyc_name) VALUES (?, ?, ?)"
                  " ON CONFLICT (user_id) DO UPDATE SET"
                  " nickname = CASE WHEN excluded.nickname <> '' THEN excluded.nickname ELSE users.nickname END,"
                  " kyc_name = CASE WHEN excluded.kyc_name <> '' THEN excluded.kyc_name ELSE users.kyc_name END"
                  " RETURNING id"))
        , insertParty(db,
              QStringLiteral("INSERT INTO parties (case_ref, seq, role, user_ref, nickname, kyc_name)"
                             " VALUES (?, ?, ?, ?, ?, ?)"))
        , insertOrder(db,
              QStringLiteral("INSERT INTO orders (case_ref, number, created_at, side_asset, crypto_amount, fiat,"
                             " fiat_amount, price, market_price, method_name, method_realtime, seller_account, status)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , insertPayment(db,
              QStringLiteral("INSERT INTO payments (case_ref, seq, at, amount, payer_name, to_listed_account,"
                             " realtime, remark) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        , insertEvent(db,
              QStringLiteral("INSERT INTO events (case_ref, at, type, by_role, party, cause, note, agent,"
                             " message_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , insertMessage(db,
              QStringLiteral(
                  "INSERT INTO messages (case_ref, seq, at, channel, from_role, text) VALUES (?, ?, ?, ?, ?, ?)"))
        , insertHistory(db, QStringLiteral("INSERT INTO history (case_ref, user_id, kind, count) VALUES (?, ?, ?, ?)"))
        , insertSearch(db, db.dialect().insertSearchRow())
    { }

    BulkStatement insertCase;
    BulkStatement upsertUser;
    BulkStatement insertParty;
    BulkStatement insertOrder;
    BulkStatement insertPayment;
    BulkStatement insertEvent;
    BulkStatement insertMessage;
    BulkStatement insertHistory;
    BulkStatement insertSearch;
};

CaseRowWriter::CaseRowWriter(Database& db)
    : m_db(db)
{ }

CaseRowWriter::~CaseRowWriter() = default;

CaseRowWriter::Statements& CaseRowWriter::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

bool CaseRowWriter::run(BulkStatement& statement)
{
    return statement.exec() || fail(&m_error, statement.error());
}

bool CaseRowWriter::insertCase(const CaseFacts& facts, const Suggestion& suggestion, const QString& status,
    const QDateTime& due, const QDateTime& importedAt, qint64* caseRef)
{
    Statements& st = statements();

    BulkStatement& c = st.insertCase;
    c.bind(1, facts.id);
    c.bind(2, PolicyIds::toId(facts.kind));
    bindTime(c, 3, facts.openedAt);
    c.bind(4, PolicyIds::toId(facts.appellant));
    c.bind(5, facts.reason);
    c.bind(6, facts.language);
    c.bind(7, facts.order ? facts.order->fiat : QString());
    c.bind(8, facts.order ? facts.order->fiatAmount.toString() : QString());
    c.bind(9, facts.order ? facts.order->fiatAmount.units() : qint64(0));
    c.bind(10, status);
    c.bind(11, PolicyIds::toId(suggestion.outcome));
    c.bind(12, suggestion.clauses.value(0));
    bindTime(c, 13, due);
    bindTime(c, 14, importedAt);
    if (facts.suspension) {
        c.bind(15, facts.suspension->userId);
        bindTime(c, 16, facts.suspension->since);
        c.bind(17, qint64(facts.suspension->days));
    } else {
        c.bindNull(15);
        c.bindNull(16);
        c.bindNull(17);
    }
    if (m_importRun > 0)
        c.bind(18, m_importRun);
    else
        c.bindNull(18);
    qint64 ref = 0;
    if (!c.execReturning(&ref))
        return fail(&m_error, c.error());

    for (int i = 0; i < facts.parties.size(); ++i) {
        const Party& p = facts.parties.at(i);
        BulkStatement& u = st.upsertUser;
        u.bind(1, p.userId);
        u.bind(2, p.nickname);
        u.bind(3, p.kycName);
        qint64 userRef = 0;
        if (!u.execReturning(&userRef))
            return fail(&m_error, u.error());
        BulkStatement& q = st.insertParty;
        q.bind(1, ref);
        q.bind(2, qint64(i));
        q.bind(3, PolicyIds::toId(p.role));
        q.bind(4, userRef);
        q.bind(5, p.nickname);
        q.bind(6, p.kycName);
        if (!run(q))
            return false;
    }

    if (facts.order) {
        const Order& o = *facts.order;
        BulkStatement& q = st.insertOrder;
        q.bind(1, ref);
        q.bind(2, o.number);
        bindTime(q, 3, o.createdAt);
        q.bind(4, o.sideAsset);
        q.bind(5, o.cryptoAmount.toString());
        q.bind(6, o.fiat);
        q.bind(7, o.fiatAmount.toString());
        q.bind(8, o.price.toString());
        if (o.marketPrice)
            q.bind(9, o.marketPrice->toString());
        else
            q.bindNull(9);
        q.bind(10, o.paymentMethod.name);
        q.bind(11, qint64(o.paymentMethod.realtime ? 1 : 0));
        q.bind(12, o.sellerAccount);
        q.bind(13, PolicyIds::toId(o.status));
        if (!run(q))
            return false;
    }

    for (int i = 0; i < facts.payments.size(); ++i) {
        const Payment& p = facts.payments.at(i);
        BulkStatement& q = st.insertPayment;
        q.bind(1, ref);
        q.bind(2, qint64(i));
        bindTime(q, 3, p.at);
        q.bind(4, p.amount.toString());
        q.bind(5, p.payerName);
        q.bind(6, qint64(p.toListedAccount ? 1 : 0));
        if (p.realtime)
            q.bind(7, qint64(*p.realtime ? 1 : 0));
        else
            q.bindNull(7);
        q.bind(8, p.remark);
        if (!run(q))
            return false;
    }

    for (const CaseEvent& e : facts.events) {
        if (!insertEvent(ref, e))
            return false;
    }

    for (int i = 0; i < facts.messages.size(); ++i) {
        const Message& m = facts.messages.at(i);
        BulkStatement& q = st.insertMessage;
        q.bind(1, ref);
        q.bind(2, qint64(i));
        bindTime(q, 3, m.at);
        q.bind(4, PolicyIds::toId(m.channel));
        q.bind(5, PolicyIds::toId(m.from));
        q.bind(6, m.text);
        if (!run(q))
            return false;
    }

    for (auto user = facts.history.cbegin(); user != facts.history.cend(); ++user) {
        for (auto kind = user.value().cbegin(); kind != user.value().cend(); ++kind) {
            BulkStatement& q = st.insertHistory;
            q.bind(1, ref);
            q.bind(2, user.key());
            q.bind(3, PolicyIds::toId(kind.key()));
            q.bind(4, qint64(kind.value()));
            if (!run(q))
                return false;
        }
    }

    if (caseRef)
        *caseRef = ref;
    // Issue 16: the search rows wait for flushSearchRows(), so that they reach the full-text index one
    // after the other: any other statement in between makes FTS5 write its pending terms out as a segment.
    m_pendingSearch.append({ ref, searchBody(facts) });
    return true;
}

bool CaseRowWriter::insertEvent(qint64 caseRef, const CaseEvent& event)
{
    BulkStatement& q = statements().insertEvent;
    q.bind(1, caseRef);
    bindTime(q, 2, event.at);
    q.bind(3, PolicyIds::toId(event.type));
    q.bind(4, PolicyIds::toId(event.by));
    q.bind(5, PolicyIds::toId(event.party));
    q.bind(6, PolicyIds::toId(event.cause));
    q.bind(7, event.note);
    q.bind(8, event.agent);
    q.bind(9, qint64(event.messageIndex));
    return run(q);
}

bool CaseRowWriter::flushSearchRows()
{
    if (m_pendingSearch.isEmpty()) // every commit asks, also one without imports
        return true;
    BulkStatement& s = statements().insertSearch;
    for (const auto& [ref, body] : std::as_const(m_pendingSearch)) {
        s.bind(1, ref);
        s.bind(2, body);
        if (!s.exec()) {
            m_pendingSearch.clear();
            return fail(&m_error, s.error());
        }
    }
    m_pendingSearch.clear();
    return true;
}

void CaseRowWriter::discardSearchRows()
{
    m_pendingSearch.clear();
}
