#include "settings/Settings.h"

#include <QTemporaryDir>
#include <QTest>

class tst_Settings : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void roundTripsAndClamps();
    void readsTheLegacyThreshold();
    void takesTheLegacyFollowUpIntervalOnce();

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

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_Settings.moc"
