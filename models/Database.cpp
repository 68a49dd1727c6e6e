#include "Database.h"

#include "FileBackup.h"
#include "ImportJournal.h"
#include "IntegrityCheck.h"
#include "Migrations.h"
#include "ServerBackup.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int SqliteFull = 13;

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

bool isMemory(const QString& path)
{
    return path == QLatin1String(":memory:");
}

// Created before SQLite opens it, so the file (and the -wal/-shm files,
// which SQLite creates with the main file's mode) is private from the start.
bool createPrivateFile(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = tr("Cannot create the database file %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!ok)
        *error = tr("Cannot make the database file %1 private").arg(path);
    return ok;
}

// Issue 13, item 6: a file made elsewhere (touch, cp, an older version) with a group- or world-readable
// mode is made private when opened, with its -wal and -shm files. A file of another user stays as it is.
void makePrivate(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm" }) {
        const QByteArray native = QFile::encodeName(path + QLatin1String(suffix));
        struct stat st;
        if (::lstat(native.constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
            ::chmod(native.constData(), S_IRUSR | S_IWUSR);
    }
}

} // namespace

Database::Database(const QString& location, const QString& connectionName)
    : m_path(location)
    , m_location(DatabaseLocation::parse(location))
    , m_connectionName(connectionName)
    , m_write(*this, m_error)
{ }

const SqlDialect& Database::dialect() const
{
    return SqlDialect::of(m_location.backend());
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_write.isOpen())
            rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool Database::open()
{
    if (m_open)
        return true;
    m_error.clear();
    if (!m_location.isValid()) {
        m_error = m_location.error();
        return false;
    }
    return m_location.backend() == DatabaseLocation::Backend::Postgresql ? openServer() : openSqlite();
}

bool Database::openSqlite()
{
    bool existing = false;
    m_checkDeferred = false;
    if (!isMemory(m_path)) {
        const QFileInfo info(m_path);
        existing = info.exists();
        m_checkDeferred = existing && info.size() > FullCheckMaxBytes;
        if (existing && !info.isFile()) {
            m_error = tr("%1 is not a database file").arg(m_path);
            return false;
        }
        if (!existing && !createPrivateFile(m_path, &m_error))
            return false;
        if (existing)
            makePrivate(m_path);
    }

    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        opened = db.open();
        if (!opened)
            m_error = tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text());
    }
    if (!opened) {
        close();
        return false;
    }
    m_open = true;
    const bool ok = exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs))
        && (!existing || checkIntegrity(!m_checkDeferred)) && exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        && exec(QStringLiteral("PRAGMA journal_mode = WAL")) && exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        && migrate() && recoverImports();
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
    }
    return ok;
}

// libpq finds the password (PGPASSWORD, ~/.pgpass, a service file); none is ever set here.
bool Database::openServer()
{
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_location.driverName(), m_connectionName);
        if (!db.isValid()) {
            m_error = tr("Cannot open the database %1: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed")
                          .arg(m_location.display());
        } else {
            m_location.applyTo(db);
            opened = db.open();
            if (!opened)
                m_error = tr("Cannot connect to the database server %1: %2")
                              .arg(m_location.display(), db.lastError().text().trimmed());
        }
    }
    if (!opened) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    m_open = true;
    const bool ok = execAll(dialect().sessionSetup()) && migrate() && recoverImports();
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
    }
    return ok;
}

bool Database::execAll(const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (!exec(statement))
            return false;
    }
    return true;
}

bool Database::verifyIntegrity()
{
    return checkIntegrity(true);
}

bool Database::checkIntegrity(bool full)
{
    if (dialect().isPostgresql())
        return true;
    IntegrityCheck check(connection(), m_path);
    if (check.run(full ? IntegrityCheck::Depth::Full : IntegrityCheck::Depth::Structure))
        return true;
    m_error = check.error();
    return false;
}

bool Database::migrate()
{
    QString error;
    if (Migrations::run(*this, &error))
        return true;
    m_error = error;
    return false;
}

