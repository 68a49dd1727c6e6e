#include "AuditReconciler.h"

#include "Database.h"
#include "PolicyEnums.h"
#include "StoreSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

using namespace StoreSupport;

namespace {

// The audit entries the live rows are compared with: the last one per subject.
enum class EntryColumn
{
    Id,
    At,
    Actor,
    Action,
    Subject,
    After
};
const char kEntries[] = "SELECT id, at, actor, action, subject, after FROM audit_log"
                        " WHERE action IN ('decide', 'void_strike', 'settings', 'reopen', 'review') ORDER BY id";

enum class DecisionColumn
{
    CaseRef,
    CaseId,
    Outcome,
    SuggestedOutcome,
    Override,
    Note,
    Agent,
    DecidedAt,
    Clauses,
    Revision,
    Id
};
// A page at a time (see reconcile()).
const char kDecisions[]
    = "SELECT d.case_ref, c.case_id, d.outcome, d.suggested_outcome, d.override, d.note, d.agent,"
      " d.decided_at, d.clauses, d.revision, d.id FROM decisions d JOIN cases c ON c.id = d.case_ref"
      " WHERE d.id > :after ORDER BY d.id LIMIT 1000";
using DecisionRow = QList<QVariant>;
QVariant col(const DecisionRow& row, DecisionColumn column)
{
    return row.at(static_cast<int>(column));
}

enum class StrikeColumn
{
    Id,
    UserId,
    Kind,
    Clause,
    At,
    Agent,
    VoidedAt,
    VoidedBy,
    VoidReason
};
const char kStrikesOfCase[] = "SELECT id, user_id, kind, clause, at, agent, voided_at, voided_by, void_reason"
                              " FROM strikes WHERE case_ref = :case_ref AND reopen_ref IS NULL ORDER BY id";

enum class OrphanColumn
{
    Id,
    UserId
};
const char kOrphanStrikes[] = "SELECT s.id, s.user_id FROM strikes s LEFT JOIN decisions d ON d.case_ref = s.case_ref"
                              " WHERE d.id IS NULL AND s.reopen_ref IS NULL ORDER BY s.id";

enum class SanctionColumn
{
    CaseRef,
    UserId,
    Scope,
    Days,
    StartsAt,
    EndsAt,
    Clause,
    VoidedAt
};
const char kSanctions[] = "SELECT case_ref, user_id, scope, days, starts_at, ends_at, clause, voided_at FROM sanctions"
                          " WHERE reopen_ref IS NULL ORDER BY case_ref, id";

// Issue 17, item 2: the team lead's reviews.
enum class ReviewColumn
{
    CaseId,
    DecidedAt,
    Agent,
    Clause,
    Override,
    Verdict,
    Note,
    Reviewer,
    ReviewedAt,
    Reopened
};
const char kReviews[] = "SELECT c.case_id, r.decided_at, r.agent, r.clause, r.override, r.verdict, r.note, r.reviewer,"
                        " r.reviewed_at, r.reopened FROM reviews r JOIN cases c ON c.id = r.case_ref ORDER BY r.id";

// Issue 14, item 8: reopened decisions, and the strikes and sanctions their reopen voided.
enum class HistoryColumn
{
    Id,
    CaseId,
    Outcome,
    SuggestedOutcome,
    Override,
    Note,
    Agent,
    DecidedAt,
    Clauses,
    Revision,
    ReopenedAt,
    ReopenedBy,
    Reason
};
const char kHistory[] = "SELECT h.id, c.case_id, h.outcome, h.suggested_outcome, h.override, h.note, h.agent,"
                        " h.decided_at, h.clauses, h.revision, h.reopened_at, h.reopened_by, h.reopen_reason"
                        " FROM decision_history h JOIN cases c ON c.id = h.case_ref ORDER BY h.id";

enum class ReopenedRowColumn
{
    Table,
    Id,
    ReopenRef,
    VoidedAt,
    VoidedBy,
    VoidReason
};
const char kReopenedRows[]
    = "SELECT 'strike', id, reopen_ref, voided_at, voided_by, void_reason FROM strikes WHERE reopen_ref IS NOT NULL"
      " UNION ALL SELECT 'sanction', id, reopen_ref, voided_at, voided_by, void_reason FROM sanctions"
      " WHERE reopen_ref IS NOT NULL ORDER BY 3, 1, 2";

enum class SettingColumn
{
    Key,
    Value
};
const char kSettings[] = "SELECT key, value FROM settings ORDER BY key";

using Entry = AuditReconciler::Entry;

QString strikeKey(const QString& user, const QString& kind, const QString& clause)
{
    return user + QLatin1Char('\x1f') + kind + QLatin1Char('\x1f') + clause;
}

QString sanctionKey(const QString& user, const QString& scope, const QJsonValue& days, const QString& startsAt,
    const QJsonValue& endsAt, const QString& clause)
{
    return QStringList { user, scope, days.isNull() ? QString() : QString::number(days.toInt()), startsAt,
        endsAt.isNull() ? QString() : endsAt.toString(), clause }
        .join(QLatin1Char('\x1f'));
}

} // namespace

