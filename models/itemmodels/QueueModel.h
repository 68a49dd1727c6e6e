#pragma once

#include "QueueFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QVariantList>

class Clock;

// The appeal queue: one row per case, sorted and filtered in SQL, read one
// page at a time so that a million cases cost the same as a thousand.
// Opens its own connection to the database file (one connection per model).
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseIdColumn,
        KindColumn,
        ClauseColumn,
        AppellantColumn,
        FiatColumn,
        AmountColumn,
        LanguageColumn,
        AgeColumn,
        SlaColumn,
        StatusColumn,
        AgentColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the stored value behind DisplayRole
        DueTimeRole, // QDateTime (UTC) the SLA clock runs to, or invalid
        CaseIdRole,
        OverdueRole, // bool: the SLA clock has run out
        ClaimExpiredRole // bool (Agent column): the agent named on this undecided case holds no claim now
    };

    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 12;
    // A text search lists at most this many matches (more: isCountCapped()).
    static constexpr int SearchCap = 10000;

    QueueModel(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    ~QueueModel() override;

    // Opens its own connection and counts the rows. Set the filter and the
    // sort first, so that the first count is the one the view needs.
    bool open();
    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }

    void setFilter(const QueueFilter& filter);
    const QueueFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isCountCapped() const { return m_capped; }

    // With more matching cases than this, pages walk the sort column's index
    // and test the filters row by row; with fewer, SQLite sorts the matches
    // found through the filter's index (cheap when few match).
    void setSortIndexThreshold(int rows) { m_sortIndexThreshold = rows; }

    // Re-reads the count and the rows (after an import or a decision).
    void refresh();
    // The Age and SLA columns depend on the clock: tells the views to repaint them.
    void clockTicked();
    // The UI language changed: headers and translated values are repainted.
    void retranslate();

    // The stored values of a filterable column (kind, clause, language, fiat,
    // status, agent), sorted; read with one index seek per value.
    QStringList distinctValues(Column column) const;

    QString caseIdAt(int row) const;
    // -1 when the filter hides the case, or when a searchLimit > 0 is given and
    // the case lies at or below that row (counting far down a million rows takes time).
    int rowOfCase(const QString& caseId, int searchLimit = 0) const;

    // EXPLAIN QUERY PLAN of every query the current sort and filter run, one
    // string per query (the detail lines joined by '\n'), for tests.
    QStringList explainQueryPlans() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(int count, bool capped);

private:
    struct Row
    {
        QString caseId;
        QString kind;
        QString clause;
        QString appellant;
        QString appellantUser;
        QString fiat;
        QString amount;
        qint64 amountUnits = 0;
        QString language;
        qint64 openedAt = 0;
        qint64 dueAt = 0;
        bool hasDue = false;
        QString status;
        QString agent;
        qint64 claimedUntil = 0; // 0: no claim recorded
        QVariantList key; // values of the sort key, for keyset pagination
    };
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    QStringList sortKey() const;
    bool claimExpired(const Row& row) const;
    QString toolTip(const Row& row, int column) const; // plain text; empty for none
    bool sqlAscending() const;
    QString filterSql(QVariantList* values, bool forPages = false) const;
    QString fromSql() const;
    QString whereSql(const QStringList& terms) const;
    static QString keysetSql(const QStringList& key, bool after);
    Statement countStatement() const;
    QList<Statement> searchFillStatements(int limit) const;
    Statement pageStatement(const QVariantList* anchor, bool backward, int limit, int offset) const;
    Statement keyOfCaseStatement(const QString& caseId) const;
    Statement rankStatement(const QVariantList& key, int limit = 0) const;

    QSqlQuery* run(const Statement& statement) const;
    void recount();
    bool fillSearchHits();
    const Row* rowAt(int row) const;
    void fetchPage(int page) const;
    void clearCache();
    QString display(const Row& row, int column) const;
    QVariant rawValue(const Row& row, int column) const;

    QString m_path;
    QString m_connectionName;
    const Clock& m_clock;
    mutable QString m_error;
    QueueFilter m_filter;
    int m_sortColumn = SlaColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    bool m_capped = false;
    bool m_searching = false;
    int m_sortIndexThreshold = 5000;
    bool m_preferSortIndex = false;

    mutable QHash<QString, QSqlQuery> m_prepared; // reused statements, by SQL text
    bool m_open = false;
    mutable QHash<QString, int> m_countCache; // per filter, until refresh()
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageLru; // most recently used last
    mutable QMap<int, QVariantList> m_anchors; // row -> sort key of that row
};
