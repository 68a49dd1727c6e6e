#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

class Database;
class QTimer;

// What another window (or command) changed on the desk, as DeskChangeFeed reports it.
struct DeskChange
{
    // The kinds CaseService announces (Database::announce). Unknown: SQLite only says that the
    // database changed, not what; the window then reads its queue and its open case again.
    static constexpr const char* Claim = "claim";
    static constexpr const char* Release = "release";
    static constexpr const char* Decide = "decide";
    static constexpr const char* Event = "event";
    static constexpr const char* VoidStrike = "void";
    static constexpr const char* Settings = "settings";
    static constexpr const char* Purge = "purge";
    static constexpr const char* Suggestion = "suggestion";
    static constexpr const char* Reopen = "reopen";
    static constexpr const char* Review = "review";
    static constexpr const char* Unknown = "";

    QString kind;
    QString caseId; // empty: not one case (settings, a purge) or not known (SQLite)

    bool concerns(const QString& shownCaseId) const { return caseId.isEmpty() || caseId == shownCaseId; }
    // "decide AP-1" as announced; an unknown word or a malformed payload reads as Unknown.
    static DeskChange fromPayload(const QString& payload);
};

// The live desk (issue 15, item 4): tells an open window, within a second, that another connection
// claimed, decided, recorded an event, voided a strike or saved the settings. On PostgreSQL a
// connection of its own LISTENs to the schema's channel (QSqlDriver::subscribeToNotification; the
// writers' NOTIFY goes out with their COMMIT). On SQLite it polls PRAGMA data_version of the
// window's own connection every PollMs, which moves only when another connection committed.
class DeskChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollMs = 500;
    // PostgreSQL: how often the listening connection is checked (a server that went away says nothing).
    static constexpr int ListenerCheckMs = 2000;

    // `db` must stay open while the feed lives; on PostgreSQL the feed clones its connection settings.
    explicit DeskChangeFeed(Database& db, QObject* parent = nullptr);
    ~DeskChangeFeed() override;

    // Starts listening or polling. False + error() when the server refused the LISTEN.
    bool start();
    void stop();
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

signals:
    void changed(const DeskChange& change);
    // The listening connection broke (the server went away): the feed stopped; error() says why.
    void lost();

private:
    void poll();
    void checkListener();
    void notified(const QString& name, const QVariant& payload);

    Database& m_db;
    QTimer* m_timer;
    QString m_listenConnection; // PostgreSQL: the LISTENing connection's name
    QString m_channel;
    qint64 m_counter = -1;
    bool m_active = false;
    QString m_error;
};
Q_DECLARE_METATYPE(DeskChange)
