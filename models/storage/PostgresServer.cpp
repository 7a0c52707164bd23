#include "PostgresServer.h"

#include "PostgresDialect.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QAtomicInteger>
#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace {

const QString maintenanceDatabase = QStringLiteral("postgres");

// libpq's keyword/value arrays for a spec, kept alive as long as the object.
class LibpqParameters {
public:
    LibpqParameters(const ConnectionSpec &spec, const QString &databaseName) {
        add("host", spec.host());
        add("port", QString::number(spec.port()));
        add("dbname", databaseName);
        add("user", spec.userName());
        add("password", spec.password());
        add("sslmode", spec.sslMode());
        add("connect_timeout", QString::number(PostgresDialect::connectTimeoutSeconds));
        m_keywords.push_back(nullptr);
        m_values.push_back(nullptr);
    }
    const char *const *keywords() const { return m_keywords.data(); }
    const char *const *values() const { return m_values.data(); }

private:
    void add(const char *keyword, const QString &value) {
        // An empty value leaves libpq its default (the socket, the OS user, its own password
        // sources).
        if (value.isEmpty())
            return;
        m_storage.push_back(std::make_unique<QByteArray>(value.toUtf8()));
        m_keywords.push_back(keyword);
        m_values.push_back(m_storage.back()->constData());
    }

    std::vector<std::unique_ptr<QByteArray>> m_storage;
    std::vector<const char *> m_keywords;
    std::vector<const char *> m_values;
};

struct ConnectionCloser {
    void operator()(PGconn *connection) const { PQfinish(connection); }
};
struct ResultClearer {
    void operator()(PGresult *result) const { PQclear(result); }
};

QString userOf(const ConnectionSpec &spec) {
    return spec.userName().isEmpty() ? QStringLiteral("your user name") : spec.userName();
}

using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

// Signing in to the server's maintenance database tells a refused sign-in from a missing
// database: the server checks who is signing in before it looks for the database.
Connection signInToMaintenance(const ConnectionSpec &spec) {
    const LibpqParameters maintenance(spec, maintenanceDatabase);
    return Connection(PQconnectdbParams(maintenance.keywords(), maintenance.values(), 0));
}

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("practicecoder-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

const QStringList &PostgresServer::groupRoles() {
    static const QStringList roles{QStringLiteral("pc_evaluator"), QStringLiteral("pc_coach"),
                                   QStringLiteral("pc_manager"), QStringLiteral("pc_admin")};
    return roles;
}

void PostgresServer::describe(const ConnectionSpec &spec, QSqlDatabase *db) {
    db->setHostName(spec.host());
    db->setPort(spec.port());
    db->setDatabaseName(spec.databaseName());
    db->setUserName(spec.userName());
    db->setPassword(spec.password());
}

QString PostgresServer::whyCannotConnect(const ConnectionSpec &spec) {
    const QString name = spec.displayName();
    const LibpqParameters target(spec, spec.databaseName());
    switch (PQpingParams(target.keywords(), target.values(), 0)) {
    case PQPING_NO_RESPONSE:
        return QStringLiteral("PracticeCoder could not reach the PostgreSQL server for %1: check "
                              "that the server is running, and the host and port in the address.")
            .arg(name);
    case PQPING_REJECT:
        return QStringLiteral("The PostgreSQL server for %1 is not accepting connections just now "
                              "(it may be starting or stopping); try again in a moment.")
            .arg(name);
    case PQPING_NO_ATTEMPT:
        return QStringLiteral("PracticeCoder could not try to connect to %1: the address is not "
                              "complete.")
            .arg(name);
    case PQPING_OK:
        break;
    }
    const Connection connection = signInToMaintenance(spec);
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        if (PQconnectionNeedsPassword(connection.get()))
            return QStringLiteral("The PostgreSQL server for %1 asked for the password of %2, and "
                                  "none was found: set PGPASSWORD, or add a line for this server "
                                  "to ~/.pgpass (or to the file PGPASSFILE names).")
                .arg(name, userOf(spec));
        if (PQconnectionUsedPassword(connection.get()))
            return QStringLiteral("The PostgreSQL server for %1 refused the password of %2: check "
                                  "PGPASSWORD or ~/.pgpass.")
                .arg(name, userOf(spec));
        return QStringLiteral("The PostgreSQL server for %1 did not let %2 sign in: check the "
                              "user name, and ask its administrator whether this computer may "
                              "connect.")
            .arg(name, userOf(spec));
    }
    const QByteArray databaseName = spec.databaseName().toUtf8();
    const char *values[] = {databaseName.constData()};
    const std::unique_ptr<PGresult, ResultClearer> result(
        PQexecParams(connection.get(), "SELECT 1 FROM pg_database WHERE datname = $1", 1, nullptr,
                     values, nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) == PGRES_TUPLES_OK && PQntuples(result.get()) == 0)
        return QStringLiteral("There is no database %1 on that server: its administrator creates "
                              "it with practicecoder server create.")
            .arg(name);
    return QStringLiteral("%1 may not connect to the database %2: ask the server's administrator "
                          "for access.")
        .arg(userOf(spec), name);
}