// Issue 13, item 10: an import killed half-way is rolled back by the next connection that opens the
// database (ImportJournal), so every file is there whole or not at all.
bool Database::recoverImports()
{
    QString error;
    if (ImportJournal::recoverAbandoned(*this, &error))
        return true;
    m_error = tr("Cannot roll back an interrupted import: %1").arg(error);
    return false;
}

bool Database::isOpen() const
{
    return m_open;
}

QString Database::error() const
{
    return m_error;
}

QString Database::path() const
{
    return m_path;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QString error;
    const int version = dialect().schemaVersion(connection(), &error);
    if (version < 0)
        m_error = tr("Cannot read the schema version of %1: %2").arg(m_location.display(), error);
    return version;
}

bool Database::backupTo(const QString& file)
{
    if (!m_open) {
        m_error = tr("The database is not open");
        return false;
    }
    if (m_write.isOpen()) {
        m_error = tr("Cannot back up during a write transaction");
        return false;
    }
    if (dialect().isPostgresql()) {
        ServerBackup backup(*this);
        if (!backup.write(file)) {
            m_error = backup.error();
            return false;
        }
        m_backupNote = backup.method() == ServerBackup::Method::PgDump
            ? tr("a pg_dump archive (restore it with pg_restore)")
            : tr("a SQLite desk exported from the server (restore it with appealdesk migrate --from FILE --to URI)");
        return true;
    }
    FileBackup backup(*this);
    if (!backup.write(file)) {
        m_error = backup.error();
        return false;
    }
    return true;
}

bool Database::isDiskFull(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == SqliteFull;
}

bool Database::isConnectionLost(const QSqlError& error)
{
    // SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shut down or restarts); libpq
    // itself says so in its text, without a code, when the socket closed under it.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("could not send data to server"))
        || text.contains(QLatin1String("could not receive data from server"));
}

QString Database::describe(const QSqlError& error)
{
    if (isDiskFull(error))
        return tr("the disk is full");
    // Issue 15: a server that went away mid-action. The transaction died with the connection: nothing of it is stored.
    if (isConnectionLost(error))
        return tr("the connection to the database server was lost, so nothing was recorded; check that the "
                  "server runs, then connect again (File → Connect to a team server…)");
    return error.text();
}

namespace {
thread_local QSqlError t_lastFailure;
} // namespace

void Database::noteFailure(const QSqlError& error)
{
    t_lastFailure = error;
    WriteTransaction::abortAfterFailure();
}

QSqlError Database::takeFailure()
{
    return std::exchange(t_lastFailure, QSqlError());
}

bool Database::exec(const QString& statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement)) {
        noteFailure(query.lastError());
        m_error = isDiskFull(query.lastError())
            ? tr("Cannot write to the database %1: the disk is full").arg(m_path)
            : tr("Database error in \"%1\": %2").arg(statement, describe(query.lastError()));
        return false;
    }
    return true;
}

bool Database::announce(const QString& kind, const QString& caseId)
{
    const QString statement = dialect().notifyDesk();
    if (statement.isEmpty())
        return true;
    // Ids and a fixed word only, never a person's text: every login of the database may LISTEN.
    QSqlQuery query(connection());
    query.prepare(statement);
    query.bindValue(QStringLiteral(":payload"), caseId.isEmpty() ? kind : kind + QLatin1Char(' ') + caseId);
    if (!query.exec()) {
        m_error = tr("Cannot tell the other windows about the change: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool Database::beginWrite(bool durable, Turn turn)
{
    return m_write.begin(durable, turn == Turn::Case);
}

bool Database::lockCaseParties(const QString& caseId)
{
    return m_write.lockCase(dialect().lockCaseParties(), caseId);
}

bool Database::lockCaseRow(const QString& caseId)
{
    return m_write.lockCase(dialect().lockCaseRow(), caseId);
}

bool Database::commit()
{
    return m_write.commit();
}

void Database::rollback()
{
    m_write.rollback();
}

int Database::addCommitHook(std::function<bool(QString* error)> flush, std::function<void()> discard)
{
    return m_write.addCommitHook(std::move(flush), std::move(discard));
}

void Database::removeCommitHook(int id)
{
    m_write.removeCommitHook(id);
}
