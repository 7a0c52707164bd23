#pragma once

#include "ConnectionSpec.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The PostgreSQL server behind a service database, as opposed to the database itself: what to
// tell the user when a connection cannot be made, and what `practicecoder server create` does
// at the server's level (the database and the group roles), which no migration can do.
class PostgresServer {
public:
    // The group roles that people's login roles will be members of, one per job.
    static const QStringList &groupRoles();

    // Sets a QPSQL connection's host, port, database, user and (only when the spec holds one
    // from a sign-in prompt) password. Without a password libpq looks in PGPASSWORD, PGPASSFILE
    // and ~/.pgpass itself.
    static void describe(const ConnectionSpec &spec, QSqlDatabase *db);

    // One plain sentence saying why the spec's database cannot be opened (the server does not
    // answer, the password is wrong or missing, the database does not exist...), naming it by
    // its displayName() and never a password. Asks the server, since libpq reports a failed
    // connection without an SQLSTATE.
    static QString whyCannotConnect(const ConnectionSpec &spec);

    // What the server said to the spec's user signing in (to its maintenance database, so a
    // missing database does not hide a refused password): what a sign-in prompt needs to know,
    // as libpq reports it rather than by the words of a message.
    enum class SignIn { Accepted, PasswordNeeded, PasswordRefused, Failed };
    static SignIn signIn(const ConnectionSpec &spec);

    explicit PostgresServer(const ConnectionSpec &spec);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Connects to the server's `postgres` maintenance database as the spec's user. Throws
    // StorageError (CannotOpen) with whyCannotConnect's sentence.
    void connectToMaintenanceDatabase();
    bool databaseExists() const;
    // CREATE DATABASE for the spec's database; the connected user must be allowed to.
    void createDatabase();
    // The group roles missing on the server, in groupRoles() order.
    QStringList missingGroupRoles() const;
    // Creates one as a NOLOGIN role. Throws StorageError.
    void createGroupRole(const QString &role);

private:
    QString m_connectionName;
    ConnectionSpec m_spec;
};
