#pragma once

#include "storage/ConnectionSpec.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QtGlobal>

#include <stdexcept>

// The one way a test gets a database nobody has used, on the engine this run is for. A test
// registered with `pc_add_test(... ENGINES sqlite postgresql)` runs twice: as NAME on an SQLite
// file in the test's own QTemporaryDir, and as NAME_postgresql (PC_TEST_ENGINE=postgresql) on a
// new, empty database of the run's throw-away PostgreSQL cluster. The test itself is the same.
namespace TestDatabase {

inline bool onPostgres() {
    return qEnvironmentVariable("PC_TEST_ENGINE") == QLatin1String("postgresql");
}

inline QString engineName() {
    return onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

// The run's shared PostgreSQL server: PC_TEST_POSTGRES_URL, or the URL in the file that
// PC_TEST_POSTGRES_URL_FILE names (written by the ctest fixture "pg"); empty when neither is set.
inline QString sharedPostgresUrl() {
    const QString url = qEnvironmentVariable("PC_TEST_POSTGRES_URL");
    if (!url.isEmpty())
        return url;
    QFile file(qEnvironmentVariable("PC_TEST_POSTGRES_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A new, empty database on the shared server, named after this process so that tests running
// side by side never meet; returns its URL. The cluster is thrown away with everything in it.
inline QString freshPostgresUrl() {
    const QString server = sharedPostgresUrl();
    if (server.isEmpty())
        throw std::runtime_error("PC_TEST_ENGINE=postgresql, but no PostgreSQL test server is "
                                 "running (run the test through ctest)");
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("pc_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    QUrl url(server);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open())
            throw std::runtime_error(admin.lastError().text().toStdString());
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
            throw std::runtime_error(create.lastError().text().toStdString());
    }
    QSqlDatabase::removeDatabase(name);
    url.setPath(u'/' + name);
    return url.toString();
}

// Where to open a fresh database: the file fileName in dir (SQLite), or a new database's URL.
inline QString freshLocation(const QTemporaryDir &dir, const QString &fileName) {
    return onPostgres() ? freshPostgresUrl() : dir.filePath(fileName);
}

inline ConnectionSpec freshSpec(const QTemporaryDir &dir, const QString &fileName) {
    return *ConnectionSpec::parse(freshLocation(dir, fileName));
}

} // namespace TestDatabase
