#include "CodingTestFixture.h"
#include "ReportFixture.h"
#include "TestDatabase.h"
#include "domain/CodingSchemeLoader.h"
#include "reports/ReportCsvWriter.h"
#include "services/ReportRun.h"
#include "storage/CodingRepository.h"
#include "storage/OrganisationSettingsRepository.h"
#include "storage/ReportQueries.h"

#include <QBuffer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Running a Practice Report the one way the Reports page and `practicecoder report` share: the
// organisation's settings become the builder's options, the page's choices of scope and
// quarter, and the CSV and reliability table written whole.
class tst_ReportRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aPractitionerReportLeavesOutWhatTheReaderCodesBlind();
    void cleanup();
    void optionsComeFromTheOrganisationSettings();
    void aStricterThresholdThisMachineKeptIsCarriedOver();
    void choicesOfferEveryScopeAndOpenOnTheLastEndedQuarter();
    void specRefusesUnknownScopesAndPartQuarters();
    void writesTheCsvWholeOrNotAtAll();
    void reliabilityIsWithheldUnderTheOrganisationThreshold();
    void changeStampSeesAWrite();

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportFixture> m_fixture;
    qint64 m_harbour = 0;
};

void tst_ReportRun::initTestCase() {
    // This machine's own settings stay out of the test.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ReportRun"));
}

void tst_ReportRun::init() {
    QSettings().remove(QStringLiteral("reports/suppressionThreshold"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("run.sqlite")));
    m_fixture = std::make_unique<ReportFixture>(*m_db);
    ReportFixture &f = *m_fixture;
    m_harbour = f.team(QStringLiteral("Harbour Team"));
    const qint64 second = f.user(QStringLiteral("evaluator2"));
    const qint64 family = f.family(QStringLiteral("CASE-1"));
    // Three practitioners, each with one 2025-Q1 session coded by two evaluators.
    for (int i = 0; i < 3; ++i) {
        const qint64 practitioner = f.practitioner(QStringLiteral("H%1").arg(i + 1),
                                                   QStringLiteral("Person %1").arg(i), m_harbour);
        const qint64 recording =
            f.recording(practitioner, m_harbour, family, QStringLiteral("2025-02-1%1").arg(i));
        f.coding(recording, QStringLiteral("primary"), QList<int>(7, 2 + i),
                 QStringLiteral("2025-02-20"));
        f.coding(recording, QStringLiteral("second"), QList<int>(7, 2 + i),
                 QStringLiteral("2025-02-21"), QString(), second);
    }
}

