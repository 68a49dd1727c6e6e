#include "CaseRepository.h"

#include "AuditLog.h"
#include "BatchLookUp.h"
#include "CaseRowWriter.h"
#include "Database.h"
#include "PolicySettingsStore.h"
#include "SearchFolding.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

#include <QSqlQuery>

using namespace StoreSupport;

namespace {

QString statusFor(const Suggestion& suggestion)
{
    return caseStatusId(
        suggestion.outcome == Outcome::None && suggestion.pendingUntil ? CaseStatus::Waiting : CaseStatus::Open);
}

// The queue's due time: the end of what the case waits for, else the SLA from its opening.
QDateTime dueAt(const CaseFacts& facts, const Suggestion& suggestion, int slaHours)
{
    return suggestion.pendingUntil ? *suggestion.pendingUntil : facts.openedAt.addSecs(qint64(slaHours) * 3600);
}

// The SELECTs of load(), each with the enum that names its columns.
enum class CaseColumn
{
    Id,
    Kind,
    OpenedAt,
    Appellant,
    Reason,
    Language,
    SuspensionUser,
    SuspensionSince,
    SuspensionDays
};
const char kCase[] = "SELECT id, kind, opened_at, appellant, reason, language, suspension_user, suspension_since,"
                     " suspension_days FROM cases WHERE case_id = :case_id";

enum class PartyColumn
{
    Role,
    UserId,
    Nickname,
    KycName
};
const char kParties[] = "SELECT p.role, u.user_id, p.nickname, p.kyc_name FROM parties p"
                        " JOIN users u ON u.id = p.user_ref WHERE p.case_ref = :case_ref ORDER BY p.seq";

enum class OrderColumn
{
    Number,
    CreatedAt,
    SideAsset,
    CryptoAmount,
    Fiat,
    FiatAmount,
    Price,
    MarketPrice,
    MethodName,
    MethodRealtime,
    SellerAccount,
    Status
};
const char kOrder[] = "SELECT number, created_at, side_asset, crypto_amount, fiat, fiat_amount, price, market_price,"
                      " method_name, method_realtime, seller_account, status FROM orders WHERE case_ref = :case_ref";

enum class PaymentColumn
{
    At,
    Amount,
    PayerName,
    ToListedAccount,
    Realtime,
    Remark
};
const char kPayments[] = "SELECT at, amount, payer_name, to_listed_account, realtime, remark FROM payments"
                         " WHERE case_ref = :case_ref ORDER BY seq";

enum class EventColumn
{
    At,
    Type,
    ByRole,
    Party,
    Cause,
    Note,
    Agent,
    MessageIndex
};
const char kEvents[] = "SELECT at, type, by_role, party, cause, note, agent, message_index FROM events"
                       " WHERE case_ref = :case_ref ORDER BY id";

enum class MessageColumn
{
    At,
    Channel,
    FromRole,
    Text
};
const char kMessages[] = "SELECT at, channel, from_role, text FROM messages WHERE case_ref = :case_ref ORDER BY seq";

enum class HistoryColumn
{
    UserId,
    Kind,
    Count
};
const char kHistory[] = "SELECT user_id, kind, count FROM history WHERE case_ref = :case_ref";

// The statement's `:case_ref` rows, one `read` each; false when a step fails.
template<typename Read> bool readRows(QSqlQuery& q, const char* sql, qint64 caseRef, Read&& read)
{
    if (!q.prepare(QLatin1String(sql)))
        return false;
    q.bindValue(QStringLiteral(":case_ref"), caseRef);
    if (!q.exec())
        return false;
    while (q.next())
        read();
    return reachedEnd(q);
}

enum class CaseIdColumn
{
    Id,
    Status
};
enum class StoredCaseColumn
{
    CaseId,
    Id,
    Status
};
enum class CountColumn
{
    Count
};
enum class EmptyColumn
{
    NoCase
};
enum class UndecidedColumn
{
    Id,
    CaseId
};

} // namespace

CaseRepository::CaseRepository(Database& db, const PolicySettingsStore& settings, AuditLog& audit)
    : m_db(db)
    , m_settings(settings)
    , m_audit(audit)
    , m_writer(std::make_unique<CaseRowWriter>(db))
{
    m_commitHook = m_db.addCommitHook(
        [this](QString* error) {
            if (m_writer->flushSearchRows())
                return true;
            *error = m_writer->lastError();
            return false;
        },
        [this] { m_writer->discardSearchRows(); });
}

CaseRepository::~CaseRepository()
{
    m_db.removeCommitHook(m_commitHook);
}

