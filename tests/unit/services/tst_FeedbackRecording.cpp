#include "CodingTestFixture.h"
#include "ReportFixture.h"
#include "TestDatabase.h"
#include "domain/CodingSchemeLoader.h"
#include "services/FeedbackRecording.h"
#include "storage/CodingRepository.h"
#include "storage/OrganisationSettingsRepository.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// What a coach does with feedback: the due list, a sheet with its trajectory and the team's
// mean (only when enough of the team's sessions were coded), and recording the day feedback was
// given, never before the coding was final nor in the future.
class tst_FeedbackRecording : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsTheSheetAndTrajectory();
    void recordsFeedbackAndTakesItOffTheDueList();
    void refusesADayBeforeFinalisingOrInTheFuture();
    void teamMeanOnlyAboveTheThreshold();
    void secondCoderGetsNoSheetNorTrajectoryPointUntilBothAreFinal();
    void dueNowPutsThisWeekAndThisMonthFirst();
    void dueNowFiltersByTeamCoderAndDateAndHidesLeavers();

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_codings;
    qint64 m_practitioner = 0;
    // Another practitioner's session: a final primary coding and bob's draft second coding.
    qint64 m_other = 0;
    qint64 m_bob = 0;
    qint64 m_blindPrimary = 0;
    qint64 m_blindSecond = 0;
};

void tst_FeedbackRecording::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_FeedbackRecording"));
}

void tst_FeedbackRecording::init() {
    QSettings().remove(QStringLiteral("reports/suppressionThreshold"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("feedback.sqlite")));
    ReportFixture f(*m_db);
    const qint64 team = f.team(QStringLiteral("Harbour Team"));
    m_practitioner = f.practitioner(QStringLiteral("H1"), QStringLiteral("Hana Smith"), team);
    const qint64 family = f.family(QStringLiteral("CASE-1"));
    m_codings.clear();
    // Three sessions in 2025-Q1 scoring 2, 3 and 4, finalised on 20 February.
    for (int i = 0; i < 3; ++i) {
        const qint64 recording =
            f.recording(m_practitioner, team, family, QStringLiteral("2025-02-1%1").arg(i));
        m_codings.append(f.coding(recording, QStringLiteral("primary"), QList<int>(7, 2 + i),
                                  QStringLiteral("2025-02-20")));
    }
    const qint64 otherTeam = f.team(QStringLiteral("Quay Team"));
    m_other = f.practitioner(QStringLiteral("Q1"), QStringLiteral("Quinn Dale"), otherTeam);
    const qint64 blind = f.recording(m_other, otherTeam, family, QStringLiteral("2025-02-11"));
    m_blindPrimary = f.coding(blind, QStringLiteral("primary"), QList<int>(7, 4),
                              QStringLiteral("2025-02-20"), QStringLiteral("2025-02-21"));
    m_bob = f.user(QStringLiteral("bob"));
    m_blindSecond =
        f.coding(blind, QStringLiteral("second"), QList<int>(7, 3), QString(), QString(), m_bob);
}

void tst_FeedbackRecording::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_FeedbackRecording::readsTheSheetAndTrajectory() {
    const FeedbackRecording feedback(*m_db);
    const QList<NamedId> practitioners = feedback.practitioners();
    QCOMPARE(practitioners.size(), 2);
    QCOMPARE(practitioners.constFirst().name, QStringLiteral("H1: Hana Smith"));
    QCOMPARE(feedback.finalCodings(m_practitioner).size(), 3);
    const auto sheet = feedback.sheet(m_codings.at(1), 0);
    QVERIFY(sheet);
    QCOMPARE(sheet->practitionerName, QStringLiteral("Hana Smith"));
    QCOMPARE(sheet->finalisedOn, QDate(2025, 2, 20));
    const QList<TrajectoryPoint> trajectory = feedback.trajectory(m_practitioner, 0);
    QCOMPARE(trajectory.size(), 3);
    QCOMPARE(trajectory.constLast().overall, 4.0);
}

void tst_FeedbackRecording::recordsFeedbackAndTakesItOffTheDueList() {
    FeedbackRecording feedback(*m_db);
    const QDate today(2025, 6, 1);
    QCOMPARE(feedback.due(today).size(), 3);
    const auto sheet = feedback.sheet(m_codings.at(0), 0);
    QString error;
    QVERIFY2(feedback.recordFeedbackGiven(*sheet, QDate(2025, 2, 25), today, &error),
             qPrintable(error));
    QCOMPARE(feedback.sheet(m_codings.at(0), 0)->feedbackGivenOn, QDate(2025, 2, 25));
    QCOMPARE(feedback.due(today).size(), 2);
}

void tst_FeedbackRecording::refusesADayBeforeFinalisingOrInTheFuture() {
    FeedbackRecording feedback(*m_db);
    const QDate today(2025, 6, 1);
    const auto sheet = feedback.sheet(m_codings.at(0), 0);
    QString error;
    QVERIFY(!feedback.recordFeedbackGiven(*sheet, QDate(2025, 2, 18), today, &error));
    QCOMPARE(error, QStringLiteral("Feedback cannot be recorded before the coding was finalised "
                                   "or in the future."));
    error.clear();
    QVERIFY(!feedback.recordFeedbackGiven(*sheet, today.addDays(1), today, &error));
    QVERIFY(!error.isEmpty());
    // Nothing was written.
    QVERIFY(!feedback.sheet(m_codings.at(0), 0)->feedbackGivenOn.isValid());
    QCOMPARE(feedback.due(today).size(), 3);
    // The day before finalising is still allowed, as it always was.
    QVERIFY(feedback.recordFeedbackGiven(*sheet, QDate(2025, 2, 19), today, &error));
}

