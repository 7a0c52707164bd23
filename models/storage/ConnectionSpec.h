#pragma once

#include <QString>

#include <optional>

// Which database to connect to: the engine, and where it is. For SQLite that is the path of a
// database file; for a service database on PostgreSQL it is a
// postgresql://USER@HOST:PORT/DBNAME[?sslmode=…] URL. Parsing the --database value lives here,
// so the command line and the GUI read it alike.
//
// A PostgreSQL password is never part of the spec's text: a URL holding one is refused, and
// libpq finds the password itself (PGPASSWORD, ~/.pgpass, PGPASSFILE). Only the GUI's sign-in
// prompt may give one, in memory (withPassword), and nothing here ever writes it out.
class ConnectionSpec {
public:
    enum class Engine { Sqlite, Postgres };

    static constexpr int defaultPostgresPort = 5432;

    // The SQLite database file at path, made absolute.
    static ConnectionSpec sqliteFile(const QString &path);
    // A PostgreSQL database. An empty host means the server's Unix socket on this computer;
    // an empty sslMode leaves libpq's default (prefer).
    static ConnectionSpec postgres(const QString &host, int port, const QString &databaseName,
                                   const QString &userName, const QString &sslMode = QString());
    // Reads a --database value (or a remembered one): a file path, or a postgresql:// (or
    // postgres://) URL. Returns nothing, with *problem set to one plain sentence, when the value
    // names no database this version can open. The sentence never repeats the value, which may
    // hold a password.
    static std::optional<ConnectionSpec> parse(const QString &value, QString *problem = nullptr);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    // The database file (SQLite); every connection to this spec shares it. Empty on PostgreSQL.
    QString filePath() const { return m_filePath; }

    // PostgreSQL: where the server is and who connects. Empty (and 0) for SQLite.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    QString sslMode() const { return m_sslMode; }

    // A copy holding a password typed at a sign-in prompt. It is kept in memory only: neither
    // toUrl() nor displayName() nor equality ever looks at it.
    ConnectionSpec withPassword(const QString &password) const;
    QString password() const { return m_password; }

    // The value parse() reads back to this spec: the file path, or the URL without a password.
    QString toUrl() const;
    // How to name the database to the user: the file's path, or the URL without its options.
    // Never holds a password.
    QString displayName() const;

    bool operator==(const ConnectionSpec &other) const;

private:
    ConnectionSpec() = default;
    static std::optional<ConnectionSpec> parsePostgresUrl(const QString &rest, QString *problem);

    Engine m_engine = Engine::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_databaseName;
    QString m_userName;
    QString m_sslMode;
    QString m_password;
};
