#pragma once

#include "CaseFacts.h"
#include "Suggestion.h"
#include "TranscriptModel.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <optional>

// Events, payments and the policy's deadline of one case on one time axis,
// sorted by time, in the market's zone and the agent's, with times relative
// to the buyer marking the order paid (or to the order's creation).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MarketTimeColumn,
        LocalTimeColumn,
        RelativeColumn,
        WhatColumn,
        DetailColumn,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1, // the UTC QDateTime for time columns, the id for What
        KindRole, // EntryKind
        AfterInstantRole, // bool: a fact stamped after the suggestion's instant (settled reading 1)
    };
    enum EntryKind
    {
        EventEntry,
        PaymentEntry,
        DeadlineEntry
    };

    explicit TimelineModel(QObject* parent = nullptr);

    // `spans`: the suggestion's flagged spans; those in payment remarks are highlighted in the details.
    void setCase(const CaseFacts& facts, const std::optional<QDateTime>& pendingUntil, const QTimeZone& localZone,
        const QList<FlaggedSpan>& spans = {});
    void clear();
    // Facts after `instant` are marked AfterInstantRole (the policy ignored them); invalid: none.
    void setInstant(const QDateTime& instant);

    QTimeZone marketZone() const { return m_marketZone; }
    // Flagged spans in a row's details (the displayed text), for the delegate.
    QList<TranscriptModel::Span> highlightsOf(int row) const { return m_entries.at(row).highlights; }
    // "15 min", "2 h 5 min", "3 d 4 h"
    static QString formatDuration(qint64 secs);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QDateTime at;
        EntryKind kind = EventEntry;
        QString id;
        QString what;
        QString detail;
        QList<TranscriptModel::Span> highlights;
    };

    QString relativeText(const QDateTime& at) const;

    QList<Entry> m_entries;
    QTimeZone m_marketZone;
    QTimeZone m_localZone;
    QDateTime m_anchor;
    QDateTime m_instant;
    QString m_anchorName;
};
