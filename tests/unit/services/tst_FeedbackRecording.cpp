#include "ReportFixture.h"
#include "services/FeedbackRecording.h"
#include "storage/OrganisationSettingsRepository.h"

#include <QSettings>
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

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_codings;
    qint64 m_practitioner = 0;
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
    m_db->open(m_dir->filePath(QStringLiteral("feedback.sqlite")));
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
}

void tst_FeedbackRecording::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_FeedbackRecording::readsTheSheetAndTrajectory() {
    const FeedbackRecording feedback(*m_db);
    const QList<NamedId> practitioners = feedback.practitioners();
    QCOMPARE(practitioners.size(), 1);
    QCOMPARE(practitioners.constFirst().name, QStringLiteral("H1: Hana Smith"));
    QCOMPARE(feedback.finalCodings(m_practitioner).size(), 3);
    const auto sheet = feedback.sheet(m_codings.at(1));
    QVERIFY(sheet);
    QCOMPARE(sheet->practitionerName, QStringLiteral("Hana Smith"));
    QCOMPARE(sheet->finalisedOn, QDate(2025, 2, 20));
    const QList<TrajectoryPoint> trajectory = feedback.trajectory(m_practitioner);
    QCOMPARE(trajectory.size(), 3);
    QCOMPARE(trajectory.constLast().overall, 4.0);
}

void tst_FeedbackRecording::recordsFeedbackAndTakesItOffTheDueList() {
    FeedbackRecording feedback(*m_db);
    const QDate today(2025, 6, 1);
    QCOMPARE(feedback.due(today).size(), 3);
    const auto sheet = feedback.sheet(m_codings.at(0));
    QString error;
    QVERIFY2(feedback.recordFeedbackGiven(*sheet, QDate(2025, 2, 25), today, &error),
             qPrintable(error));
    QCOMPARE(feedback.sheet(m_codings.at(0))->feedbackGivenOn, QDate(2025, 2, 25));
    QCOMPARE(feedback.due(today).size(), 2);
}

void tst_FeedbackRecording::refusesADayBeforeFinalisingOrInTheFuture() {
    FeedbackRecording feedback(*m_db);
    const QDate today(2025, 6, 1);
    const auto sheet = feedback.sheet(m_codings.at(0));
    QString error;
    QVERIFY(!feedback.recordFeedbackGiven(*sheet, QDate(2025, 2, 18), today, &error));
    QCOMPARE(error, QStringLiteral("Feedback cannot be recorded before the coding was finalised "
                                   "or in the future."));
    error.clear();
    QVERIFY(!feedback.recordFeedbackGiven(*sheet, today.addDays(1), today, &error));
    QVERIFY(!error.isEmpty());
    // Nothing was written.
    QVERIFY(!feedback.sheet(m_codings.at(0))->feedbackGivenOn.isValid());
    QCOMPARE(feedback.due(today).size(), 3);
    // The day before finalising is still allowed, as it always was.
    QVERIFY(feedback.recordFeedbackGiven(*sheet, QDate(2025, 2, 19), today, &error));
}

void tst_FeedbackRecording::teamMeanOnlyAboveTheThreshold() {
    const FeedbackRecording feedback(*m_db);
    const auto sheet = feedback.sheet(m_codings.at(0));
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

QTEST_GUILESS_MAIN(tst_FeedbackRecording)
#include "tst_FeedbackRecording.moc"