bool CaseRepository::lookUp(const QString& caseId, qint64* ref, bool* decided) const
{
    if (!m_lookUp) {
        auto lookUp = std::make_unique<QSqlQuery>(m_db.connection());
        if (!prepare(*lookUp, QStringLiteral("SELECT id, status FROM cases WHERE case_id = :case_id"), &m_error))
            return false;
        m_lookUp = std::move(lookUp);
    }
    QSqlQuery& q = *m_lookUp;
    q.bindValue(QStringLiteral(":case_id"), str(caseId));
    *ref = 0;
    *decided = false;
    bool ok = q.exec();
    if (ok && q.next()) {
        *ref = field(q, CaseIdColumn::Id).toLongLong();
        *decided = field(q, CaseIdColumn::Status).toString() == caseStatusId(CaseStatus::Decided);
    } else if (!ok || !reachedEnd(q)) {
        ok = failQuery(&m_error, q);
    }
    q.finish();
    return ok;
}

QString CaseRepository::searchBody(const CaseFacts& facts)
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
    return SearchFolding::searchable(parts.join(QLatin1Char('\n')));
}

qint64 CaseRepository::rowIdOf(const QString& caseId) const
{
    qint64 ref = 0;
    bool decided = false;
    return lookUp(caseId, &ref, &decided) ? ref : -1;
}

static_assert(CaseRepository::LookUpBatch == BatchLookUp::Batch);

bool CaseRepository::lookUpAll(const QStringList& caseIds, QHash<QString, StoredCase>* stored) const
{
    stored->clear();
    if (!m_lookUpAll)
        m_lookUpAll = std::make_unique<BatchLookUp>(
            m_db.connection(), QStringLiteral("SELECT case_id, id, status FROM cases WHERE case_id IN"));
    const QString decided = caseStatusId(CaseStatus::Decided);
    const bool ok = m_lookUpAll->run(
        caseIds,
        [&](const QSqlQuery& q) {
            stored->insert(field(q, StoredCaseColumn::CaseId).toString(),
                StoredCase { field(q, StoredCaseColumn::Id).toLongLong(),
                    field(q, StoredCaseColumn::Status).toString() == decided });
        },
        &m_error);
    if (!ok)
        stored->clear();
    return ok;
}

bool CaseRepository::exists(const QString& caseId) const
{
    return rowIdOf(caseId) > 0;
}

bool CaseRepository::isDecided(const QString& caseId) const
{
    qint64 ref = 0;
    bool decided = false;
    return lookUp(caseId, &ref, &decided) && decided;
}

bool CaseRepository::insert(const CaseFacts& facts, const Suggestion& suggestion, const QDateTime& importedAt)
{
    return insertAll({ NewCase { facts, suggestion } }, importedAt);
}

bool CaseRepository::insertAll(const QList<NewCase>& cases, const QDateTime& importedAt, qint64* firstRowId)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const std::optional<int> sla = m_settings.slaHours();
    if (!sla)
        return fail(&m_error, m_settings.lastError());
    QList<CaseRowWriter::CaseRow> rows;
    rows.reserve(cases.size());
    for (const NewCase& c : cases)
        rows.append(
            { &c.facts, &c.suggestion, statusFor(c.suggestion), dueAt(c.facts, c.suggestion, *sla), &c.searchBody });
    if (!m_writer->insertCases(rows, importedAt, firstRowId))
        return fail(&m_error, m_writer->lastError());
    if (!m_writer->flushSearchRows())
        return fail(&m_error, m_writer->lastError());
    return scope.commit();
}

void CaseRepository::setImportRun(qint64 run)
{
    m_writer->setImportRun(run);
}

