#include "SchemaMigrator.h"

#include "ScopedTransaction.h"
#include "StorageError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace {

QList<SchemaMigrator::Migration> migrationsIn(const QString &folder) {
    QList<SchemaMigrator::Migration> out;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    const QDir dir(folder);
    for (const QString &file : dir.entryList(QDir::Files)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        out.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    return out;
}

} // namespace

SchemaMigrator::Engine SchemaMigrator::engineOf(const QSqlDatabase &db) {
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL ? Engine::Postgres
                                                                            : Engine::Sqlite;
}

QList<SchemaMigrator::Migration> SchemaMigrator::available(Engine engine) {
    QList<Migration> out = migrationsIn(QStringLiteral(":/schema"));
    if (engine == Engine::Postgres) {
        // A PostgreSQL file replaces the portable step of its number; the name recorded stays
        // the portable one, so both engines' schema_migrations read alike.
        for (const Migration &specific : migrationsIn(QStringLiteral(":/schema/postgresql"))) {
            for (Migration &migration : out)
                if (migration.version == specific.version)
                    migration.resourcePath = specific.resourcePath;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

int SchemaMigrator::latestVersion() {
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

int SchemaMigrator::currentVersion(QSqlDatabase db) {
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
        throw StorageError::fromQuery(query, QStringLiteral("Could not read the schema version"));
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList SchemaMigrator::splitStatements(const QString &script) {
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            QString statement = current.trimmed();
            statement.chop(1);
            statements.append(statement);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

void SchemaMigrator::migrate(QSqlDatabase db) {
    const Engine engine = engineOf(db);
    const int latest = latestVersion();
    // Only when missing: on a service database an ordinary login may not create tables, and
    // must still be able to open a database whose schema is current.
    if (!db.tables().contains(QStringLiteral("schema_migrations"))) {
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                        "applied_at TEXT NOT NULL)")))
            throw StorageError::fromQuery(create,
                                          QStringLiteral("Could not create the schema table"));
    }
    const int current = currentVersion(db);
    if (current > latest)
        throw StorageError(StorageError::Kind::NewerSchema,
                           QStringLiteral("The database uses schema version %1, but this "
                                          "version of PracticeCoder only understands up to "
                                          "version %2. Please update PracticeCoder.")
                               .arg(current)
                               .arg(latest));

    for (const Migration &migration : available(engine)) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Migration,
                               QStringLiteral("Missing migration %1").arg(migration.resourcePath));
        const QString script = QString::fromUtf8(file.readAll());

        ScopedTransaction transaction(db);
        for (const QString &statement : splitStatements(script)) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                throw StorageError(StorageError::Kind::Migration,
                                   QStringLiteral("Schema migration %1 failed: %2")
                                       .arg(migration.version)
                                       .arg(StorageError::fromQuery(query, statement).message()));
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!record.exec())
            throw StorageError::fromQuery(record, QStringLiteral("Could not record migration"));
        transaction.commit();
    }
}
