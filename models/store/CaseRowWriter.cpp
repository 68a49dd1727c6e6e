#include "CaseRowWriter.h"

#include "BatchLookUp.h"
#include "BulkStatement.h"
#include "CaseRepository.h"
#include "RowBatch.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace StoreSupport;

namespace { } // namespace

namespace {

void bindTime(BulkStatement& s, int index, const QDateTime& at)
{
    if (at.isValid())
        s.bind(index, at.toMSecsSinceEpoch());
    else
        s.bindNull(index);
}

void addTime(RowBatch& batch, const QDateTime& at)
{
    if (at.isValid())
        batch.add(at.toMSecsSinceEpoch());
    else
        batch.addNull();
}

} // namespace

// Prepared once per connection and reused (issue 16: SQLite's own statements, BulkStatement).
struct CaseRowWriter::Statements
{
    explicit Statements(Database& db)
        // The latest import wins for nickname and KYC name, but never blanks a known one.
        : upsertUser(db,
            QStringLiteral(
                "INSERT INTO users (user_id, nickname, kyc_name) VALUES (?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET"
                " nickname = CASE WHEN excluded.nickname <> '' THEN excluded.nickname ELSE users.nickname END,"
                " kyc_name = CASE WHEN excluded.kyc_name <> '' THEN excluded.kyc_name ELSE users.kyc_name END"
                " RETURNING id"))
        , updateUser(db, QStringLiteral("UPDATE users SET nickname = ?, kyc_name = ? WHERE id = ?"))
        , insertEvent(db,
              QStringLiteral("INSERT INTO events (case_ref, at, type, by_role, party, cause, note, agent,"
                             " message_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , insertSearch(db, db.dialect().insertSearchRow())
    { }

    BulkStatement upsertUser;
    BulkStatement updateUser;
    BulkStatement insertEvent;
    BulkStatement insertSearch;
};

// The rows of a set of cases, table by table.
struct CaseRowWriter::Batches
{
    explicit Batches(Database& db)
        : cases(db, QStringLiteral("cases"),
            { QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("kind"), QStringLiteral("opened_at"),
                QStringLiteral("appellant"), QStringLiteral("reason"), QStringLiteral("language"),
                QStringLiteral("fiat"), QStringLiteral("fiat_amount"), QStringLiteral("amount_units"),
                QStringLiteral("status"), QStringLiteral("suggested_outcome"), QStringLiteral("suggested_clause"),
                QStringLiteral("due_at"), QStringLiteral("imported_at"), QStringLiteral("suspension_user"),
                QStringLiteral("suspension_since"), QStringLiteral("suspension_days"), QStringLiteral("import_run") })
        , users(db, QStringLiteral("users"),
              { QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("nickname"),
                  QStringLiteral("kyc_name") })
        , parties(db, QStringLiteral("parties"),
              { QStringLiteral("case_ref"), QStringLiteral("seq"), QStringLiteral("role"), QStringLiteral("user_ref"),
                  QStringLiteral("nickname"), QStringLiteral("kyc_name") })
        , orders(db, QStringLiteral("orders"),
              { QStringLiteral("case_ref"), QStringLiteral("number"), QStringLiteral("created_at"),
                  QStringLiteral("side_asset"), QStringLiteral("crypto_amount"), QStringLiteral("fiat"),
                  QStringLiteral("fiat_amount"), QStringLiteral("price"), QStringLiteral("market_price"),
                  QStringLiteral("method_name"), QStringLiteral("method_realtime"), QStringLiteral("seller_account"),
                  QStringLiteral("status") })
        , payments(db, QStringLiteral("payments"),
              { QStringLiteral("case_ref"), QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("amount"),
                  QStringLiteral("payer_name"), QStringLiteral("to_listed_account"), QStringLiteral("realtime"),
                  QStringLiteral("remark") })
        , events(db, QStringLiteral("events"),
              { QStringLiteral("case_ref"), QStringLiteral("at"), QStringLiteral("type"), QStringLiteral("by_role"),
                  QStringLiteral("party"), QStringLiteral("cause"), QStringLiteral("note"), QStringLiteral("agent"),
                  QStringLiteral("message_index") })
        , messages(db, QStringLiteral("messages"),
              { QStringLiteral("case_ref"), QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("channel"),
                  QStringLiteral("from_role"), QStringLiteral("text") })
        , history(db, QStringLiteral("history"),
              { QStringLiteral("case_ref"), QStringLiteral("user_id"), QStringLiteral("kind"),
                  QStringLiteral("count") })
    { }

    // In the order the rows must reach the database: cases and users before what refers to them.
    QList<RowBatch*> all() { return { &cases, &users, &parties, &orders, &payments, &events, &messages, &history }; }

    RowBatch cases;
    RowBatch users; // new users (SQLite)
    RowBatch parties;
    RowBatch orders;
    RowBatch payments;
    RowBatch events;
    RowBatch messages;
    RowBatch history;
};

// A user named by the cases being inserted (SQLite): its row as it will be after them.
struct CaseRowWriter::UserRow
{
    qint64 id = 0;
    QString nickname;
    QString kycName;
    bool isNew = false;
    bool changed = false; // a stored user whose names the cases change
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

CaseRowWriter::Batches& CaseRowWriter::batches()
{
    if (!m_batches)
        m_batches = std::make_unique<Batches>(m_db);
    return *m_batches;
}

bool CaseRowWriter::run(BulkStatement& statement)
{
    return statement.exec() || fail(&m_error, statement.error());
}

bool CaseRowWriter::reserveIds(const QString& table, int count, QList<qint64>* ids)
{
    ids->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(m_db.dialect().reserveIds(table, count)))
        return failQuery(&m_error, q);
    while (q.next())
        ids->append(q.value(0).toLongLong());
    if (ids->size() != count)
        return fail(&m_error,
            QCoreApplication::translate("CaseStore", "Database error: %1")
                .arg(QStringLiteral("%1 row ids reserved for %2 rows of %3").arg(ids->size()).arg(count).arg(table)));
    return true;
}

bool CaseRowWriter::lookUpUsers(const QStringList& userIds, QHash<QString, UserRow>* users)
{
    if (!m_lookUpUsers)
        m_lookUpUsers = std::make_unique<BatchLookUp>(
            m_db.connection(), QStringLiteral("SELECT id, user_id, nickname, kyc_name FROM users WHERE user_id IN"));
    return m_lookUpUsers->run(
        userIds,
        [&](const QSqlQuery& q) {
            users->insert(q.value(1).toString(),
                UserRow { q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString(), false, false });
        },
        &m_error);
}

// The users row id of every user the cases name, their rows written (new) or brought up to date:
// each party's non-empty nickname and KYC name replace the stored ones, in the order of the cases,
// as the upsert does for one party at a time.
bool CaseRowWriter::resolveUsers(const QList<CaseRow>& rows, QHash<QString, qint64>* userRefs)
{
    QStringList order; // distinct user ids, first seen first
    QHash<QString, UserRow> users;
    for (const CaseRow& row : rows) {
        for (const Party& p : row.facts->parties) {
            UserRow& u = users[p.userId];
            if (u.id == 0 && !u.isNew) {
                u.isNew = true; // until the look-up finds it
                order << p.userId;
            }
        }
    }
    QHash<QString, UserRow> merged;
    if (m_db.dialect().isPostgresql()) {
        // Another agent's import may add the same user at the same time: the upsert settles it.
        for (const CaseRow& row : rows) {
            for (const Party& p : row.facts->parties) {
                UserRow& u = merged[p.userId];
                if (!p.nickname.isEmpty())
                    u.nickname = p.nickname;
                if (!p.kycName.isEmpty())
                    u.kycName = p.kycName;
            }
        }
        BulkStatement& upsert = statements().upsertUser;
        for (const QString& id : std::as_const(order)) {
            const UserRow& u = merged[id];
            upsert.bind(1, id);
            upsert.bind(2, u.nickname);
            upsert.bind(3, u.kycName);
            qint64 ref = 0;
            if (!upsert.execReturning(&ref))
                return fail(&m_error, upsert.error());
            userRefs->insert(id, ref);
        }
        return true;
    }

    QHash<QString, UserRow> stored;
    if (!lookUpUsers(order, &stored))
        return false;
    int fresh = 0;
    for (const QString& id : std::as_const(order)) {
        const auto found = stored.constFind(id);
        if (found != stored.cend())
            users[id] = *found;
        else
            ++fresh;
    }
    QList<qint64> ids;
    if (fresh > 0 && !reserveIds(QStringLiteral("users"), fresh, &ids))
        return false;
    int next = 0;
    for (const QString& id : std::as_const(order)) {
        UserRow& u = users[id];
        if (u.isNew)
            u.id = ids.at(next++);
        userRefs->insert(id, u.id);
    }
    for (const CaseRow& row : rows) {
        for (const Party& p : row.facts->parties) {
            UserRow& u = users[p.userId];
            if (!p.nickname.isEmpty() && p.nickname != u.nickname) {
                u.nickname = p.nickname;
                u.changed = !u.isNew;
            }
            if (!p.kycName.isEmpty() && p.kycName != u.kycName) {
                u.kycName = p.kycName;
                u.changed = !u.isNew;
            }
        }
    }
    RowBatch& insert = batches().users;
    BulkStatement& update = statements().updateUser;
    for (const QString& id : std::as_const(order)) {
        const UserRow& u = users[id];
        if (u.isNew) {
            insert.add(u.id);
            insert.add(id);
            insert.add(u.nickname);
            insert.add(u.kycName);
        } else if (u.changed) {
            update.bind(1, u.nickname);
            update.bind(2, u.kycName);
            update.bind(3, u.id);
            if (!run(update))
                return false;
        }
    }
    return true;
}

bool CaseRowWriter::insertCases(const QList<CaseRow>& rows, const QDateTime& importedAt, qint64* firstRef)
{
    if (rows.isEmpty())
        return true;
    Batches& b = batches();
    QList<qint64> refs;
    QHash<QString, qint64> userRefs;
    if (!reserveIds(QStringLiteral("cases"), int(rows.size()), &refs) || !resolveUsers(rows, &userRefs)) {
        for (RowBatch* batch : b.all())
            batch->clear();
        return false;
    }
    if (firstRef)
        *firstRef = refs.first();

    for (int k = 0; k < rows.size(); ++k) {
        const CaseFacts& facts = *rows.at(k).facts;
        const Suggestion& suggestion = *rows.at(k).suggestion;
        const qint64 ref = refs.at(k);

        RowBatch& c = b.cases;
        c.add(ref);
        c.add(facts.id);
        c.add(PolicyIds::toId(facts.kind));
        addTime(c, facts.openedAt);
        c.add(PolicyIds::toId(facts.appellant));
        c.add(facts.reason);
        c.add(facts.language);
        c.add(facts.order ? facts.order->fiat : QString());
        c.add(facts.order ? facts.order->fiatAmount.toString() : QString());
        c.add(facts.order ? facts.order->fiatAmount.units() : qint64(0));
        c.add(rows.at(k).status);
        c.add(PolicyIds::toId(suggestion.outcome));
        c.add(suggestion.clauses.value(0));
        addTime(c, rows.at(k).due);
        addTime(c, importedAt);
        if (facts.suspension) {
            c.add(facts.suspension->userId);
            addTime(c, facts.suspension->since);
            c.add(qint64(facts.suspension->days));
        } else {
            c.addNull();
            c.addNull();
            c.addNull();
        }
        if (m_importRun > 0)
            c.add(m_importRun);
        else
            c.addNull();

        for (int i = 0; i < facts.parties.size(); ++i) {
            const Party& p = facts.parties.at(i);
            RowBatch& q = b.parties;
            q.add(ref);
            q.add(qint64(i));
            q.add(PolicyIds::toId(p.role));
            q.add(userRefs.value(p.userId));
            q.add(p.nickname);
            q.add(p.kycName);
        }

        if (facts.order) {
            const Order& o = *facts.order;
            RowBatch& q = b.orders;
            q.add(ref);
            q.add(o.number);
            addTime(q, o.createdAt);
            q.add(o.sideAsset);
            q.add(o.cryptoAmount.toString());
            q.add(o.fiat);
            q.add(o.fiatAmount.toString());
            q.add(o.price.toString());
            if (o.marketPrice)
                q.add(o.marketPrice->toString());
            else
                q.addNull();
            q.add(o.paymentMethod.name);
            q.add(qint64(o.paymentMethod.realtime ? 1 : 0));
            q.add(o.sellerAccount);
            q.add(PolicyIds::toId(o.status));
        }

        for (int i = 0; i < facts.payments.size(); ++i) {
            const Payment& p = facts.payments.at(i);
            RowBatch& q = b.payments;
            q.add(ref);
            q.add(qint64(i));
            addTime(q, p.at);
            q.add(p.amount.toString());
            q.add(p.payerName);
            q.add(qint64(p.toListedAccount ? 1 : 0));
            if (p.realtime)
                q.add(qint64(*p.realtime ? 1 : 0));
            else
                q.addNull();
            q.add(p.remark);
        }

        for (const CaseEvent& e : facts.events) {
            RowBatch& q = b.events;
            q.add(ref);
            addTime(q, e.at);
            q.add(PolicyIds::toId(e.type));
            q.add(PolicyIds::toId(e.by));
            q.add(PolicyIds::toId(e.party));
            q.add(PolicyIds::toId(e.cause));
            q.add(e.note);
            q.add(e.agent);
            q.add(qint64(e.messageIndex));
        }

        for (int i = 0; i < facts.messages.size(); ++i) {
            const Message& m = facts.messages.at(i);
            RowBatch& q = b.messages;
            q.add(ref);
            q.add(qint64(i));
            addTime(q, m.at);
            q.add(PolicyIds::toId(m.channel));
            q.add(PolicyIds::toId(m.from));
            q.add(m.text);
        }

        for (auto user = facts.history.cbegin(); user != facts.history.cend(); ++user) {
            for (auto kind = user.value().cbegin(); kind != user.value().cend(); ++kind) {
                RowBatch& q = b.history;
                q.add(ref);
                q.add(user.key());
                q.add(PolicyIds::toId(kind.key()));
                q.add(qint64(kind.value()));
            }
        }
    }

    bool ok = true;
    for (RowBatch* batch : b.all()) {
        if (ok && !batch->flush())
            ok = fail(&m_error, batch->error());
        batch->clear();
    }
    if (!ok)
        return false;
    // Issue 16: the search rows wait for flushSearchRows(), so that they reach the full-text index one
    // after the other: any other statement in between makes FTS5 write its pending terms out as a segment.
    for (int k = 0; k < rows.size(); ++k)
        m_pendingSearch.append({ refs.at(k),
            rows.at(k).searchBody && !rows.at(k).searchBody->isEmpty()
                ? *rows.at(k).searchBody
                : CaseRepository::searchBody(*rows.at(k).facts) });
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
