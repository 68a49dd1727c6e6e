#include "QueueModel.h"

#include "Clock.h"
#include "TranscriptModel.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

// Paging: rows are read a page at a time with keyset pagination,
//   WHERE (k1, k2, id) > (anchor) ORDER BY k1, k2, id LIMIT PageSize
// where every sort key is the leading part of an index (Migrations), so a
// page costs one index range read whatever the number of cases.
//
// Keyset pagination cannot jump to row N, so the model keeps anchors: the
// sort key of the first and last row of every page it has read. A page is
// read from the nearest anchor on either side: forwards from an anchor above
// it, or backwards (reversed order) from an anchor below it, where the start
// and the end of the list are anchors too; only the rows between the anchor
// and the page are skipped with OFFSET, and skipping rows of an index costs
// no table reads. Scrolling reads neighbouring pages (no OFFSET), jumping to
// the end reads backwards from the end (no OFFSET), and dragging the scroll
// bar into the middle of a million rows skips at most half of them once.
//
// A text search first collects the ids of at most SearchCap matching cases
// (FTS5 trigram index, or prefixes in the base tables for one or two
// characters) into a temporary table of this connection; its pages are then
// sorted from that small table.

namespace {

const QString kMaxDue = QStringLiteral("9223372036854775807");
constexpr int kMaxAnchors = 20000;
constexpr int kMaxPrepared = 64;

QString appellantUserSql()
{
    return QStringLiteral("(SELECT u.user_id || char(31) || u.nickname FROM parties p JOIN users u ON u.id = p.user_ref"
                          " WHERE p.case_ref = c.id AND p.role = (CASE WHEN c.appellant = '' THEN 'user'"
                          " ELSE c.appellant END) ORDER BY p.seq LIMIT 1)");
}

QString escapeGlob(const QString& text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('*') || ch == QLatin1Char('?') || ch == QLatin1Char('['))
            out += QLatin1Char('[') + ch + QLatin1Char(']');
        else
            out += ch;
    }
    return out;
}

