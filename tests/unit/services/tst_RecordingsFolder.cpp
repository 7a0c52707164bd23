#include "AudioFixtures.h"
#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "services/RecordingImport.h"
#include "services/RecordingLibrary.h"
#include "services/RecordingsFolder.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QDir>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Where audio is found: the organisation's recordings folder (kept in the database, audited),
// this computer's own place for it (a machine setting), and the database file's folder when
// neither is set. Run on both engines.
class tst_RecordingsFolder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void thisComputersFolderComesFirst_data();
    void thisComputersFolderComesFirst();
    void theOrganisationsFolderIsKeptInTheDatabaseAndAudited();
    void relativePathsResolveAgainstTheRoot();
    void withNoRootADatabaseFileLooksBesideItself();
    void addingUnderTheRootStoresARelativePath();

private:
    Recording details() const;
    std::unique_ptr<Settings> machineSettings();

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    int m_round = 0;
};

void tst_RecordingsFolder::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_RecordingsFolder::init() {
    m_db.open(TestDatabase::freshSpec(m_dir, QStringLiteral("folder-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
}

void tst_RecordingsFolder::cleanup() {
    m_db.close();
}

std::unique_ptr<Settings> tst_RecordingsFolder::machineSettings() {
    return std::make_unique<Settings>(std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("machine-%1.ini").arg(m_round)), QSettings::IniFormat));
}

Recording tst_RecordingsFolder::details() const {
    Recording recording;
    recording.recordedOn = QDate(2024, 4, 2);
    recording.practitionerId = m_fixture.practitionerId;
    recording.teamId = m_fixture.teamId;
    recording.sessionType = QStringLiteral("home_visit");
    recording.selectionReason = QStringLiteral("routine");
    recording.practitionerConsent = QStringLiteral("given");
    recording.practitionerConsentOn = QDate(2024, 3, 1);
    recording.familyConsent = QStringLiteral("written");
    recording.familyConsentOn = QDate(2024, 3, 2);
    return recording;
}

void tst_RecordingsFolder::thisComputersFolderComesFirst_data() {
    QTest::addColumn<QString>("thisComputers");
    QTest::addColumn<QString>("organisations");
    QTest::addColumn<QString>("root");
    QTest::newRow("neither") << QString() << QString() << QString();
    QTest::newRow("organisation only")
        << QString() << QStringLiteral("/mnt/recordings") << QStringLiteral("/mnt/recordings");
    QTest::newRow("this computer only")
        << QStringLiteral("/media/share") << QString() << QStringLiteral("/media/share");
    QTest::newRow("both: this computer's")
        << QStringLiteral("/media/share") << QStringLiteral("\\\\council\\share\\recordings")
        << QStringLiteral("/media/share");
    QTest::newRow("blank is none") << QStringLiteral("  ") << QStringLiteral("/mnt/recordings")
                                   << QStringLiteral("/mnt/recordings");
}

void tst_RecordingsFolder::thisComputersFolderComesFirst() {
    QFETCH(QString, thisComputers);
    QFETCH(QString, organisations);
    QFETCH(QString, root);
    QCOMPARE(RecordingsFolder::rootFrom(thisComputers, organisations), root);

    const std::unique_ptr<Settings> settings = machineSettings();
    RecordingsFolder folder(m_db, settings.get());
    folder.setThisComputersRoot(thisComputers);
    folder.setOrganisationRoot(organisations);
    QCOMPARE(folder.root(), root);
}

void tst_RecordingsFolder::theOrganisationsFolderIsKeptInTheDatabaseAndAudited() {
    const std::unique_ptr<Settings> settings = machineSettings();
    RecordingsFolder folder(m_db, settings.get());
    QCOMPARE(folder.organisationRoot(), QString());
    const QString unc = QStringLiteral("\\\\council\\share\\recordings");
    folder.setOrganisationRoot(unc);
    // Read back by anyone on the same database, whatever their own settings.
    const std::unique_ptr<Settings> otherMachine =
        std::make_unique<Settings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("other-%1.ini").arg(m_round)), QSettings::IniFormat));
    QCOMPARE(RecordingsFolder(m_db, otherMachine.get()).organisationRoot(), unc);
    QCOMPARE(settings->recordingsRoot(), QString());

    QSqlQuery audit = m_db.prepare(QStringLiteral(
        "SELECT detail FROM audit_log WHERE action = 'change_recordings_root' ORDER BY id"));
    QVERIFY(audit.exec());
    QVERIFY(audit.next());
    QVERIFY2(audit.value(0).toString().contains(QStringLiteral("none -> \"%1\"").arg(unc)),
             qPrintable(audit.value(0).toString()));
    QVERIFY(!audit.next());

    // Saving the same again writes nothing; clearing it is audited too.
    folder.setOrganisationRoot(unc);
    folder.setOrganisationRoot(QString());
    QCOMPARE(folder.organisationRoot(), QString());
    QSqlQuery count = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change_recordings_root'"));
    QVERIFY(count.exec() && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

void tst_RecordingsFolder::relativePathsResolveAgainstTheRoot() {
    const std::unique_ptr<Settings> settings = machineSettings();
    RecordingsFolder folder(m_db, settings.get());
    folder.setOrganisationRoot(QStringLiteral("/mnt/recordings"));
    QCOMPARE(folder.resolve(QStringLiteral("team-a/visit.wav")),
             QStringLiteral("/mnt/recordings/team-a/visit.wav"));
    folder.setThisComputersRoot(QStringLiteral("/media/council-share/"));
    QCOMPARE(folder.resolve(QStringLiteral("team-a/visit.wav")),
             QStringLiteral("/media/council-share/team-a/visit.wav"));
    // An absolute path stays as it is, and nothing climbs out of the folder.
    QCOMPARE(folder.resolve(QStringLiteral("/elsewhere/visit.wav")),
             QStringLiteral("/elsewhere/visit.wav"));
    QCOMPARE(folder.resolve(QStringLiteral("../secret.wav")), QString());
    QCOMPARE(folder.toStored(QStringLiteral("/media/council-share/team-b/v.wav")),
             QStringLiteral("team-b/v.wav"));
    QCOMPARE(folder.toStored(QStringLiteral("/home/me/v.wav")), QStringLiteral("/home/me/v.wav"));
}

void tst_RecordingsFolder::withNoRootADatabaseFileLooksBesideItself() {
    const std::unique_ptr<Settings> settings = machineSettings();
    RecordingsFolder folder(m_db, settings.get());
    if (TestDatabase::onPostgres()) {
        // A service database has no folder: a relative path cannot be placed without a root.
        QCOMPARE(m_db.folder(), QString());
        QCOMPARE(folder.resolve(QStringLiteral("visit.wav")), QString());
    } else {
        QCOMPARE(folder.resolve(QStringLiteral("visit.wav")),
                 QDir(m_dir.path()).filePath(QStringLiteral("visit.wav")));
    }
}

void tst_RecordingsFolder::addingUnderTheRootStoresARelativePath() {
    QTemporaryDir share;
    QVERIFY(QDir(share.path()).mkpath(QStringLiteral("team-a")));
    const QString audio = share.filePath(QStringLiteral("team-a/visit-%1.wav").arg(m_round));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 1, 8000), audio, {}, &why),
             qPrintable(why));
    const std::unique_ptr<Settings> settings = machineSettings();
    RecordingsFolder folder(m_db, settings.get());
    // The organisation's folder, written as the council's server names it, is mapped here.
    folder.setOrganisationRoot(QStringLiteral("\\\\council\\share\\recordings"));
    folder.setThisComputersRoot(share.path());

    const RecordingImport::FileOutcome added =
        RecordingImport(m_db).addFile(audio, details(), QStringLiteral("F-3003"), folder.root());
    QVERIFY2(added.recordingId > 0, qPrintable(added.problem));
    const QString stored = RecordingImport(m_db).find(added.recordingId)->audioPath;
    QCOMPARE(stored, QStringLiteral("team-a/visit-%1.wav").arg(m_round));
    QCOMPARE(folder.resolve(stored), QDir::cleanPath(audio));

    // Another computer that maps the share elsewhere finds nothing there: the audio shows as
    // missing, not a wrong file.
    RecordingLibrary library(m_db);
    library.setRecordingsRoot(folder.root());
    QVERIFY(!library.rows().constFirst().audioMissing);
    QTemporaryDir elsewhere;
    folder.setThisComputersRoot(elsewhere.path());
    library.setRecordingsRoot(folder.root());
    QVERIFY(library.rows().constFirst().audioMissing);
}

QTEST_GUILESS_MAIN(tst_RecordingsFolder)
#include "tst_RecordingsFolder.moc"
