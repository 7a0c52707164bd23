#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragmaValue(const Database &db, const QString &pragma) {
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class tst_Database : public QObject {
    Q_OBJECT

private slots:
    void createsAndMigratesAnEmptyDatabase();
    void reopensWithoutMigratingAgain();
    void refusesNewerSchemaWithoutChangingTheFile();
    void refusesAFileThatIsNotADatabase();
    void refusesAnotherApplicationsSqliteFile();
    void refusesAReadOnlyLocation();
    void refusesAFolder();
    void deletedTextDoesNotStayInTheFile();

private:
    QTemporaryDir m_dir;
};

void tst_Database::createsAndMigratesAnEmptyDatabase() {
    const QString path = m_dir.filePath(QStringLiteral("new/nested/practice.sqlite"));
    Database db;
    db.open(path);
    QVERIFY(db.isOpen());
    QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
    QVERIFY(SchemaMigrator::latestVersion() >= 1);
    const QStringList tables = db.connection().tables();
    for (const char *table :
         {"services", "teams", "practitioners", "team_memberships", "practitioner_training",
          "families", "recordings", "codings", "skill_scores", "evidence_notes",
          "evidence_note_skills", "users", "audit_log", "instrument_administrations",
          "instrument_item_responses"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    QCOMPARE(pragmaValue(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragmaValue(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragmaValue(db, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
    QCOMPARE(pragmaValue(db, QStringLiteral("secure_delete")), QStringLiteral("1"));
}

void tst_Database::reopensWithoutMigratingAgain() {
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    {
        Database db;
        db.open(path);
    }
    Database db;
    db.open(path);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), SchemaMigrator::available().size());
}

void tst_Database::refusesNewerSchemaWithoutChangingTheFile() {
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        db.open(path);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                          "applied_at) VALUES (999, 'future', 'x')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    Database db;
    try {
        db.open(path);
        QFAIL("a newer schema was opened");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::NewerSchema);
        QVERIFY2(error.message().contains(QStringLiteral("newer version")),
                 qPrintable(error.message()));
    }
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesAFileThatIsNotADatabase() {
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    const QByteArray before = fileHash(path);
    Database db;
    try {
        db.open(path);
        QFAIL("a text file was opened as a database");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::NotADatabase);
        QVERIFY(error.message().contains(QStringLiteral("is not a PracticeCoder database")));
    }
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesAnotherApplicationsSqliteFile() {
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    Database db;
    try {
        db.open(path);
        QFAIL("another application's database was opened");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::NotADatabase);
    }
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesAReadOnlyLocation() {
    QString path;
    if (::geteuid() == 0) {
        // root can write through permission bits, so use a filesystem that refuses everyone.
        path = QStringLiteral("/sys/practicecoder-test.sqlite");
    } else {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        path = folder + QStringLiteral("/practice.sqlite");
    }
    Database db;
    try {
        db.open(path);
        QFAIL("a database was opened in a read-only folder");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
        QVERIFY(error.message().contains(QStringLiteral("read-only")));
    }
    QVERIFY(!QFile::exists(path));
}

void tst_Database::refusesAFolder() {
    Database db;
    try {
        db.open(m_dir.path());
        QFAIL("a folder was opened as a database");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::CannotOpen);
    }
}

void tst_Database::deletedTextDoesNotStayInTheFile() {
    // When consent is withdrawn the family's notes are deleted; they must not be readable from
    // the free space of the file afterwards.
    const QString path = m_dir.filePath(QStringLiteral("secure-delete.sqlite"));
    const QByteArray secret = QByteArrayLiteral("Mother said the bruise came from ZQXJ-7731");
    {
        Database db;
        db.open(path);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE scratch (body TEXT NOT NULL)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO scratch (body) VALUES (?)")));
        query.addBindValue(QString::fromLatin1(secret));
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM scratch")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.exists())
            continue;
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("ZQXJ-7731"), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