QString escapeLike(const QString& text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('%') || ch == QLatin1Char('_') || ch == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

// "3 d 4 h", "2 h 15 min", "7 min" for a non-negative number of minutes.
QString durationText(qint64 minutes)
{
    if (minutes >= 24 * 60)
        return QueueModel::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return QueueModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return QueueModel::tr("%1 min").arg(minutes);
}

QString amountText(const QString& amount)
{
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok)
        return amount;
    const qsizetype dot = amount.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : int(amount.size() - dot - 1);
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QueueModel::QueueModel(const QString& databasePath, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_path(databasePath)
    , m_connectionName(QStringLiteral("queue-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_clock(clock)
{ }

QueueModel::~QueueModel()
{
    m_prepared.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool QueueModel::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const QString& statement : { QStringLiteral("PRAGMA temp_store = MEMORY"),
             QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS queue_hits (id INTEGER PRIMARY KEY)") }) {
        if (!query.exec(statement)) {
            m_error = query.lastError().text();
            return false;
        }
    }
    m_open = true;
    beginResetModel();
    recount();
    endResetModel();
    return m_error.isEmpty();
}

void QueueModel::setFilter(const QueueFilter& filter)
{
    if (filter == m_filter)
        return;
    if (!m_open) {
        m_filter = filter;
        return;
    }
    beginResetModel();
    m_filter = filter;
    recount();
    endResetModel();
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    clearCache();
    endResetModel();
}

void QueueModel::refresh()
{
    if (!m_open)
        return;
    beginResetModel();
    m_countCache.clear();
    recount();
    endResetModel();
}

void QueueModel::clockTicked()
{
    // Age, SLA and, with the claims running out, Agent.
    if (m_count > 0) {
        emit dataChanged(index(0, AgeColumn), index(m_count - 1, AgentColumn),
            { Qt::DisplayRole, Qt::ToolTipRole, OverdueRole, ClaimExpiredRole });
    }
}

bool QueueModel::claimExpired(const Row& row) const
{
    // As DecisionStore::claim sees it: a claim holds only while claimed_until lies ahead.
    return !row.agent.isEmpty() && row.status != QLatin1String("decided")
        && row.claimedUntil <= m_clock.now().toMSecsSinceEpoch();
}

void QueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

QStringList QueueModel::sortKey() const
{
    const QString id = QStringLiteral("c.id");
    const QString opened = QStringLiteral("c.opened_at");
    switch (m_sortColumn) {
    case CaseIdColumn:
        return { QStringLiteral("c.case_id"), id };
    case KindColumn:
        return { QStringLiteral("c.kind"), opened, id };
    case ClauseColumn:
        return { QStringLiteral("c.suggested_clause"), opened, id };
    case AppellantColumn:
        return { QStringLiteral("c.appellant"), opened, id };
    case FiatColumn:
        return { QStringLiteral("c.fiat"), opened, id };
    case AmountColumn:
        return { QStringLiteral("c.amount_units"), id };
    case LanguageColumn:
        return { QStringLiteral("c.language"), opened, id };
    case AgeColumn:
        return { opened, id };
    case SlaColumn:
        // Must match the cases_sla index expression: cases without a deadline last.
        return { QStringLiteral("ifnull(c.due_at, ") + kMaxDue + QLatin1Char(')'), id };
    case StatusColumn:
        return { QStringLiteral("c.status"), opened, id };
    case AgentColumn:
        return { QStringLiteral("c.assigned_agent"), opened, id };
    }
    return { opened, id };
}

bool QueueModel::sqlAscending() const
{
    // Ascending age means the youngest case first.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    return m_sortColumn == AgeColumn ? !ascending : ascending;
}

QString QueueModel::filterSql(QVariantList* values, bool forPages) const
{
    // A unary + keeps SQLite from choosing a filter column's index over the
    // sort index, except for the one filter column whose index continues with
    // the sort key: (column, opened_at, id) and (status, SLA, id).
    const QString sortHead = sortKey().constFirst();
    const bool hideIndexes = forPages && m_preferSortIndex;
    QString keep = sortHead;
    if (hideIndexes && m_sortColumn == AgeColumn) {
        for (const auto& [column, value] : { std::pair(QStringLiteral("c.status"), m_filter.status),
                 std::pair(QStringLiteral("c.kind"), m_filter.kind),
                 std::pair(QStringLiteral("c.suggested_clause"), m_filter.clause),
                 std::pair(QStringLiteral("c.language"), m_filter.language),
                 std::pair(QStringLiteral("c.fiat"), m_filter.fiat),
                 std::pair(QStringLiteral("c.assigned_agent"), m_filter.mineOnly ? m_filter.me : m_filter.agent) }) {
            if (!value.isEmpty()) {
                keep = column;
                break;
            }
        }
    } else if (hideIndexes && m_sortColumn == SlaColumn && !m_filter.status.isEmpty()) {
        keep = QStringLiteral("c.status");
    }
    QStringList terms;
    const auto add = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            terms << (hideIndexes && column != keep ? QStringLiteral("+") : QString()) + column
                    + QStringLiteral(" = ?");
            *values << value;
        }
    };
    add(QStringLiteral("c.status"), m_filter.status);
    add(QStringLiteral("c.kind"), m_filter.kind);
    add(QStringLiteral("c.suggested_clause"), m_filter.clause);
    add(QStringLiteral("c.language"), m_filter.language);
    add(QStringLiteral("c.fiat"), m_filter.fiat);
    add(QStringLiteral("c.assigned_agent"), m_filter.agent);
    if (m_filter.mineOnly) {
        terms << (hideIndexes && keep != QLatin1String("c.assigned_agent") ? QStringLiteral("+") : QString())
                + QStringLiteral("c.assigned_agent = ?");
        *values << m_filter.me;
    }
    return terms.join(QStringLiteral(" AND "));
}

QString QueueModel::fromSql() const
{
    // CROSS JOIN keeps the small hit table as the outer loop.
    return m_searching ? QStringLiteral(" FROM temp.queue_hits h CROSS JOIN cases c") : QStringLiteral(" FROM cases c");
}

QString QueueModel::whereSql(const QStringList& terms) const
{
    QStringList all = terms;
    if (m_searching)
        all.prepend(QStringLiteral("c.id = h.id"));
    all.removeAll(QString());
    return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

// Rows after the anchor (`after`) or before it, in the order of `key`. The
// redundant bound on the first key column lets SQLite range over the index
// even where it cannot for the row value (the SLA expression index).
QString QueueModel::keysetSql(const QStringList& key, bool after)
{
    QStringList marks;
    for (int i = 0; i < key.size(); ++i)
        marks << QStringLiteral("?");
    return key.constFirst() + (after ? QStringLiteral(" >= ? AND (") : QStringLiteral(" <= ? AND ("))
        + key.join(QStringLiteral(", ")) + (after ? QStringLiteral(") > (") : QStringLiteral(") < ("))
        + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QueueModel::Statement QueueModel::countStatement() const
{
    Statement s;
    if (m_searching) {
        s.sql = QStringLiteral("SELECT COUNT(*) FROM temp.queue_hits");
        return s;
    }
    const bool statusOnly = m_filter.kind.isEmpty() && m_filter.clause.isEmpty() && m_filter.language.isEmpty()
        && m_filter.fiat.isEmpty() && m_filter.agent.isEmpty() && !m_filter.mineOnly;
    if (statusOnly) {
        // Kept by triggers (migration 6), so the everyday count costs one row.
        s.sql = QStringLiteral("SELECT ifnull(sum(n), 0) FROM case_counts");
        if (!m_filter.status.isEmpty()) {
            s.sql += QStringLiteral(" WHERE status = ?");
            s.values << m_filter.status;
        }
        return s;
    }
    s.sql = QStringLiteral("SELECT COUNT(*)") + fromSql() + whereSql({ filterSql(&s.values) });
    return s;
}

QList<QueueModel::Statement> QueueModel::searchFillStatements(int limit) const
{
    const QString text = m_filter.text.trimmed();
    QList<Statement> statements;
    const auto make = [&](const QString& head, const QString& match, const QVariant& pattern) {
        Statement s;
        s.values << pattern;
        const QString filter = filterSql(&s.values);
        s.sql = QStringLiteral("INSERT OR IGNORE INTO temp.queue_hits (id) SELECT c.id ") + head
            + QStringLiteral(" WHERE ") + match + (filter.isEmpty() ? QString() : QStringLiteral(" AND ") + filter)
            + QStringLiteral(" LIMIT ?");
        s.values << limit;
        statements << s;
    };
    if (text.size() >= 3) {
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        make(QStringLiteral("FROM case_search s JOIN cases c ON c.id = s.rowid"), QStringLiteral("s.body MATCH ?"),
            QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
        return statements;
    }
    // Too short for trigrams: prefixes of the identifiers, through their indexes.
    const QString glob = escapeGlob(text) + QLatin1Char('*');
    make(QStringLiteral("FROM cases c"), QStringLiteral("c.case_id GLOB ?"), glob);
    make(QStringLiteral("FROM orders o JOIN cases c ON c.id = o.case_ref"), QStringLiteral("o.number GLOB ?"), glob);
    const QString parties
        = QStringLiteral("FROM users u JOIN parties p ON p.user_ref = u.id JOIN cases c ON c.id = p.case_ref");
    make(parties, QStringLiteral("u.user_id GLOB ?"), glob);
    make(parties, QStringLiteral("u.nickname LIKE ? ESCAPE '\\'"), QString(escapeLike(text) + QLatin1Char('%')));
    return statements;
}

QueueModel::Statement QueueModel::pageStatement(const QVariantList* anchor, bool backward, int limit, int offset) const
{
    const QStringList key = sortKey();
    const bool ascending = sqlAscending() != backward;
    Statement s;
    QStringList terms;
    if (!m_searching)
        terms << filterSql(&s.values, true);
    if (anchor) {
        terms << keysetSql(key, ascending);
        s.values << anchor->constFirst();
        s.values += *anchor;
    }
    QStringList order;
    for (const QString& k : key)
        order << k + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    s.sql = QStringLiteral("SELECT c.case_id, c.kind, c.suggested_clause, c.appellant, ") + appellantUserSql()
        + QStringLiteral(", c.fiat, c.fiat_amount, c.amount_units, c.language, c.opened_at, c.due_at, c.status,"
                         " c.assigned_agent, ifnull(c.claimed_until, 0), ")
        + key.join(QStringLiteral(", ")) + fromSql() + whereSql(terms) + QStringLiteral(" ORDER BY ")
        + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ? OFFSET ?");
    s.values << limit << offset;
    return s;
}

QueueModel::Statement QueueModel::keyOfCaseStatement(const QString& caseId) const
{
    Statement s;
    QStringList terms;
    if (!m_searching)
        terms << filterSql(&s.values, true);
    terms << QStringLiteral("c.case_id = ?");
    s.values << caseId;
    s.sql = QStringLiteral("SELECT ") + sortKey().join(QStringLiteral(", ")) + fromSql() + whereSql(terms);
    return s;
}

QueueModel::Statement QueueModel::rankStatement(const QVariantList& keyValues, int limit) const
{
    const QStringList key = sortKey();
    Statement s;
    QStringList terms;
    if (!m_searching)
        terms << filterSql(&s.values, true);
    terms << keysetSql(key, !sqlAscending());
    s.values << keyValues.constFirst();
    s.values += keyValues;
    if (limit > 0) {
        s.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1") + fromSql() + whereSql(terms)
            + QStringLiteral(" LIMIT ?)");
        s.values << limit;
    } else {
        s.sql = QStringLiteral("SELECT COUNT(*)") + fromSql() + whereSql(terms);
    }
    return s;
}

QSqlQuery* QueueModel::run(const Statement& statement) const
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

void QueueModel::recount()
{
    clearCache();
    m_error.clear();
    m_searching = !m_filter.text.trimmed().isEmpty();
    m_capped = false;
    int count = 0;
    if (m_searching) {
        if (fillSearchHits()) {
            if (QSqlQuery* q = run(countStatement())) {
                count = q->next() ? q->value(0).toInt() : 0;
                q->finish();
            }
        }
    } else {
        QVariantList values;
        const QString cacheKey
            = filterSql(&values) + QLatin1Char('|') + QVariant(values).toStringList().join(QChar(0x1f));
        const auto cached = m_countCache.constFind(cacheKey);
        if (cached != m_countCache.constEnd()) {
            count = cached.value();
        } else if (QSqlQuery* q = run(countStatement())) {
            count = q->next() ? q->value(0).toInt() : 0;
            q->finish();
            if (m_countCache.size() > 64)
                m_countCache.clear();
            m_countCache.insert(cacheKey, count);
        }
    }
    m_count = count;
    m_preferSortIndex = !m_searching && m_count > m_sortIndexThreshold;
    emit countChanged(m_count, m_capped);
}

bool QueueModel::fillSearchHits()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("DELETE FROM temp.queue_hits"))) {
        m_error = query.lastError().text();
        return false;
    }
    // One more than the cap tells whether there are more.
    int found = 0;
    for (const Statement& statement : searchFillStatements(SearchCap + 1)) {
        Statement s = statement;
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
        if (!query.exec(QStringLiteral("DELETE FROM temp.queue_hits WHERE id NOT IN"
                                       " (SELECT id FROM temp.queue_hits ORDER BY id LIMIT %1)")
                            .arg(SearchCap))) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

void QueueModel::clearCache()
{
    m_pages.clear();
    m_pageLru.clear();
    m_anchors.clear();
}

const QueueModel::Row* QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    if (!m_pages.contains(page))
        fetchPage(page);
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd())
        return nullptr;
    m_pageLru.removeOne(page);
    m_pageLru.append(page);
    const int inPage = row - page * PageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

void QueueModel::fetchPage(int page) const
{
    const int first = page * PageSize;
    const int last = qMin(m_count, first + PageSize) - 1;
    if (first > last)
        return;

    // The nearest anchors: the row before the page (or the start) and the row after it (or the end).
    int below = -1;
    const QVariantList* belowKey = nullptr;
    auto it = m_anchors.lowerBound(first);
    if (it != m_anchors.begin()) {
        --it;
        below = it.key();
        belowKey = &it.value();
    }
    int above = m_count;
    const QVariantList* aboveKey = nullptr;
    const auto after = m_anchors.upperBound(last);
    if (after != m_anchors.end()) {
        above = after.key();
        aboveKey = &after.value();
    }
    const int forwardSkip = first - below - 1;
    const int backwardSkip = above - last - 1;
    const bool backward = backwardSkip < forwardSkip;
    const int limit = last - first + 1;
    const Statement statement = backward ? pageStatement(aboveKey, true, limit, backwardSkip)
                                         : pageStatement(belowKey, false, limit, forwardSkip);
    QSqlQuery* q = run(statement);
    if (!q)
        return;
    QList<Row> rows;
    rows.reserve(limit);
    const int keyColumns = sortKey().size();
    while (q->next()) {
        Row r;
        r.caseId = q->value(0).toString();
        r.kind = q->value(1).toString();
        r.clause = q->value(2).toString();
        r.appellant = q->value(3).toString();
        r.appellantUser = q->value(4).toString();
        r.fiat = q->value(5).toString();
        r.amount = q->value(6).toString();
        r.amountUnits = q->value(7).toLongLong();
        r.language = q->value(8).toString();
        r.openedAt = q->value(9).toLongLong();
        r.hasDue = !q->value(10).isNull();
        r.dueAt = q->value(10).toLongLong();
        r.status = q->value(11).toString();
        r.agent = q->value(12).toString();
        r.claimedUntil = q->value(13).toLongLong();
        for (int k = 0; k < keyColumns; ++k)
            r.key << q->value(14 + k);
        rows << r;
    }
    q->finish();
    if (backward)
        std::reverse(rows.begin(), rows.end());

    if (m_anchors.size() > kMaxAnchors)
        m_anchors.clear();
    if (rows.size() == limit) {
        m_anchors.insert(first, rows.first().key);
        m_anchors.insert(last, rows.last().key);
    }
    while (m_pageLru.size() >= MaxCachedPages)
        m_pages.remove(m_pageLru.takeFirst());
    m_pages.insert(page, rows);
    m_pageLru.append(page);
}

QString QueueModel::caseIdAt(int row) const
{
    const Row* r = rowAt(row);
    return r ? r->caseId : QString();
}

int QueueModel::rowOfCase(const QString& caseId, int searchLimit) const
{
    if (caseId.isEmpty())
        return -1;
    QSqlQuery* q = run(keyOfCaseStatement(caseId));
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
    q = run(rankStatement(key, searchLimit));
    if (!q)
        return -1;
    const int rank = q->next() ? q->value(0).toInt() : -1;
    q->finish();
    if (searchLimit > 0 && rank >= searchLimit)
        return -1;
    return rank < m_count ? rank : -1;
}

QStringList QueueModel::distinctValues(Column column) const
{
    QString name;
    switch (column) {
    case KindColumn:
        name = QStringLiteral("kind");
        break;
    case ClauseColumn:
        name = QStringLiteral("suggested_clause");
        break;
    case LanguageColumn:
        name = QStringLiteral("language");
        break;
    case FiatColumn:
        name = QStringLiteral("fiat");
        break;
    case StatusColumn:
        name = QStringLiteral("status");
        break;
    case AgentColumn:
        name = QStringLiteral("assigned_agent");
        break;
    default:
        return {};
    }
    // A skip scan: each step seeks the next larger value in the column's index.
    Statement s;
    s.sql = QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM cases UNION ALL"
                           " SELECT (SELECT min(%1) FROM cases WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL)"
                           " SELECT x FROM v WHERE x IS NOT NULL AND x <> ''")
                .arg(name);
    QStringList values;
    if (QSqlQuery* q = run(s)) {
        while (q->next())
            values << q->value(0).toString();
        q->finish();
    }
    return values;
}

QStringList QueueModel::explainQueryPlans() const
{
    QList<Statement> statements;
    if (m_searching)
        statements += searchFillStatements(SearchCap + 1);
    statements << countStatement();
    QVariantList someKey;
    const int keySize = sortKey().size();
    for (int i = 0; i < keySize; ++i)
        someKey << (i + 1 == keySize ? QVariant(qint64(1)) : QVariant(QStringLiteral("x")));
    statements << pageStatement(nullptr, false, PageSize, 0) << pageStatement(&someKey, false, PageSize, 0)
               << pageStatement(&someKey, true, PageSize, 10) << keyOfCaseStatement(QStringLiteral("AP-1"))
               << rankStatement(someKey) << rankStatement(someKey, 100);
    QStringList plans;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const Statement& s : statements) {
        QString sql = s.sql;
        if (sql.startsWith(QLatin1String("INSERT")))
            sql = sql.mid(sql.indexOf(QLatin1String("SELECT")));
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (int i = 0; i < s.values.size(); ++i)
            query.bindValue(i, s.values.at(i));
        QStringList lines;
        if (query.exec()) {
            while (query.next())
                lines << query.value(3).toString();
        } else {
            lines << QStringLiteral("ERROR ") + query.lastError().text();
        }
        plans << sql + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    return plans;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::display(const Row& row, int column) const
{
    switch (column) {
    case CaseIdColumn:
        return row.caseId;
    case KindColumn:
        if (row.kind == QLatin1String("p2p_appeal"))
            return tr("P2P appeal");
        if (row.kind == QLatin1String("live_chat_abuse"))
            return tr("Live chat abuse");
        if (row.kind == QLatin1String("live_chat_suspension_appeal"))
            return tr("Live chat appeal");
        return row.kind;
    case ClauseColumn:
        return row.clause;
    case AppellantColumn: {
        const QStringList user = row.appellantUser.split(QChar(0x1f));
        const QString who = user.value(1).isEmpty()
            ? user.value(0)
            : user.value(1) + QStringLiteral(" (") + user.value(0) + QLatin1Char(')');
        if (row.appellant == QLatin1String("buyer"))
            return tr("Buyer %1").arg(who).trimmed();
        if (row.appellant == QLatin1String("seller"))
            return tr("Seller %1").arg(who).trimmed();
        return who;
    }
    case FiatColumn:
        return row.fiat;
    case AmountColumn:
        return amountText(row.amount);
    case LanguageColumn:
        return row.language;
    case AgeColumn: {
        const qint64 minutes = (m_clock.now().toMSecsSinceEpoch() - row.openedAt) / 60000;
        return durationText(qMax<qint64>(0, minutes));
    }
    case SlaColumn: {
        if (!row.hasDue || row.status == QLatin1String("decided"))
            return QString();
        const qint64 minutes = (row.dueAt - m_clock.now().toMSecsSinceEpoch()) / 60000;
        // Overdue: a minus sign (the view paints it red); the tooltip names the deadline.
        return minutes < 0 ? QChar(0x2212) + durationText(-minutes) : durationText(minutes);
    }
    case StatusColumn:
        if (row.status == QLatin1String("open"))
            return tr("Open");
        if (row.status == QLatin1String("waiting"))
            return tr("Waiting");
        if (row.status == QLatin1String("decided"))
            return tr("Decided");
        return row.status;
    case AgentColumn:
        return row.agent;
    }
    return QString();
}

QVariant QueueModel::rawValue(const Row& row, int column) const
{
    switch (column) {
    case CaseIdColumn:
        return row.caseId;
    case KindColumn:
        return row.kind;
    case ClauseColumn:
        return row.clause;
    case AppellantColumn:
        return row.appellant;
    case FiatColumn:
        return row.fiat;
    case AmountColumn:
        return row.amount;
    case LanguageColumn:
        return row.language;
    case AgeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.openedAt, Qt::UTC);
    case SlaColumn:
        return row.hasDue ? QVariant(QDateTime::fromMSecsSinceEpoch(row.dueAt, Qt::UTC)) : QVariant();
    case StatusColumn:
        return row.status;
    case AgentColumn:
        return row.agent;
    }
    return QVariant();
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
    case DueTimeRole:
    case CaseIdRole:
    case OverdueRole:
    case ClaimExpiredRole:
    case Qt::ToolTipRole:
        break;
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
    const Row* row = rowAt(index.row());
    if (!row)
        return QVariant();
    const bool open = row->hasDue && row->status != QLatin1String("decided");
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case RawValueRole:
        return rawValue(*row, index.column());
    case DueTimeRole:
        return open ? QVariant(QDateTime::fromMSecsSinceEpoch(row->dueAt, Qt::UTC)) : QVariant();
    case CaseIdRole:
        return row->caseId;
    case OverdueRole:
        return open && row->dueAt < m_clock.now().toMSecsSinceEpoch();
    case ClaimExpiredRole:
        return index.column() == AgentColumn && claimExpired(*row);
    case Qt::ToolTipRole: {
        // Rich text that shows its text literally: nicknames and agent names are user data.
        const QString tip = toolTip(*row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(TranscriptModel::toolTipFor(tip));
    }
    }
    return QVariant();
}

QString QueueModel::toolTip(const Row& row, int column) const
{
    const bool open = row.hasDue && row.status != QLatin1String("decided");
    // The Agent column of an undecided case names its last claimant, also after the claim ran out.
    if (column == AgentColumn && !row.agent.isEmpty() && row.status != QLatin1String("decided")) {
        if (row.claimedUntil == 0)
            return tr("%1 holds no claim on the case: anyone may take it").arg(row.agent);
        const QString until = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(row.claimedUntil, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        return claimExpired(row) ? tr("%1's claim ran out %2: anyone may take the case").arg(row.agent, until)
                                 : tr("Claimed by %1 until %2").arg(row.agent, until);
    }
    if (column == SlaColumn && open) {
        const QString due = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(row.dueAt, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        return row.dueAt < m_clock.now().toMSecsSinceEpoch() ? tr("Overdue since %1").arg(due) : tr("Due %1").arg(due);
    }
    // Narrow columns: the whole text.
    if (column == KindColumn || column == AppellantColumn)
        return display(row, column);
    if (column == AgeColumn)
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(row.openedAt, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
    return QString();
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseIdColumn:
        return tr("Case");
    case KindColumn:
        return tr("Kind");
    case ClauseColumn:
        return tr("Clause");
    case AppellantColumn:
        return tr("Appellant");
    case FiatColumn:
        return tr("Fiat");
    case AmountColumn:
        return tr("Amount");
    case LanguageColumn:
        return tr("Language");
    case AgeColumn:
        return tr("Age");
    case SlaColumn:
        return tr("SLA");
    case StatusColumn:
        return tr("Status");
    case AgentColumn:
        return tr("Agent");
    }
    return QVariant();
}

Qt::ItemFlags QueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
