#include "TestDatabase.h"
#include "exchange/StaffImporter.h"
#include "storage/Database.h"
#include "storage/PractitionerRepository.h"
#include "storage/TeamRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_StaffImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsTeamsAndPractitioners();
    void importingTwiceChangesNothing();
    void updatesAndMovesExistingPractitioners();
    void badRowsImportNothingAndNameTheirLines();
    void missingColumnIsReportedOnTheHeaderLine();
    void refusesLooseOrImpossibleDates_data();
    void refusesLooseOrImpossibleDates();
    void refusesControlCharactersInCodesAndNames_data();
    void refusesControlCharactersInCodesAndNames();
    void refusesOverlongCodesAndNames();
    void refusesMalformedQuoting();
    void refusesADuplicatedOrUnknownColumn();
    void refusesARowOfTheWrongWidth();

private:
    int count(const QString &table);

    QTemporaryDir m_dir;
    Database m_db;
    int m_round = 0;
};

void tst_StaffImporter::init() {
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("staff-%1.sqlite").arg(++m_round)));
}

void tst_StaffImporter::cleanup() {
    m_db.close();
}

int tst_StaffImporter::count(const QString &table) {
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_StaffImporter::importsTeamsAndPractitioners() {
    const ImportReport report =
        StaffImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/staff.csv"));
    QVERIFY2(report.ok(), qPrintable(report.errorLines().join(QLatin1Char('\n'))));
    QCOMPARE(report.added, 3);
    QCOMPARE(count(QStringLiteral("teams")), 2);
    QCOMPARE(count(QStringLiteral("practitioners")), 3);
    const auto ben = PractitionerRepository(m_db).findByCode(QStringLiteral("P002"));
    QVERIFY(ben);
    QCOMPARE(ben->displayName, QStringLiteral("Ben O'Neill, Jr"));
    QCOMPARE(ben->employment, QStringLiteral("agency"));
    QCOMPARE(ben->memberships.size(), 1);
    QCOMPARE(ben->memberships.first().teamName, QStringLiteral("North CIN"));
    QCOMPARE(ben->memberships.first().fromDate, QDate(2024, 3, 1));
    QCOMPARE(TeamRepository(m_db).findByName(QStringLiteral("South CP"))->kind,
             QStringLiteral("CP"));
}

void tst_StaffImporter::importingTwiceChangesNothing() {
    const QString path = QStringLiteral(PC_TEST_DATA "/codings/staff.csv");
    QVERIFY(StaffImporter::importFile(m_db, path).ok());
    const ImportReport again = StaffImporter::importFile(m_db, path);
    QVERIFY(again.ok());
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(count(QStringLiteral("practitioners")), 3);
    QCOMPARE(count(QStringLiteral("team_memberships")), 3);
}

void tst_StaffImporter::updatesAndMovesExistingPractitioners() {
    QVERIFY(
        StaffImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/staff.csv")).ok());
    const QByteArray moved =
        "team,team_kind,practitioner_code,display_name,role,employment,joined_on\n"
        "South CP,CP,P001,Amira Khan,senior_social_worker,permanent,2025-02-01\n";
    const ImportReport report = StaffImporter::importData(m_db, moved);
    QVERIFY2(report.ok(), qPrintable(report.errorLines().join(QLatin1Char('\n'))));
    QCOMPARE(report.updated, 1);
    const auto amira = PractitionerRepository(m_db).findByCode(QStringLiteral("P001"));
    QCOMPARE(amira->role, QStringLiteral("senior_social_worker"));
    QCOMPARE(amira->memberships.size(), 2);
    QCOMPARE(amira->memberships.first().toDate, QDate(2025, 2, 1));
    QCOMPARE(amira->memberships.last().teamName, QStringLiteral("South CP"));
    // The team at the time of an older recording is still the first team.
    PractitionerRepository practitioners(m_db);
    QCOMPARE(practitioners.teamOn(amira->id, QDate(2024, 6, 1)),
             TeamRepository(m_db).findByName(QStringLiteral("North CIN"))->id);
}

void tst_StaffImporter::badRowsImportNothingAndNameTheirLines() {
    const ImportReport report =
        StaffImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/staff-bad.csv"));
    QVERIFY(!report.ok());
    const QString text = report.errorLines().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("line 3: team_kind \"Cin\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 4: role \"chief\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 5: employment \"temporary\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 5: joined_on \"2024-13-01\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 6: practitioner P010 is already on line 2")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("line 2:")));
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
    QCOMPARE(count(QStringLiteral("teams")), 0);
    QCOMPARE(count(QStringLiteral("services")), 0);
}

