#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/WriteFailure.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

StorageError fromCode(const QString &code, const QString &text = QStringLiteral("driver text")) {
    // The text would mislead a matcher: only the code may decide.
    const QSqlError sqlError(text, QStringLiteral("constraint failed"), QSqlError::StatementError,
                             code);
    return StorageError::fromSqlError(sqlError, QStringLiteral("Saving"),
                                      QStringLiteral("/x/a.sqlite"), SqlDialect::sqlite());
}

} // namespace

class tst_StorageError : public QObject {
    Q_OBJECT

private slots:
    void classifiesErrorsBySqliteCode_data();
    void classifiesErrorsBySqliteCode();
    void onlyAUniqueKeyIsADuplicate_data();
    void onlyAUniqueKeyIsADuplicate();
    void aWriteFailureReadsTheSameVerdict_data();
    void aWriteFailureReadsTheSameVerdict();
    void messageTextNeverDecides();
    void aRealDuplicateRowIsRecognised();
};

void tst_StorageError::classifiesErrorsBySqliteCode_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<StorageError::Kind>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("concernsTheDatabase");
    // Extended codes carry the primary code in their low byte; the driver's text is ignored.
    QTest::newRow("full") << QStringLiteral("13") << StorageError::Kind::DiskFull
                          << QStringLiteral("The disk is full") << true;
    QTest::newRow("busy") << QStringLiteral("5") << StorageError::Kind::Busy
                          << QStringLiteral("busy") << true;
    QTest::newRow("locked") << QStringLiteral("6") << StorageError::Kind::Busy
                            << QStringLiteral("busy") << true;
    QTest::newRow("corrupt") << QStringLiteral("11") << StorageError::Kind::Damaged
                             << QStringLiteral("The database /x/a.sqlite is damaged") << true;
    QTest::newRow("not a database") << QStringLiteral("26") << StorageError::Kind::Damaged
                                    << QStringLiteral("is damaged") << true;
    QTest::newRow("read-only") << QStringLiteral("8") << StorageError::Kind::ReadOnly
                               << QStringLiteral("read-only") << true;
    QTest::newRow("I/O error (short read)")
        << QStringLiteral("522") << StorageError::Kind::IoError
        << QStringLiteral("could not be read or written") << true;
    QTest::newRow("cannot open the write-ahead log")
        << QStringLiteral("14") << StorageError::Kind::CannotOpen
        << QStringLiteral("could not be opened") << true;
    QTest::newRow("unique constraint") << QStringLiteral("2067") << StorageError::Kind::Constraint
                                       << QStringLiteral("Saving") << false;
    QTest::newRow("other") << QStringLiteral("1") << StorageError::Kind::Query
                           << QStringLiteral("Saving") << false;
}

void tst_StorageError::classifiesErrorsBySqliteCode() {
    QFETCH(QString, code);
    QFETCH(StorageError::Kind, kind);
    QFETCH(QString, says);
    QFETCH(bool, concernsTheDatabase);
    const StorageError error = fromCode(code);
    QCOMPARE(error.kind(), kind);
    QVERIFY2(error.message().contains(says), qPrintable(error.message()));
    QCOMPARE(error.concernsTheDatabase(), concernsTheDatabase);
    QCOMPARE(error.nativeErrorCode(), code);
}

void tst_StorageError::onlyAUniqueKeyIsADuplicate_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("unique") << QStringLiteral("2067") << true;
    QTest::newRow("primary key") << QStringLiteral("1555") << true;
    QTest::newRow("check") << QStringLiteral("275") << false;
    QTest::newRow("not null") << QStringLiteral("1299") << false;
    QTest::newRow("foreign key") << QStringLiteral("787") << false;
    QTest::newRow("plain constraint") << QStringLiteral("19") << false;
}

void tst_StorageError::onlyAUniqueKeyIsADuplicate() {
    QFETCH(QString, code);
    QFETCH(bool, duplicate);
    const StorageError error = fromCode(code);
    QCOMPARE(error.kind(), StorageError::Kind::Constraint);
    QCOMPARE(error.isDuplicate(), duplicate);
}

void tst_StorageError::aWriteFailureReadsTheSameVerdict_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<WriteFailure::Cause>("cause");
    QTest::newRow("full") << QStringLiteral("13") << WriteFailure::Cause::DiskFull;
    QTest::newRow("I/O error") << QStringLiteral("778") << WriteFailure::Cause::WriteError;
    QTest::newRow("busy") << QStringLiteral("5") << WriteFailure::Cause::Busy;
    QTest::newRow("busy snapshot") << QStringLiteral("517") << WriteFailure::Cause::Busy;
    // A file that cannot be opened stays so until someone acts: not worth keeping for later.
    QTest::newRow("cannot open") << QStringLiteral("14") << WriteFailure::Cause::None;
    QTest::newRow("unique") << QStringLiteral("2067") << WriteFailure::Cause::None;
    QTest::newRow("corrupt") << QStringLiteral("11") << WriteFailure::Cause::None;
}

void tst_StorageError::aWriteFailureReadsTheSameVerdict() {
    QFETCH(QString, code);
    QFETCH(WriteFailure::Cause, cause);
    const StorageError error = fromCode(code);
    QCOMPARE(WriteFailure::causeOf(error), cause);
    QCOMPARE(WriteFailure::isTransient(error), cause != WriteFailure::Cause::None);
}

void tst_StorageError::messageTextNeverDecides() {
    // SQLite's own wording for a full disk, a failed write and a lock, but no code.
    for (const QString &text :
         {QStringLiteral("database or disk is full"), QStringLiteral("disk I/O error"),
          QStringLiteral("database is locked"), QStringLiteral("UNIQUE constraint failed")}) {
        const StorageError error = fromCode(QString(), text);
        QCOMPARE(error.kind(), StorageError::Kind::Query);
        QVERIFY(!error.isDuplicate());
        QCOMPARE(WriteFailure::causeOf(error), WriteFailure::Cause::None);
        const StorageError made(StorageError::Kind::Query, text);
        QCOMPARE(WriteFailure::causeOf(made), WriteFailure::Cause::None);
    }
}

void tst_StorageError::aRealDuplicateRowIsRecognised() {
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("duplicate.sqlite")));
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO users (username, display_name, role) "
                                                 "VALUES ('amira', 'Amira', 'coach')"));
    Database::exec(insert, QStringLiteral("Adding"));
    try {
        Database::exec(insert, QStringLiteral("Adding again"));
        QFAIL("the same user name was added twice");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Constraint);
        QVERIFY(error.isDuplicate());
    }
    QSqlQuery refused = db.prepare(QStringLiteral(
        "INSERT INTO users (username, display_name, role) VALUES ('bo', 'Bo', 'nobody')"));
    try {
        Database::exec(refused, QStringLiteral("Adding"));
        QFAIL("an unknown role was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Constraint);
        QVERIFY(!error.isDuplicate());
    }
}

QTEST_GUILESS_MAIN(tst_StorageError)
#include "tst_StorageError.moc"
