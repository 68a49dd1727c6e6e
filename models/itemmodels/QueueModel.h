#pragma once

#include "QueueFilter.h"
#include "QueueQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QVariantList>

class Clock;
class QueueCounter;

// The appeal queue: one row per case, sorted and filtered in SQL, read one
// page at a time so that a million cases cost the same as a thousand.
// Opens its own connection to the database file (one connection per model).
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns are the queue's fields, in the same order.
    enum Column
    {
        CaseIdColumn = int(QueueField::CaseId),
        KindColumn = int(QueueField::Kind),
        ClauseColumn = int(QueueField::Clause),
        AppellantColumn = int(QueueField::Appellant),
        FiatColumn = int(QueueField::Fiat),
        AmountColumn = int(QueueField::Amount),
        LanguageColumn = int(QueueField::Language),
        AgeColumn = int(QueueField::Age),
        SlaColumn = int(QueueField::Sla),
        StatusColumn = int(QueueField::Status),
        AgentColumn = int(QueueField::Agent),
        ColumnCount = int(QueueField::Count)
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
    // A count that would read more matching rows than this is made on QueueCounter's thread: the rows
    // counted so far (or the last exact count of the same filter) stand until it is known.
    static constexpr int CountBound = 5000;
    // A text search lists at most this many matches (more: isCountCapped()).
    static constexpr int SearchCap = QueueQuery::SearchCap;

    QueueModel(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    ~QueueModel() override;

    // Opens its own connection and counts the rows. Set the filter and the
    // sort first, so that the first count is the one the view needs.
    bool open();
    bool isOpen() const { return m_query.isOpen(); }
    QString lastError() const { return m_error; }

    void setFilter(const QueueFilter& filter);
    const QueueFilter& filter() const { return m_query.filter(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isCountCapped() const { return m_capped; }
    // False while the exact count is being made (rowCount() is then a lower bound, or the last count of the
    // filter); countChanged() follows when it is known.
    bool isCountExact() const { return m_countExact; }
    // A search the status filter narrows: the matches it hides (0 otherwise; counted on QueueCounter's thread).
    int otherStatusCount() const { return m_otherStatuses; }
    // For tests: counts above `rows` are made in the background (0: every count at once, on this thread).
    void setCountBound(int rows) { m_countBound = rows; }
    // Waits (at most `msecs`) until the exact count and the other statuses are known; false on time-out.
    bool waitForCount(int msecs = 30000);

    // With more matching cases than this, pages walk the sort column's index
    // and test the filters row by row; with fewer, SQLite sorts the matches
    // found through the filter's index (cheap when few match).
    void setSortIndexThreshold(int rows) { m_query.setSortIndexThreshold(rows); }

    // Re-reads the count and the rows (after an import or a decision) at the clock's now.
    void refresh();
    // The instant the rows were read at: the Status column is derived at it (a waiting case whose
    // deadline has passed is open). refresh() moves it to the clock's now.
    QDateTime asOf() const { return m_query.asOf(); }
    // When a waiting case's deadline next passes after asOf() (its status then changes); invalid for never.
    QDateTime nextStatusChange() const { return m_query.nextStatusChange(); }
    // The Age and SLA columns depend on the clock: tells the views to repaint them.
    void clockTicked();
    // The UI language changed: headers and translated values are repainted.
    void retranslate();

    // The stored values of a filterable column (kind, clause, language, fiat,
    // status, agent), sorted; read with one index seek per value.
    QStringList distinctValues(Column column) const;

    QString caseIdAt(int row) const;
    // True when the filter lists the case (wherever its row is).
    bool containsCase(const QString& caseId) const { return m_query.containsCase(caseId); }
    // -1 when the filter hides the case, or when a searchLimit > 0 is given and
    // the case lies at or below that row (counting far down a million rows takes time).
    // While the count is not known, a case below the rows counted so far adds the rows above it.
    int rowOfCase(const QString& caseId, int searchLimit = 0);

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
    // `exact` false: at least `count` rows, the exact count follows.
    void countChanged(int count, bool capped, bool exact);

private:
    void counted(quint64 ticket, int count, const QString& error);
    void setRowCount(int count);
    bool claimExpired(const QueueRow& row) const;
    QString toolTip(const QueueRow& row, int column) const; // plain text; empty for none
    void recount();
    const QueueRow* rowAt(int row) const;
    void fetchPage(int page) const;
    void clearCache();
    QString display(const QueueRow& row, int column) const;
    QVariant rawValue(const QueueRow& row, int column) const;

    const QString m_databasePath;
    QueueQuery m_query;
    const Clock& m_clock;
    mutable QString m_error;
    int m_sortColumn = SlaColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    bool m_capped = false;
    bool m_countExact = true;
    int m_otherStatuses = 0;
    int m_countBound = CountBound;
    QueueCounter* m_counter = nullptr; // made on the first count that needs it
    quint64 m_countTicket = 0; // the counter's answer awaited, 0 for none
    // The last exact count and the filter it was made for: the rows shown while the same filter is counted again.
    QueueFilter m_lastExactFilter;
    int m_lastExactCount = -1;
    int m_lastOtherStatuses = 0;

    mutable QHash<int, QList<QueueRow>> m_pages;
    mutable QList<int> m_pageLru; // most recently used last
    mutable QMap<int, QVariantList> m_anchors; // row -> sort key of that row
};
