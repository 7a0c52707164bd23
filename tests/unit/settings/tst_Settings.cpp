#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

class tst_Settings : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void roundTripsAndClamps();
    void readsTheLegacyThreshold();
    void takesTheLegacyFollowUpIntervalOnce();
    void everyKeyHasOneEntry();
    void tableGivesTheDefaults();
    void scopes();
    void changedIsEmittedOnlyWhenTheValueChanges();
    void organisationSettingsLiveInTheDatabase();
    void organisationSettingsNeedADatabase();
    void organisationThresholdIsRefusedNotClamped();

private:
    std::unique_ptr<QSettings> backing(const QString &name) {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }
    QTemporaryDir m_dir;
};

void tst_Settings::defaults() {
    Settings settings(backing(QStringLiteral("defaults.ini")));
    QCOMPARE(settings.skipShortMs(), 5000);
    QCOMPARE(settings.skipLongMs(), 15000);
    QCOMPARE(settings.autoRewindMs(), 2000);
    QCOMPARE(settings.defaultWindowMinutes(), 20);
    QVERIFY(!settings.takeLegacyFollowUpWeeks());
    QVERIFY(!settings.legacySuppressionThreshold());
    QVERIFY(settings.recordingsRoot().isEmpty());
}

void tst_Settings::roundTripsAndClamps() {
    const QString file = QStringLiteral("roundtrip.ini");
    {
        Settings settings(backing(file));
        settings.setAutoRewindMs(25000); // above the 10 s maximum
        settings.setRecordingsRoot(QStringLiteral("/mnt/recordings"));
        settings.setShortcut(QStringLiteral("player.playPause"), QStringLiteral("F9"));
        settings.sync();
    }
    Settings settings(backing(file));
    QCOMPARE(settings.autoRewindMs(), 10000);
    QCOMPARE(settings.recordingsRoot(), QStringLiteral("/mnt/recordings"));
    QCOMPARE(settings.shortcut(QStringLiteral("player.playPause")), QStringLiteral("F9"));
    settings.setShortcut(QStringLiteral("player.playPause"), QString());
    QVERIFY(settings.shortcut(QStringLiteral("player.playPause")).isEmpty());
}

// The old per-machine threshold is only read, to carry it over to the database.
void tst_Settings::readsTheLegacyThreshold() {
    const QString file = QStringLiteral("legacy.ini");
    {
        QSettings raw(m_dir.filePath(file), QSettings::IniFormat);
        raw.setValue(QStringLiteral("reports/suppressionThreshold"), 7);
    }
    QCOMPARE(Settings(backing(file)).legacySuppressionThreshold(), std::optional<int>(7));
    {
        QSettings raw(m_dir.filePath(file), QSettings::IniFormat);
        raw.setValue(QStringLiteral("reports/suppressionThreshold"), QStringLiteral("seven"));
    }
    QVERIFY(!Settings(backing(file)).legacySuppressionThreshold());
}

// The old per-machine follow-up interval is read once, to carry it over, then forgotten.
void tst_Settings::takesTheLegacyFollowUpIntervalOnce() {
    const QString file = QStringLiteral("legacy-weeks.ini");
    {
        QSettings raw(m_dir.filePath(file), QSettings::IniFormat);
        raw.setValue(QStringLiteral("measures/followUpWeeks"), 20);
    }
    {
        Settings settings(backing(file));
        QCOMPARE(settings.takeLegacyFollowUpWeeks(), std::optional<int>(20));
        settings.sync();
    }
    QVERIFY(!Settings(backing(file)).takeLegacyFollowUpWeeks());
}

void tst_Settings::everyKeyHasOneEntry() {
    const QList<Settings::Key> keys = Settings::keys();
    QCOMPARE(keys.size(), int(Settings::Key::OrganisationRecordingsRoot) + 1);
    QSet<QString> names;
    for (const Settings::Key key : keys) {
        QCOMPARE(Settings::entry(key).key, key);
        names.insert(Settings::entry(key).name);
    }
    QCOMPARE(names.size(), keys.size());
}

void tst_Settings::tableGivesTheDefaults() {
    Settings settings(backing(QStringLiteral("table.ini")));
    for (const Settings::Key key : Settings::keys()) {
        const Settings::Entry &entry = Settings::entry(key);
        if (entry.scope == Settings::Scope::Machine)
            QCOMPARE(settings.value(key, QStringLiteral("any")), entry.defaultValue);
    }
    QCOMPARE(Settings::entry(Settings::Key::SkipShortMs).defaultValue, QVariant(5000));
    QCOMPARE(settings.value(Settings::Key::Volume).toDouble(), 1.0);
    QCOMPARE(Settings::entry(Settings::Key::SuppressionThreshold).defaultValue,
             QVariant(ReportSettings::minimumThreshold));
    // Unset means each instrument's own interval.
    QVERIFY(!Settings::entry(Settings::Key::FollowUpWeeks).defaultValue.isValid());
}