bool CaseRepository::remove(const QString& caseId)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    if (!m_writer->flushSearchRows())
        return fail(&m_error, m_writer->lastError());
    const qint64 ref = rowIdOf(caseId);
    if (ref < 0)
        return false;
    if (ref == 0)
        return fail(&m_error, tr("Case %1 does not exist").arg(caseId));
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("DELETE FROM cases WHERE id = :case_ref AND status <> :decided"), &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_ref"), ref);
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1)
        return fail(&m_error, tr("Case %1 is decided and cannot be replaced").arg(caseId));
    if (!prepare(q, m_db.dialect().deleteSearchRow(), &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_ref"), ref);
    if (!q.exec())
        return failQuery(&m_error, q);
    return scope.commit();
}

std::optional<CaseFacts> CaseRepository::load(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    switch (selectCaseRow(q, QLatin1String(kCase), caseId, &m_error)) {
    case CaseRow::Failed:
        return std::nullopt;
    case CaseRow::Missing:
        fail(&m_error, tr("Case %1 does not exist").arg(caseId));
        return std::nullopt;
    case CaseRow::Found:
        break;
    }
    CaseFacts f;
    const qint64 ref = field(q, CaseColumn::Id).toLongLong();
    f.id = caseId;
    f.kind = enumOr(field(q, CaseColumn::Kind).toString(), CaseKind::P2pAppeal);
    f.openedAt = fromMs(field(q, CaseColumn::OpenedAt));
    f.appellant = enumOr(field(q, CaseColumn::Appellant).toString(), Role::None);
    f.reason = field(q, CaseColumn::Reason).toString();
    f.language = field(q, CaseColumn::Language).toString();
    if (!field(q, CaseColumn::SuspensionUser).isNull())
        f.suspension = Suspension { field(q, CaseColumn::SuspensionUser).toString(),
            fromMs(field(q, CaseColumn::SuspensionSince)), field(q, CaseColumn::SuspensionDays).toInt() };
    if (!loadParts(ref, &f))
        return std::nullopt;
    return f;
}

// Every row of the case below its case row; one failed query fails the whole load:
// a case without its parties or events would be judged as if it had none.
bool CaseRepository::loadParts(qint64 ref, CaseFacts* f) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto failed = [&] { return failQuery(&m_error, q); };

    if (!readRows(q, kParties, ref, [&] {
            f->parties.append(Party { enumOr(field(q, PartyColumn::Role).toString(), Role::None),
                field(q, PartyColumn::UserId).toString(), field(q, PartyColumn::Nickname).toString(),
                field(q, PartyColumn::KycName).toString() });
        }))
        return failed();

    if (!readRows(q, kOrder, ref, [&] {
            Order o;
            o.number = field(q, OrderColumn::Number).toString();
            o.createdAt = fromMs(field(q, OrderColumn::CreatedAt));
            o.sideAsset = field(q, OrderColumn::SideAsset).toString();
            Decimal::parse(field(q, OrderColumn::CryptoAmount).toString(), &o.cryptoAmount);
            o.fiat = field(q, OrderColumn::Fiat).toString();
            Decimal::parse(field(q, OrderColumn::FiatAmount).toString(), &o.fiatAmount);
            Decimal::parse(field(q, OrderColumn::Price).toString(), &o.price);
            Decimal market;
            const QVariant marketPrice = field(q, OrderColumn::MarketPrice);
            if (!marketPrice.isNull() && Decimal::parse(marketPrice.toString(), &market))
                o.marketPrice = market;
            o.paymentMethod = PaymentMethod { field(q, OrderColumn::MethodName).toString(),
                field(q, OrderColumn::MethodRealtime).toInt() != 0 };
            o.sellerAccount = field(q, OrderColumn::SellerAccount).toString();
            o.status = enumOr(field(q, OrderColumn::Status).toString(), OrderStatus::Created);
            if (!f->order) // one order per case (orders.case_ref is unique)
                f->order = o;
        }))
        return failed();

    if (!readRows(q, kPayments, ref, [&] {
            Payment p;
            p.at = fromMs(field(q, PaymentColumn::At));
            Decimal::parse(field(q, PaymentColumn::Amount).toString(), &p.amount);
            p.payerName = field(q, PaymentColumn::PayerName).toString();
            p.toListedAccount = field(q, PaymentColumn::ToListedAccount).toInt() != 0;
            if (!field(q, PaymentColumn::Realtime).isNull())
                p.realtime = field(q, PaymentColumn::Realtime).toInt() != 0;
            p.remark = field(q, PaymentColumn::Remark).toString();
            f->payments.append(p);
        }))
        return failed();

    if (!readRows(q, kEvents, ref, [&] {
            CaseEvent e;
            e.at = fromMs(field(q, EventColumn::At));
            e.type = enumOr(field(q, EventColumn::Type).toString(), EventType::Note);
            e.by = enumOr(field(q, EventColumn::ByRole).toString(), Role::None);
            e.party = enumOr(field(q, EventColumn::Party).toString(), Role::None);
            e.cause = enumOr(field(q, EventColumn::Cause).toString(), CancelCause::None);
            e.note = field(q, EventColumn::Note).toString();
            e.agent = field(q, EventColumn::Agent).toString();
            e.messageIndex = field(q, EventColumn::MessageIndex).toInt();
            f->events.append(e);
        }))
        return failed();

    if (!readRows(q, kMessages, ref, [&] {
            f->messages.append(Message { fromMs(field(q, MessageColumn::At)),
                enumOr(field(q, MessageColumn::Channel).toString(), Channel::OrderChat),
                enumOr(field(q, MessageColumn::FromRole).toString(), Role::None),
                field(q, MessageColumn::Text).toString() });
        }))
        return failed();

    if (!readRows(q, kHistory, ref, [&] {
            StrikeKind kind;
            if (PolicyIds::fromId(field(q, HistoryColumn::Kind).toString(), &kind))
                f->history[field(q, HistoryColumn::UserId).toString()][kind] = field(q, HistoryColumn::Count).toInt();
        }))
        return failed();
    return true;
}

