#pragma once

#include "QueueFilter.h"

#include <QString>
#include <QVariant>

#include <utility>

class QSettings;

// Every persistent setting of the desktop: keys, types and defaults are
// declared in one table (AppSettings.cpp); nothing else names a QSettings key.
class AppSettings
{
public:
    enum Key
    {
        WindowGeometry,
        WindowState,
        SplitterState,
        QueueHeaderState,
        SortColumn,
        SortOrder,
        FilterStatus,
        FilterKind,
        FilterClause,
        FilterLanguage,
        FilterFiat,
        FilterAgent,
        FilterMine,
        AgentName,
        UiLanguage,
        TeamServer, // the last server of File → Connect to a team server… (a URI, never a password)
        KeyCount
    };

    explicit AppSettings(QSettings& settings);

    // The stored value converted to the key's type, or its default.
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void sync();

    static QString name(Key key);
    static QVariant defaultValue(Key key);

    QString agentName() const { return value(AgentName).toString(); }
    // The queue's saved filter (the agent's name as "me") and sort, the column bounded by `columnCount`.
    QueueFilter queueFilter() const;
    void setQueueFilter(const QueueFilter& filter);
    std::pair<int, Qt::SortOrder> queueSort(int columnCount) const;
    void setQueueSort(int column, Qt::SortOrder order);
    // The operating system's user name: the default offered for the agent's name.
    static QString systemUserName();

private:
    QSettings& m_settings;
};
