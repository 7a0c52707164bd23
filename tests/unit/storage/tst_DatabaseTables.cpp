#include "storage/Database.h"
#include "storage/DatabaseTables.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The tables of a database as copy-database sees them: in foreign-key order, and checksummed so
// that the same rows give the same checksum whatever order and types the engine hands them in.
class tst_DatabaseTables : public QObject {
    Q_OBJECT

private slots:
    void tablesComeAfterTheTablesTheyReferTo();
    void checksumIgnoresTheOrderRowsWereWritten();
    void checksumReadsAWholeNumberAsTheSameWhateverItsType();
    void checksumChangesWithAnyValue();

private:
    // A practice database with one extra table of scratch rows, written in the order given.
    QByteArray scratchChecksum(const QStringList &inserts, const QString &columns);
    void run(const Database &database, const QString &sql) {
        QSqlQuery query = database.prepare(sql);
        Database::exec(query, QStringLiteral("test"));
    }

    QTemporaryDir m_dir;
    int m_round = 0;
};

QByteArray tst_DatabaseTables::scratchChecksum(const QStringList &inserts, const QString &columns) {
    Database database;
    database.open(m_dir.filePath(QStringLiteral("scratch-%1.sqlite").arg(++m_round)));
    run(database, QStringLiteral("CREATE TABLE scratch (") + columns + u')');
    for (const QString &insert : inserts)
        run(database, QStringLiteral("INSERT INTO scratch VALUES ") + insert);
    return DatabaseTables::checksum(database, QStringLiteral("scratch"));
}

void tst_DatabaseTables::tablesComeAfterTheTablesTheyReferTo() {
    Database database;
    database.open(m_dir.filePath(QStringLiteral("order.sqlite")));
    const QStringList order = DatabaseTables::inDependencyOrder(database);
    const auto before = [&](const char *first, const char *second) {
        return order.indexOf(QLatin1String(first)) >= 0 &&
               order.indexOf(QLatin1String(first)) < order.indexOf(QLatin1String(second));
    };
    QVERIFY(before("services", "teams"));
    QVERIFY(before("teams", "recordings"));
    QVERIFY(before("families", "recordings"));
    QVERIFY(before("recordings", "codings"));
    QVERIFY(before("users", "codings"));
    QVERIFY(before("codings", "skill_scores"));
    QVERIFY(before("skills", "skill_scores"));
    QVERIFY(before("evidence_notes", "evidence_note_skills"));
    QVERIFY(before("instrument_administrations", "instrument_item_responses"));
    QVERIFY(!order.contains(QLatin1String("sqlite_sequence")));
}

void tst_DatabaseTables::checksumIgnoresTheOrderRowsWereWritten() {
    const QString columns = QStringLiteral("code TEXT PRIMARY KEY, n INTEGER");
    const QByteArray one = scratchChecksum(
        {QStringLiteral("('b', 1)"), QStringLiteral("('a', 2)"), QStringLiteral("('B', 3)")},
        columns);
    const QByteArray other = scratchChecksum(
        {QStringLiteral("('B', 3)"), QStringLiteral("('b', 1)"), QStringLiteral("('a', 2)")},
        columns);
    QCOMPARE(one.size(), 32);
    QCOMPARE(other, one);
}

void tst_DatabaseTables::checksumReadsAWholeNumberAsTheSameWhateverItsType() {
    // A column without a type keeps what it is given: an integer here, a double there, as one
    // engine's driver returns an int and the other's a double for the same stored number.
    const QString columns = QStringLiteral("id INTEGER PRIMARY KEY, v");
    QCOMPARE(scratchChecksum({QStringLiteral("(1, 3.0)"), QStringLiteral("(2, NULL)")}, columns),
             scratchChecksum({QStringLiteral("(1, 3)"), QStringLiteral("(2, NULL)")}, columns));
    QVERIFY(scratchChecksum({QStringLiteral("(1, 3.5)")}, columns) !=
            scratchChecksum({QStringLiteral("(1, 3)")}, columns));
    // Text that reads as a number is still text.
    QVERIFY(scratchChecksum({QStringLiteral("(1, '3')")}, columns) !=
            scratchChecksum({QStringLiteral("(1, 3)")}, columns));
}

void tst_DatabaseTables::checksumChangesWithAnyValue() {
    const QString columns = QStringLiteral("id INTEGER PRIMARY KEY, a TEXT, b TEXT");
    const QByteArray base = scratchChecksum({QStringLiteral("(1, 'x', 'y')")}, columns);
    QVERIFY(scratchChecksum({QStringLiteral("(1, 'x', 'z')")}, columns) != base);
    QVERIFY(scratchChecksum({QStringLiteral("(2, 'x', 'y')")}, columns) != base);
    // Values cannot slide from one column into the next.
    QVERIFY(scratchChecksum({QStringLiteral("(1, 'xy', '')")}, columns) != base);
    QVERIFY(scratchChecksum({QStringLiteral("(1, 'x', NULL)")}, columns) !=
            scratchChecksum({QStringLiteral("(1, 'x', '')")}, columns));
    QVERIFY(scratchChecksum({QStringLiteral("(1, 'x', 'y')"), QStringLiteral("(2, 'x', 'y')")},
                            columns) != base);
}

QTEST_GUILESS_MAIN(tst_DatabaseTables)
#include "tst_DatabaseTables.moc"
