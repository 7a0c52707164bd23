#include "AudioFixtures.h"
#include "CodingTestFixture.h"

#include "audio/AudioProbe.h"
#include "services/RecordingImport.h"
#include "storage/StorageError.h"

#include <QFile>
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
    void aRefusedFileLeavesNoFamilyBehind();
    void checkSuggestsTheDateTheFileWasRecorded();
    void dateFromTags_data();
    void dateFromTags();
    void aCutShortMp3IsFlaggedAndStoredWithItsRealLength();

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

void tst_RecordingImport::aRefusedFileLeavesNoFamilyBehind() {
    // All or nothing per file: the family was created before the recording was refused, and
    // stayed behind as a family with no recording.
    const QString audio = m_dir.filePath(QStringLiteral("refused-%1.wav").arg(m_round));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(500, 1, 8000), audio, {}, &why),
             qPrintable(why));
    Recording incomplete = details();
    incomplete.sessionType.clear();
    RecordingImport import(m_db);
    const RecordingImport::FileOutcome outcome =
        import.addFile(audio, incomplete, QStringLiteral("F-4004"), m_dir.path());
    QCOMPARE(outcome.recordingId, 0);
    QVERIFY2(outcome.problem.contains(QStringLiteral("session type")), qPrintable(outcome.problem));
    QVERIFY(!import.familyCaseCodes().contains(QStringLiteral("F-4004")));
}

void tst_RecordingImport::checkSuggestsTheDateTheFileWasRecorded() {
    QString why;
    const QString tagged = m_dir.filePath(QStringLiteral("tagged.mp3"));
    QVERIFY2(AudioFixtures::generate(
                 AudioFixtures::tone(440, 1, 8000), tagged,
                 {QStringLiteral("-metadata"), QStringLiteral("date=2025-06-14")}, &why),
             qPrintable(why));
    RecordingImport::FileCheck check = RecordingImport::check(tagged);
    QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
    QCOMPARE(check.suggestedDate, QDate(2025, 6, 14));
    QVERIFY(check.dateFromRecording);
    QVERIFY(check.cutShort.isEmpty());

    const QString phone = m_dir.filePath(QStringLiteral("phone.m4a"));
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 1, 8000), phone,
                                     {QStringLiteral("-metadata"),
                                      QStringLiteral("creation_time=2025-07-01T12:00:00Z")},
                                     &why),
             qPrintable(why));
    check = RecordingImport::check(phone);
    QCOMPARE(check.suggestedDate, QDate(2025, 7, 1));
    QVERIFY(check.dateFromRecording);

    // No tags: the day the file was last changed, said to be only that.
    const QString plain = m_dir.filePath(QStringLiteral("plain.wav"));
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 1, 8000), plain,
                                     {QStringLiteral("-map_metadata"), QStringLiteral("-1"),
                                      QStringLiteral("-fflags"), QStringLiteral("+bitexact")},
                                     &why),
             qPrintable(why));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime(QDate(2024, 2, 3), QTime(15, 0)),
                             QFileDevice::FileModificationTime));
    file.close();
    check = RecordingImport::check(plain);
    QCOMPARE(check.suggestedDate, QDate(2024, 2, 3));
    QVERIFY(!check.dateFromRecording);

    check = RecordingImport::check(m_dir.filePath(QStringLiteral("nowhere.wav")));
    QVERIFY(!check.problem.isEmpty());
}

void tst_RecordingImport::dateFromTags_data() {
    QTest::addColumn<QString>("creationTime");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("creation time")
        << QStringLiteral("2025-06-14T12:30:00.000000Z") << QString() << QDate(2025, 6, 14);
    QTest::newRow("creation time wins") << QStringLiteral("2025-06-14T12:30:00Z")
                                        << QStringLiteral("2020-01-01") << QDate(2025, 6, 14);
    QTest::newRow("date") << QString() << QStringLiteral("2025-06-14") << QDate(2025, 6, 14);
    QTest::newRow("compact date") << QString() << QStringLiteral("20250614") << QDate(2025, 6, 14);
    QTest::newRow("a year is not a day") << QString() << QStringLiteral("2025") << QDate();
    QTest::newRow("clock never set")
        << QStringLiteral("1970-01-01T00:00:00Z") << QString() << QDate();
    QTest::newRow("nothing") << QString() << QString() << QDate();
}

void tst_RecordingImport::dateFromTags() {
    QFETCH(QString, creationTime);
    QFETCH(QString, date);
    QFETCH(QDate, expected);
    QCOMPARE(RecordingImport::dateFromTags(creationTime, date), expected);
}

void tst_RecordingImport::aCutShortMp3IsFlaggedAndStoredWithItsRealLength() {
    const QString whole = m_dir.filePath(QStringLiteral("long-%1.mp3").arg(m_round));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(330, 180, 22050), whole,
                                     {QStringLiteral("-b:a"), QStringLiteral("32k")}, &why),
             qPrintable(why));
    const QString cut = m_dir.filePath(QStringLiteral("cut-%1.mp3").arg(m_round));
    QVERIFY(AudioFixtures::writeBytes(cut, AudioFixtures::readBytes(whole).left(150000)));
    const RecordingImport::FileCheck check = RecordingImport::check(cut);
    QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
    QCOMPARE(check.cutShort, QStringLiteral("Sound stops at 0:37 although the file says 3:00."));

    RecordingImport import(m_db);
    const RecordingImport::FileOutcome added =
        import.addFile(cut, details(), QStringLiteral("F-5005"), m_dir.path());
    QVERIFY2(added.recordingId > 0, qPrintable(added.problem));
    QCOMPARE(added.cutShort, check.cutShort);
    const qint64 stored = import.find(added.recordingId)->durationMs;
    QVERIFY2(qAbs(stored - 37500) < 600, qPrintable(QString::number(stored)));
}

QTEST_GUILESS_MAIN(tst_RecordingImport)
#include "tst_RecordingImport.moc"