void tst_FeedbackRecording::teamMeanOnlyAboveTheThreshold() {
    const FeedbackRecording feedback(*m_db);
    const auto sheet = feedback.sheet(m_codings.at(0), 0);
    QString why;
    const auto mean = feedback.teamMean(*sheet, &why);
    QVERIFY(mean);
    QCOMPARE(mean->name, QStringLiteral("Team mean, 2025-Q1"));
    QCOMPARE(mean->value, 3.0);

    ReportSettings stricter;
    stricter.suppressionThreshold = 4;
    QVERIFY(OrganisationSettingsRepository(*m_db).saveReportSettings(stricter,
                                                                     QStringLiteral("manager")));
    QVERIFY(!feedback.teamMean(*sheet, &why));
    QCOMPARE(why, QStringLiteral("Too few team codings in 2025-Q1 to show a team mean."));
}

void tst_FeedbackRecording::secondCoderGetsNoSheetNorTrajectoryPointUntilBothAreFinal() {
    FeedbackRecording feedback(*m_db);
    QString why;
    QVERIFY(!feedback.sheet(m_blindPrimary, m_bob, &why));
    QVERIFY2(why.startsWith(QStringLiteral("Hidden until both codings of")), qPrintable(why));
    QVERIFY(feedback.trajectory(m_other, m_bob).isEmpty());
    // A coach who codes neither sees the final primary coding as before.
    QVERIFY(feedback.sheet(m_blindPrimary, 0));
    QCOMPARE(feedback.trajectory(m_other, 0).size(), 1);

    CodingRepository(*m_db).finalise(m_blindSecond,
                                     codingVersion(CodingRepository(*m_db), m_blindSecond),
                                     CodingSchemeLoader::builtIn(), m_bob);
    QVERIFY(feedback.sheet(m_blindPrimary, m_bob));
    QCOMPARE(feedback.trajectory(m_other, m_bob).size(), 1);
}

void tst_FeedbackRecording::dueNowPutsThisWeekAndThisMonthFirst() {
    // Days past the due day: years late, this month, due in two days, last month, this week.
    QList<FeedbackDueItem> items;
    for (const int days : {975, 3, -2, 40, 20}) {
        FeedbackDueItem item;
        item.daysOverdue = days;
        items.append(item);
    }
    FeedbackRecording::orderDueNowFirst(items);
    QList<int> order;
    for (const FeedbackDueItem &item : items)
        order.append(item.daysOverdue);
    QCOMPARE(order, (QList<int>{20, 3, -2, 40, 975}));
}

void tst_FeedbackRecording::dueNowFiltersByTeamCoderAndDateAndHidesLeavers() {
    // Quay's session is due too once its feedback is taken back.
    QSqlQuery undo =
        m_db->prepare(QStringLiteral("UPDATE codings SET feedback_given_on = NULL WHERE id = ?"));
    undo.addBindValue(m_blindPrimary);
    Database::exec(undo, QStringLiteral("undo"));
    FeedbackRecording feedback(*m_db);
    // Finalised on 20 February, so due on the 27th: on 1 March two days overdue.
    const QDate today(2025, 3, 1);
    const QList<FeedbackDueItem> all = feedback.dueNow(today, {});
    QCOMPARE(all.size(), 4);
    qint64 harbour = 0;
    for (const FeedbackDueItem &item : all) {
        QCOMPARE(item.daysOverdue, 2);
        if (item.teamName == QStringLiteral("Harbour Team"))
            harbour = item.teamId;
    }
    QVERIFY(harbour > 0);
    FeedbackRecording::DueFilter team;
    team.teamId = harbour;
    const QList<FeedbackDueItem> harbours = feedback.dueNow(today, team);
    QCOMPARE(harbours.size(), 3);
    for (const FeedbackDueItem &item : harbours)
        QCOMPARE(item.teamName, QStringLiteral("Harbour Team"));

    FeedbackRecording::DueFilter coder;
    coder.coderId = m_bob; // only a draft second coding: no feedback of his is due
    QVERIFY(feedback.dueNow(today, coder).isEmpty());
    coder.coderId = all.first().coderId;
    QCOMPARE(feedback.dueNow(today, coder).size(), 4);

    FeedbackRecording::DueFilter recent;
    recent.recordedFrom = QDate(2025, 2, 12);
    const QList<FeedbackDueItem> since = feedback.dueNow(today, recent);
    QCOMPARE(since.size(), 1);
    QCOMPARE(since.first().recordedOn, QDate(2025, 2, 12));

    // Hana Smith has left: her sessions go, unless the coach asks for leavers too.
    QSqlQuery leave = m_db->prepare(
        QStringLiteral("UPDATE practitioners SET left_on = '2025-02-28' WHERE id = ?"));
    leave.addBindValue(m_practitioner);
    Database::exec(leave, QStringLiteral("leave"));
    QCOMPARE(feedback.dueNow(today, {}).size(), 1);
    FeedbackRecording::DueFilter leavers;
    leavers.hideLeavers = false;
    QCOMPARE(feedback.dueNow(today, leavers).size(), 4);
    // Six days before the due day it is due this week; a week before, not yet.
    QCOMPARE(feedback.dueNow(QDate(2025, 2, 21), leavers).size(), 4);
    QCOMPARE(feedback.dueNow(QDate(2025, 2, 21), leavers).first().daysOverdue, -6);
    QCOMPARE(feedback.dueNow(QDate(2025, 2, 20), leavers).size(), 0);
}

QTEST_GUILESS_MAIN(tst_FeedbackRecording)
#include "tst_FeedbackRecording.moc"
