#include "QueueQuery.h"

#include "DatabaseLocation.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <limits>
#include <utility>

// A text search first collects the ids of at most SearchCap matching cases
// (the dialect's trigram search: SQLite's FTS5 table, PostgreSQL's pg_trgm index;
// or prefixes in the base tables for one or two characters) into a temporary
// table of this connection; its pages are then sorted from that small table.

namespace {

constexpr int kMaxPrepared = 64;
const qint64 kMaxDue = std::numeric_limits<qint64>::max();

using SqlRow::field;

// count(), rank(), nextStatusChange() and distinctValues() select one value.
enum class ValueColumn
{
    Value
};

} // namespace

QueueQuery::QueueQuery(const QString& databasePath)
    : m_path(databasePath)
    , m_connectionName(QStringLiteral("queue-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

QueueQuery::~QueueQuery()
{
    m_prepared.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool QueueQuery::open()
{
    const DatabaseLocation location = DatabaseLocation::parse(m_path);
    if (!location.isValid()) {
        m_error = location.error();
        return false;
    }
    m_sql.dialect = &SqlDialect::of(location.backend());
    QSqlDatabase db = QSqlDatabase::addDatabase(location.driverName(), m_connectionName);
    location.applyTo(db);
    if (location.backend() == DatabaseLocation::Backend::Sqlite)
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        // The driver's text; the location never holds a password (DatabaseLocation).
        m_error = db.lastError().text().trimmed();
        return false;
    }
    QSqlQuery query(db);
    QStringList setup = m_sql.dialect->sessionSetup();
    setup << m_sql.dialect->createTempIdTable(QStringLiteral("queue_hits"));
    for (const QString& statement : std::as_const(setup)) {
        if (!query.exec(statement)) {
            m_error = query.lastError().text();
            return false;
        }
    }
    m_open = true;
    return true;
}

void QueueQuery::setSort(QueueField field, bool ascending)
{
    m_sql.sortField = field;
    m_sql.ascending = ascending;
}

void QueueQuery::setAsOf(const QDateTime& at)
{
    m_sql.asOf = at.toMSecsSinceEpoch();
}

QDateTime QueueQuery::asOf() const
{
    return QDateTime::fromMSecsSinceEpoch(m_sql.asOf, Qt::UTC);
}

QSqlQuery* QueueQuery::run(const QueueStatement& statement) const
{
    auto it = m_prepared.find(statement.sql);
    if (it == m_prepared.end()) {
        if (m_prepared.size() >= kMaxPrepared)
            m_prepared.clear();
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!query.prepare(statement.sql)) {
            m_error = query.lastError().text();
            return nullptr;
        }
        it = m_prepared.insert(statement.sql, query);
    }
    QSqlQuery* query = &it.value();
    for (int i = 0; i < statement.values.size(); ++i)
        query->bindValue(i, statement.values.at(i));
    if (!query->exec()) {
        m_error = query->lastError().text();
        query->finish();
        return nullptr;
    }
    return query;
}

int QueueQuery::recount(int bound)
{
    m_error.clear();
    m_sql.searching = !m_sql.filter.text.trimmed().isEmpty();
    m_sql.preferSortIndex = false;
    m_capped = false;
    m_exact = true;
    if (!m_open)
        return -1;
    int count = -1;
    m_otherStatuses = 0;
    if (m_sql.searching) {
        // The matches the status filter hides (issue 14, item 4): the search without it first, then with it,
        // so the hits left for the pages are the filter's.
        int all = -1;
        if (m_sql.filter.status && m_countsOtherStatuses) {
            const std::optional<CaseStatus> status = std::exchange(m_sql.filter.status, std::nullopt);
            if (fillSearchHits()) {
                if (QSqlQuery* q = run(m_sql.count())) {
                    all = q->next() ? field(*q, ValueColumn::Value).toInt() : 0;
                    q->finish();
                }
            }
            m_sql.filter.status = status;
            m_capped = false;
        }
        if (fillSearchHits()) {
            if (QSqlQuery* q = run(m_sql.count())) {
                count = q->next() ? field(*q, ValueColumn::Value).toInt() : 0;
                q->finish();
            }
        }
        if (count >= 0 && all > count)
            m_otherStatuses = all - count;
        return count;
    }
    const QString cacheKey = m_sql.countCacheKey();
    const auto cached = m_countCache.constFind(cacheKey);
    const int limit = bound > 0 ? qMax(bound, m_sortIndexThreshold) : 0;
    if (cached != m_countCache.constEnd()) {
        count = cached.value();
    } else if (QSqlQuery* q = run(limit > 0 ? m_sql.boundedCount(limit) : m_sql.count())) {
        count = q->next() ? field(*q, ValueColumn::Value).toInt() : 0;
        q->finish();
        m_exact = limit == 0 || m_sql.countIsCheap() || count <= limit;
        if (m_exact) {
            if (m_countCache.size() > 64)
                m_countCache.clear();
            m_countCache.insert(cacheKey, count);
        }
    }
    // With more matching cases than the threshold, pages walk the sort column's index and test the
    // filters row by row; with fewer, SQLite sorts the matches found through the filter's index.
    m_sql.preferSortIndex = count > m_sortIndexThreshold;
    return count;
}

bool QueueQuery::fillSearchHits()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QString hits = m_sql.dialect->tempTable(QStringLiteral("queue_hits"));
    if (!query.exec(QStringLiteral("DELETE FROM ") + hits)) {
        m_error = query.lastError().text();
        return false;
    }
    // One more than the cap tells whether there are more.
    int found = 0;
    for (const QueueStatement& statement : m_sql.searchFill(SearchCap + 1)) {
        QueueStatement s = statement;
        s.values.last() = SearchCap + 1 - found;
        QSqlQuery* q = run(s);
        if (!q)
            return false;
        found += q->numRowsAffected();
        q->finish();
        if (found > SearchCap)
            break;
    }
    if (found > SearchCap) {
        m_capped = true;
        if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE id NOT IN (SELECT id FROM %1 ORDER BY id LIMIT %2)")
                            .arg(hits)
                            .arg(SearchCap))) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QList<QueueRow> QueueQuery::rows(const QVariantList* anchor, bool backward, int limit, int offset) const
{
    using C = QueueStatements::PageColumn;
    QList<QueueRow> rows;
    m_error.clear();
    QSqlQuery* q = run(m_sql.page(anchor, backward, limit, offset));
    if (!q)
        return rows;
    rows.reserve(limit);
    const int keyColumns = sortKeySize();
    while (q->next()) {
        QueueRow r;
        r.caseId = field(*q, C::CaseId).toString();
        r.kind = field(*q, C::Kind).toString();
        r.clause = field(*q, C::Clause).toString();
        r.appellant = field(*q, C::Appellant).toString();
        const QStringList user = field(*q, C::AppellantUser).toString().split(QChar(0x1f));
        r.appellantUserId = user.value(0);
        r.appellantNickname = user.value(1);
        r.fiat = field(*q, C::Fiat).toString();
        r.amount = field(*q, C::FiatAmount).toString();
        r.amountUnits = field(*q, C::AmountUnits).toLongLong();
        r.language = field(*q, C::Language).toString();
        r.openedAt = field(*q, C::OpenedAt).toLongLong();
        r.hasDue = !field(*q, C::DueAt).isNull();
        r.dueAt = field(*q, C::DueAt).toLongLong();
        if (!caseStatusFromId(field(*q, C::Status).toString(), &r.status)) {
            m_error = QCoreApplication::translate("QueueQuery", "The case %1 has an unknown status \"%2\"")
                          .arg(r.caseId, field(*q, C::Status).toString());
            q->finish();
            return {};
        }
        r.agent = field(*q, C::Agent).toString();
        r.claimedUntil = field(*q, C::ClaimedUntil).toLongLong();
        for (int k = 0; k < keyColumns; ++k)
            r.key << q->value(int(C::SortKey) + k);
        rows << r;
    }
    q->finish();
    if (backward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

int QueueQuery::rowOfCase(const QString& caseId, int count, int searchLimit) const
{
    if (caseId.isEmpty())
        return -1;
    QSqlQuery* q = run(m_sql.keyOfCase(caseId));
    if (!q)
        return -1;
    if (!q->next()) {
        q->finish();
        return -1;
    }
    QVariantList key;
    for (int i = 0; i < q->record().count(); ++i)
        key << q->value(i);
    q->finish();
    q = run(m_sql.rank(key, searchLimit));
    if (!q)
        return -1;
    const int rank = q->next() ? field(*q, ValueColumn::Value).toInt() : -1;
    q->finish();
    if (searchLimit > 0 && rank >= searchLimit)
        return -1;
    return rank < count ? rank : -1;
}

bool QueueQuery::containsCase(const QString& caseId) const
{
    QSqlQuery* q = caseId.isEmpty() ? nullptr : run(m_sql.keyOfCase(caseId));
    if (!q)
        return false;
    const bool found = q->next();
    q->finish();
    return found;
}

QDateTime QueueQuery::nextStatusChange() const
{
    QSqlQuery* q = run(m_sql.nextStatusChange());
    if (!q)
        return {};
    const QVariant next = q->next() ? field(*q, ValueColumn::Value) : QVariant();
    q->finish();
    if (next.isNull() || next.toLongLong() == kMaxDue)
        return {};
    return QDateTime::fromMSecsSinceEpoch(next.toLongLong(), Qt::UTC);
}

QStringList QueueQuery::distinctValues(QueueField field) const
{
    QStringList values;
    const QueueStatement s = QueueStatements::distinctValues(field);
    if (s.sql.isEmpty())
        return values;
    if (QSqlQuery* q = run(s)) {
        while (q->next())
            values << SqlRow::field(*q, ValueColumn::Value).toString();
        q->finish();
    }
    return values;
}

QStringList QueueQuery::explainQueryPlans() const
{
    QList<QueueStatement> statements;
    if (m_sql.searching)
        statements += m_sql.searchFill(SearchCap + 1);
    statements << m_sql.count();
    QVariantList someKey;
    const int keySize = sortKeySize();
    for (int i = 0; i < keySize; ++i)
        someKey << (i + 1 == keySize ? QVariant(qint64(1)) : QVariant(QStringLiteral("x")));
    statements << m_sql.page(nullptr, false, 128, 0) << m_sql.page(&someKey, false, 128, 0)
               << m_sql.page(&someKey, true, 128, 10) << m_sql.keyOfCase(QStringLiteral("AP-1")) << m_sql.rank(someKey)
               << m_sql.rank(someKey, 100) << m_sql.nextStatusChange();
    QStringList plans;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const QueueStatement& s : statements) {
        QString sql = s.sql;
        if (sql.startsWith(QLatin1String("INSERT"))) {
            sql = sql.mid(sql.indexOf(QLatin1String("SELECT")));
            sql.chop(sql.size() - sql.lastIndexOf(QLatin1String(" ON CONFLICT")));
        }
        const QString explain = m_sql.dialect->explainQueryPlan(sql);
        if (explain.isEmpty())
            continue;
        query.prepare(explain);
        for (int i = 0; i < s.values.size(); ++i)
            query.bindValue(i, s.values.at(i));
        QStringList lines;
        if (query.exec()) {
            while (query.next())
                lines << query.value(m_sql.dialect->explainDetailColumn()).toString();
        } else {
            lines << QStringLiteral("ERROR ") + query.lastError().text();
        }
        plans << sql + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return plans;
}
