#include "AuditReconciler.h"

#include "DecisionReconciler.h"
#include "ReopenReconciler.h"
#include "ReviewReconciler.h"
#include "StoreSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>

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

enum class SettingColumn
{
    Key,
    Value
};
const char kSettings[] = "SELECT key, value FROM settings ORDER BY key";

} // namespace

void AuditReconciliation::addProblem(const QString& text)
{
    ++problemCount;
    if (problems.size() < MaxProblems)
        problems << text;
}

bool AuditReconciliation::addReadError(const QSqlQuery& query)
{
    QString error;
    failQuery(&error, query);
    addProblem(error);
    ok = false;
    return false;
}

QString AuditReconciler::Entry::isoAt() const
{
    return isoTime(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
}

QJsonObject AuditReconciler::Entry::afterObject() const
{
    return QJsonDocument::fromJson(after.toUtf8()).object();
}

AuditReconciler::AuditReconciler(const QSqlDatabase& db)
    : m_db(db)
{ }

AuditReconciliation AuditReconciler::reconcile()
{
    m_result = AuditReconciliation();
    Entries entries;
    // Each part stops at a read error, which it noted in m_result (ok stays false).
    if (!readEntries(&entries) || !DecisionReconciler(m_db, m_result, entries.decides, entries.voids).run()
        || !ReopenReconciler(m_db, m_result, std::move(entries.reopens), entries.voids).run()
        || !ReviewReconciler(m_db, m_result, std::move(entries.reviews)).run() || !reconcileSettings(entries.settings))
        return m_result;
    m_result.ok = m_result.problemCount == 0;
    return m_result;
}

bool AuditReconciler::readEntries(Entries* entries)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kEntries)))
        return m_result.addReadError(q);
    while (q.next()) {
        Entry e { field(q, EntryColumn::Id).toLongLong(), field(q, EntryColumn::At).toLongLong(),
            field(q, EntryColumn::Actor).toString(), field(q, EntryColumn::After).toString() };
        const QString action = field(q, EntryColumn::Action).toString();
        const QString subject = field(q, EntryColumn::Subject).toString();
        if (action == QLatin1String("decide"))
            entries->decides.insert(subject, e);
        else if (action == QLatin1String("void_strike"))
            entries->voids.insert(subject.toLongLong(), e);
        else if (action == QLatin1String("review"))
            entries->reviews.insert(
                subject + QLatin1Char('\x1f') + e.afterObject().value(QStringLiteral("decided_at")).toString(), e);
        else if (action == QLatin1String("reopen"))
            entries->reopens.insert(qint64(e.afterObject().value(QStringLiteral("reopen")).toDouble()), e);
        else
            entries->settings = e;
    }
    return reachedEnd(q) || m_result.addReadError(q);
}

// The settings rows are the last settings entry's values (no rows and no entry: the defaults).
bool AuditReconciler::reconcileSettings(const std::optional<Entry>& settings)
{
    QJsonObject live;
    QSqlQuery s(m_db);
    s.setForwardOnly(true);
    if (!s.exec(QLatin1String(kSettings)))
        return m_result.addReadError(s);
    while (s.next())
        live.insert(field(s, SettingColumn::Key).toString(), field(s, SettingColumn::Value).toString());
    if (!reachedEnd(s))
        return m_result.addReadError(s);
    if (settings) {
        const QJsonObject logged = settings->afterObject();
        QStringList keys = live.keys() + logged.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : std::as_const(keys))
            if (live.value(key) != logged.value(key))
                m_result.addProblem(tr("the setting %1 is \"%2\", its audit entry %3 says \"%4\"")
                                        .arg(key, live.value(key).toString())
                                        .arg(settings->id)
                                        .arg(logged.value(key).toString()));
    } else if (!live.isEmpty()) {
        m_result.addProblem(tr("the policy settings were changed without an audit entry"));
    }
    return true;
}
