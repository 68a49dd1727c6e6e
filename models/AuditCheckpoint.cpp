#include "AuditCheckpoint.h"

#include "AuditLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>

#include <sodium.h>

namespace {

const char kKeyMagic[] = "appealdesk-audit-key 1";
const char kCheckpointMagic[] = "appealdesk-audit-checkpoint 1";
constexpr qint64 MaxFileBytes = 4096;

bool startLibrary(QString* error)
{
    if (sodium_init() < 0) {
        *error = AuditCheckpoint::tr("The cryptography library (libsodium) cannot start");
        return false;
    }
    return true;
}

// "name VALUE" lines of a small text file; empty on a read error.
std::optional<QList<QByteArray>> readLines(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = AuditCheckpoint::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.read(MaxFileBytes + 1);
    if (text.size() > MaxFileBytes) {
        *error = AuditCheckpoint::tr("%1 is too large for this kind of file").arg(path);
        return std::nullopt;
    }
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// The value of "name VALUE" at `line`, or a null array.
QByteArray valueOf(const QList<QByteArray>& lines, int line, const char* name)
{
    const QByteArray prefix = QByteArray(name) + ' ';
    if (line >= lines.size() || !lines.at(line).startsWith(prefix))
        return QByteArray();
    return lines.at(line).mid(prefix.size());
}

QByteArray fromBase64(const QByteArray& text, int size)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return QByteArray();
    return decoded.decoded;
}

QByteArray signedText(qint64 entries, const QString& head, const QDateTime& at, const QByteArray& publicKey)
{
    return QByteArray(kCheckpointMagic) + '\n' + "entries " + QByteArray::number(entries) + '\n' + "head "
        + head.toLatin1() + '\n' + "at " + at.toUTC().toString(Qt::ISODate).toLatin1() + '\n' + "public "
        + publicKey.toBase64() + '\n';
}

} // namespace

std::optional<AuditCheckpoint::Key> AuditCheckpoint::generateKey(QString* error)
{
    if (!startLibrary(error))
        return std::nullopt;
    Key key;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(
        reinterpret_cast<unsigned char*>(key.publicKey.data()), reinterpret_cast<unsigned char*>(key.secretKey.data()));
    return key;
}

QByteArray AuditCheckpoint::keyFileText(const Key& key)
{
    return QByteArray(kKeyMagic) + '\n' + "public " + key.publicKey.toBase64() + '\n' + "secret "
        + key.secretKey.toBase64() + '\n';
}

QByteArray AuditCheckpoint::publicKeyFileText(const Key& key)
{
    return QByteArray(kKeyMagic) + '\n' + "public " + key.publicKey.toBase64() + '\n';
}

std::optional<AuditCheckpoint::Key> AuditCheckpoint::readPublicKey(const QString& path, QString* error)
{
    if (!startLibrary(error))
        return std::nullopt;
    const auto lines = readLines(path, error);
    if (!lines)
        return std::nullopt;
    if (lines->size() == 3)
        return readKey(path, error);
    Key key;
    if (lines->size() == 2 && lines->at(0) == kKeyMagic)
        key.publicKey = fromBase64(valueOf(*lines, 1, "public"), crypto_sign_PUBLICKEYBYTES);
    if (key.publicKey.isEmpty()) {
        *error = tr("%1 is not an AppealDesk audit key (appealdesk audit keygen makes one)").arg(path);
        return std::nullopt;
    }
    return key;
}

std::optional<AuditCheckpoint::Key> AuditCheckpoint::readKey(const QString& path, QString* error)
{
    if (!startLibrary(error))
        return std::nullopt;
    const auto lines = readLines(path, error);
    if (!lines)
        return std::nullopt;
    Key key;
    if (lines->size() == 3 && lines->at(0) == kKeyMagic) {
        key.publicKey = fromBase64(valueOf(*lines, 1, "public"), crypto_sign_PUBLICKEYBYTES);
        key.secretKey = fromBase64(valueOf(*lines, 2, "secret"), crypto_sign_SECRETKEYBYTES);
    }
    // The secret key carries its public half: a file whose halves disagree is not a key.
    if (key.publicKey.isEmpty() || key.secretKey.isEmpty()
        || key.secretKey.right(crypto_sign_PUBLICKEYBYTES) != key.publicKey) {
        *error = tr("%1 is not an AppealDesk audit key (appealdesk audit keygen makes one)").arg(path);
        return std::nullopt;
    }
    return key;
}

QString AuditCheckpoint::fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(':'));
}

QByteArray AuditCheckpoint::sign(const Key& key, qint64 entries, const QString& head, const QDateTime& at)
{
    const QByteArray text = signedText(entries, head, at, key.publicKey);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char*>(text.constData()), quint64(text.size()),
        reinterpret_cast<const unsigned char*>(key.secretKey.constData()));
    return text + "signature " + signature.toBase64() + '\n';
}

std::optional<AuditCheckpoint::Signed> AuditCheckpoint::read(const QString& path, QString* error)
{
    if (!startLibrary(error))
        return std::nullopt;
    const auto lines = readLines(path, error);
    if (!lines)
        return std::nullopt;
    const auto malformed = [&] {
        *error = tr("%1 is not an AppealDesk audit checkpoint").arg(path);
        return std::nullopt;
    };
    if (lines->size() != 6 || lines->at(0) != kCheckpointMagic)
        return malformed();
    Signed result;
    bool ok = false;
    result.entries = valueOf(*lines, 1, "entries").toLongLong(&ok);
    result.head = QString::fromLatin1(valueOf(*lines, 2, "head"));
    result.at = QDateTime::fromString(QString::fromLatin1(valueOf(*lines, 3, "at")), Qt::ISODate);
    result.publicKey = fromBase64(valueOf(*lines, 4, "public"), crypto_sign_PUBLICKEYBYTES);
    const QByteArray signature = fromBase64(valueOf(*lines, 5, "signature"), crypto_sign_BYTES);
    if (!ok || result.entries < 0 || (result.entries > 0 && result.head.size() != 64) || !result.at.isValid()
        || result.publicKey.isEmpty() || signature.isEmpty())
        return malformed();
    const QByteArray text = signedText(result.entries, result.head, result.at, result.publicKey);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
            reinterpret_cast<const unsigned char*>(text.constData()), quint64(text.size()),
            reinterpret_cast<const unsigned char*>(result.publicKey.constData()))
        != 0) {
        *error = tr("The signature of the checkpoint %1 is not valid: the file was changed").arg(path);
        return std::nullopt;
    }
    return result;
}

bool AuditCheckpoint::extends(const Signed& checkpoint, const AuditLog& log, qint64 entries, QString* problem)
{
    if (entries < checkpoint.entries) {
        *problem = tr("the chain has %1 entries, fewer than the %2 of the checkpoint of %3: entries were removed")
                       .arg(entries)
                       .arg(checkpoint.entries)
                       .arg(checkpoint.at.toUTC().toString(Qt::ISODate));
        return false;
    }
    if (checkpoint.entries == 0)
        return true;
    const QString hash = log.entryHash(checkpoint.entries);
    if (hash.isEmpty() && !log.lastError().isEmpty()) {
        *problem = log.lastError();
        return false;
    }
    if (hash != checkpoint.head) {
        *problem = tr("audit entry %1 is not the one the checkpoint of %2 signed: the chain was rewritten")
                       .arg(checkpoint.entries)
                       .arg(checkpoint.at.toUTC().toString(Qt::ISODate));
        return false;
    }
    return true;
}
