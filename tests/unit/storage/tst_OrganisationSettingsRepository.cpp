#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The organisation's report settings: defaults when nothing is stored, an exact round trip, a
// stored value that cannot be read refused (never a quiet default), every save audited, and the
// old per-machine threshold carried over once.
class tst_OrganisationSettingsRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsWhenNothingIsStored();
    void roundTripsUnusualText();
    void savingTheSameSettingsWritesNothing();
    void refusesInvalidSettingsAndWritesNothing();
    void refusesAStoredValueThatCannotBeRead_data();
    void refusesAStoredValueThatCannotBeRead();
    void auditsWhoChangedWhat();
    void detectsAConflictingSave();
    void noPointsStaysNoPoints();
    void carriesOverAStricterMachineThreshold();
    void readsTheReleasedV2Fixture();
    void followUpIntervalIsAnAuditedOrganisationSetting();
    void carriesOverThisMachinesFollowUpIntervalOnce();

private:
    void store(const QString &key, const QString &value) {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO organisation_settings (setting_key, setting_value, updated_at) VALUES "
            "(?, ?, '2026-01-01T00:00:00.000Z')")));
        query.addBindValue(key);
        query.addBindValue(value);
        QVERIFY(query.exec());
    }
    int count(const QString &table) {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_OrganisationSettingsRepository::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("settings.sqlite")));
}

void tst_OrganisationSettingsRepository::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_OrganisationSettingsRepository::defaultsWhenNothingIsStored() {
    OrganisationSettingsRepository repository(*m_db);
    const ReportSettings settings = repository.reportSettings();
    QCOMPARE(settings.suppressionThreshold, 3);
    QCOMPARE(settings.referencePoints.size(), 3);
    QCOMPARE(settings.referencePoints.at(0).value, 2.64);
    QCOMPARE(settings.referencePoints.at(2).value, 3.11);
    QVERIFY(!settings.referencePoints.at(1).source.isEmpty());
    QVERIFY(repository.versions() == OrganisationSettingsRepository::Versions{});
    QVERIFY(repository.history().isEmpty());
}

void tst_OrganisationSettingsRepository::roundTripsUnusualText() {
    OrganisationSettingsRepository repository(*m_db);
    ReportSettings settings;
    settings.suppressionThreshold = 7;
    settings.referencePoints = {
        {2.645, QStringLiteral("Families’ “own” view — café & <b>bold</b>, 100% ✓ #1"),
         QStringLiteral("Audit, 2024: \"Q3\"; p. 12 \\ appendix")},
        {4.0, QStringLiteral("  Padded label  "), QString()},
        {1.0 / 3.0 + 1.0, QStringLiteral("# not a comment"), QStringLiteral("Internal")}};
    QVERIFY(repository.saveReportSettings(settings, QStringLiteral("manager1")));

    const ReportSettings read = OrganisationSettingsRepository(*m_db).reportSettings();
    QCOMPARE(read.suppressionThreshold, 7);
    QCOMPARE(read.referencePoints.size(), 3);
    QCOMPARE(read.referencePoints.at(0).label, settings.referencePoints.at(0).label);
    QCOMPARE(read.referencePoints.at(0).source, settings.referencePoints.at(0).source);
    QCOMPARE(read.referencePoints.at(0).value, 2.645);
    QCOMPARE(read.referencePoints.at(1).label, QStringLiteral("Padded label"));
    QVERIFY(read.referencePoints.at(1).source.isEmpty());
    QCOMPARE(read.referencePoints.at(2).label, QStringLiteral("# not a comment"));
    // Six significant figures are kept, more than any report shows.
    QVERIFY(qAbs(read.referencePoints.at(2).value - (1.0 / 3.0 + 1.0)) < 1e-5);
    QVERIFY(repository.versions() == (OrganisationSettingsRepository::Versions{1, 1}));
}

void tst_OrganisationSettingsRepository::savingTheSameSettingsWritesNothing() {
    OrganisationSettingsRepository repository(*m_db);
    ReportSettings settings;
    settings.suppressionThreshold = 5;
    QVERIFY(repository.saveReportSettings(settings, QStringLiteral("manager1")));
    QVERIFY(!repository.saveReportSettings(settings, QStringLiteral("manager1")));
    QCOMPARE(repository.history().size(), 1);
    settings.suppressionThreshold = 6;
    QVERIFY(repository.saveReportSettings(settings, QStringLiteral("manager1")));
    // Only the threshold changed, so only its version moved on.
    QVERIFY(repository.versions() == (OrganisationSettingsRepository::Versions{2, 1}));
    QCOMPARE(repository.history().size(), 2);
}

