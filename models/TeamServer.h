#pragma once

#include <QCoreApplication>
#include <QString>

// File → Connect to a team server… (issue 15, item 1), without widgets: the URI from the dialog's
// fields, a trial connection that says in plain words what went wrong, and the password an agent
// typed, handed to libpq for this process only.
class TeamServer
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)

public:
    struct Fields
    {
        QString host; // a name, an address, or a socket folder ("/run/postgresql")
        int port = 5432;
        QString database;
        QString user;
    };

    // postgresql://user@host:port/database, each part percent-encoded (a socket folder as ?host=).
    static QString uri(const Fields& fields);
    // The fields of a URI (the remembered server); empty fields for anything else.
    static Fields fields(const QString& uri);

    enum class Outcome
    {
        Connected,
        NeedsPassword, // libpq found none (PGPASSWORD, PGPASSFILE, ~/.pgpass): ask once
        PasswordRefused,
        Unreachable, // no such host, nothing listening, a timeout
        Refused, // no such database or login, not allowed, a newer schema, ...
    };
    struct Result
    {
        Outcome outcome = Outcome::Refused;
        QString message; // for a person, translated; never a password
    };
    // Opens (and, on an empty database, migrates) the desk at `uri` once and closes it again.
    static Result tryConnect(const QString& uri);
    // What a failed connection's error (libpq's English words) means for the agent at `uri`.
    static Result explain(const QString& error, const QString& uri);

    // The password the agent typed, for libpq (PGPASSWORD) in this process and its children only:
    // never written to a file, a setting or a log. Empty: forgets it.
    static void usePassword(const QString& password);
};
