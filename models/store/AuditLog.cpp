#include "AuditLog.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace StoreSupport;

namespace {

// prev_hash of the first entry.
QByteArray genesis()
{
    return QByteArray(64, '0');
}

// "SELECT hash FROM audit_log ...": the head, or the hash of one entry.
enum class HeadColumn
{
    Hash
};

// hasAction(): SELECT EXISTS (...).
enum class ExistsColumn
{
    Exists
};

// verify()'s walk over the whole log.
enum class EntryColumn
{
    Id,
    At,
    Actor,
    Action,
    Subject,
    Before,
    After,
    PrevHash,
    Hash
};
const char kEntries[]
    = "SELECT id, at, actor, action, subject, before, after, prev_hash, hash FROM audit_log ORDER BY id";

// What the audit_head trigger recorded.
enum class HeadRecordColumn
{
    Entries,
    Hash
};
const char kHeadRecord[] = "SELECT entries, hash FROM audit_head WHERE id = 1";

} // namespace

struct AuditLog::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : lastHash(db)
        , insert(db)
    {
        lastHash.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        insert.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, before, after, prev_hash,"
                                      " hash) VALUES (:at, :actor, :action, :subject, :before, :after, :prev_hash,"
                                      " :hash)"));
    }

    QSqlQuery lastHash;
    QSqlQuery insert;
};

AuditLog::AuditLog(Database& db)
    : m_db(db)
{
    m_commitHook
        = m_db.addCommitHook([this](QString* error) { return appendPending(error); }, [this] { m_pending.clear(); });
}

AuditLog::~AuditLog()
{
    m_db.removeCommitHook(m_commitHook);
}

// At COMMIT of a shared turn: the appends' own turn, then the head is read and extended. The lock is
// held from here to the COMMIT that follows, a few round trips.
bool AuditLog::appendPending(QString* error)
{
    if (m_pending.isEmpty())
        return true;
    const QList<Pending> pending = std::exchange(m_pending, {});
    QSqlQuery turn(m_db.connection());
    for (const QString& statement : m_db.dialect().auditTurn()) {
        if (!turn.exec(statement))
            return failQuery(error, turn);
    }
    Statements& st = statements();
    for (const Pending& p : pending) {
        if (!appendRow(st, p.actor, p.action, p.subject, p.before, p.after, p.at, error))
            return false;
    }
    return true;
}

AuditLog::Statements& AuditLog::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.connection());
    return *m_statements;
}

QByteArray AuditLog::hash(const QByteArray& prevHash, qint64 atMs, const QString& actor, const QString& action,
    const QString& subject, const QString& before, const QString& after)
{
    const char sep = '\x1f';
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    for (const QString& field : { QString::number(atMs), actor, action, subject, before, after }) {
        hash.addData(QByteArrayView(&sep, 1));
        hash.addData(field.toUtf8());
    }
    return hash.result().toHex();
}

QString AuditLog::readHead(Statements& st, QString* error)
{
    QSqlQuery& q = st.lastHash;
    if (!q.exec()) {
        failQuery(error, q);
        return QString();
    }
    QString head;
    if (q.next())
        head = field(q, HeadColumn::Hash).toString();
    else if (!reachedEnd(q))
        failQuery(error, q);
    q.finish();
    return head;
}

// Inside a write transaction: BEGIN IMMEDIATE serialises writers, so the last hash read is the one we chain to.
bool AuditLog::appendRow(Statements& st, const QString& actor, const QString& action, const QString& subject,
    const QString& before, const QString& after, const QDateTime& at, QString* error)
{
    QString readError;
    const QString head = readHead(st, &readError);
    if (!readError.isEmpty())
        return fail(error, readError);
    const QByteArray prev = head.isEmpty() ? genesis() : head.toLatin1();
    const qint64 atMs = at.toMSecsSinceEpoch();
    QSqlQuery& q = st.insert;
    q.bindValue(QStringLiteral(":at"), atMs);
    q.bindValue(QStringLiteral(":actor"), str(actor));
    q.bindValue(QStringLiteral(":action"), str(action));
    q.bindValue(QStringLiteral(":subject"), str(subject));
    q.bindValue(QStringLiteral(":before"), str(before));
    q.bindValue(QStringLiteral(":after"), str(after));
    q.bindValue(QStringLiteral(":prev_hash"), str(QString::fromLatin1(prev)));
    q.bindValue(QStringLiteral(":hash"), QString::fromLatin1(hash(prev, atMs, actor, action, subject, before, after)));
    if (!q.exec())
        return failQuery(error, q);
    return true;
}

