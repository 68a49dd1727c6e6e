#pragma once

#include "CaseStore.h"

#include <QAbstractTableModel>

// One user's recorded strikes, voided ones included (they stay visible).
class StrikeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        CaseColumn,
        ClauseColumn,
        DateColumn,
        StatusColumn,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1, // kind id, case id, clause, UTC QDateTime, bool voided
        VoidedRole, // bool, on every column
        StrikeIdRole, // qint64, on every column
    };

    explicit StrikeHistoryModel(QObject* parent = nullptr);

    void setStrikes(const QList<StrikeRecord>& strikes);
    const StrikeRecord& strike(int row) const { return m_strikes.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StrikeRecord> m_strikes;
};
