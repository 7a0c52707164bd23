#pragma once

#include <QString>

#include <optional>

// Which database to connect to: the engine, and where it is. For SQLite that is the path of a
// database file; a service database on PostgreSQL (a later issue) will be a postgresql:// URL.
// Parsing the --database value lives here, so the command line and the GUI read it alike.
class ConnectionSpec {
public:
    enum class Engine { Sqlite };

    // The SQLite database file at path, made absolute.
    static ConnectionSpec sqliteFile(const QString &path);
    // Reads a --database value (or a remembered one). Returns nothing, with *problem set to one
    // plain sentence, when the value names no database this version can open.
    static std::optional<ConnectionSpec> parse(const QString &value, QString *problem = nullptr);

    Engine engine() const { return m_engine; }
    // The database file (SQLite); every connection to this spec shares it.
    QString filePath() const { return m_filePath; }
    // How to name the database to the user: the file's path. Never holds a password.
    QString displayName() const { return m_filePath; }

    bool operator==(const ConnectionSpec &other) const = default;

private:
    ConnectionSpec() = default;

    Engine m_engine = Engine::Sqlite;
    QString m_filePath;
};