bool AuditLog::append(const QString& actor, const QString& action, const QString& subject, const QString& before,
    const QString& after, const QDateTime& at)
{
    if (m_db.sharesTurn()) {
        m_pending.append(Pending { actor, action, subject, before, after, at });
        return true;
    }
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    return appendRow(statements(), actor, action, subject, before, after, at, &m_error) && scope.commit();
}

QString AuditLog::entryHash(qint64 id) const
{
    m_error.clear();
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT hash FROM audit_log WHERE id = :id"), &m_error))
        return QString();
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        failQuery(&m_error, q);
        return QString();
    }
    if (q.next())
        return field(q, HeadColumn::Hash).toString();
    if (!reachedEnd(q))
        failQuery(&m_error, q);
    return QString();
}

std::optional<bool> AuditLog::hasAction(const QStringList& actions) const
{
    for (const QString& action : actions) {
        QSqlQuery q(m_db.connection());
        if (!prepare(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = :action)"), &m_error))
            return std::nullopt;
        q.bindValue(QStringLiteral(":action"), action);
        if (!q.exec() || !q.next()) {
            failQuery(&m_error, q);
            return std::nullopt;
        }
        if (field(q, ExistsColumn::Exists).toBool())
            return true;
    }
    return false;
}

QString AuditLog::head() const
{
    return readHead(statements(), &m_error);
}

QString AuditLog::headOf(const QSqlDatabase& connection, QString* error)
{
    Statements st(connection);
    return readHead(st, error);
}

bool AuditLog::appendTo(const QSqlDatabase& connection, const QString& actor, const QString& action,
    const QString& subject, const QString& before, const QString& after, const QDateTime& at, QString* error)
{
    Statements st(connection);
    return appendRow(st, actor, action, subject, before, after, at, error);
}

bool AuditLog::verifyChain() const
{
    const AuditVerification result = verify();
    return result.ok || fail(&m_error, result.problem);
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    const auto broken = [&](qint64 id, const QString& problem) {
        result.brokenId = id;
        result.problem = problem;
        return result;
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kEntries))) {
        failQuery(&m_error, q);
        return broken(0, m_error);
    }
    QByteArray prev = genesis();
    while (q.next()) {
        const qint64 id = field(q, EntryColumn::Id).toLongLong();
        const qint64 expected = result.entries + 1;
        if (id != expected)
            return broken(expected, tr("audit entry %1 is missing").arg(expected));
        const QByteArray storedPrev = field(q, EntryColumn::PrevHash).toString().toLatin1();
        const QByteArray stored = field(q, EntryColumn::Hash).toString().toLatin1();
        if (storedPrev != prev)
            return broken(id, tr("audit entry %1 does not follow the entry before it").arg(id));
        const QByteArray computed
            = hash(storedPrev, field(q, EntryColumn::At).toLongLong(), field(q, EntryColumn::Actor).toString(),
                field(q, EntryColumn::Action).toString(), field(q, EntryColumn::Subject).toString(),
                field(q, EntryColumn::Before).toString(), field(q, EntryColumn::After).toString());
        if (stored != computed)
            return broken(id, tr("audit entry %1 was changed: its content does not match its hash").arg(id));
        prev = stored;
        result.entries = id;
    }
    if (!reachedEnd(q)) {
        failQuery(&m_error, q);
        return broken(0, m_error);
    }
    result.head = result.entries > 0 ? QString::fromLatin1(prev) : QString();

    QSqlQuery head(m_db.connection());
    if (!head.exec(QLatin1String(kHeadRecord))) {
        failQuery(&m_error, head);
        return broken(0, m_error);
    }
    const bool hasHead = head.next();
    if (!hasHead && !reachedEnd(head)) {
        failQuery(&m_error, head);
        return broken(0, m_error);
    }
    const qint64 headEntries = hasHead ? field(head, HeadRecordColumn::Entries).toLongLong() : 0;
    if (headEntries > result.entries)
        return broken(result.entries + 1,
            tr("audit entry %1 is missing: the chain's head record counts %n entries", nullptr, int(headEntries))
                .arg(result.entries + 1));
    if (headEntries < result.entries)
        return broken(headEntries + 1, tr("audit entry %1 is not in the chain's head record").arg(headEntries + 1));
    if (result.entries > 0 && field(head, HeadRecordColumn::Hash).toString() != result.head)
        return broken(result.entries, tr("audit entry %1 does not match the chain's head record").arg(result.entries));
    result.ok = true;
    return result;
}