// Anything that changes figures for the whole organisation is kept in the database.
void tst_Settings::scopes() {
    QCOMPARE(Settings::entry(Settings::Key::FollowUpWeeks).scope, Settings::Scope::Organisation);
    QCOMPARE(Settings::entry(Settings::Key::SuppressionThreshold).scope,
             Settings::Scope::Organisation);
    QCOMPARE(Settings::entry(Settings::Key::FollowUpWeeks).name,
             OrganisationSettingsRepository::followUpWeeksKey());
    QCOMPARE(Settings::entry(Settings::Key::SuppressionThreshold).name,
             OrganisationSettingsRepository::thresholdKey());
    for (const Settings::Key key :
         {Settings::Key::LastDatabase, Settings::Key::RecordingsRoot, Settings::Key::SkipShortMs,
          Settings::Key::Volume, Settings::Key::Shortcut, Settings::Key::CoderUsername,
          Settings::Key::WindowGeometry, Settings::Key::ViewState})
        QCOMPARE(Settings::entry(key).scope, Settings::Scope::Machine);
}

void tst_Settings::changedIsEmittedOnlyWhenTheValueChanges() {
    Settings settings(backing(QStringLiteral("changed.ini")));
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setSkipShortMs(8000);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::SkipShortMs);
    settings.setSkipShortMs(8000);
    QCOMPARE(spy.size(), 1);
    settings.setShortcut(QStringLiteral("player.loop"), QStringLiteral("F4"));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<Settings::Key>(), Settings::Key::Shortcut);
    settings.setShortcut(QStringLiteral("player.loop"), QString());
    QCOMPARE(spy.size(), 3);
    settings.setShortcut(QStringLiteral("player.loop"), QString());
    QCOMPARE(spy.size(), 3);
}

void tst_Settings::organisationSettingsLiveInTheDatabase() {
    Database database;
    database.open(m_dir.filePath(QStringLiteral("organisation.sqlite")));
    Settings settings(backing(QStringLiteral("organisation.ini")));
    settings.attachDatabase(&database);
    QCOMPARE(settings.value(Settings::Key::SuppressionThreshold).toInt(),
             ReportSettings::minimumThreshold);
    QVERIFY(!settings.value(Settings::Key::FollowUpWeeks).isValid());

    QSignalSpy spy(&settings, &Settings::changed);
    settings.setValue(Settings::Key::FollowUpWeeks, 16);
    settings.setValue(Settings::Key::SuppressionThreshold, 7);
    QCOMPARE(spy.size(), 2);
    settings.setValue(Settings::Key::SuppressionThreshold, 7);
    QCOMPARE(spy.size(), 2);

    // Saved in the database, audited, and not on this machine.
    const ReportSettings stored = OrganisationSettingsRepository(database).reportSettings();
    QCOMPARE(stored.followUpWeeks, std::optional<int>(16));
    QCOMPARE(stored.suppressionThreshold, 7);
    QCOMPARE(OrganisationSettingsRepository(database).history().size(), 2);
    settings.sync();
    QSettings raw(m_dir.filePath(QStringLiteral("organisation.ini")), QSettings::IniFormat);
    QVERIFY(!raw.contains(OrganisationSettingsRepository::thresholdKey()));
    QVERIFY(!raw.contains(OrganisationSettingsRepository::followUpWeeksKey()));

    settings.setValue(Settings::Key::FollowUpWeeks, QVariant());
    QVERIFY(!settings.value(Settings::Key::FollowUpWeeks).isValid());
    QCOMPARE(spy.size(), 3);
}

void tst_Settings::organisationSettingsNeedADatabase() {
    Settings settings(backing(QStringLiteral("no-database.ini")));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, settings.value(Settings::Key::FollowUpWeeks));
    QVERIFY_THROWS_EXCEPTION(std::logic_error,
                             settings.setValue(Settings::Key::SuppressionThreshold, 5));
}

// The threshold protects families from being picked out of a small group: a value below the
// floor is an error, never quietly raised to it.
void tst_Settings::organisationThresholdIsRefusedNotClamped() {
    Database database;
    database.open(m_dir.filePath(QStringLiteral("refused.sqlite")));
    Settings settings(backing(QStringLiteral("refused.ini")));
    settings.attachDatabase(&database);
    QSignalSpy spy(&settings, &Settings::changed);
    QVERIFY_THROWS_EXCEPTION(StorageError, settings.setValue(Settings::Key::SuppressionThreshold,
                                                             ReportSettings::minimumThreshold - 1));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(OrganisationSettingsRepository(database).reportSettings().suppressionThreshold,
             ReportSettings::minimumThreshold);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_Settings.moc"