void tst_StaffImporter::missingColumnIsReportedOnTheHeaderLine() {
    const ImportReport report = StaffImporter::importData(
        m_db, "team,team_kind,practitioner_code,display_name,role,joined_on\n"
              "North CIN,CIN,P001,Amira Khan,social_worker,2024-01-08\n");
    QCOMPARE(report.errorLines(),
             QStringList{QStringLiteral("line 1: the column \"employment\" is missing")});
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
}

namespace {

const QByteArray staffHeader =
    "team,team_kind,practitioner_code,display_name,role,employment,joined_on\n";

QByteArray staffRow(const QString &team, const QString &code, const QString &name,
                    const QString &joinedOn) {
    return (team + QStringLiteral(",CIN,") + code + QLatin1Char(',') + name +
            QStringLiteral(",social_worker,permanent,") + joinedOn + QLatin1Char('\n'))
        .toUtf8();
}

} // namespace

void tst_StaffImporter::refusesLooseOrImpossibleDates_data() {
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("junk") << QStringLiteral("2024-01-08junk")
                          << QStringLiteral("line 3: joined_on \"2024-01-08junk\" is not a date");
    QTest::newRow("slashes") << QStringLiteral("2024/01/08")
                             << QStringLiteral("line 3: joined_on \"2024/01/08\" is not a date");
    QTest::newRow("year 9999") << QStringLiteral("9999-01-08")
                               << QStringLiteral("line 3: joined_on 9999-01-08 is outside");
    QTest::newRow("before 1950") << QStringLiteral("1949-12-31")
                                 << QStringLiteral("line 3: joined_on 1949-12-31 is outside");
}

void tst_StaffImporter::refusesLooseOrImpossibleDates() {
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const ImportReport report = StaffImporter::importData(
        m_db, staffHeader +
                  staffRow(QStringLiteral("North CIN"), QStringLiteral("P001"),
                           QStringLiteral("Amira Khan"), QStringLiteral("1998-09-01")) +
                  staffRow(QStringLiteral("North CIN"), QStringLiteral("P002"),
                           QStringLiteral("Ben Ode"), date));
    QCOMPARE(report.errorLines().size(), 1);
    QVERIFY2(report.errorLines().constFirst().startsWith(expected),
             qPrintable(report.errorLines().constFirst()));
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
}

void tst_StaffImporter::refusesControlCharactersInCodesAndNames_data() {
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const QString nul(QChar(0));
    QTest::newRow("NUL in name") << QStringLiteral("North CIN") << QStringLiteral("P001")
                                 << QStringLiteral("Amira") + nul + QStringLiteral("Khan")
                                 << QStringLiteral("line 2: display_name holds a control "
                                                   "character (U+0000) at character 6");
    QTest::newRow("escape in code")
        << QStringLiteral("North CIN") << QStringLiteral("P0") + QChar(0x1b) + QStringLiteral("01")
        << QStringLiteral("Amira Khan")
        << QStringLiteral("line 2: practitioner_code holds a control "
                          "character (U+001b) at character 3");
    QTest::newRow("tab in team") << QStringLiteral("North\tCIN") << QStringLiteral("P001")
                                 << QStringLiteral("Amira Khan")
                                 << QStringLiteral("line 2: team holds a control character "
                                                   "(U+0009) at character 6");
}