AuditReconciler::AuditReconciler(const QSqlDatabase& db)
    : m_db(db)
{ }

void AuditReconciler::problem(const QString& text)
{
    ++m_result.problemCount;
    if (m_result.problems.size() < MaxProblems)
        m_result.problems << text;
}

AuditReconciliation AuditReconciler::readError(const QSqlQuery& query)
{
    m_failed = true;
    QString error;
    failQuery(&error, query);
    problem(error);
    m_result.ok = false;
    return m_result;
}

AuditReconciliation AuditReconciler::reconcile()
{
    m_result = AuditReconciliation();
    m_failed = false;

    // The last entry per decided case, voided strike and the settings.
    QHash<QString, Entry> decides;
    QHash<qint64, Entry> voids;
    QHash<qint64, Entry> reopens; // by decision_history id
    QHash<QString, Entry> reviews; // by case and the reviewed decision's instant
    std::optional<Entry> settings;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QLatin1String(kEntries)))
            return readError(q);
        while (q.next()) {
            Entry e { field(q, EntryColumn::Id).toLongLong(), field(q, EntryColumn::At).toLongLong(),
                field(q, EntryColumn::Actor).toString(), field(q, EntryColumn::After).toString() };
            const QString action = field(q, EntryColumn::Action).toString();
            const QString subject = field(q, EntryColumn::Subject).toString();
            if (action == QLatin1String("decide"))
                decides.insert(subject, e);
            else if (action == QLatin1String("void_strike"))
                voids.insert(subject.toLongLong(), e);
            else if (action == QLatin1String("review"))
                reviews.insert(subject + QLatin1Char('\x1f')
                        + QJsonDocument::fromJson(e.after.toUtf8())
                              .object()
                              .value(QStringLiteral("decided_at"))
                              .toString(),
                    e);
            else if (action == QLatin1String("reopen"))
                reopens.insert(
                    qint64(
                        QJsonDocument::fromJson(e.after.toUtf8()).object().value(QStringLiteral("reopen")).toDouble()),
                    e);
            else
                settings = e;
        }
        if (!reachedEnd(q))
            return readError(q);
    }

    // Sanctions are few: all of them, by case.
    QHash<qint64, QStringList> sanctionsOfCase;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QLatin1String(kSanctions)))
            return readError(q);
        while (q.next()) {
            if (!field(q, SanctionColumn::VoidedAt).isNull())
                problem(tr("a sanction on case ref %1 is voided without a reopen")
                            .arg(field(q, SanctionColumn::CaseRef).toLongLong()));
            const QVariant days = field(q, SanctionColumn::Days);
            const QVariant endsAt = field(q, SanctionColumn::EndsAt);
            sanctionsOfCase[field(q, SanctionColumn::CaseRef).toLongLong()]
                << sanctionKey(field(q, SanctionColumn::UserId).toString(), field(q, SanctionColumn::Scope).toString(),
                       days.isNull() ? QJsonValue() : QJsonValue(days.toInt()),
                       isoTime(fromMs(field(q, SanctionColumn::StartsAt))),
                       endsAt.isNull() ? QJsonValue() : QJsonValue(isoTime(fromMs(endsAt))),
                       field(q, SanctionColumn::Clause).toString());
        }
        if (!reachedEnd(q))
            return readError(q);
    }

    QSqlQuery strikes(m_db);
    strikes.setForwardOnly(true);
    if (!strikes.prepare(QLatin1String(kStrikesOfCase)))
        return readError(strikes);

    // The decisions a page at a time, each page read to its end before the strikes of its cases are: on
    // PostgreSQL a forward-only query still open loses its rows when another query runs on the connection.
    qint64 after = 0;
    for (;;) {
        QList<DecisionRow> page;
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.prepare(QLatin1String(kDecisions)))
                return readError(q);
            q.bindValue(QStringLiteral(":after"), after);
            if (!q.exec())
                return readError(q);
            while (q.next()) {
                DecisionRow row;
                for (int i = 0; i <= static_cast<int>(DecisionColumn::Id); ++i)
                    row << q.value(i);
                page << row;
            }
            if (!reachedEnd(q))
                return readError(q);
        }
        if (page.isEmpty())
            break;
        after = col(page.constLast(), DecisionColumn::Id).toLongLong();
        for (const DecisionRow& row : std::as_const(page)) {
            ++m_result.decisions;
            const qint64 ref = col(row, DecisionColumn::CaseRef).toLongLong();
            const QString caseId = col(row, DecisionColumn::CaseId).toString();
            const auto entryIt = decides.constFind(caseId);
            if (entryIt == decides.cend()) {
                problem(tr("the decision on case %1 has no audit entry").arg(caseId));
                continue;
            }
            const Entry& entry = entryIt.value();
            const QJsonObject logged = QJsonDocument::fromJson(entry.after.toUtf8()).object();
            QStringList differs;
            const auto compare = [&](const char* name, const QString& live, const QString& inLog) {
                if (live != inLog)
                    differs << tr("%1 is \"%2\", the log says \"%3\"").arg(QLatin1String(name), live, inLog);
            };
            compare("outcome", col(row, DecisionColumn::Outcome).toString(),
                logged.value(QStringLiteral("outcome")).toString());
            compare("suggested_outcome", col(row, DecisionColumn::SuggestedOutcome).toString(),
                logged.value(QStringLiteral("suggested_outcome")).toString());
            compare("override",
                col(row, DecisionColumn::Override).toInt() ? QStringLiteral("true") : QStringLiteral("false"),
                logged.value(QStringLiteral("override")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            compare("note", col(row, DecisionColumn::Note).toString(), logged.value(QStringLiteral("note")).toString());
            compare(
                "agent", col(row, DecisionColumn::Agent).toString(), logged.value(QStringLiteral("agent")).toString());
            compare("decided_at", isoTime(fromMs(col(row, DecisionColumn::DecidedAt))),
                isoTime(QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC)));
            compare("revision", col(row, DecisionColumn::Revision).toString(),
                logged.value(QStringLiteral("revision")).toString());
            // The entry's clauses are the suggestion's, which is also what the row stores.
            QStringList loggedClauses;
            for (const QJsonValue& v : logged.value(QStringLiteral("clauses")).toArray())
                loggedClauses << v.toString();
            compare("clauses", col(row, DecisionColumn::Clauses).toString(), loggedClauses.join(QLatin1Char(',')));

            // Strikes: the same (user, kind, clause) set, at the decision's time, by its agent.
            QStringList loggedStrikes;
            for (const QJsonValue& v : logged.value(QStringLiteral("strikes")).toArray()) {
                const QJsonObject s = v.toObject();
                loggedStrikes << strikeKey(s.value(QStringLiteral("user")).toString(),
                    s.value(QStringLiteral("kind")).toString(), s.value(QStringLiteral("clause")).toString());
            }
            QStringList liveStrikes;
            strikes.bindValue(QStringLiteral(":case_ref"), ref);
            if (!strikes.exec())
                return readError(strikes);
            while (strikes.next()) {
                ++m_result.strikes;
                const qint64 strikeId = field(strikes, StrikeColumn::Id).toLongLong();
                liveStrikes << strikeKey(field(strikes, StrikeColumn::UserId).toString(),
                    field(strikes, StrikeColumn::Kind).toString(), field(strikes, StrikeColumn::Clause).toString());
                if (field(strikes, StrikeColumn::At).toLongLong() != entry.atMs
                    || field(strikes, StrikeColumn::Agent).toString() != entry.actor)
                    problem(tr("strike %1 on case %2 differs from its decision's audit entry (time or agent)")
                                .arg(strikeId)
                                .arg(caseId));
                const QVariant voidedAt = field(strikes, StrikeColumn::VoidedAt);
                const auto voidIt = voids.constFind(strikeId);
                if (voidedAt.isNull() && voidIt != voids.cend())
                    problem(tr("strike %1 on case %2 was voided (audit entry %3) but counts again")
                                .arg(strikeId)
                                .arg(caseId)
                                .arg(voidIt->id));
                else if (!voidedAt.isNull() && voidIt == voids.cend())
                    problem(tr("strike %1 on case %2 is voided without an audit entry").arg(strikeId).arg(caseId));
                else if (!voidedAt.isNull()
                    && (voidedAt.toLongLong() != voidIt->atMs
                        || field(strikes, StrikeColumn::VoidedBy).toString() != voidIt->actor
                        || field(strikes, StrikeColumn::VoidReason).toString() != voidIt->after))
                    problem(tr("the void of strike %1 on case %2 differs from its audit entry %3")
                                .arg(strikeId)
                                .arg(caseId)
                                .arg(voidIt->id));
            }
            if (!reachedEnd(strikes))
                return readError(strikes);
            loggedStrikes.sort();
            liveStrikes.sort();
            if (loggedStrikes != liveStrikes)
                differs << tr("its strikes (%1) are not the logged ones (%2)")
                               .arg(liveStrikes.size())
                               .arg(loggedStrikes.size());

            QStringList loggedSanctions;
            for (const QJsonValue& v : logged.value(QStringLiteral("sanctions")).toArray()) {
                const QJsonObject s = v.toObject();
                loggedSanctions << sanctionKey(s.value(QStringLiteral("user")).toString(),
                    s.value(QStringLiteral("scope")).toString(), s.value(QStringLiteral("days")),
                    s.value(QStringLiteral("starts_at")).toString(), s.value(QStringLiteral("ends_at")),
                    s.value(QStringLiteral("clause")).toString());
            }
            QStringList liveSanctions = sanctionsOfCase.take(ref);
            loggedSanctions.sort();
            liveSanctions.sort();
            if (loggedSanctions != liveSanctions)
                differs << tr("its sanctions (%1) are not the logged ones (%2)")
                               .arg(liveSanctions.size())
                               .arg(loggedSanctions.size());

            if (!differs.isEmpty())
                problem(tr("the decision on case %1 differs from its audit entry %2: %3")
                            .arg(caseId)
                            .arg(entry.id)
                            .arg(differs.join(QStringLiteral("; "))));
        }
    }

    // Strikes and sanctions no decision recorded.
    {
        QSqlQuery orphans(m_db);
        orphans.setForwardOnly(true);
        if (!orphans.exec(QLatin1String(kOrphanStrikes)))
            return readError(orphans);
        while (orphans.next()) {
            ++m_result.strikes;
            problem(tr("strike %1 of user %2 has no decision and no audit entry")
                        .arg(field(orphans, OrphanColumn::Id).toLongLong())
                        .arg(field(orphans, OrphanColumn::UserId).toString()));
        }
        if (!reachedEnd(orphans))
            return readError(orphans);
    }
    for (auto it = sanctionsOfCase.cbegin(); it != sanctionsOfCase.cend(); ++it)
        problem(tr("%n sanction(s) of a case without a decision have no audit entry", nullptr, int(it->size())));

    if (!reconcileReopens(reopens, voids) || !reconcileReviews(reviews))
        return m_result;

    // The settings rows are the last settings entry's values (no rows and no entry: the defaults).
    {
        QJsonObject live;
        QSqlQuery s(m_db);
        s.setForwardOnly(true);
        if (!s.exec(QLatin1String(kSettings)))
            return readError(s);
        while (s.next())
            live.insert(field(s, SettingColumn::Key).toString(), field(s, SettingColumn::Value).toString());
        if (!reachedEnd(s))
            return readError(s);
        if (settings) {
            const QJsonObject logged = QJsonDocument::fromJson(settings->after.toUtf8()).object();
            QStringList keys = live.keys() + logged.keys();
            keys.removeDuplicates();
            keys.sort();
            for (const QString& key : std::as_const(keys))
                if (live.value(key) != logged.value(key))
                    problem(tr("the setting %1 is \"%2\", its audit entry %3 says \"%4\"")
                                .arg(key, live.value(key).toString())
                                .arg(settings->id)
                                .arg(logged.value(key).toString()));
        } else if (!live.isEmpty()) {
            problem(tr("the policy settings were changed without an audit entry"));
        }
    }
    m_result.ok = m_result.problemCount == 0;
    return m_result;
}

