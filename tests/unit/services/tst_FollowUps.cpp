#include "MeasureTestData.h"
#include "TestDatabase.h"

#include "services/FollowUps.h"
#include "services/MeasureEntry.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"

#include <QTemporaryDir>
#include <QTest>

class tst_FollowUps : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachQuestionnairesOwnIntervalWhenNoneIsSet();
    void theOrganisationsIntervalWhenSet();
    void carryOverKeepsAnIntervalAlreadySet();

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

QTEST_GUILESS_MAIN(tst_FollowUps)
#include "tst_FollowUps.moc"