void tst_StaffImporter::refusesControlCharactersInCodesAndNames() {
    QFETCH(QString, team);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const ImportReport report = StaffImporter::importData(
        m_db, staffHeader + staffRow(team, code, name, QStringLiteral("2024-01-08")));
    QCOMPARE(report.errorLines(), QStringList{expected});
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
    QCOMPARE(count(QStringLiteral("teams")), 0);
}

void tst_StaffImporter::refusesOverlongCodesAndNames() {
    const QString longName(1024 * 1024, QLatin1Char('a'));
    const QString longCode(33, QLatin1Char('P'));
    const ImportReport report = StaffImporter::importData(
        m_db, staffHeader +
                  staffRow(QStringLiteral("North CIN"), QStringLiteral("P001"), longName,
                           QStringLiteral("2024-01-08")) +
                  staffRow(QStringLiteral("North CIN"), longCode, QStringLiteral("Ben Ode"),
                           QStringLiteral("2024-01-08")) +
                  staffRow(QString(101, QLatin1Char('T')), QStringLiteral("P003"),
                           QStringLiteral("Cat Dee"), QStringLiteral("2024-01-08")));
    QCOMPARE(report.errorLines(),
             QStringList({QStringLiteral("line 2: display_name is 1048576 characters long; the "
                                         "most is 100"),
                          QStringLiteral("line 3: practitioner_code is 33 characters long; the "
                                         "most is 32"),
                          QStringLiteral("line 4: team is 101 characters long; the most is 100")}));
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
}

void tst_StaffImporter::refusesMalformedQuoting() {
    const ImportReport stray = StaffImporter::importData(
        m_db, staffHeader + "North CIN,CIN,P001,Amira Khan,social_worker,permanent,2024-01-08\n"
                            "North CIN,CIN,P002,\"Alice\"Ok,social_worker,permanent,2024-01-08\n");
    QCOMPARE(stray.errorLines().size(), 1);
    QVERIFY2(stray.errorLines().constFirst().startsWith(
                 QStringLiteral("line 3: text after the closing quote")),
             qPrintable(stray.errorLines().constFirst()));

    const ImportReport unterminated = StaffImporter::importData(
        m_db, staffHeader + "North CIN,CIN,P001,\"Amira Khan,social_worker,permanent,2024-01-08\n");
    QCOMPARE(unterminated.errorLines(),
             QStringList{QStringLiteral("line 2: a quoted field is never closed")});
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
}

void tst_StaffImporter::refusesADuplicatedOrUnknownColumn() {
    const ImportReport duplicated = StaffImporter::importData(
        m_db, "team,team_kind,practitioner_code,display_name,role,employment,joined_on,team\n"
              "North CIN,CIN,P001,Amira Khan,social_worker,permanent,2024-01-08,South CP\n");
    QCOMPARE(duplicated.errorLines(),
             QStringList{QStringLiteral("line 1: the column \"team\" appears twice")});

    const ImportReport unknown = StaffImporter::importData(
        m_db, "team,team_kind,practitioner_code,display_name,role,employment,joined_on,grade\n"
              "North CIN,CIN,P001,Amira Khan,social_worker,permanent,2024-01-08,7\n");
    QCOMPARE(unknown.errorLines().size(), 1);
    QVERIFY2(unknown.errorLines().constFirst().startsWith(
                 QStringLiteral("line 1: unknown column \"grade\"")),
             qPrintable(unknown.errorLines().constFirst()));
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
}

void tst_StaffImporter::refusesARowOfTheWrongWidth() {
    // The stray comma in the name would otherwise have shifted every later column.
    const ImportReport report = StaffImporter::importData(
        m_db, staffHeader + "North CIN,CIN,P001,Amira Khan,social_worker,permanent,2024-01-08\n"
                            "North CIN,CIN,P002,O'Neill, Ben,social_worker,permanent,2024-01-08\n");
    QCOMPARE(report.errorLines(),
             QStringList{QStringLiteral("line 3: has 8 fields but the header has 7")});
    QCOMPARE(count(QStringLiteral("practitioners")), 0);
}

QTEST_GUILESS_MAIN(tst_StaffImporter)
#include "tst_StaffImporter.moc"