bool AuditReconciler::reconcileReopens(QHash<qint64, Entry> reopens, const QHash<qint64, Entry>& voids)
{
    // What each reopen voided, by its decision_history id.
    struct Voided
    {
        QList<qint64> strikes;
        QList<qint64> sanctions;
    };
    QHash<qint64, Voided> voidedBy;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QLatin1String(kReopenedRows))) {
            readError(q);
            return false;
        }
        while (q.next()) {
            const bool strike = field(q, ReopenedRowColumn::Table).toString() == QLatin1String("strike");
            const qint64 id = field(q, ReopenedRowColumn::Id).toLongLong();
            const qint64 reopen = field(q, ReopenedRowColumn::ReopenRef).toLongLong();
            (strike ? voidedBy[reopen].strikes : voidedBy[reopen].sanctions) << id;
            if (strike)
                ++m_result.strikes;
            // Voided by the reopen unless a void_strike entry voided it before.
            const auto entry = reopens.constFind(reopen);
            const auto earlier = strike ? voids.constFind(id) : voids.cend();
            const Entry* by = earlier != voids.cend() ? &earlier.value() : nullptr;
            if (!by && entry == reopens.cend())
                continue; // named below, with the reopen
            QString reason;
            if (!by) {
                by = &entry.value();
                reason
                    = QJsonDocument::fromJson(by->after.toUtf8()).object().value(QStringLiteral("reason")).toString();
            } else {
                reason = by->after;
            }
            const QVariant voidedAt = field(q, ReopenedRowColumn::VoidedAt);
            if (voidedAt.isNull() || voidedAt.toLongLong() != by->atMs
                || field(q, ReopenedRowColumn::VoidedBy).toString() != by->actor
                || field(q, ReopenedRowColumn::VoidReason).toString() != reason)
                problem((strike ? tr("strike %1 of a reopened decision differs from its audit entry %2")
                                : tr("sanction %1 of a reopened decision differs from its audit entry %2"))
                            .arg(id)
                            .arg(by->id));
        }
        if (!reachedEnd(q)) {
            readError(q);
            return false;
        }
    }

    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kHistory))) {
        readError(q);
        return false;
    }
    while (q.next()) {
        ++m_result.decisions;
        const qint64 id = field(q, HistoryColumn::Id).toLongLong();
        const QString caseId = field(q, HistoryColumn::CaseId).toString();
        const Voided voided = voidedBy.take(id);
        const std::optional<Entry> entry = reopens.contains(id) ? std::optional(reopens.take(id)) : std::nullopt;
        if (!entry) {
            problem(tr("the reopened decision on case %1 has no audit entry").arg(caseId));
            continue;
        }
        const QJsonObject after = QJsonDocument::fromJson(entry->after.toUtf8()).object();
        const QJsonObject logged = after.value(QStringLiteral("decision")).toObject();
        QStringList differs;
        const auto compare = [&](const char* name, const QString& live, const QString& inLog) {
            if (live != inLog)
                differs << tr("%1 is \"%2\", the log says \"%3\"").arg(QLatin1String(name), live, inLog);
        };
        compare("case", caseId, logged.value(QStringLiteral("case")).toString());
        compare(
            "outcome", field(q, HistoryColumn::Outcome).toString(), logged.value(QStringLiteral("outcome")).toString());
        compare("suggested_outcome", field(q, HistoryColumn::SuggestedOutcome).toString(),
            logged.value(QStringLiteral("suggested_outcome")).toString());
        compare("override",
            field(q, HistoryColumn::Override).toInt() ? QStringLiteral("true") : QStringLiteral("false"),
            logged.value(QStringLiteral("override")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        compare("note", field(q, HistoryColumn::Note).toString(), logged.value(QStringLiteral("note")).toString());
        compare("agent", field(q, HistoryColumn::Agent).toString(), logged.value(QStringLiteral("agent")).toString());
        compare("decided_at", isoTime(fromMs(field(q, HistoryColumn::DecidedAt))),
            logged.value(QStringLiteral("decided_at")).toString());
        compare("revision", field(q, HistoryColumn::Revision).toString(),
            logged.value(QStringLiteral("revision")).toString());
        QStringList loggedClauses;
        for (const QJsonValue& v : logged.value(QStringLiteral("clauses")).toArray())
            loggedClauses << v.toString();
        compare("clauses", field(q, HistoryColumn::Clauses).toString(), loggedClauses.join(QLatin1Char(',')));
        compare("reopened_at", isoTime(fromMs(field(q, HistoryColumn::ReopenedAt))),
            isoTime(QDateTime::fromMSecsSinceEpoch(entry->atMs, Qt::UTC)));
        compare("reopened_by", field(q, HistoryColumn::ReopenedBy).toString(), entry->actor);
        compare("reopen_reason", field(q, HistoryColumn::Reason).toString(),
            after.value(QStringLiteral("reason")).toString());
        const auto ids = [](const QJsonValue& value) {
            QList<qint64> list;
            for (const QJsonValue& v : value.toArray())
                list << qint64(v.toDouble());
            std::sort(list.begin(), list.end());
            return list;
        };
        if (ids(after.value(QStringLiteral("voided_strikes"))) != voided.strikes)
            differs << tr("its voided strikes are not the logged ones");
        if (ids(after.value(QStringLiteral("voided_sanctions"))) != voided.sanctions)
            differs << tr("its voided sanctions are not the logged ones");
        if (!differs.isEmpty())
            problem(tr("the reopened decision on case %1 differs from its audit entry %2: %3")
                        .arg(caseId)
                        .arg(entry->id)
                        .arg(differs.join(QStringLiteral("; "))));
    }
    if (!reachedEnd(q)) {
        readError(q);
        return false;
    }
    for (auto it = reopens.cbegin(); it != reopens.cend(); ++it)
        problem(tr("the reopen of audit entry %1 has no reopened decision").arg(it->id));
    for (auto it = voidedBy.cbegin(); it != voidedBy.cend(); ++it)
        problem(tr("strikes or sanctions point at reopened decision %1, which does not exist").arg(it.key()));
    return true;
}

bool AuditReconciler::reconcileReviews(QHash<QString, Entry> entries)
{
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kReviews))) {
        readError(q);
        return false;
    }
    while (q.next()) {
        ++m_result.reviews;
        const QString caseId = field(q, ReviewColumn::CaseId).toString();
        const QString decidedAt = isoTime(fromMs(field(q, ReviewColumn::DecidedAt)));
        const QString key = caseId + QLatin1Char('\x1f') + decidedAt;
        if (!entries.contains(key)) {
            problem(tr("the review of the decision of %1 on case %2 has no audit entry").arg(decidedAt, caseId));
            continue;
        }
        const Entry entry = entries.take(key);
        const QJsonObject logged = QJsonDocument::fromJson(entry.after.toUtf8()).object();
        const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
        const QList<std::pair<QString, QString>> pairs = {
            { field(q, ReviewColumn::Agent).toString(), logged.value(QStringLiteral("agent")).toString() },
            { field(q, ReviewColumn::Clause).toString(), logged.value(QStringLiteral("clause")).toString() },
            { flag(field(q, ReviewColumn::Override).toInt() != 0),
                flag(logged.value(QStringLiteral("override")).toBool()) },
            { field(q, ReviewColumn::Verdict).toString(), logged.value(QStringLiteral("verdict")).toString() },
            { field(q, ReviewColumn::Note).toString(), logged.value(QStringLiteral("note")).toString() },
            { field(q, ReviewColumn::Reviewer).toString(), entry.actor },
            { isoTime(fromMs(field(q, ReviewColumn::ReviewedAt))),
                isoTime(QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC)) },
            { flag(field(q, ReviewColumn::Reopened).toInt() != 0),
                flag(logged.value(QStringLiteral("reopened")).toBool()) },
        };
        for (const auto& [live, inLog] : pairs) {
            if (live != inLog) {
                problem(tr("the review of case %1 differs from its audit entry %2: \"%3\", the log says \"%4\"")
                            .arg(caseId)
                            .arg(entry.id)
                            .arg(live, inLog));
                break;
            }
        }
    }
    if (!reachedEnd(q)) {
        readError(q);
        return false;
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        problem(tr("the review of audit entry %1 is missing").arg(it->id));
    return true;
}
