#include "storage/Database.h"
#include "storage/PractitionerRepository.h"
#include "storage/StaffImporter.h"
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

private:
    int count(const QString &table);

    QTemporaryDir m_dir;
    Database m_db;
    int m_round = 0;
};

void tst_StaffImporter::init() {
    m_db.open(m_dir.filePath(QStringLiteral("staff-%1.sqlite").arg(++m_round)));
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

QTEST_GUILESS_MAIN(tst_StaffImporter)
#include "tst_StaffImporter.moc"