PostgresServer::SignIn PostgresServer::signIn(const ConnectionSpec &spec) {
    const Connection connection = signInToMaintenance(spec);
    if (PQstatus(connection.get()) == CONNECTION_OK)
        return SignIn::Accepted;
    if (PQconnectionNeedsPassword(connection.get()))
        return SignIn::PasswordNeeded;
    if (PQconnectionUsedPassword(connection.get()))
        return SignIn::PasswordRefused;
    return SignIn::Failed;
}

PostgresServer::PostgresServer(const ConnectionSpec &spec)
    : m_spec(spec) {}

PostgresServer::~PostgresServer() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void PostgresServer::connectToMaintenanceDatabase() {
    const ConnectionSpec maintenance =
        ConnectionSpec::postgres(m_spec.host(), m_spec.port(), maintenanceDatabase,
                                 m_spec.userName(), m_spec.sslMode())
            .withPassword(m_spec.password());
    m_connectionName = nextConnectionName();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(SqlDialect::postgres().driverName(), m_connectionName);
    describe(maintenance, &db);
    QString options = SqlDialect::postgres().connectOptions(false);
    if (!m_spec.sslMode().isEmpty())
        options += QStringLiteral(";sslmode=") + m_spec.sslMode();
    db.setConnectOptions(options);
    if (!db.open())
        throw StorageError(StorageError::Kind::CannotOpen, whyCannotConnect(maintenance));
}

bool PostgresServer::databaseExists() const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    query.addBindValue(m_spec.databaseName());
    if (!query.exec())
        throw StorageError::fromQuery(query, QStringLiteral("Could not list the databases"));
    return query.next();
}

void PostgresServer::createDatabase() {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // CREATE DATABASE takes no bound name; the driver quotes it as an identifier. UTF8 and the
    // "C" collation whatever the server's default, so that text sorts and compares the same on
    // every server.
    const QString name =
        db.driver()->escapeIdentifier(m_spec.databaseName(), QSqlDriver::TableName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                   "LC_COLLATE 'C' LC_CTYPE 'C'")
                        .arg(name)))
        throw StorageError::fromQuery(
            query, QStringLiteral("Could not create the database %1").arg(m_spec.displayName()));
}

QStringList PostgresServer::missingGroupRoles() const {
    QStringList missing;
    for (const QString &role : groupRoles()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        query.addBindValue(role);
        if (!query.exec())
            throw StorageError::fromQuery(query, QStringLiteral("Could not list the roles"));
        if (!query.next())
            missing.append(role);
    }
    return missing;
}

void PostgresServer::createGroupRole(const QString &role) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN")
                        .arg(db.driver()->escapeIdentifier(role, QSqlDriver::TableName))))
        throw StorageError::fromQuery(query,
                                      QStringLiteral("Could not create the role %1").arg(role));
}
