#include "ImportJournal.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

#include <QFile>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace StoreSupport;

namespace {

// Cases deleted per transaction when a run is rolled back: short turns, like the import's.
constexpr qint64 DeleteStep = 2000;

enum class RunColumn
{
    Id,
    FirstRef,
    UsersBefore
};
// begin()'s "RETURNING id, users_before".
enum class InsertedRunColumn
{
    Id,
    UsersBefore
};
enum class ValueColumn
{
    Value
};

// SQLite: the importers' lock is a companion file of the database (like its -wal and -shm), locked
// with flock(): the kernel releases it when the importer dies, however it dies. None for ":memory:",
// which no other connection can see.
QString lockFilePath(const Database& db)
{
    const QString path = db.location().path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return QString();
    return path + QStringLiteral("-imports");
}

int openLockFile(const QString& path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
}

// Opens and locks the file at `path` with `operation` (flock). The last importer removes the file
// (lockedCompanionDone), so a lock taken on a file that was removed meanwhile is taken again on the
// new one: every locker holds the file the path names. -1 with errno; EWOULDBLOCK for a busy LOCK_NB.
int lockFile(const QString& path, int operation)
{
    for (;;) {
        const int fd = openLockFile(path);
        if (fd < 0)
            return -1;
        if (::flock(fd, operation) != 0) {
            const int error = errno;
            ::close(fd);
            errno = error;
            return -1;
        }
        struct stat held
        {
        };
        struct stat named
        {
        };
        if (::fstat(fd, &held) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0
            && held.st_dev == named.st_dev && held.st_ino == named.st_ino)
            return fd;
        ::close(fd);
    }
}

// Closes a lock file; removes it when nobody else holds it, so no companion file outlives the imports.
void closeLockFile(int fd, const QString& path)
{
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
        ::unlink(QFile::encodeName(path).constData());
    ::close(fd);
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (!prepare(q, sql, error))
        return false;
    if (!q.exec())
        return failQuery(error, q);
    return true;
}

} // namespace

ImportJournal::ImportJournal(Database& db)
    : m_db(db)
{ }

ImportJournal::~ImportJournal()
{
    releaseLock();
}

bool ImportJournal::begin(const QString& file, const QDateTime& at)
{
    const QString shared = m_db.dialect().importersLockShared();
    if (!shared.isEmpty()) {
        QSqlQuery q(m_db.connection());
        if (!exec(q, shared, &m_error))
            return false;
        m_serverLock = true;
    } else if (const QString path = lockFilePath(m_db); !path.isEmpty()) {
        m_lockPath = path;
        m_lockFd = lockFile(path, LOCK_SH);
        if (m_lockFd < 0) {
            return fail(&m_error, tr("Cannot lock %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        }
    }
    if (!m_db.beginWrite()) {
        m_error = m_db.error();
        releaseLock();
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
            QStringLiteral("INSERT INTO import_runs (file, started_at, users_before) VALUES (:file, :started_at,"
                           " (SELECT COALESCE(MAX(id), 0) FROM users)) RETURNING id, users_before"),
            &m_error)) {
        m_db.rollback();
        releaseLock();
        return false;
    }
    q.bindValue(QStringLiteral(":file"), str(file));
    q.bindValue(QStringLiteral(":started_at"), ms(at));
    if (!q.exec() || !q.next()) {
        failQuery(&m_error, q);
        m_db.rollback();
        releaseLock();
        return false;
    }
    const qint64 run = field(q, InsertedRunColumn::Id).toLongLong();
    m_usersBefore = field(q, InsertedRunColumn::UsersBefore).toLongLong();
    q.finish();
    if (!m_db.commit()) {
        m_error = m_db.error();
        releaseLock();
        return false;
    }
    m_run = run;
    return true;
}

bool ImportJournal::setFirstCase(qint64 caseRef)
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("UPDATE import_runs SET first_ref = :first_ref WHERE id = :run"), &m_error))
        return false;
    q.bindValue(QStringLiteral(":first_ref"), caseRef);
    q.bindValue(QStringLiteral(":run"), m_run);
    if (!q.exec())
        return failQuery(&m_error, q);
    m_firstRef = caseRef;
    return true;
}

bool ImportJournal::finish()
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("DELETE FROM import_runs WHERE id = :run"), &m_error))
        return false;
    q.bindValue(QStringLiteral(":run"), m_run);
    if (!q.exec())
        return failQuery(&m_error, q);
    return true;
}

bool ImportJournal::rollBack(int* decidedKept)
{
    *decidedKept = 0;
    if (m_run == 0)
        return true;
    const bool ok = deleteRun(m_db, m_run, m_firstRef, m_usersBefore, decidedKept, &m_error);
    if (ok)
        m_run = 0;
    return ok;
}

