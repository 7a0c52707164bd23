#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// True when /proc/locks lists a POSIX lock of this process on the file's inode.
bool holdsPosixLock(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" &&
            fields.at(4).toLongLong() == getpid() &&
            fields.at(5).split(':').value(2).toULongLong() == info.st_ino)
            return true;
    }
    return false;
}

// Fills a table with enough rows to span many pages, closes it, and overwrites a page in the
// middle of the file with noise.
void makeDamagedDatabase(const QString &path) {
    {
        Database db;
        db.open(path);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (body TEXT NOT NULL)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO filler (body) VALUES (?)")));
        for (int i = 0; i < 2000; ++i) {
            query.addBindValue(QString(200, QLatin1Char('a' + i % 26)));
            QVERIFY(query.exec());
        }
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 page = 4096;
    QVERIFY(file.seek((file.size() / 2 / page) * page));
    QCOMPARE(file.write(QByteArray(int(page), char(0x5a))), page);
}

QString pragmaValue(const Database &db, const QString &pragma) {
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

Q_DECLARE_METATYPE(StorageError::Kind)

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
    void keepsItsLocksWhenAnotherConnectionOpens();
    void refusesAMissingFileWhenItMustExist();
    void inspectingNeverWrites();
    void aDamagedPageStopsAReadingLoop();
    void aDamagedDatabaseIsNeverWrittenAgain();

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

void tst_Database::keepsItsLocksWhenAnotherConnectionOpens() {
    // Closing any descriptor of the file would drop SQLite's POSIX locks for the whole process,
    // and another program would then delete the live write-ahead log (issue 10, item 1).
    const QString path = m_dir.filePath(QStringLiteral("locks.sqlite"));
    Database db;
    db.open(path);
    QVERIFY(holdsPosixLock(path));
    std::unique_ptr<Database> other;
    QThread *worker = QThread::create([&] {
        other = db.openAnotherConnection();
        QSqlQuery query(other->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM teams")));
        query.finish();
        other.reset();
    });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY2(holdsPosixLock(path), "the second connection left the first one's locks in place");
    // A second Database on a file already open here (the demo is filled that way) too.
    {
        Database second;
        second.open(path);
    }
    QVERIFY2(holdsPosixLock(path), "a second open left the first one's locks in place");
}

void tst_Database::refusesAMissingFileWhenItMustExist() {
    const QString path = m_dir.filePath(QStringLiteral("typo/missing.sqlite"));
    for (const auto mode : {Database::Mode::ExistingOnly, Database::Mode::Inspect}) {
        Database db;
        try {
            db.open(path, mode);
            QFAIL("a missing database was created");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::NotFound);
            QCOMPARE(error.message(), QStringLiteral("No database at %1.").arg(path));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("typo"))));
    }
}

void tst_Database::inspectingNeverWrites() {
    const QString path = m_dir.filePath(QStringLiteral("inspect.sqlite"));
    {
        Database db;
        db.open(path);
    }
    const QByteArray before = fileHash(path);
    Database db;
    db.open(path, Database::Mode::Inspect);
    QCOMPARE(db.integrityProblems(), QStringList());
    QCOMPARE(db.foreignKeyProblems(), QStringList());
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM teams")));
    db.close();
    QCOMPARE(fileHash(path), before);
}

void tst_Database::aDamagedPageStopsAReadingLoop() {
    const QString path = m_dir.filePath(QStringLiteral("damaged-loop.sqlite"));
    makeDamagedDatabase(path);
    Database db;
    db.open(path);
    QSqlQuery query = db.prepare(QStringLiteral("SELECT body FROM filler"));
    Database::exec(query, QStringLiteral("Could not read"));
    int rows = 0;
    try {
        while (Database::next(query))
            ++rows;
        QFAIL(qPrintable(QStringLiteral("the loop ended quietly after %1 of 2000 rows").arg(rows)));
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Damaged);
        QVERIFY2(error.message().startsWith(QStringLiteral("The database %1 is damaged").arg(path)),
                 qPrintable(error.message()));
    }
}

void tst_Database::aDamagedDatabaseIsNeverWrittenAgain() {
    const QString path = m_dir.filePath(QStringLiteral("damaged-write.sqlite"));
    makeDamagedDatabase(path);
    Database db;
    db.open(path);
    QSqlQuery scan = db.prepare(QStringLiteral("SELECT body FROM filler"));
    Database::exec(scan, QStringLiteral("Could not read"));
    QVERIFY_THROWS_EXCEPTION(StorageError, [&] {
        while (Database::next(scan)) {
        }
    }());
    scan.finish();
    const QByteArray before = fileHash(path);
    // From now on no write starts, on this connection or any other of this process.
    QVERIFY_THROWS_EXCEPTION(StorageError, ScopedTransaction(db.connection()));
    QVERIFY_THROWS_EXCEPTION(StorageError, db.prepare(QStringLiteral("DELETE FROM filler")));
    QVERIFY_THROWS_EXCEPTION(StorageError, db.openAnotherConnection());
    Database again;
    QVERIFY_THROWS_EXCEPTION(StorageError, again.open(path));
    db.close();
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
