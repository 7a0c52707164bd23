#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class tst_SqlValues : public QObject {
    Q_OBJECT

private slots:
    void instantsAreUtcWithMilliseconds();
    void nowIsAnInstantBetweenItsNeighbours();
    void noneIsNull();
    void textIsNeverNull();
    void readsBackWhatItWrites();
    void dayOfTakesTheCalendarDate();
    void insertReturningIdGivesTheNewRow();
    void insertReturningIdThrowsWhenNothingComesBack();
};

void tst_SqlValues::instantsAreUtcWithMilliseconds() {
    // 11:00 in Paris in winter is 10:00 UTC; stored with a Z, so text order is time order.
    const QDateTime paris(QDate(2025, 2, 20), QTime(11, 0, 0, 5),
                          QTimeZone(QByteArrayLiteral("Europe/Paris")));
    QCOMPARE(SqlValues::instant(paris), QStringLiteral("2025-02-20T10:00:00.005Z"));
}

void tst_SqlValues::nowIsAnInstantBetweenItsNeighbours() {
    const QDateTime before =
        SqlValues::toInstant(SqlValues::instant(QDateTime::currentDateTimeUtc()));
    const QString now = SqlValues::nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(now.endsWith(QLatin1Char('Z')) && now.size() == 24, qPrintable(now));
    QVERIFY(SqlValues::toInstant(now) >= before);
    QVERIFY(SqlValues::toInstant(now) <= after);
}

void tst_SqlValues::noneIsNull() {
    QVERIFY(SqlValues::date(QDate()).isNull());
    QCOMPARE(SqlValues::date(QDate(2024, 4, 2)).toString(), QStringLiteral("2024-04-02"));
    QVERIFY(SqlValues::optionalId(0).isNull());
    QVERIFY(SqlValues::optionalId(-3).isNull());
    QCOMPARE(SqlValues::optionalId(7).toLongLong(), 7);
    QVERIFY(SqlValues::optionalMs(-1).isNull());
    // Zero milliseconds is a position (the start), not "none".
    QVERIFY(!SqlValues::optionalMs(0).isNull());
    QVERIFY(SqlValues::optionalText(QString()).isNull());
    QVERIFY(SqlValues::optionalText(QStringLiteral("")).isNull());
    QCOMPARE(SqlValues::optionalText(QStringLiteral("note")).toString(), QStringLiteral("note"));
}

void tst_SqlValues::textIsNeverNull() {
    QVERIFY(!SqlValues::text(QString()).isNull());
    QCOMPARE(SqlValues::text(QString()).toString(), QString());
    QCOMPARE(SqlValues::text(QStringLiteral("a")).toString(), QStringLiteral("a"));
}

void tst_SqlValues::readsBackWhatItWrites() {
    const QVariant null;
    QVERIFY(!SqlValues::toDate(null).isValid());
    QCOMPARE(SqlValues::toDate(QStringLiteral("2024-04-02")), QDate(2024, 4, 2));
    QVERIFY(!SqlValues::toInstant(null).isValid());
    const QDateTime when(QDate(2025, 2, 20), QTime(10, 0, 0, 250), QTimeZone::utc());
    QCOMPARE(SqlValues::toInstant(SqlValues::instant(when)), when);
    // Rows written before milliseconds were kept still read.
    QCOMPARE(SqlValues::toInstant(QStringLiteral("2025-02-20T10:00:00Z")),
             QDateTime(QDate(2025, 2, 20), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(SqlValues::toMs(null), -1);
    QCOMPARE(SqlValues::toMs(QVariant(qint64(0))), 0);
    QCOMPARE(SqlValues::toMs(QVariant(qint64(90000))), 90000);
}

void tst_SqlValues::dayOfTakesTheCalendarDate() {
    QCOMPARE(SqlValues::dayOf(QStringLiteral("2025-02-20T23:59:59.999Z")), QDate(2025, 2, 20));
    QCOMPARE(SqlValues::dayOf(QStringLiteral("2025-02-20")), QDate(2025, 2, 20));
    QVERIFY(!SqlValues::dayOf(QVariant()).isValid());
}

void tst_SqlValues::insertReturningIdGivesTheNewRow() {
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("ids.sqlite")));
    QSqlQuery insert = db.prepare(QStringLiteral(
        "INSERT INTO users (username, display_name, role) VALUES (?, ?, 'coach') RETURNING id"));
    insert.addBindValue(QStringLiteral("amira"));
    insert.addBindValue(QStringLiteral("Amira"));
    const qint64 id = SqlValues::insertReturningId(insert, QStringLiteral("Adding"));
    QSqlQuery check = db.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
    check.addBindValue(id);
    Database::exec(check, QStringLiteral("Reading"));
    QVERIFY(Database::next(check));
    QCOMPARE(check.value(0).toString(), QStringLiteral("amira"));
}

void tst_SqlValues::insertReturningIdThrowsWhenNothingComesBack() {
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("none.sqlite")));
    // An insert that adds nothing returns no id, which must not pass for id 0.
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO users (username, display_name, role) SELECT 'x', 'x', 'coach' "
                       "WHERE 1 = 0 RETURNING id"));
    try {
        SqlValues::insertReturningId(insert, QStringLiteral("Adding"));
        QFAIL("no row, yet an id");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Query);
        QVERIFY(error.message().startsWith(QStringLiteral("Adding")));
    }
}

QTEST_GUILESS_MAIN(tst_SqlValues)
#include "tst_SqlValues.moc"
