#include "AuditReconciler.h"

#include "Database.h"
#include "PolicyEnums.h"
#include "StoreSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

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
                        " WHERE action IN ('decide', 'void_strike', 'settings') ORDER BY id";

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
// Read a page at a time and compared after the page is read: the strikes of each decision are read
// meanwhile, and PostgreSQL's driver streams one query's rows per connection at a time.
const char kDecisions[]
    = "SELECT d.case_ref, c.case_id, d.outcome, d.suggested_outcome, d.override, d.note, d.agent,"
      " d.decided_at, d.clauses, d.revision, d.id FROM decisions d JOIN cases c ON c.id = d.case_ref"
      " WHERE d.id > :after ORDER BY d.id LIMIT 2000";

template<typename Column> QVariant field(const QSqlRecord& record, Column column)
{
    return record.value(static_cast<int>(column));
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
                              " FROM strikes WHERE case_ref = :case_ref ORDER BY id";

enum class OrphanColumn
{
    Id,
    UserId
};
const char kOrphanStrikes[] = "SELECT s.id, s.user_id FROM strikes s LEFT JOIN decisions d ON d.case_ref = s.case_ref"
                              " WHERE d.id IS NULL ORDER BY s.id";

enum class SanctionColumn
{
    CaseRef,
    UserId,
    Scope,
    Days,
    StartsAt,
    EndsAt,
    Clause
};
const char kSanctions[]
    = "SELECT case_ref, user_id, scope, days, starts_at, ends_at, clause FROM sanctions ORDER BY case_ref, id";

enum class SettingColumn
{
    Key,
    Value
};
const char kSettings[] = "SELECT key, value FROM settings ORDER BY key";

struct Entry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString after;
};

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

    QSqlQuery page(m_db);
    page.setForwardOnly(true);
    if (!page.prepare(QLatin1String(kDecisions)))
        return readError(page);
    QList<QSqlRecord> rows;
    qint64 after = 0;
    for (;;) {
        rows.clear();
        page.bindValue(QStringLiteral(":after"), after);
        if (!page.exec())
            return readError(page);
        while (page.next())
            rows << page.record();
        if (!reachedEnd(page))
            return readError(page);
        page.finish();
        if (rows.isEmpty())
            break;
        after = field(rows.constLast(), DecisionColumn::Id).toLongLong();
        for (const QSqlRecord& q : std::as_const(rows)) {
            ++m_result.decisions;
            const qint64 ref = field(q, DecisionColumn::CaseRef).toLongLong();
            const QString caseId = field(q, DecisionColumn::CaseId).toString();
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
            compare("outcome", field(q, DecisionColumn::Outcome).toString(),
                logged.value(QStringLiteral("outcome")).toString());
            compare("suggested_outcome", field(q, DecisionColumn::SuggestedOutcome).toString(),
                logged.value(QStringLiteral("suggested_outcome")).toString());
            compare("override",
                field(q, DecisionColumn::Override).toInt() ? QStringLiteral("true") : QStringLiteral("false"),
                logged.value(QStringLiteral("override")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            compare("note", field(q, DecisionColumn::Note).toString(), logged.value(QStringLiteral("note")).toString());
            compare(
                "agent", field(q, DecisionColumn::Agent).toString(), logged.value(QStringLiteral("agent")).toString());
            compare("decided_at", isoTime(fromMs(field(q, DecisionColumn::DecidedAt))),
                isoTime(QDateTime::fromMSecsSinceEpoch(entry.atMs, Qt::UTC)));
            compare("revision", field(q, DecisionColumn::Revision).toString(),
                logged.value(QStringLiteral("revision")).toString());
            // The entry's clauses are the suggestion's, which is also what the row stores.
            QStringList loggedClauses;
            for (const QJsonValue& v : logged.value(QStringLiteral("clauses")).toArray())
                loggedClauses << v.toString();
            compare("clauses", field(q, DecisionColumn::Clauses).toString(), loggedClauses.join(QLatin1Char(',')));

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
