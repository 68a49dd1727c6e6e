#include "QueueStatements.h"


namespace {

const QString kMaxDue = QStringLiteral("9223372036854775807");

QString id(CaseStatus status)
{
    return caseStatusId(status);
}

} // namespace

QString QueueStatements::slaSql() const
{
    return dialect->ifNull(QStringLiteral("c.due_at"), kMaxDue);
}

QString QueueStatements::appellantUserSql() const
{
    return QStringLiteral("(SELECT u.user_id || ") + dialect->charCode(31)
        + QStringLiteral(" || u.nickname FROM parties p JOIN users u ON u.id = p.user_ref"
                         " WHERE p.case_ref = c.id AND p.role = (CASE WHEN c.appellant = '' THEN 'user'"
                         " ELSE c.appellant END) ORDER BY p.seq LIMIT 1)");
}

// The status as of the query's instant (PageColumn::Status); one `?` for asOf.
QString QueueStatements::derivedStatusSql() const
{
    return QStringLiteral("CASE WHEN c.status = '%1' AND %2 <= ? THEN '%3' ELSE c.status END")
        .arg(id(CaseStatus::Waiting), slaSql(), id(CaseStatus::Open));
}

QStringList QueueStatements::sortKey() const
{
    const QString id = QStringLiteral("c.id");
    const QString opened = QStringLiteral("c.opened_at");
    switch (sortField) {
    case QueueField::CaseId:
        return { QStringLiteral("c.case_id"), id };
    case QueueField::Kind:
        return { QStringLiteral("c.kind"), opened, id };
    case QueueField::Clause:
        return { QStringLiteral("c.suggested_clause"), opened, id };
    case QueueField::Appellant:
        return { QStringLiteral("c.appellant"), opened, id };
    case QueueField::Fiat:
        return { QStringLiteral("c.fiat"), opened, id };
    case QueueField::Amount:
        return { QStringLiteral("c.amount_units"), id };
    case QueueField::Language:
        return { QStringLiteral("c.language"), opened, id };
    case QueueField::Age:
        return { opened, id };
    case QueueField::Sla:
        return { slaSql(), id };
    case QueueField::Status:
        return { QStringLiteral("c.status"), opened, id };
    case QueueField::Agent:
        return { QStringLiteral("c.assigned_agent"), opened, id };
    case QueueField::Count:
        break;
    }
    return { opened, id };
}

bool QueueStatements::sqlAscending() const
{
    return sortField == QueueField::Age ? !ascending : ascending;
}

QList<QueueStatements::Branch> QueueStatements::branches() const
{
    if (filter.status == CaseStatus::Open)
        return { { CaseStatus::Open, 0 }, { CaseStatus::Waiting, -1 } };
    if (filter.status == CaseStatus::Waiting)
        return { { CaseStatus::Waiting, 1 } };
    return { { filter.status, 0 } };
}

bool QueueStatements::otherFiltersEmpty() const
{
    return filter.kind.isEmpty() && filter.clause.isEmpty() && filter.language.isEmpty() && filter.fiat.isEmpty()
        && filter.agent.isEmpty() && !filter.mineOnly;
}