qint64 CaseRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next()) {
        failQuery(&m_error, q);
        return 0;
    }
    return field(q, CountColumn::Count).toLongLong();
}

bool CaseRepository::isEmpty() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM cases)")) || !q.next())
        return failQuery(&m_error, q);
    return field(q, EmptyColumn::NoCase).toBool();
}

bool CaseRepository::undecidedAfter(qint64 afterRowId, int limit, QList<QPair<qint64, QString>>* cases) const
{
    cases->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q,
            QStringLiteral("SELECT id, case_id FROM cases WHERE id > :after AND status <> :decided"
                           " ORDER BY id LIMIT :limit"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":after"), afterRowId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec())
        return failQuery(&m_error, q);
    while (q.next())
        cases->append({ field(q, UndecidedColumn::Id).toLongLong(), field(q, UndecidedColumn::CaseId).toString() });
    if (!reachedEnd(q)) {
        cases->clear();
        return failQuery(&m_error, q);
    }
    return true;
}

qint64 CaseRepository::undecidedCount() const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> :decided"), &m_error))
        return 0;
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec() || !q.next()) {
        failQuery(&m_error, q);
        return 0;
    }
    return field(q, CountColumn::Count).toLongLong();
}

bool CaseRepository::updateSuggestion(const QString& caseId, const Suggestion& suggestion)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const std::optional<int> sla = m_settings.slaHours();
    if (!sla)
        return fail(&m_error, m_settings.lastError());
    QSqlQuery q(m_db.connection());
    // Only a row whose columns change is written: each write touches a dozen queue indexes,
    // and a settings change recomputes every undecided case, most of them unchanged.
    if (!prepare(q,
            QStringLiteral(
                "UPDATE cases SET suggested_outcome = :outcome, suggested_clause = :clause,"
                " due_at = COALESCE(:pending, opened_at + :sla), status = :status, version = version + 1"
                " WHERE case_id = :id AND status <> :decided AND (suggested_outcome IS DISTINCT FROM :outcome"
                " OR suggested_clause IS DISTINCT FROM :clause"
                " OR due_at IS DISTINCT FROM COALESCE(:pending, opened_at + :sla)"
                " OR status IS DISTINCT FROM :status)"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":outcome"), PolicyIds::toId(suggestion.outcome));
    q.bindValue(QStringLiteral(":clause"), str(suggestion.clauses.value(0)));
    q.bindValue(QStringLiteral(":pending"), suggestion.pendingUntil ? ms(*suggestion.pendingUntil) : nullInt64());
    q.bindValue(QStringLiteral(":sla"), qint64(*sla) * 3600 * 1000);
    q.bindValue(QStringLiteral(":status"), statusFor(suggestion));
    q.bindValue(QStringLiteral(":id"), str(caseId));
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1) {
        // Nothing written: fine for an undecided case whose columns were already so.
        qint64 ref = 0;
        bool decided = false;
        if (!lookUp(caseId, &ref, &decided))
            return false;
        if (ref == 0 || decided)
            return fail(&m_error, tr("Case %1 does not exist or is already decided").arg(caseId));
    }
    return scope.commit();
}

bool CaseRepository::recordEvent(
    const QString& caseId, const CaseEvent& event, const std::optional<Suggestion>& suggestion)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const qint64 ref = rowIdOf(caseId);
    if (ref < 0)
        return false;
    if (ref == 0)
        return fail(&m_error, tr("Case %1 does not exist").arg(caseId));
    if (!m_writer->insertEvent(ref, event))
        return fail(&m_error, m_writer->lastError());
    if (suggestion && !updateSuggestion(caseId, *suggestion))
        return false;
    if (!m_audit.append(event.agent, QStringLiteral("event"), caseId, QString(), PolicyIds::toId(event.type), event.at))
        return fail(&m_error, m_audit.lastError());
    return scope.commit();
}
