#include "DeskChangeFeed.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DeskChangeFeed", text);
}

// SqlDialect::changeCounter() selects one number, deskChannel() one name.
enum class CounterColumn
{
    Counter
};
enum class ChannelColumn
{
    Channel
};

} // namespace

DeskChange DeskChange::fromPayload(const QString& payload)
{
    DeskChange change;
    const qsizetype space = payload.indexOf(QLatin1Char(' '));
    const QString kind = space < 0 ? payload : payload.left(space);
    for (const char* known :
        { Claim, Release, Decide, Event, VoidStrike, Settings, Purge, Suggestion, Reopen, Review }) {
        if (kind == QLatin1String(known)) {
            change.kind = kind;
            if (space >= 0)
                change.caseId = payload.mid(space + 1);
            return change;
        }
    }
    return change; // Unknown, no case: the reader reads everything again
}

DeskChangeFeed::DeskChangeFeed(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_listenConnection.isEmpty())
            poll();
        else
            checkListener();
    });
}

DeskChangeFeed::~DeskChangeFeed()
{
    stop();
}

bool DeskChangeFeed::start()
{
    if (m_active)
        return true;
    m_error.clear();
    const SqlDialect& dialect = m_db.dialect();
    if (!dialect.isPostgresql()) {
        QSqlQuery query(m_db.connection());
        if (!query.exec(dialect.changeCounter()) || !query.next()) {
            m_error = tr("Cannot watch the database for changes: %1").arg(query.lastError().text());
            return false;
        }
        m_counter = SqlRow::field(query, CounterColumn::Counter).toLongLong();
        m_timer->start(PollMs);
        m_active = true;
        return true;
    }

    // A connection of its own: the window's connection may be inside a long read when a NOTIFY comes.
    static int counter = 0;
    m_listenConnection = m_db.connection().connectionName() + QStringLiteral("-desk-feed-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_db.connection(), m_listenConnection);
        if (!listener.open()) {
            m_error = tr("Cannot watch the database for changes: %1").arg(listener.lastError().text().trimmed());
        } else {
            QSqlQuery query(listener);
            if (!query.exec(dialect.deskChannel()) || !query.next()) {
                m_error = tr("Cannot watch the database for changes: %1").arg(query.lastError().text());
            } else {
                m_channel = SqlRow::field(query, ChannelColumn::Channel).toString();
                query.finish();
                if (!listener.driver()->subscribeToNotification(m_channel)) {
                    m_error
                        = tr("Cannot watch the database for changes: %1").arg(listener.driver()->lastError().text());
                } else {
                    connect(listener.driver(), &QSqlDriver::notification, this,
                        [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                            notified(name, payload);
                        });
                    ok = true;
                }
            }
        }
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(m_listenConnection);
        m_listenConnection.clear();
        return false;
    }
    m_timer->start(ListenerCheckMs);
    m_active = true;
    return true;
}

void DeskChangeFeed::checkListener()
{
    QSqlQuery query(QSqlDatabase::database(m_listenConnection, false));
    if (query.exec(QStringLiteral("SELECT 1")))
        return;
    // Stopped at once: the driver's socket watch must not spin on a closed connection.
    m_error = tr("Live updates stopped: the database server cannot be reached (%1)").arg(query.lastError().text());
    query = QSqlQuery();
    stop();
    emit lost();
}

void DeskChangeFeed::stop()
{
    m_timer->stop();
    m_active = false;
    if (m_listenConnection.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenConnection, false);
        if (listener.isOpen()) {
            listener.driver()->unsubscribeFromNotification(m_channel);
            listener.close();
        }
    }
    QSqlDatabase::removeDatabase(m_listenConnection);
    m_listenConnection.clear();
}

void DeskChangeFeed::poll()
{
    if (!m_db.isOpen() || m_db.inTransaction())
        return;
    QSqlQuery query(m_db.connection());
    if (!query.exec(m_db.dialect().changeCounter()) || !query.next())
        return; // a busy moment: the next poll asks again
    const qint64 counter = SqlRow::field(query, CounterColumn::Counter).toLongLong();
    if (counter == m_counter)
        return;
    m_counter = counter;
    emit changed(DeskChange());
}

void DeskChangeFeed::notified(const QString& name, const QVariant& payload)
{
    if (name != m_channel)
        return;
    emit changed(DeskChange::fromPayload(payload.toString()));
}
