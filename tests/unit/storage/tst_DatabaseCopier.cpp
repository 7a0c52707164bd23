#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/DatabaseCopier.h"
#include "storage/DatabaseTables.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// copy-database's work: a whole practice database into an empty one, ids kept, all or nothing.
// The source is always an SQLite demo; the target is on the engine this run is for (SQLite, or
// PostgreSQL in tst_DatabaseCopier_postgresql), so both directions between engines are covered.
class tst_DatabaseCopier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesEveryTableWithItsIds();
    void roundTripGivesTheSameChecksums();
    void awkwardTextAndNumbersArriveUnchanged();
    void newRowsAfterACopyGetNewIds();
    void refusesATargetHoldingData();
    void refusesTheSameDatabaseTwice();
    void aRefusedRowLeavesTheTargetEmpty();
    void aFailureLeavesNoNewFile();

private:
    QString freshTarget(const QString &name) {
        return TestDatabase::freshLocation(m_dir, name + QStringLiteral(".sqlite"));
    }
    static ConnectionSpec spec(const QString &location) { return *ConnectionSpec::parse(location); }
    static QStringList partialFiles(const QString &folder) {
        return QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
    }

    QTemporaryDir m_dir;
    QString m_source;
};

void tst_DatabaseCopier::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
    Database source;
    source.open(m_source);
    DemoGenerator::Options options;
    options.endDate = QDate(2026, 6, 30);
    options.audioFolder = m_dir.filePath(QStringLiteral("audio"));
    DemoGenerator::generate(source, options);
}

void tst_DatabaseCopier::copiesEveryTableWithItsIds() {
    const QString target = freshTarget(QStringLiteral("copy"));
    const DatabaseCopier::Result result = DatabaseCopier::copy(spec(m_source), spec(target));

    Database source;
    source.open(m_source, Database::Mode::Inspect);
    QStringList expected = DatabaseTables::inDependencyOrder(source);
    expected.removeAll(QStringLiteral("schema_migrations"));
    QStringList copied;
    for (const DatabaseCopier::Table &table : result.tables)
        copied.append(table.name);
    QCOMPARE(copied, expected);
    QCOMPARE(result.schemaVersion, source.schemaVersion());
    QVERIFY(result.totalRows() > 1000);

    Database copy;
    copy.open(target, Database::Mode::ExistingOnly);
    for (const DatabaseCopier::Table &table : result.tables) {
        QCOMPARE(DatabaseTables::rowCount(copy, table.name), table.rows);
        QCOMPARE(DatabaseTables::checksum(copy, table.name), table.checksum);
    }
    // Ids are kept, so every reference between tables still points at the same row.
    const QString sql =
        QStringLiteral("SELECT r.code FROM codings c JOIN recordings r ON r.id = c.recording_id "
                       "WHERE c.id = 17");
    QSqlQuery fromSource = source.prepare(sql);
    Database::exec(fromSource, QStringLiteral("test"));
    QSqlQuery fromCopy = copy.prepare(sql);
    Database::exec(fromCopy, QStringLiteral("test"));
    QVERIFY(Database::next(fromSource));
    QVERIFY(Database::next(fromCopy));
    QCOMPARE(fromCopy.value(0).toString(), fromSource.value(0).toString());
}

void tst_DatabaseCopier::roundTripGivesTheSameChecksums() {
    const QString middle = freshTarget(QStringLiteral("middle"));
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const DatabaseCopier::Result there = DatabaseCopier::copy(spec(m_source), spec(middle));
    const DatabaseCopier::Result again = DatabaseCopier::copy(spec(middle), spec(back));
    QCOMPARE(again.tables.size(), there.tables.size());
    for (qsizetype i = 0; i < there.tables.size(); ++i) {
        QCOMPARE(again.tables.at(i).name, there.tables.at(i).name);
        QCOMPARE(again.tables.at(i).rows, there.tables.at(i).rows);
        QCOMPARE(again.tables.at(i).checksum, there.tables.at(i).checksum);
    }
}

void tst_DatabaseCopier::awkwardTextAndNumbersArriveUnchanged() {
    // The characters a bulk load into PostgreSQL must escape (tab, line ends, backslash, and
    // COPY's own mark for NULL, as text), letters beyond ASCII, and a double with no short
    // decimal form.
    const QStringList names = {QStringLiteral("tab\there"),
                               QStringLiteral("line\nbreak\r\nand return"),
                               QStringLiteral("back\\slash \\N"), QStringLiteral("\\N"),
                               QStringLiteral("Ünïcödé ✓ – “quoted”")};
    const double speed = 1.0 / 3.0;
    const QString source = m_dir.filePath(QStringLiteral("awkward.sqlite"));
    DatabaseCopier::copy(spec(m_source), spec(source));
    {
        Database db;
        db.open(source, Database::Mode::ExistingOnly);
        for (const QString &name : names) {
            QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO services (name) VALUES (?)"));
            insert.addBindValue(name);
            Database::exec(insert, QStringLiteral("test"));
        }
        QSqlQuery listening = db.prepare(QStringLiteral(
            "INSERT INTO listening_positions (recording_id, user_id, position_ms, speed, "
            "updated_at) VALUES ((SELECT MIN(id) FROM recordings), (SELECT MIN(id) FROM users), "
            "0, ?, '2026-01-01T00:00:00.000Z')"));
        listening.addBindValue(speed);
        Database::exec(listening, QStringLiteral("test"));
    }

    const QString target = freshTarget(QStringLiteral("awkward-copy"));
    DatabaseCopier::copy(spec(source), spec(target));
    Database copy;
    copy.open(target, Database::Mode::ExistingOnly);
    for (const QString &name : names) {
        QSqlQuery found =
            copy.prepare(QStringLiteral("SELECT COUNT(*) FROM services WHERE name = ?"));
        found.addBindValue(name);
        Database::exec(found, QStringLiteral("test"));
        QVERIFY(Database::next(found));
        QVERIFY2(found.value(0).toInt() == 1, qPrintable(name));
    }
    QSqlQuery speeds = copy.prepare(QStringLiteral("SELECT speed FROM listening_positions"));
    Database::exec(speeds, QStringLiteral("test"));
    QVERIFY(Database::next(speeds));
    QVERIFY(speeds.value(0).toDouble() == speed); // exactly, not nearly
}

