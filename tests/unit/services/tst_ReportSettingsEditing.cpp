#include "TestDatabase.h"
#include "services/ReportSettingsEditing.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A manager changing the organisation's report settings: what opening shows (the settings,
// the last change, what could not be read) and a save that refuses to overwrite someone else's.
class tst_ReportSettingsEditing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensThePublishedDefaults();
    void savesAndShowsWhoChangedThem();
    void refusesToOverwriteAnotherManagersSave();
    void anUnreadableValueIsAProblemNotAFailure();
    void opensWithAStricterThresholdThisMachineKept();

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ReportSettingsEditing::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("USER", "manager1");
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ReportSettingsEditing"));
}

void tst_ReportSettingsEditing::init() {
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("settings.sqlite")));
}

void tst_ReportSettingsEditing::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_ReportSettingsEditing::opensThePublishedDefaults() {
    const auto opened = ReportSettingsEditing(*m_db).open();
    QVERIFY(opened.historyRead);
    QVERIFY(!opened.lastChange);
    QVERIFY(opened.problems.isEmpty());
    QCOMPARE(opened.settings.suppressionThreshold, ReportSettings::minimumThreshold);
    QCOMPARE(opened.settings.referencePoints, ReferencePoint::defaults());
}

void tst_ReportSettingsEditing::savesAndShowsWhoChangedThem() {
    const ReportSettingsEditing editing(*m_db);
    ReportSettings settings = editing.open().settings;
    settings.suppressionThreshold = 6;
    settings.followUpWeeks = 20;
    editing.save(settings, editing.open().versions);
    const auto opened = editing.open();
    QCOMPARE(opened.settings.suppressionThreshold, 6);
    QCOMPARE(opened.settings.followUpWeeks, std::optional<int>(20));
    QVERIFY(opened.lastChange);
    QVERIFY(opened.lastChange->detail.contains(QStringLiteral("; by ")));
}

void tst_ReportSettingsEditing::refusesToOverwriteAnotherManagersSave() {
    const ReportSettingsEditing editing(*m_db);
    const auto mine = editing.open();
    ReportSettings theirs = mine.settings;
    theirs.suppressionThreshold = 5;
    editing.save(theirs, mine.versions);
    ReportSettings stale = mine.settings;
    stale.suppressionThreshold = 4;
    try {
        editing.save(stale, mine.versions);
        QFAIL("a stale save was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
    }
    QCOMPARE(editing.open().settings.suppressionThreshold, 5);
}

void tst_ReportSettingsEditing::anUnreadableValueIsAProblemNotAFailure() {
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO organisation_settings (setting_key, setting_value, updated_at) VALUES "
        "('reports/suppressionThreshold', 'many', '2025-01-01T00:00:00.000Z')")));
    const auto opened = ReportSettingsEditing(*m_db).open();
    QCOMPARE(opened.problems.size(), 1);
    QCOMPARE(opened.settings.suppressionThreshold, ReportSettings::minimumThreshold);
}

void tst_ReportSettingsEditing::opensWithAStricterThresholdThisMachineKept() {
    QSettings().setValue(QStringLiteral("reports/suppressionThreshold"), 8);
    const auto opened = ReportSettingsEditing(*m_db).open();
    QCOMPARE(opened.settings.suppressionThreshold, 8);
    QVERIFY(opened.lastChange); // the carry-over is audited
}

QTEST_GUILESS_MAIN(tst_ReportSettingsEditing)
#include "tst_ReportSettingsEditing.moc"
