#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/CoachAssignmentRepository.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Who coaches each practitioner: one coach at a time, a change replaces the coach, ending it
// needs the right coach, and every change is audited without free text.
class tst_CoachAssignmentRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignsAndReplacesTheCoach();
    void unassignNeedsTheCoachWhoCoaches();
    void refusesUnknownPeopleAndUsersWhoHaveLeft();
    void everyChangeIsAudited();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    CodingTestFixture m_fixture;
    qint64 m_sam = 0;
};

void tst_CoachAssignmentRepository::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("coaches.sqlite")));
    m_fixture = CodingTestFixture();
    m_fixture.build(*m_db);
    UserRepository users(*m_db);
    m_sam = users.findOrCreate(QStringLiteral("sam"), QStringLiteral("coach"),
                               QStringLiteral("Sam Okafor"));
    users.findOrCreate(QStringLiteral("rui"), QStringLiteral("coach"), QStringLiteral("Rui Lowe"));
}

void tst_CoachAssignmentRepository::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_CoachAssignmentRepository::assignsAndReplacesTheCoach() {
    CoachAssignmentRepository coaching(*m_db);
    QCOMPARE(coaching.assign(QStringLiteral("sam"), QStringLiteral("P001"), QDate(2026, 1, 5),
                             m_fixture.alice),
             QString());
    QList<CoachAssignmentRepository::Assignment> all = coaching.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().coachName, QStringLiteral("Sam Okafor"));
    QCOMPARE(all.first().practitionerName, QStringLiteral("Amira Khan"));
    QCOMPARE(all.first().assignedOn, QDate(2026, 1, 5));
    // A second coach replaces the first: one at a time.
    QCOMPARE(coaching.assign(QStringLiteral("rui"), QStringLiteral("P001"), QDate(2026, 3, 1),
                             m_fixture.alice),
             QStringLiteral("sam"));
    all = coaching.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().coachUsername, QStringLiteral("rui"));
    QCOMPARE(all.first().assignedOn, QDate(2026, 3, 1));
}

void tst_CoachAssignmentRepository::unassignNeedsTheCoachWhoCoaches() {
    CoachAssignmentRepository coaching(*m_db);
    coaching.assign(QStringLiteral("sam"), QStringLiteral("P001"), QDate(2026, 1, 5), 0);
    QVERIFY(!coaching.unassign(QStringLiteral("rui"), QStringLiteral("P001"), 0));
    QCOMPARE(coaching.all().size(), 1);
    QVERIFY(coaching.unassign(QStringLiteral("sam"), QStringLiteral("P001"), 0));
    QVERIFY(coaching.all().isEmpty());
}

void tst_CoachAssignmentRepository::refusesUnknownPeopleAndUsersWhoHaveLeft() {
    CoachAssignmentRepository coaching(*m_db);
    auto kindOf = [&](const QString &coach, const QString &practitioner) {
        try {
            coaching.assign(coach, practitioner, QDate(2026, 1, 5), 0);
        } catch (const StorageError &error) {
            return error.kind();
        }
        return StorageError::Kind::Query;
    };
    QCOMPARE(kindOf(QStringLiteral("nobody"), QStringLiteral("P001")),
             StorageError::Kind::NotFound);
    QCOMPARE(kindOf(QStringLiteral("sam"), QStringLiteral("P999")), StorageError::Kind::NotFound);
    QSqlQuery leave = m_db->prepare(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"));
    leave.addBindValue(m_sam);
    Database::exec(leave, QStringLiteral("leave"));
    QCOMPARE(kindOf(QStringLiteral("sam"), QStringLiteral("P001")), StorageError::Kind::Invalid);
    QVERIFY(coaching.all().isEmpty());
}

void tst_CoachAssignmentRepository::everyChangeIsAudited() {
    CoachAssignmentRepository coaching(*m_db);
    coaching.assign(QStringLiteral("sam"), QStringLiteral("P001"), QDate(2026, 1, 5),
                    m_fixture.alice);
    coaching.assign(QStringLiteral("rui"), QStringLiteral("P001"), QDate(2026, 2, 5),
                    m_fixture.alice);
    coaching.unassign(QStringLiteral("rui"), QStringLiteral("P001"), m_fixture.bob);
    const QList<AuditLog::Entry> entries =
        AuditLog(*m_db).entriesFor(QStringLiteral("coach_assignments"), m_fixture.practitionerId);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, QStringLiteral("unassign_coach"));
    QCOMPARE(entries.at(0).userId, m_fixture.bob);
    QCOMPARE(entries.at(1).detail, QStringLiteral("rui (was sam)"));
    QCOMPARE(entries.at(2).userId, m_fixture.alice);
}

QTEST_GUILESS_MAIN(tst_CoachAssignmentRepository)
#include "tst_CoachAssignmentRepository.moc"
