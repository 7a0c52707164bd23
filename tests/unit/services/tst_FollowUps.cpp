#include "MeasureTestData.h"
#include "TestDatabase.h"

#include "services/FollowUps.h"
#include "services/MeasureEntry.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"
#include "storage/FamilyRepository.h"
#include "storage/OrganisationSettingsRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class tst_FollowUps : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachQuestionnairesOwnIntervalWhenNoneIsSet();
    void theOrganisationsIntervalWhenSet();
    void carryOverKeepsAnIntervalAlreadySet();
    void eachNamesTheFamilysLatestPractitioner();

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_round = 0;
};

void tst_FollowUps::init() {
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("follow-ups-%1.sqlite").arg(++m_round)));
    MeasureEntry entry(m_db);
    entry.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    entry.add(score15(QStringLiteral("F2"), QStringLiteral("T1"), QDate(2026, 2, 2)));
    entry.add(score15(QStringLiteral("F2"), QStringLiteral("T2"), QDate(2026, 5, 25)));
}

void tst_FollowUps::cleanup() {
    m_db.close();
}

// SCORE-15's own interval is 16 weeks: 2026-01-05 + 112 days = 2026-04-27.
void tst_FollowUps::eachQuestionnairesOwnIntervalWhenNoneIsSet() {
    const FollowUps::List list = FollowUps(m_db).owedOn(QDate(2026, 6, 1));
    QVERIFY(!list.intervalWeeks.has_value());
    QCOMPARE(list.followUps.size(), 1);
    QCOMPARE(list.followUps.first().familyCode, QStringLiteral("F1"));
    QCOMPARE(list.followUps.first().dueDate, QDate(2026, 4, 27));
}

void tst_FollowUps::theOrganisationsIntervalWhenSet() {
    FollowUps followUps(m_db);
    followUps.carryOverInterval(10, QStringLiteral("alice"));
    const FollowUps::List list = followUps.owedOn(QDate(2026, 6, 1));
    QCOMPARE(list.intervalWeeks, std::optional<int>(10));
    QCOMPARE(list.followUps.first().dueDate, QDate(2026, 3, 16));
}

void tst_FollowUps::carryOverKeepsAnIntervalAlreadySet() {
    OrganisationSettingsRepository(m_db).saveFollowUpWeeks(12, QStringLiteral("alice"));
    FollowUps followUps(m_db);
    followUps.carryOverInterval(10, QStringLiteral("bob"));
    QCOMPARE(followUps.owedOn(QDate(2026, 6, 1)).intervalWeeks, std::optional<int>(12));
}

// F1 was seen by Amira (North) and later by Ben (South), who leaves on 2026-05-01: the list
// names Ben, and says he has left only from that day. F2 owes nothing; a family with no
// recorded session has no practitioner.
void tst_FollowUps::eachNamesTheFamilysLatestPractitioner() {
    MeasureEntry(m_db).add(score15(QStringLiteral("F3"), QStringLiteral("T1"), QDate(2026, 1, 6)));
    const qint64 f1 = FamilyRepository(m_db).findOrCreate(QStringLiteral("F1")).id;
    {
        DemoWriter writer(m_db);
        const qint64 service = writer.addService(QStringLiteral("Children's services"));
        const qint64 north =
            writer.addTeam(service, QStringLiteral("North"), QStringLiteral("CIN"));
        const qint64 south = writer.addTeam(service, QStringLiteral("South"), QStringLiteral("CP"));
        const qint64 amira = writer.addPractitioner(QStringLiteral("P1"), QStringLiteral("Amira"),
                                                    QStringLiteral("social_worker"),
                                                    QStringLiteral("permanent"), QDate());
        const qint64 ben = writer.addPractitioner(QStringLiteral("P2"), QStringLiteral("Ben"),
                                                  QStringLiteral("social_worker"),
                                                  QStringLiteral("agency"), QDate(2026, 5, 1));
        int number = 0;
        for (const auto &[practitioner, team, day] :
             {std::tuple{ben, south, QDate(2026, 1, 4)},
              std::tuple{amira, north, QDate(2025, 12, 1)}}) {
            Recording recording;
            recording.code = QStringLiteral("R%1").arg(++number);
            recording.recordedOn = day;
            recording.practitionerId = practitioner;
            recording.teamId = team;
            recording.familyId = f1;
            recording.sessionType = QStringLiteral("home_visit");
            recording.selectionReason = QStringLiteral("routine");
            recording.practitionerConsent = QStringLiteral("not_recorded");
            recording.familyConsent = QStringLiteral("not_recorded");
            writer.addRecording(recording, QDateTime(day, QTime(12, 0), Qt::UTC));
        }
        writer.commit();
    }
    const auto byFamily = [](const FollowUps::List &list, const QString &code) {
        for (const FollowUp &followUp : list.followUps) {
            if (followUp.familyCode == code)
                return followUp;
        }
        return FollowUp();
    };
    const FollowUps::List before = FollowUps(m_db).owedOn(QDate(2026, 4, 30));
    QCOMPARE(byFamily(before, QStringLiteral("F1")).practitionerName, QStringLiteral("Ben"));
    QCOMPARE(byFamily(before, QStringLiteral("F1")).teamName, QStringLiteral("South"));
    QVERIFY(!byFamily(before, QStringLiteral("F1")).practitionerHasLeft);
    QVERIFY(byFamily(before, QStringLiteral("F3")).practitionerName.isEmpty());
    const FollowUps::List after = FollowUps(m_db).owedOn(QDate(2026, 5, 1));
    QVERIFY(byFamily(after, QStringLiteral("F1")).practitionerHasLeft);
}

QTEST_GUILESS_MAIN(tst_FollowUps)
#include "tst_FollowUps.moc"
