#pragma once

#include <QString>
#include <QVariant>

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
    // The operating system's user name: the default offered for the agent's name.
    static QString systemUserName();

private:
    QSettings& m_settings;
};