bool ImportJournal::deleteRun(
    Database& db, qint64 run, qint64 firstRef, qint64 usersBefore, int* decidedKept, QString* error)
{
    QSqlQuery q(db.connection());
    qint64 lastRef = 0;
    if (firstRef > 0) {
        if (!exec(q, QStringLiteral("SELECT MAX(id) FROM cases"), error))
            return false;
        if (q.next())
            lastRef = field(q, ValueColumn::Value).toLongLong();
        q.finish();
    }
    const QString ofRun = QStringLiteral("(SELECT id FROM cases WHERE id >= :low AND id < :high"
                                         " AND import_run = :run AND status <> 'decided')");
    const QStringList statements { db.dialect().deleteSearchRows(ofRun),
        QStringLiteral("DELETE FROM cases WHERE id >= :low AND id < :high AND import_run = :run"
                       " AND status <> 'decided'") };
    for (qint64 low = firstRef; firstRef > 0 && low <= lastRef; low += DeleteStep) {
        if (!db.beginWrite())
            return fail(error, db.error());
        for (const QString& sql : statements) {
            if (!prepare(q, sql, error)) {
                db.rollback();
                return false;
            }
            q.bindValue(QStringLiteral(":low"), low);
            q.bindValue(QStringLiteral(":high"), low + DeleteStep);
            q.bindValue(QStringLiteral(":run"), run);
            if (!q.exec()) {
                failQuery(error, q);
                db.rollback();
                return false;
            }
        }
        if (!db.commit())
            return fail(error, db.error());
    }
    if (!db.beginWrite())
        return fail(error, db.error());
    bool ok = true;
    if (firstRef > 0) {
        ok = prepare(q, QStringLiteral("SELECT COUNT(*) FROM cases WHERE id >= :low AND import_run = :run"), error);
        if (ok) {
            q.bindValue(QStringLiteral(":low"), firstRef);
            q.bindValue(QStringLiteral(":run"), run);
            ok = (q.exec() && q.next()) || failQuery(error, q);
            if (ok)
                *decidedKept = field(q, ValueColumn::Value).toInt();
            q.finish();
        }
    }
    // The users the run added and no remaining case names (a nickname it changed on a known user stays),
    // and the status counts its cases left at zero: the tables read as before the run.
    if (ok
        && prepare(q,
            QStringLiteral("DELETE FROM users WHERE id > :users_before"
                           " AND NOT EXISTS (SELECT 1 FROM parties p WHERE p.user_ref = users.id)"),
            error)) {
        q.bindValue(QStringLiteral(":users_before"), usersBefore);
        ok = q.exec() || failQuery(error, q);
    } else {
        ok = false;
    }
    ok = ok && (db.exec(QStringLiteral("DELETE FROM case_counts WHERE n = 0")) || fail(error, db.error()));
    if (ok && prepare(q, QStringLiteral("DELETE FROM import_runs WHERE id = :run"), error)) {
        q.bindValue(QStringLiteral(":run"), run);
        ok = q.exec() || failQuery(error, q);
    } else {
        ok = false;
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(error, db.error());
}

bool ImportJournal::recoverAbandoned(Database& db, QString* error)
{
    struct Run
    {
        qint64 id;
        qint64 firstRef;
        qint64 usersBefore;
    };
    QList<Run> runs;
    {
        QSqlQuery q(db.connection());
        if (!exec(q, QStringLiteral("SELECT id, first_ref, users_before FROM import_runs ORDER BY id"), error))
            return false;
        while (q.next())
            runs.append({ field(q, RunColumn::Id).toLongLong(), field(q, RunColumn::FirstRef).toLongLong(),
                field(q, RunColumn::UsersBefore).toLongLong() });
        if (!reachedEnd(q))
            return failQuery(error, q);
    }
    if (runs.isEmpty())
        return true;

    // Only when no importer is alive: their runs are theirs to finish or roll back.
    int fd = -1;
    QString lockPath;
    const QString exclusive = db.dialect().tryImportersLockExclusive();
    if (!exclusive.isEmpty()) {
        QSqlQuery q(db.connection());
        if (!exec(q, exclusive, error))
            return false;
        if (!q.next() || !field(q, ValueColumn::Value).toBool())
            return true;
    } else if (const QString path = lockFilePath(db); !path.isEmpty()) {
        fd = lockFile(path, LOCK_EX | LOCK_NB);
        if (fd < 0 && errno == EWOULDBLOCK)
            return true;
        if (fd < 0)
            return fail(error, tr("Cannot lock %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        lockPath = path;
    }
    bool ok = true;
    for (const Run& run : std::as_const(runs)) {
        int decidedKept = 0;
        if (!deleteRun(db, run.id, run.firstRef, run.usersBefore, &decidedKept, error)) {
            ok = false;
            break;
        }
    }
    if (fd >= 0)
        closeLockFile(fd, lockPath); // releases the lock
    else if (!exclusive.isEmpty())
        db.exec(db.dialect().importersUnlockExclusive());
    return ok;
}

void ImportJournal::releaseLock()
{
    if (m_lockFd >= 0) {
        closeLockFile(m_lockFd, m_lockPath);
        m_lockFd = -1;
    }
    if (m_serverLock) {
        m_db.exec(m_db.dialect().importersUnlockShared());
        m_serverLock = false;
    }
}
