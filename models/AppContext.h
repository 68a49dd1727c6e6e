#pragma once

#include <QString>

#include <memory>

class AppSettings;
class CaseService;
class CaseStore;
class Clock;
class Database;
class QSettings;

// What the window and the command line open the same way, built once per process:
// the application's names, the one default database and the one settings file,
// the connection, the store, the CaseService, the clock and the desk's settings.
// The view tests' window fixture builds one too, on files of its own.
class AppContext
{
public:
    // Sets the application's names; call before any path is asked for. The data folder
    // (QStandardPaths::AppDataLocation) is then ~/.local/share/AppealDesk.
    static void setApplicationNames();
    // ~/.local/share/AppealDesk/appealdesk.sqlite
    static QString defaultDatabasePath();
    // ~/.config/AppealDesk/appealdesk.conf
    static QString defaultSettingsPath();

    struct Options
    {
        QString databasePath; // empty: defaultDatabasePath()
        QString settingsPath; // empty: defaultSettingsPath()
        QString connectionName = QStringLiteral("main");
        const Clock* clock = nullptr; // null: the real clock
        // False for the command line's read commands (issue 13, item 6): a missing file is an error,
        // not a new empty database. Only the window's first start, import and demo create one.
        bool mayCreate = true;
    };

    AppContext();
    explicit AppContext(const Options& options);
    ~AppContext();
    AppContext(const AppContext&) = delete;
    AppContext& operator=(const AppContext&) = delete;

    // Opens (creating and migrating) the database. On the default path, a database an
    // earlier version kept elsewhere is moved there first (notice() says so). False + error().
    bool open();
    QString error() const { return m_error; }
    // Something the user should be told once, or empty.
    QString notice() const { return m_notice; }
    // True when open() created the database file.
    bool created() const { return m_created; }

    QString databasePath() const { return m_databasePath; }
    bool usesDefaultDatabase() const { return m_usesDefault; }

    // Valid after open().
    Database& database() const { return *m_db; }
    CaseStore& store() const { return *m_store; }
    CaseService& service() const { return *m_service; }
    const Clock& clock() const { return *m_clock; }
    // Valid from construction (the settings need no database).
    AppSettings& settings() const { return *m_settings; }

private:
    bool adoptEarlierDefault();

    QString m_databasePath;
    bool m_usesDefault = false;
    bool m_mayCreate = true;
    bool m_created = false;
    QString m_connectionName;
    QString m_error;
    QString m_notice;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock = nullptr;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<CaseService> m_service;
};