void tst_OrganisationSettingsRepository::refusesInvalidSettingsAndWritesNothing() {
    OrganisationSettingsRepository repository(*m_db);
    ReportSettings settings;
    settings.suppressionThreshold = 2;
    try {
        repository.saveReportSettings(settings, QStringLiteral("manager1"));
        QFAIL("a threshold below 3 was saved");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY2(error.message().contains(QStringLiteral("between 3 and 50")),
                 qPrintable(error.message()));
    }
    settings.suppressionThreshold = 4;
    settings.referencePoints[1].value = 5.5;
    try {
        repository.saveReportSettings(settings, QStringLiteral("manager1"));
        QFAIL("a reference point above 5 was saved");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("Reference point 2")),
                 qPrintable(error.message()));
    }
    settings.referencePoints[1].value = 3.0;
    settings.referencePoints[1].label = QStringLiteral("Before | after");
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             repository.saveReportSettings(settings, QStringLiteral("manager1")));
    QCOMPARE(count(QStringLiteral("organisation_settings")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), 0);
}

void tst_OrganisationSettingsRepository::refusesAStoredValueThatCannotBeRead_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("threshold not a number")
        << QStringLiteral("reports/suppressionThreshold") << QStringLiteral("five");
    QTest::newRow("threshold below the floor")
        << QStringLiteral("reports/suppressionThreshold") << QStringLiteral("2");
    QTest::newRow("point without a label")
        << QStringLiteral("reports/referencePoints") << QStringLiteral("2.64 |  | Source");
    QTest::newRow("point value not a number")
        << QStringLiteral("reports/referencePoints") << QStringLiteral("high | Label | Source");
    QTest::newRow("point off the scale")
        << QStringLiteral("reports/referencePoints") << QStringLiteral("7 | Label | Source");
}

void tst_OrganisationSettingsRepository::refusesAStoredValueThatCannotBeRead() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    store(key, value);
    OrganisationSettingsRepository repository(*m_db);
    try {
        repository.reportSettings();
        QFAIL("a stored value that cannot be read became a setting");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY2(error.message().contains(key), qPrintable(error.message()));
    }
    // The carry-over path refuses it too. (Where only the points are broken, this machine's
    // threshold of 8 is still carried over: the two settings stand apart.)
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             repository.reportSettingsCarryingOver(8, QStringLiteral("x")));

    // The settings screen shows the default in its place and says why, so it can be fixed.
    OrganisationSettingsRepository::Versions versions;
    QStringList problems;
    const ReportSettings shown = repository.reportSettingsForEditing(&versions, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(shown.suppressionThreshold,
             key == OrganisationSettingsRepository::thresholdKey() ? 3 : 8);
    QVERIFY(repository.saveReportSettings(shown, QStringLiteral("manager1"), versions));
    QCOMPARE(repository.reportSettings().referencePoints.size(), 3);
    QVERIFY(repository.history().first().detail.contains(
        key == OrganisationSettingsRepository::thresholdKey() ? value
                                                              : QStringLiteral("unreadable")));
}

void tst_OrganisationSettingsRepository::auditsWhoChangedWhat() {
    const qint64 manager =
        UserRepository(*m_db).findOrCreate(QStringLiteral("manager1"), QStringLiteral("manager"));
    OrganisationSettingsRepository repository(*m_db);
    ReportSettings settings;
    settings.suppressionThreshold = 5;
    settings.referencePoints.removeLast();
    settings.referencePoints[0].label = QStringLiteral("Baseline");
    repository.saveReportSettings(settings, QStringLiteral("manager1"));

    const QList<AuditLog::Entry> history = repository.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().userId, manager);
    QCOMPARE(history.first().action, QStringLiteral("change_report_settings"));
    QCOMPARE(history.first().entity, QStringLiteral("organisation_settings"));
    const QString detail = history.first().detail;
    QVERIFY2(detail.contains(QStringLiteral("suppression threshold 3 (default) -> 5")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("reference points published defaults -> 2.64 "
                                            "\"Baseline\", 2.97")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("by manager1")), qPrintable(detail));

    // Someone not known as a user is still named in the entry.
    settings.suppressionThreshold = 4;
    repository.saveReportSettings(settings, QStringLiteral("svc-reports"));
    QCOMPARE(repository.history().first().userId, 0);
    QVERIFY(repository.history().first().detail.contains(QStringLiteral("5 -> 4")));
    QVERIFY(repository.history().first().detail.contains(QStringLiteral("by svc-reports")));
    QVERIFY(!repository.history().first().detail.contains(QStringLiteral("reference points")));
}

void tst_OrganisationSettingsRepository::detectsAConflictingSave() {
    OrganisationSettingsRepository first(*m_db);
    OrganisationSettingsRepository second(*m_db);
    OrganisationSettingsRepository::Versions seen;
    ReportSettings mine = first.reportSettingsForEditing(&seen, nullptr);

    ReportSettings theirs;
    theirs.suppressionThreshold = 10;
    QVERIFY(second.saveReportSettings(theirs, QStringLiteral("other")));

    mine.suppressionThreshold = 4;
    try {
        first.saveReportSettings(mine, QStringLiteral("manager1"), seen);
        QFAIL("a save over someone else's change went through");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
    }
    QCOMPARE(first.reportSettings().suppressionThreshold, 10);
    QCOMPARE(first.history().size(), 1);
}

