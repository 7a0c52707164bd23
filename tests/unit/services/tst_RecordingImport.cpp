#include "AudioFixtures.h"
#include "CodingTestFixture.h"

#include "audio/AudioProbe.h"
#include "services/RecordingImport.h"
#include "storage/StorageError.h"

#include <QTemporaryDir>
#include <QTest>

class tst_RecordingImport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addGivesACode();
    void sameAudioIsNeverAddedTwice();
    void missingDetailsAreRefused();
    void aCodeIsUsedOnce();
    void addFileHashesAndFindsTheFamily();
    void addFileRefusesWhatIsNotAudio();
    void relinkStoresThePathUnderTheRoot();

private:
    Recording details() const;

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    int m_round = 0;
    const QString m_sha = QStringLiteral("a").repeated(64);
};

void tst_RecordingImport::init() {
    m_db.open(m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
}

void tst_RecordingImport::cleanup() {
    m_db.close();
}

Recording tst_RecordingImport::details() const {
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

void tst_RecordingImport::addGivesACode() {
    RecordingImport import(m_db);
    const qint64 first = m_fixture.addRecording(m_db);
    const qint64 second = m_fixture.addRecording(m_db);
    QCOMPARE(import.find(first)->code, QStringLiteral("REC-20240402-1"));
    QCOMPARE(import.find(second)->code, QStringLiteral("REC-20240402-2"));
    Recording unconsented = details();
    unconsented.familyId = m_fixture.familyId;
    unconsented.practitionerConsent.clear();
    unconsented.familyConsent.clear();
    import.add(unconsented);
    QCOMPARE(import.find(unconsented.id)->familyConsent, QStringLiteral("not_recorded"));
}

void tst_RecordingImport::sameAudioIsNeverAddedTwice() {
    m_fixture.addRecording(m_db, true, m_sha);
    try {
        m_fixture.addRecording(m_db, true, m_sha.toUpper());
        QFAIL("the same audio was added twice");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
        QVERIFY2(error.message().contains(QStringLiteral("REC-20240402-1")),
                 qPrintable(error.message()));
    }
}

void tst_RecordingImport::missingDetailsAreRefused() {
    Recording recording = details(); // no family
    try {
        RecordingImport(m_db).add(recording);
        QFAIL("a recording without a family was added");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
    }
    QCOMPARE(recording.id, 0);
}

void tst_RecordingImport::aCodeIsUsedOnce() {
    Recording recording = details();
    recording.familyId = m_fixture.familyId;
    recording.code = QStringLiteral("H-2024-001");
    RecordingImport(m_db).add(recording);
    Recording again = details();
    again.familyId = m_fixture.familyId;
    again.code = QStringLiteral("H-2024-001");
    try {
        RecordingImport(m_db).add(again);
        QFAIL("a code was used twice");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
        QVERIFY(error.message().contains(QStringLiteral("H-2024-001")));
    }
}

void tst_RecordingImport::addFileHashesAndFindsTheFamily() {
    const QString audio = m_dir.filePath(QStringLiteral("visit-%1.wav").arg(m_round));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 2, 8000), audio, {}, &why),
             qPrintable(why));
    RecordingImport import(m_db);
    const RecordingImport::FileOutcome added =
        import.addFile(audio, details(), QStringLiteral("F-2002"), m_dir.path());
    QVERIFY2(added.recordingId > 0, qPrintable(added.problem));
    QCOMPARE(added.code, QStringLiteral("REC-20240402-1"));
    const auto recording = import.find(added.recordingId);
    QCOMPARE(recording->audioSha256, AudioProbe::sha256(audio, nullptr));
    QCOMPARE(recording->audioPath, QFileInfo(audio).fileName()); // stored under the root
    QVERIFY(recording->durationMs > 1900 && recording->durationMs < 2100);
    QVERIFY(import.familyCaseCodes().contains(QStringLiteral("F-2002")));

    const RecordingImport::FileOutcome again =
        import.addFile(audio, details(), QStringLiteral("F-3003"), m_dir.path());
    QCOMPARE(again.recordingId, 0);
    QVERIFY2(again.problem.contains(QStringLiteral("already in the library as recording "
                                                   "REC-20240402-1")),
             qPrintable(again.problem));
    // Refused audio creates no family.
    QVERIFY(!import.familyCaseCodes().contains(QStringLiteral("F-3003")));
}

void tst_RecordingImport::addFileRefusesWhatIsNotAudio() {
    const QString text = m_dir.filePath(QStringLiteral("minutes.wav"));
    QVERIFY(AudioFixtures::writeBytes(text, "Minutes of the team meeting\n"));
    const RecordingImport::FileOutcome outcome =
        RecordingImport(m_db).addFile(text, details(), QStringLiteral("F-1001"), m_dir.path());
    QCOMPARE(outcome.recordingId, 0);
    QVERIFY(!outcome.problem.isEmpty());
}

void tst_RecordingImport::relinkStoresThePathUnderTheRoot() {
    const qint64 id = m_fixture.addRecording(m_db, true, m_sha);
    RecordingImport import(m_db);
    import.relink(id, m_dir.filePath(QStringLiteral("moved/a.mp3")), m_sha, m_dir.path(),
                  m_fixture.alice);
    QCOMPARE(import.find(id)->audioPath, QStringLiteral("moved/a.mp3"));
}

QTEST_GUILESS_MAIN(tst_RecordingImport)
#include "tst_RecordingImport.moc"