void tst_ReportRun::cleanup() {
    m_fixture.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_ReportRun::optionsComeFromTheOrganisationSettings() {
    ReportSettings stored;
    stored.suppressionThreshold = 7;
    stored.referencePoints = {{2.5, QStringLiteral("Our baseline"), QStringLiteral("Audit 2024")}};
    stored.followUpWeeks = 12;
    QVERIFY(OrganisationSettingsRepository(*m_db).saveReportSettingsWithFollowUp(
        stored, QStringLiteral("manager")));

    const ReportRun run(*m_db);
    const ReportBuilder::Options options = ReportRun::options(run.settings());
    QCOMPARE(options.suppressionThreshold, 7);
    QCOMPARE(options.referencePoints, stored.referencePoints);
    QCOMPARE(options.followUpWeeks, std::optional<int>(12));

    // The report itself is built under them.
    QString error;
    const auto spec =
        run.spec({QStringLiteral("team:Harbour Team")}, ReportPeriod::ofQuarter(2025, 1), &error);
    QVERIFY2(spec, qPrintable(error));
    const ReportData data = run.build(*spec);
    QCOMPARE(data.codings, 3);
    QCOMPARE(data.suppressionThreshold, 7);
    QCOMPARE(data.referencePoints, stored.referencePoints);
    QCOMPARE(data.followUpWeeks, 12);
    QVERIFY(data.overall.suppressed); // 3 sessions under a threshold of 7
}

void tst_ReportRun::aStricterThresholdThisMachineKeptIsCarriedOver() {
    QSettings().setValue(QStringLiteral("reports/suppressionThreshold"), 9);
    const ReportRun run(*m_db);
    QCOMPARE(run.settings().suppressionThreshold, 9);
    // Carried over into the database, where every other computer reads it.
    QCOMPARE(OrganisationSettingsRepository(*m_db).reportSettings().suppressionThreshold, 9);
}

void tst_ReportRun::choicesOfferEveryScopeAndOpenOnTheLastEndedQuarter() {
    const ReportRun run(*m_db);
    const ReportRun::Choices choices = run.choices(QDate(2025, 5, 10));
    QStringList keys;
    for (const ReportRun::ScopeChoice &choice : choices.scopes)
        keys.append(choice.key);
    QCOMPARE(keys,
             (QStringList{QStringLiteral("service"), QStringLiteral("team:Harbour Team"),
                          QStringLiteral("practitioner:H1"), QStringLiteral("practitioner:H2"),
                          QStringLiteral("practitioner:H3")}));
    QCOMPARE(choices.scopes.at(2).kind, ReportRun::ScopeChoice::Kind::Practitioner);
    QCOMPARE(choices.scopes.at(2).name, QStringLiteral("H1: Person 0"));
    // Newest first, at least eight quarters back from the last coded session.
    QCOMPARE(choices.quarters.constFirst().key(), QStringLiteral("2025-Q1"));
    QVERIFY(choices.quarters.size() >= 8);
    QCOMPARE(choices.quarters.at(choices.openingQuarter).key(), QStringLiteral("2025-Q1"));
    QCOMPARE(choices.range, ReportPeriod::ofQuarter(2025, 1));

    // On the last day of the quarter it has not ended yet: the page opens on the one before.
    const ReportRun::Choices early = run.choices(QDate(2025, 3, 31));
    QCOMPARE(early.quarters.at(early.openingQuarter).key(), QStringLiteral("2024-Q4"));
    QCOMPARE(early.range, ReportPeriod::ofQuarter(2024, 4));
}

void tst_ReportRun::aPractitionerReportLeavesOutWhatTheReaderCodesBlind() {
    ReportFixture &f = *m_fixture;
    // H1's second 2025-Q1 session: the primary coding final, bob's second coding a draft.
    const qint64 bob = f.user(QStringLiteral("bob"));
    const qint64 h1 = ReportQueries(*m_db).practitioners().constFirst().id;
    const qint64 recording = f.recording(h1, m_harbour, f.family(QStringLiteral("CASE-2")),
                                         QStringLiteral("2025-03-03"));
    f.coding(recording, QStringLiteral("primary"), QList<int>(7, 5), QStringLiteral("2025-03-05"));
    const qint64 draft =
        f.coding(recording, QStringLiteral("second"), QList<int>(7, 4), QString(), QString(), bob);
    const ReportRun run(*m_db);
    QString error;
    const auto spec =
        run.spec({QStringLiteral("practitioner:H1")}, ReportPeriod::ofQuarter(2025, 1), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(run.build(*spec).codings, 2);
    QCOMPARE(run.buildFor(*spec, 0).codings, 2);

    const ReportData blind = run.buildFor(*spec, bob);
    QCOMPARE(blind.codings, 1);
    QCOMPARE(blind.spec.hiddenRecordingCodes.size(), 1);
    QVERIFY(!blind.spec.hiddenRecordingCodes.constFirst().isEmpty());

    CodingRepository(*m_db).finalise(draft, codingVersion(CodingRepository(*m_db), draft),
                                     CodingSchemeLoader::builtIn(), bob);
    const ReportData both = run.buildFor(*spec, bob);
    QCOMPARE(both.codings, 2);
    QVERIFY(both.spec.hiddenRecordingCodes.isEmpty());
}

void tst_ReportRun::specRefusesUnknownScopesAndPartQuarters() {
    const ReportRun run(*m_db);
    QString error;
    QVERIFY(!run.spec({QStringLiteral("team:Blue")}, ReportPeriod::ofQuarter(2025, 1), &error));
    QCOMPARE(error, QStringLiteral("unknown team 'Blue'"));
    const auto part = ReportPeriod::range(QDate(2025, 1, 1), QDate(2025, 2, 28), &error);
    QVERIFY(part);
    QVERIFY(!run.spec({QStringLiteral("service")}, *part, &error));
    QVERIFY(error.contains(QStringLiteral("choose 2025-01-01 to 2025-03-31")));
    // A coaching report may cover any dates.
    QVERIFY(run.spec({QStringLiteral("practitioner:H1")}, *part, &error));
}

void tst_ReportRun::writesTheCsvWholeOrNotAtAll() {
    const ReportRun run(*m_db);
    QString error;
    const auto spec =
        run.spec({QStringLiteral("team:Harbour Team")}, ReportPeriod::ofQuarter(2025, 1), &error);
    QVERIFY(spec);
    const ReportData data = run.build(*spec);
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY2(ReportRun::writeCsv(data, path, &error), qPrintable(error));
    QBuffer expected;
    QVERIFY(expected.open(QIODevice::WriteOnly));
    QVERIFY(ReportCsvWriter::write(data, &expected));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected.data());

    error.clear();
    QVERIFY(!ReportRun::writeCsv(data, QStringLiteral("/nonexistent-folder/report.csv"), &error));
    QVERIFY(!error.isEmpty());
}

void tst_ReportRun::reliabilityIsWithheldUnderTheOrganisationThreshold() {
    const ReportRun run(*m_db);
    QList<ReliabilityRow> rows = run.reliability({}, {});
    QVERIFY(!rows.isEmpty());
    const ReliabilityRow overall = rows.constLast();
    QCOMPARE(overall.skill, ReliabilityTable::overallKey);
    QCOMPARE(overall.nPairs, 3);
    QVERIFY(overall.withheldReason.isEmpty());
    QVERIFY(overall.adjacentAgreement.has_value());

    ReportSettings stricter;
    stricter.suppressionThreshold = 4;
    QVERIFY(OrganisationSettingsRepository(*m_db).saveReportSettings(stricter,
                                                                     QStringLiteral("manager")));
    rows = run.reliability({}, {});
    QCOMPARE(rows.constLast().nPairs, 3);
    QVERIFY(!rows.constLast().withheldReason.isEmpty());
    QVERIFY(!rows.constLast().adjacentAgreement.has_value());

    // The period narrows the pairs.
    rows = run.reliability(QDate(2025, 2, 11), QDate(2025, 2, 12));
    QCOMPARE(rows.constLast().nPairs, 2);

    const QString path = m_dir->filePath(QStringLiteral("reliability.csv"));
    QString error;
    QVERIFY2(ReportRun::writeReliabilityCsv(
                 rows,
                 {QStringLiteral("service"),
                  ReliabilityTable::periodKey(QDate(2025, 2, 11), QDate(2025, 2, 12))},
                 path, &error),
             qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    QCOMPARE(lines.at(0), ReliabilityTable::csvHeader().join(u',').toUtf8());
    QVERIFY2(lines.at(1).startsWith("service,2025-02-11 to 2025-02-12,evocation,2,"),
             lines.at(1).constData());
}

void tst_ReportRun::changeStampSeesAWrite() {
    const ReportRun run(*m_db);
    const QString stamp = run.changeStamp();
    QVERIFY(run.unchangedSince(stamp));
    m_fixture->family(QStringLiteral("CASE-2"));
    // PostgreSQL tells of a commit by a notification, which arrives a moment later.
    QTRY_VERIFY(!run.unchangedSince(stamp));
}

QTEST_GUILESS_MAIN(tst_ReportRun)
#include "tst_ReportRun.moc"
