#include "Database.h"

#include "FileBackup.h"
#include "ImportJournal.h"
#include "Migrations.h"
#include "ServerBackup.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int SqliteFull = 13;
constexpr int BusyRetries = 3;

// PRAGMA quick_check and integrity_check: one problem a row ("ok" alone when there is none).
enum class CheckColumn
{
    Problem
};

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
        if (m_inTransaction)
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
    const bool ok = runAll(dialect().sessionSetup()) && migrate() && recoverImports();
    if (!ok) {
        const QString error = m_error;
        close();
        m_error = error;
    }
    return ok;
}

bool Database::runAll(const QStringList& statements)
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

// Before anything writes: a damaged file is reported and left alone. The
// structural check reads the header and the schema, which is what a foreign
// or truncated file breaks first.
bool Database::checkIntegrity(bool full)
{
    if (dialect().isPostgresql())
        return true;
    QSqlQuery query(connection());
    const auto failed = [&] {
        // A full disk is not a damaged file (issue 13, item 9).
        if (isDiskFull(query.lastError()))
            m_error = tr("Cannot use the database %1: the disk is full").arg(m_path);
        else
            m_error = tr("The database %1 is damaged or not a database: %2").arg(m_path, query.lastError().text());
        return false;
    };
    if (!full) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return failed();
        return true;
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed();
    QStringList problems;
    while (query.next())
        problems << SqlRow::field(query, CheckColumn::Problem).toString();
    if (problems != QStringList { QStringLiteral("ok") }) {
        m_error = tr("The database %1 is damaged: %2").arg(m_path, problems.mid(0, 5).join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool Database::migrate()
{
    const int latest = Migrations::latestVersion();
    int current = schemaVersion();
    if (current < 0)
        return false;
    if (current > latest) {
        m_error = tr("The database %1 was written by a newer AppealDesk (schema %2; this version knows up to %3)")
                      .arg(m_location.display())
                      .arg(current)
                      .arg(latest);
        return false;
    }
    if (current == latest)
        return true;
    // All pending migrations in one transaction (PostgreSQL's DDL is transactional too): a
    // crash midway leaves the old version. beginWrite() makes a second process wait.
    if (!beginWrite())
        return false;
    current = schemaVersion(); // another process may have migrated while we waited
    if (current < 0) {
        rollback();
        return false;
    }
    QSqlQuery query(connection());
    for (int version = current + 1; version <= latest; ++version) {
        for (const QString& statement : Migrations::statements(version, m_location.backend())) {
            if (!query.exec(statement)) {
                m_error = tr("Migration to schema %1 failed: %2").arg(version).arg(describe(query.lastError()));
                rollback();
                return false;
            }
        }
    }
    if (current < latest && !runAll(dialect().setSchemaVersion(latest))) {
        rollback();
        return false;
    }
    return commit();
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
    if (m_inTransaction) {
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
// The Database of this thread with a write transaction open.
thread_local Database* t_writer = nullptr;
} // namespace

void Database::noteFailure(const QSqlError& error)
{
    t_lastFailure = error;
    // On a server a failed statement has ended the transaction already: it is rolled back now, before
    // the failed statement is freed (which the server would refuse inside the dead transaction, and
    // the driver would warn about on stderr). commit() then fails, rollback() only tidies up.
    Database* writer = t_writer;
    if (writer && !writer->m_aborted && writer->dialect().failureAbortsTransaction()) {
        writer->m_aborted = true;
        QSqlQuery(writer->connection()).exec(QStringLiteral("ROLLBACK"));
    }
}

void Database::endTransaction()
{
    m_inTransaction = false;
    m_aborted = false;
    m_sharesTurn = false;
    if (t_writer == this)
        t_writer = nullptr;
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
    if (m_inTransaction) {
        m_error = tr("A write transaction is already open");
        return false;
    }
    if (durable && !runAll(dialect().durableOn()))
        return false;
    QSqlQuery query(connection());
    // Issue 13, item 10: on SQLite, ask for the turn every few milliseconds instead of through the
    // busy handler, whose sleeps grow to 100 ms: an import leaves a short gap between its
    // transactions, and a writer waiting behind it must take the first gap, not the tenth.
    const int pollMs = dialect().turnPollMs();
    const bool polling = pollMs > 0 && exec(dialect().busyTimeout(0));
    QElapsedTimer waited;
    waited.start();
    const qint64 patienceMs = qint64(BusyTimeoutMs) * BusyRetries;
    bool begun = false;
    for (int attempt = 0; polling || attempt < BusyRetries; ++attempt) {
        if (query.exec(dialect().beginWrite())) {
            begun = true;
            break;
        }
        if (!dialect().isRetryable(query.lastError()) || (polling && waited.elapsed() >= patienceMs))
            break;
        QThread::msleep(polling ? pollMs : 50);
    }
    if (polling)
        exec(dialect().busyTimeout(BusyTimeoutMs));
    if (begun) {
        m_inTransaction = true;
        m_aborted = false;
        t_writer = this;
        m_durable = durable;
        const QStringList shared = turn == Turn::Case ? dialect().sharedWriteTurn() : QStringList();
        m_sharesTurn = !shared.isEmpty();
        for (const QString& statement : m_sharesTurn ? shared : dialect().writeTurn()) {
            if (!query.exec(statement)) {
                noteFailure(query.lastError());
                const QString error = tr("Cannot start writing to the database: %1").arg(describe(query.lastError()));
                rollback();
                m_error = error;
                return false;
            }
        }
        return true;
    }
    // Only the try that gave up is a failure: the earlier busy tries were the wait for the turn.
    noteFailure(query.lastError());
    m_error = tr("Cannot start writing to the database: %1").arg(describe(query.lastError()));
    if (durable)
        runAll(dialect().durableOff());
    return false;
}

bool Database::lockCaseParties(const QString& caseId)
{
    return lockCase(dialect().lockCaseParties(), caseId);
}

bool Database::lockCaseRow(const QString& caseId)
{
    return lockCase(dialect().lockCaseRow(), caseId);
}

bool Database::lockCase(const QString& statement, const QString& caseId)
{
    if (!sharesTurn() || statement.isEmpty())
        return true;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(QStringLiteral(":case_id"), caseId);
    if (!query.exec()) {
        noteFailure(query.lastError());
        m_error = tr("Cannot lock case %1: %2").arg(caseId, describe(query.lastError()));
        return false;
    }
    return true;
}

bool Database::commit()
{
    if (!m_inTransaction) {
        m_error = tr("No write transaction is open");
        return false;
    }
    for (const CommitHook& hook : std::as_const(m_commitHooks)) {
        if (!hook.flush(&m_error)) {
            const QString error = m_error;
            rollback();
            m_error = error;
            return false;
        }
    }
    if (m_aborted) {
        m_error = tr("The write transaction was ended by an error; nothing was written");
        rollback();
        return false;
    }
    if (!exec(QStringLiteral("COMMIT"))) {
        const QString error = m_error;
        rollback();
        m_error = error;
        return false;
    }
    endTransaction();
    if (m_durable) {
        m_durable = false;
        return runAll(dialect().durableOff());
    }
    return true;
}

int Database::addCommitHook(std::function<bool(QString* error)> flush, std::function<void()> discard)
{
    m_commitHooks.append(CommitHook { m_nextHookId, std::move(flush), std::move(discard) });
    return m_nextHookId++;
}

void Database::removeCommitHook(int id)
{
    m_commitHooks.removeIf([id](const CommitHook& hook) { return hook.id == id; });
}

void Database::rollback()
{
    for (const CommitHook& hook : std::as_const(m_commitHooks))
        hook.discard();
    if (!m_inTransaction)
        return;
    if (!m_aborted)
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    endTransaction();
    if (m_durable) {
        m_durable = false;
        for (const QString& statement : dialect().durableOff())
            QSqlQuery(connection()).exec(statement);
    }
}
