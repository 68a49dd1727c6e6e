#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class AuditLog;

// Anchors of the audit chain outside the database (issue 13, item 1): the team lead's Ed25519 key
// (libsodium), kept in a file of its own, signs "the chain had N entries and entry N hashed to H".
// A later chain proves it still extends what was signed: entry N still hashes to H. A chain rewritten
// and re-hashed from the start, or cut short, fails even when every hash in it recomputes.
//
// Key file (0600, never in the database):  appealdesk-audit-key 1 / public BASE64 / secret BASE64
// Checkpoint file:  appealdesk-audit-checkpoint 1 / entries N / head HEX / at ISO / public BASE64 /
//                   signature BASE64 (over the lines before it, each ending in \n)
class AuditCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoint)

public:
    struct Key
    {
        QByteArray publicKey; // 32 bytes
        QByteArray secretKey; // 64 bytes
    };
    struct Signed
    {
        qint64 entries = 0;
        QString head;
        QDateTime at;
        QByteArray publicKey;
    };

    // A new key pair. False + *error only when the library cannot start.
    static std::optional<Key> generateKey(QString* error);
    // The key file's text.
    static QByteArray keyFileText(const Key& key);
    // The public key file's text (appealdesk-audit-key 1 / public BASE64).
    static QByteArray publicKeyFileText(const Key& key);
    // The public key of a key file or a public key file; secretKey stays empty. nullopt + *error.
    static std::optional<Key> readPublicKey(const QString& path, QString* error);
    // Reads a key file; nullopt + *error for a missing, unreadable or malformed one.
    static std::optional<Key> readKey(const QString& path, QString* error);
    // A public key as people compare it: the first 16 bytes of its SHA-256, hex in groups of four.
    static QString fingerprint(const QByteArray& publicKey);

    // The signed text of a checkpoint of `entries` entries ending in `head`, made at `at`.
    static QByteArray sign(const Key& key, qint64 entries, const QString& head, const QDateTime& at);
    // Reads a checkpoint file and checks its signature; nullopt + *error otherwise.
    static std::optional<Signed> read(const QString& path, QString* error);
    // True when the log's verified chain (`entries` long) still holds the signed entry with the signed hash.
    static bool extends(const Signed& checkpoint, const AuditLog& log, qint64 entries, QString* problem);
};