QString QueueStatements::statusSql(QVariantList* values) const
{
    QStringList any;
    for (const Branch& b : branches()) {
        if (!b.status)
            return QString();
        QString term = QStringLiteral("c.status = ?");
        *values << id(*b.status);
        if (b.deadline != 0) {
            term = QLatin1Char('(') + term + QStringLiteral(" AND ") + slaSql()
                + (b.deadline < 0 ? QStringLiteral(" <= ?)") : QStringLiteral(" > ?)"));
            *values << asOf;
        }
        any << term;
    }
    return any.size() == 1 ? any.constFirst() : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString QueueStatements::filterSql(const Branch* branch, QVariantList* values, bool forPages) const
{
    // A unary + keeps SQLite from choosing a filter column's index over the
    // sort index, except for the one filter column whose index continues with
    // the sort key: (column, opened_at, id) and (status, SLA, id).
    const QString status = branch && branch->status ? id(*branch->status) : QString();
    const bool hideIndexes = forPages && preferSortIndex;
    QString keep = sortKey().constFirst();
    if (hideIndexes && sortField == QueueField::Age) {
        for (const auto& [column, value] :
            { std::pair(QStringLiteral("c.status"), status), std::pair(QStringLiteral("c.kind"), filter.kind),
                std::pair(QStringLiteral("c.suggested_clause"), filter.clause),
                std::pair(QStringLiteral("c.language"), filter.language),
                std::pair(QStringLiteral("c.fiat"), filter.fiat),
                std::pair(QStringLiteral("c.assigned_agent"), filter.mineOnly ? filter.me : filter.agent) }) {
            if (!value.isEmpty()) {
                keep = column;
                break;
            }
        }
    } else if (hideIndexes && sortField == QueueField::Sla && !status.isEmpty()) {
        keep = QStringLiteral("c.status");
    }
    QStringList terms;
    const auto add = [&](const QString& column, const QString& value) {
        if (!value.isEmpty()) {
            terms << (hideIndexes && column != keep ? dialect->hideFromIndex(column) : column) + QStringLiteral(" = ?");
            *values << value;
        }
    };
    if (branch) {
        add(QStringLiteral("c.status"), status);
        if (branch->deadline != 0) {
            // Part of the (status, SLA, id) range when sorted by SLA; a row test otherwise.
            terms << (hideIndexes && sortField != QueueField::Sla ? dialect->hideFromIndex(slaSql()) : slaSql())
                    + (branch->deadline < 0 ? QStringLiteral(" <= ?") : QStringLiteral(" > ?"));
            *values << asOf;
        }
    } else if (filter.status) {
        terms << statusSql(values);
    }
    add(QStringLiteral("c.kind"), filter.kind);
    add(QStringLiteral("c.suggested_clause"), filter.clause);
    add(QStringLiteral("c.language"), filter.language);
    add(QStringLiteral("c.fiat"), filter.fiat);
    add(QStringLiteral("c.assigned_agent"), filter.agent);
    if (filter.mineOnly) {
        const QString agent = QStringLiteral("c.assigned_agent");
        terms << (hideIndexes && keep != agent ? dialect->hideFromIndex(agent) : agent) + QStringLiteral(" = ?");
        *values << filter.me;
    }
    return terms.join(QStringLiteral(" AND "));
}

QString QueueStatements::fromSql() const
{
    // CROSS JOIN keeps the small hit table as the outer loop.
    return searching ? QStringLiteral(" FROM ") + dialect->tempTable(QStringLiteral("queue_hits"))
            + QStringLiteral(" h CROSS JOIN cases c")
                     : QStringLiteral(" FROM cases c");
}

QString QueueStatements::whereSql(const QStringList& terms) const
{
    QStringList all = terms;
    if (searching)
        all.prepend(QStringLiteral("c.id = h.id"));
    all.removeAll(QString());
    return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

// Rows after the anchor (`after`) or before it, in the order of `key`. The
// redundant bound on the first key column lets SQLite range over the index
// even where it cannot for the row value (the SLA expression index).
QString QueueStatements::keysetSql(const QStringList& key, bool after)
{
    QStringList marks;
    for (int i = 0; i < key.size(); ++i)
        marks << QStringLiteral("?");
    return key.constFirst() + (after ? QStringLiteral(" >= ? AND (") : QStringLiteral(" <= ? AND ("))
        + key.join(QStringLiteral(", ")) + (after ? QStringLiteral(") > (") : QStringLiteral(") < ("))
        + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QueueStatement QueueStatements::count() const
{
    QueueStatement s;
    if (searching) {
        s.sql = QStringLiteral("SELECT COUNT(*) FROM ") + dialect->tempTable(QStringLiteral("queue_hits"));
        return s;
    }
    QStringList parts;
    for (const Branch& b : branches()) {
        if (!otherFiltersEmpty()) {
            parts << QStringLiteral("(SELECT COUNT(*)") + fromSql() + whereSql({ filterSql(&b, &s.values) })
                    + QLatin1Char(')');
            continue;
        }
        // Kept by triggers (migration 6), so the everyday count costs one row and, for the
        // waiting cases past their deadline, one range of the (status, SLA, id) index.
        const QString passed = QStringLiteral("(SELECT COUNT(*) FROM cases c WHERE c.status = ? AND ") + slaSql()
            + QStringLiteral(" <= ?)");
        if (b.deadline < 0) {
            parts << passed;
            s.values << id(*b.status) << asOf;
            continue;
        }
        QString stored = QStringLiteral("(SELECT COALESCE(SUM(n), 0) FROM case_counts");
        if (b.status) {
            stored += QStringLiteral(" WHERE status = ?");
            s.values << id(*b.status);
        }
        stored += QLatin1Char(')');
        if (b.deadline == 0) {
            parts << stored;
            continue;
        }
        parts << QLatin1Char('(') + stored + QStringLiteral(" - ") + passed + QLatin1Char(')');
        s.values << id(*b.status) << asOf;
    }
    s.sql = QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + "));
    return s;
}

QueueStatement QueueStatements::boundedCount(int bound) const
{
    if (countIsCheap())
        return count();
    // The branches one after the other under one LIMIT: the second is read only when the first has too few.
    QueueStatement s;
    QStringList ones;
    for (const Branch& b : branches())
        ones << QStringLiteral("SELECT 1") + fromSql() + whereSql({ filterSql(&b, &s.values) });
    s.sql = QStringLiteral("SELECT COUNT(*) FROM (") + ones.join(QStringLiteral(" UNION ALL "))
        + QStringLiteral(" LIMIT ?) AS r");
    s.values << bound + 1;
    return s;
}

QString QueueStatements::countCacheKey() const
{
    QVariantList values;
    const QString sql = filterSql(nullptr, &values);
    return sql + QLatin1Char('|') + QVariant(values).toStringList().join(QChar(0x1f));
}

QList<QueueStatement> QueueStatements::searchFill(int limit) const
{
    const QString text = filter.text.trimmed();
    QList<QueueStatement> statements;
    const auto make = [&](const QString& head, const QString& match, const QVariant& pattern,
                          const QString& caseRef = QStringLiteral("c.id")) {
        QueueStatement s;
        s.values << pattern;
        const QString terms = filterSql(nullptr, &s.values);
        // ON CONFLICT after a WHERE (SQLite needs one there to parse it): an id found twice is kept once.
        s.sql = QStringLiteral("INSERT INTO ") + dialect->tempTable(QStringLiteral("queue_hits"))
            + QStringLiteral(" (id) SELECT ") + caseRef + QLatin1Char(' ') + head + QStringLiteral(" WHERE ") + match
            + (terms.isEmpty() ? QString() : QStringLiteral(" AND ") + terms)
            + QStringLiteral(" LIMIT ? ON CONFLICT DO NOTHING");
        s.values << limit;
        statements << s;
    };
    if (text.size() >= 3) {
        // The rows hold their text folded (issue 14, item 4); the pattern is folded the same way.
        // Unfiltered, the hits need no look-up of their cases: at the cap that is 10,000 reads at random places
        // of the cases table (issue 16: 70 → 40 ms at a million cases).
        QVariantList probe;
        if (filterSql(nullptr, &probe).isEmpty())
            make(QStringLiteral("FROM case_search s"), dialect->searchMatch(), dialect->searchPattern(text),
                dialect->searchCaseRef());
        else
            make(QStringLiteral("FROM ") + dialect->searchFrom(), dialect->searchMatch(),
                dialect->searchPattern(text));
        return statements;
    }
    // Too short for trigrams: prefixes of the identifiers, through their indexes.
    const QString prefix = dialect->prefixPattern(text);
    make(QStringLiteral("FROM cases c"), dialect->prefixMatch(QStringLiteral("c.case_id")), prefix);
    make(QStringLiteral("FROM orders o JOIN cases c ON c.id = o.case_ref"),
        dialect->prefixMatch(QStringLiteral("o.number")), prefix);
    const QString parties
        = QStringLiteral("FROM users u JOIN parties p ON p.user_ref = u.id JOIN cases c ON c.id = p.case_ref");
    make(parties, dialect->prefixMatch(QStringLiteral("u.user_id")), prefix);
    make(parties, dialect->caselessPrefixMatch(QStringLiteral("u.nickname")), dialect->caselessPrefixPattern(text));
    return statements;
}

QueueStatement QueueStatements::page(const QVariantList* anchor, bool backward, int limit, int offset) const
{
    const QStringList key = sortKey();
    const bool up = sqlAscending() != backward;
    const QList<Branch> parts = searching ? QList<Branch> { Branch() } : branches();
    const bool merged = parts.size() > 1;
    QStringList orderTerms;
    for (int i = 0; i < key.size(); ++i)
        orderTerms << (merged ? QStringLiteral("k") + QString::number(i) : key.at(i))
                + (up ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    const QString order = orderTerms.join(QStringLiteral(", "));
    QueueStatement s;
    QStringList selects;
    for (const Branch& b : parts) {
        // The status as of the query's instant (PageColumn::Status).
        s.values << asOf;
        QStringList terms;
        if (!searching)
            terms << filterSql(&b, &s.values, true);
        if (anchor) {
            terms << keysetSql(key, up);
            s.values << anchor->constFirst();
            s.values += *anchor;
        }
        QStringList keyColumns;
        for (int i = 0; i < key.size(); ++i)
            keyColumns << key.at(i) + (merged ? QStringLiteral(" AS k") + QString::number(i) : QString());
        QString select = QStringLiteral("SELECT c.case_id, c.kind, c.suggested_clause, c.appellant, ")
            + appellantUserSql()
            + QStringLiteral(", c.fiat, c.fiat_amount, c.amount_units, c.language, c.opened_at, c.due_at, ")
            + derivedStatusSql() + QStringLiteral(", c.assigned_agent, COALESCE(c.claimed_until, 0), ")
            + keyColumns.join(QStringLiteral(", ")) + fromSql() + whereSql(terms);
        if (merged && dialect->limitsUnionBranches()) {
            // No branch gives more than the page needs: each reads its own index in order.
            select = QStringLiteral("SELECT * FROM (") + select + QStringLiteral(" ORDER BY ") + order
                + QStringLiteral(" LIMIT ?) b") + QString::number(selects.size());
            s.values << limit + offset;
        }
        selects << select;
    }
    s.sql = selects.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY ") + order
        + QStringLiteral(" LIMIT ? OFFSET ?");
    s.values << limit << offset;
    return s;
}

QueueStatement QueueStatements::keyOfCase(const QString& caseId) const
{
    QueueStatement s;
    QStringList terms;
    if (!searching)
        terms << filterSql(nullptr, &s.values, true);
    terms << QStringLiteral("c.case_id = ?");
    s.values << caseId;
    s.sql = QStringLiteral("SELECT ") + sortKey().join(QStringLiteral(", ")) + fromSql() + whereSql(terms);
    return s;
}

QueueStatement QueueStatements::rank(const QVariantList& keyValues, int limit) const
{
    const QStringList key = sortKey();
    const QList<Branch> parts = searching ? QList<Branch> { Branch() } : branches();
    QueueStatement s;
    QStringList selects;
    for (const Branch& b : parts) {
        QStringList terms;
        if (!searching)
            terms << filterSql(&b, &s.values, true);
        terms << keysetSql(key, !sqlAscending());
        s.values << keyValues.constFirst();
        s.values += keyValues;
        selects << fromSql() + whereSql(terms);
    }
    if (limit > 0) {
        QStringList ones;
        for (const QString& select : selects)
            ones << QStringLiteral("SELECT 1") + select;
        s.sql = QStringLiteral("SELECT COUNT(*) FROM (") + ones.join(QStringLiteral(" UNION ALL "))
            + QStringLiteral(" LIMIT ?) AS r");
        s.values << limit;
    } else if (selects.size() == 1) {
        s.sql = QStringLiteral("SELECT COUNT(*)") + selects.constFirst();
    } else {
        QStringList counts;
        for (const QString& select : selects)
            counts << QStringLiteral("(SELECT COUNT(*)") + select + QLatin1Char(')');
        s.sql = QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "));
    }
    return s;
}

QueueStatement QueueStatements::nextStatusChange() const
{
    QueueStatement s;
    s.sql = QStringLiteral("SELECT min(") + slaSql() + QStringLiteral(") FROM cases c WHERE c.status = ? AND ")
        + slaSql() + QStringLiteral(" > ?");
    s.values << id(CaseStatus::Waiting) << asOf;
    return s;
}

QueueStatement QueueStatements::distinctValues(QueueField field)
{
    QString name;
    switch (field) {
    case QueueField::Kind:
        name = QStringLiteral("kind");
        break;
    case QueueField::Clause:
        name = QStringLiteral("suggested_clause");
        break;
    case QueueField::Language:
        name = QStringLiteral("language");
        break;
    case QueueField::Fiat:
        name = QStringLiteral("fiat");
        break;
    case QueueField::Status:
        name = QStringLiteral("status");
        break;
    case QueueField::Agent:
        name = QStringLiteral("assigned_agent");
        break;
    default:
        return {};
    }
    // A skip scan: each step seeks the next larger value in the column's index.
    QueueStatement s;
    s.sql = QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM cases UNION ALL"
                           " SELECT (SELECT min(%1) FROM cases WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL)"
                           " SELECT x FROM v WHERE x IS NOT NULL AND x <> ''")
                .arg(name);
    return s;
}