void tst_OrganisationSettingsRepository::noPointsStaysNoPoints() {
    OrganisationSettingsRepository repository(*m_db);
    ReportSettings settings;
    settings.referencePoints.clear();
    QVERIFY(repository.saveReportSettings(settings, QStringLiteral("manager1")));
    QVERIFY(repository.reportSettings().referencePoints.isEmpty());
}

void tst_OrganisationSettingsRepository::carriesOverAStricterMachineThreshold() {
    OrganisationSettingsRepository repository(*m_db);
    // Nothing set on this machine, or a weaker value than the floor: nothing is written.
    QCOMPARE(repository.reportSettingsCarryingOver(std::nullopt, QStringLiteral("m"))
                 .suppressionThreshold,
             3);
    QCOMPARE(repository.reportSettingsCarryingOver(2, QStringLiteral("m")).suppressionThreshold, 3);
    QCOMPARE(count(QStringLiteral("organisation_settings")), 0);

    QCOMPARE(repository.reportSettingsCarryingOver(6, QStringLiteral("m")).suppressionThreshold, 6);
    QCOMPARE(repository.history().size(), 1);
    QCOMPARE(repository.history().first().action, QStringLiteral("carry_over_report_settings"));
    QVERIFY(repository.history().first().detail.contains(QStringLiteral("3 (default) -> 6")));
    // Only the threshold is written; the reference points stay the published defaults.
    QVERIFY(repository.versions() == (OrganisationSettingsRepository::Versions{1, 0}));

    // Once the database has a threshold, another machine's old value changes nothing.
    QCOMPARE(repository.reportSettingsCarryingOver(9, QStringLiteral("m")).suppressionThreshold, 6);
    QCOMPARE(repository.history().size(), 1);
}

void tst_OrganisationSettingsRepository::readsTheReleasedV2Fixture() {
    m_db.reset();
    const QString copy = m_dir->filePath(QStringLiteral("v2.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(PC_TEST_DATA "/schema/v2.sqlite"), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    m_db = std::make_unique<Database>();
    m_db->open(copy);
    OrganisationSettingsRepository repository(*m_db);
    QCOMPARE(repository.reportSettings().suppressionThreshold, 5);
    QCOMPARE(repository.reportSettingsCarryingOver(8, QStringLiteral("m")).suppressionThreshold, 5);
    QCOMPARE(repository.reportSettings().referencePoints.size(), 3);
}

void tst_OrganisationSettingsRepository::followUpIntervalIsAnAuditedOrganisationSetting() {
    OrganisationSettingsRepository repository(*m_db);
    QVERIFY(!repository.reportSettings().followUpWeeks); // each instrument's own
    repository.saveFollowUpWeeks(20, QStringLiteral("manager1"));
    QCOMPARE(OrganisationSettingsRepository(*m_db).reportSettings().followUpWeeks, 20);
    QVERIFY(repository.history().constFirst().detail.contains(
        QStringLiteral("follow-up interval each instrument's own -> 20")));
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.saveFollowUpWeeks(0, QString()));
    // Saving the threshold and points leaves the interval alone.
    ReportSettings settings = repository.reportSettings();
    settings.suppressionThreshold = 5;
    repository.saveReportSettings(settings, QStringLiteral("manager1"));
    QCOMPARE(repository.reportSettings().followUpWeeks, 20);
    repository.saveFollowUpWeeks(std::nullopt, QStringLiteral("manager1"));
    QVERIFY(!repository.reportSettings().followUpWeeks);
    // A stored value that cannot be read stops reports rather than quietly using a default.
    store(OrganisationSettingsRepository::followUpWeeksKey(), QStringLiteral("soon"));
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.reportSettings());
}

// The old per-machine follow-up interval becomes the organisation's when it has none, audited as
// carried over; an interval the organisation already has stands.
void tst_OrganisationSettingsRepository::carriesOverThisMachinesFollowUpIntervalOnce() {
    OrganisationSettingsRepository repository(*m_db);
    repository.carryOverFollowUpWeeks(std::nullopt, QStringLiteral("coder1"));
    repository.carryOverFollowUpWeeks(0, QStringLiteral("coder1")); // not a valid interval
    QVERIFY(!repository.reportSettings().followUpWeeks);
    QVERIFY(repository.history().isEmpty());

    repository.carryOverFollowUpWeeks(20, QStringLiteral("coder1"));
    QCOMPARE(repository.reportSettings().followUpWeeks, std::optional<int>(20));
    QCOMPARE(repository.history().constFirst().action,
             QStringLiteral("carry_over_report_settings"));

    repository.carryOverFollowUpWeeks(8, QStringLiteral("coder2"));
    QCOMPARE(repository.reportSettings().followUpWeeks, std::optional<int>(20));
    QCOMPARE(repository.history().size(), 1);
}

QTEST_GUILESS_MAIN(tst_OrganisationSettingsRepository)
#include "tst_OrganisationSettingsRepository.moc"