void tst_DatabaseCopier::newRowsAfterACopyGetNewIds() {
    const QString target = freshTarget(QStringLiteral("ids"));
    DatabaseCopier::copy(spec(m_source), spec(target));
    Database copy;
    copy.open(target, Database::Mode::ExistingOnly);
    QSqlQuery highest = copy.prepare(QStringLiteral("SELECT MAX(id) FROM services"));
    Database::exec(highest, QStringLiteral("test"));
    QVERIFY(Database::next(highest));
    QSqlQuery insert = copy.prepare(
        QStringLiteral("INSERT INTO services (name) VALUES ('Another service') RETURNING id"));
    Database::exec(insert, QStringLiteral("a new service after the copy"));
    QVERIFY(Database::next(insert));
    QCOMPARE(insert.value(0).toLongLong(), highest.value(0).toLongLong() + 1);
}

void tst_DatabaseCopier::refusesATargetHoldingData() {
    const QString target = freshTarget(QStringLiteral("twice"));
    DatabaseCopier::copy(spec(m_source), spec(target));
    QByteArray before;
    {
        Database copy;
        copy.open(target, Database::Mode::ExistingOnly);
        before = DatabaseTables::checksum(copy, QStringLiteral("codings"));
    }
    try {
        DatabaseCopier::copy(spec(m_source), spec(target));
        QFAIL("a second copy into the same database was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY2(error.message().contains(QLatin1String("not empty")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("families")), qPrintable(error.message()));
    }
    Database copy;
    copy.open(target, Database::Mode::ExistingOnly);
    QCOMPARE(DatabaseTables::checksum(copy, QStringLiteral("codings")), before);
}

void tst_DatabaseCopier::refusesTheSameDatabaseTwice() {
    try {
        DatabaseCopier::copy(spec(m_source), spec(m_source));
        QFAIL("a database was copied onto itself");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
    }
}

void tst_DatabaseCopier::aRefusedRowLeavesTheTargetEmpty() {
    // The target refuses one row of a table copied late (a second note on the same coding),
    // after thousands of rows of earlier tables went in.
    const QString target = freshTarget(QStringLiteral("refusing"));
    {
        Database empty;
        empty.open(target);
        // Run unprepared: PostgreSQL does not prepare DDL.
        QSqlQuery refuse(empty.connection());
        QVERIFY2(refuse.exec(QStringLiteral(
                     "CREATE UNIQUE INDEX one_note_per_coding ON evidence_notes (coding_id)")),
                 qPrintable(refuse.lastError().text()));
    }
    Database copyCheck;
    copyCheck.open(target, Database::Mode::ExistingOnly);
    QVERIFY_THROWS_EXCEPTION(StorageError, DatabaseCopier::copy(spec(m_source), spec(target)));
    for (const QString &table : DatabaseTables::inDependencyOrder(copyCheck)) {
        if (table == QLatin1String("schema_migrations") || table == QLatin1String("skills"))
            continue;
        QVERIFY2(!DatabaseTables::hasRows(copyCheck, table), qPrintable(table));
    }
}

void tst_DatabaseCopier::aFailureLeavesNoNewFile() {
    // A source whose rows break a rule of the schema (written with foreign keys off, as a
    // damaged or hand-edited file might be) cannot be copied into a database that keeps it.
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
    QVERIFY(QFile::copy(m_source, broken));
    {
        Database source;
        source.open(broken);
        QSqlQuery off = source.prepare(QStringLiteral("PRAGMA foreign_keys = OFF"));
        Database::exec(off, QStringLiteral("test"));
        QSqlQuery orphan =
            source.prepare(QStringLiteral("UPDATE evidence_notes SET coding_id = 999999 WHERE id = "
                                          "(SELECT MAX(id) FROM evidence_notes)"));
        Database::exec(orphan, QStringLiteral("test"));
    }
    const QString target = dir.filePath(QStringLiteral("never.sqlite"));
    QVERIFY_THROWS_EXCEPTION(StorageError, DatabaseCopier::copy(spec(broken), spec(target)));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(partialFiles(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(tst_DatabaseCopier)
#include "tst_DatabaseCopier.moc"
