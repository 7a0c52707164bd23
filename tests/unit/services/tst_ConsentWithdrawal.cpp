// Withdrawing consent: the codings, scores, notes, audio file and waveform peaks go, in one
// transaction for the database; the recording row and the family's questionnaires stay.

#include "CodingTestFixture.h"
#include "FileSizeLimit.h"

#include "audio/AudioProbe.h"
#include "audio/PeakCache.h"
#include "audio/PeakPyramid.h"
#include "domain/ConsentRules.h"
#include "services/ConsentWithdrawal.h"
#include "storage/AuditLog.h"
#include "storage/MeasuresRepository.h"
#include "storage/PurgeCheckpoint.h"
#include "storage/StorageError.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class tst_ConsentWithdrawal : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewCountsWhatWillGo();
    void withdrawalPurgesEverythingListed();
    void secondWithdrawalIsHarmless();
    void theSameAudioCannotComeBackUnnoticed();
    void refusalOfConsentNeverRecorded();
    void badDatesChangeNothing();
    void undeletableAudioIsReportedAndTheDatabaseStillPurged();
    void consentChangesAndRelinkAreAudited();
    void typedAuditTextLeavesTheFile();
    void blockedCheckpointIsFinishedByTheNextWrite();
    void blockedCheckpointIsFinishedAtTheNextOpen();
    void fullDiskNamesTheCauseAndChangesNothing();

private:
    void writeWav(const QString &path);
    int count(const QString &sql);
    ConsentWithdrawal withdrawal();
    void unlockWithReason(const QString &reason);
    bool fileHolds(const QByteArray &text);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    int m_round = 0;
    QString m_audioDir;
    QString m_peaksDir;
    QString m_audioFile;
    QString m_sha;
    qint64 m_recording = 0;
    qint64 m_measure = 0;
};

void tst_ConsentWithdrawal::writeWav(const QString &path) {
    // A tenth of a second of 8 kHz mono 16-bit audio: a canonical 44-byte header and a ramp.
    const quint32 samples = 800;
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + samples * 2);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(8000) << quint32(16000) << quint16(2)
        << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(samples * 2);
    for (quint32 i = 0; i < samples; ++i)
        out << qint16((i * 37 + m_round) % 2000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

int tst_ConsentWithdrawal::count(const QString &sql) {
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

ConsentWithdrawal tst_ConsentWithdrawal::withdrawal() {
    ConsentWithdrawal withdrawal(m_db);
    withdrawal.setRecordingsRoot(m_audioDir);
    withdrawal.setPeakCacheDirectory(m_peaksDir);
    return withdrawal;
}

void tst_ConsentWithdrawal::init() {
    ++m_round;
    m_db.open(m_dir.filePath(QStringLiteral("withdraw-%1.sqlite").arg(m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
    m_audioDir = m_dir.filePath(QStringLiteral("audio-%1").arg(m_round));
    m_peaksDir = m_dir.filePath(QStringLiteral("peaks-%1").arg(m_round));
    QVERIFY(QDir().mkpath(m_audioDir));
    m_audioFile = m_audioDir + QStringLiteral("/session.wav");
    writeWav(m_audioFile);
    QString error;
    m_sha = AudioProbe::sha256(m_audioFile, &error);
    QVERIFY2(!m_sha.isEmpty(), qPrintable(error));

    m_recording = m_fixture.addRecording(m_db, true, m_sha);
    RecordingRepository(m_db).relink(m_recording, QStringLiteral("session.wav"), m_sha,
                                     m_fixture.alice);

    // A peaks cache entry and the path index, as the player leaves them.
    PeakPyramid peaks;
    peaks.setBaseLevel(std::vector<PeakPair>(64, PeakPair{-100, 100}), 8000);
    const PeakCache cache(m_peaksDir);
    QVERIFY(cache.save(m_sha, peaks));
    cache.rememberSha256(m_audioFile, m_sha);
    QCOMPARE(cache.knownSha256(m_audioFile), m_sha);

    // A final primary coding with three notes and a draft second coding with one.
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    const qint64 primary =
        codings.create(m_recording, m_fixture.alice, QStringLiteral("primary"), scheme, 0, 60000);
    CodingTestFixture::scoreAll(codings, primary, 3);
    for (int i = 0; i < 3; ++i)
        addNoteNow(codings, EvidenceNote{0,
                                         primary,
                                         1000 * i,
                                         {QStringLiteral("empathy")},
                                         QStringLiteral("strength"),
                                         QStringLiteral("Mother says"),
                                         1});
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.alice);
    const qint64 second =
        codings.create(m_recording, m_fixture.bob, QStringLiteral("second"), scheme, 0, 60000);
    addNoteNow(codings,
               EvidenceNote{
                   0, second, 500, {}, QStringLiteral("note"), QStringLiteral("Child present"), 1});

    InstrumentResponse response;
    response.familyId = m_fixture.familyId;
    response.respondent = QStringLiteral("mother");
    response.instrumentId = QStringLiteral("family-life-rating");
    response.timepoint = QStringLiteral("T1");
    response.administeredOn = QDate(2024, 4, 2);
    response.mode = QStringLiteral("paper");
    response.recordingId = m_recording;
    response.items.insert(1, 4);
    m_measure = MeasuresRepository(m_db).add(response);
}

void tst_ConsentWithdrawal::cleanup() {
    m_db.close();
}

void tst_ConsentWithdrawal::previewCountsWhatWillGo() {
    const ConsentWithdrawal::Impact impact = withdrawal().preview(m_recording);
    QCOMPARE(impact.codings, 2);
    QCOMPARE(impact.finalCodings, 1);
    QCOMPARE(impact.evidenceNotes, 4);
    QCOMPARE(impact.storedAudioPath, QStringLiteral("session.wav"));
    QCOMPARE(impact.audioPath, m_audioFile);
    QVERIFY_THROWS_EXCEPTION(StorageError, withdrawal().preview(m_recording + 100));
}

void tst_ConsentWithdrawal::withdrawalPurgesEverythingListed() {
    const QDate on = QDate::currentDate().addDays(-1);
    const ConsentWithdrawal::Result result =
        withdrawal().withdraw(m_recording, ConsentWithdrawal::Party::Family, on, m_fixture.alice);
    QVERIFY(result.changed);
    QCOMPARE(result.removed.codings, 2);
    QCOMPARE(result.removed.evidenceNotes, 4);
    QCOMPARE(result.audio, ConsentWithdrawal::AudioOutcome::Deleted);
    QVERIFY(result.peaksDeleted);
    QVERIFY(result.walCheckpointed);
    QVERIFY(!result.clearedByServerVacuum);
    QVERIFY2(result.summary().contains(QStringLiteral("2 codings, 4 evidence notes and the audio "
                                                      "file")),
             qPrintable(result.summary()));

    // Gone: codings, scores, notes and their skill ticks, the audio file and its peaks.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM skill_scores")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_note_skills")), 0);
    QVERIFY(!QFile::exists(m_audioFile));
    PeakPyramid peaks;
    QVERIFY(!PeakCache(m_peaksDir).load(m_sha, &peaks));
    QVERIFY(QDir(m_peaksDir).entryList(QDir::Files).isEmpty());
    QVERIFY(QDir(m_peaksDir + QStringLiteral("/paths")).entryList(QDir::Files).isEmpty());

    // Kept: the recording row, with the consent refused on the withdrawal date and its hash.
    const auto recording = RecordingRepository(m_db).find(m_recording);
    QVERIFY(recording);
    QCOMPARE(recording->familyConsent, QStringLiteral("refused"));
    QCOMPARE(recording->familyConsentOn, on);
    QCOMPARE(recording->practitionerConsent, QStringLiteral("given"));
    QVERIFY(recording->audioPath.isEmpty());
    QCOMPARE(recording->audioSha256, m_sha);
    QVERIFY(ConsentRules::isWithdrawn(*recording));
    QVERIFY(!ConsentRules::consentProblem(*recording).isEmpty());

    // Kept: the family's questionnaire, still linked to the session it followed.
    const auto measure = MeasuresRepository(m_db).find(m_measure);
    QVERIFY(measure);
    QCOMPARE(measure->recordingId, m_recording);
    QCOMPARE(measure->items.value(1), 4);

    const QList<AuditLog::Entry> audit =
        AuditLog(m_db).entriesFor(QStringLiteral("recording"), m_recording);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.first().action, QStringLiteral("withdraw_consent"));
    QCOMPARE(audit.first().userId, m_fixture.alice);
    QCOMPARE(audit.first().detail, QStringLiteral("consent withdrawn by the family; 2 codings, "
                                                  "4 evidence notes and the audio purged"));
    // Nothing the coders wrote is copied into the log.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE "
                                  "'%Mother says%' OR detail LIKE '%Child present%'")),
             0);
}

void tst_ConsentWithdrawal::secondWithdrawalIsHarmless() {
    const QDate first = QDate::currentDate().addDays(-3);
    withdrawal().withdraw(m_recording, ConsentWithdrawal::Party::Practitioner, first,
                          m_fixture.alice);
    const int auditRows = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const ConsentWithdrawal::Result again = withdrawal().withdraw(
        m_recording, ConsentWithdrawal::Party::Practitioner, QDate::currentDate(), m_fixture.bob);
    QVERIFY(!again.changed);
    QCOMPARE(again.audio, ConsentWithdrawal::AudioOutcome::NoAudio);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditRows);
    const auto recording = RecordingRepository(m_db).find(m_recording);
    QCOMPARE(recording->practitionerConsent, QStringLiteral("refused"));
    QCOMPARE(recording->practitionerConsentOn, first);
    QVERIFY(MeasuresRepository(m_db).find(m_measure));

    // The family withdrawing as well is recorded, with nothing left to purge.
    const ConsentWithdrawal::Result family = withdrawal().withdraw(
        m_recording, ConsentWithdrawal::Party::Family, QDate::currentDate(), m_fixture.bob);
    QVERIFY(family.changed);
    QCOMPARE(AuditLog(m_db).entriesFor(QStringLiteral("recording"), m_recording).first().detail,
             QStringLiteral("consent withdrawn by the family; nothing else to purge"));
}

void tst_ConsentWithdrawal::theSameAudioCannotComeBackUnnoticed() {
    const QDate on = QDate::currentDate().addDays(-2);
    QFile::copy(m_audioFile, m_dir.filePath(QStringLiteral("copy-%1.wav").arg(m_round)));
    withdrawal().withdraw(m_recording, ConsentWithdrawal::Party::Family, on, m_fixture.alice);
    try {
        m_fixture.addRecording(m_db, true, m_sha);
        QFAIL("withdrawn audio was added again");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
        QVERIFY2(error.message().contains(
                     QStringLiteral("consent was withdrawn on %1").arg(on.toString(Qt::ISODate))),
                 qPrintable(error.message()));
    }
    // Nor can a copy be relinked to the recording, nor its consent be given again.
    RecordingRepository recordings(m_db);
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        recordings.relink(m_recording, QStringLiteral("copy-1.wav"), m_sha, m_fixture.alice));
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             recordings.updateConsent(m_recording, QStringLiteral("given"),
                                                      QDate(2024, 3, 1), QStringLiteral("written"),
                                                      QDate(2024, 3, 2), m_fixture.alice));
    QVERIFY(recordings.find(m_recording)->audioPath.isEmpty());
}

void tst_ConsentWithdrawal::refusalOfConsentNeverRecorded() {
    const qint64 other = m_fixture.addRecording(m_db, false);
    withdrawal().withdraw(other, ConsentWithdrawal::Party::Family, QDate::currentDate(),
                          m_fixture.alice);
    QCOMPARE(AuditLog(m_db).entriesFor(QStringLiteral("recording"), other).first().detail,
             QStringLiteral("consent refused by the family; nothing else to purge"));
    QCOMPARE(RecordingRepository(m_db).find(other)->familyConsent, QStringLiteral("refused"));
    // The other recording of the same family is untouched.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 2);
    QVERIFY(QFile::exists(m_audioFile));
}

void tst_ConsentWithdrawal::badDatesChangeNothing() {
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             withdrawal().withdraw(m_recording, ConsentWithdrawal::Party::Family,
                                                   QDate(), m_fixture.alice));
    QVERIFY_THROWS_EXCEPTION(
        StorageError, withdrawal().withdraw(m_recording, ConsentWithdrawal::Party::Family,
                                            QDate::currentDate().addDays(1), m_fixture.alice));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 2);
    QVERIFY(QFile::exists(m_audioFile));
    QCOMPARE(RecordingRepository(m_db).find(m_recording)->familyConsent, QStringLiteral("written"));
}

void tst_ConsentWithdrawal::undeletableAudioIsReportedAndTheDatabaseStillPurged() {
    // A folder the user may not write in. Root ignores permissions, so there the file is made
    // immutable instead (chattr, on file systems that have it).
    const bool root = ::geteuid() == 0;
    if (root) {
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), m_audioFile}) != 0)
            QSKIP("running as root without chattr: no way to make a file undeletable here");
    } else {
        QVERIFY(QFile::setPermissions(m_audioDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const ConsentWithdrawal::Result result = withdrawal().withdraw(
        m_recording, ConsentWithdrawal::Party::Family, QDate::currentDate(), m_fixture.alice);
    if (root)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_audioFile});
    else
        QFile::setPermissions(m_audioDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);

    QCOMPARE(result.audio, ConsentWithdrawal::AudioOutcome::NotDeleted);
    QVERIFY(!result.audioProblem.isEmpty());
    QVERIFY2(result.summary().contains(QDir::toNativeSeparators(m_audioFile)) &&
                 result.summary().contains(QStringLiteral("delete it by hand")),
             qPrintable(result.summary()));
    QVERIFY(QFile::exists(m_audioFile));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")), 0);
    QVERIFY(RecordingRepository(m_db).find(m_recording)->audioPath.isEmpty());
    // The peaks live elsewhere and still go.
    QVERIFY(result.peaksDeleted);
    PeakPyramid peaks;
    QVERIFY(!PeakCache(m_peaksDir).load(m_sha, &peaks));
}

void tst_ConsentWithdrawal::consentChangesAndRelinkAreAudited() {
    RecordingRepository recordings(m_db);
    const qint64 id = m_fixture.addRecording(m_db, false);
    recordings.updateConsent(id, QStringLiteral("given"), QDate(2024, 3, 1),
                             QStringLiteral("not_recorded"), QDate(), m_fixture.bob);
    recordings.updateConsent(id, QStringLiteral("given"), QDate(2024, 3, 5),
                             QStringLiteral("verbal"), QDate(2024, 3, 6), m_fixture.alice);
    // No change, no row.
    recordings.updateConsent(id, QStringLiteral("given"), QDate(2024, 3, 5),
                             QStringLiteral("verbal"), QDate(2024, 3, 6), m_fixture.alice);
    const QList<AuditLog::Entry> audit = AuditLog(m_db).entriesFor(QStringLiteral("recording"), id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(1).userId, m_fixture.bob);
    QCOMPARE(audit.at(1).action, QStringLiteral("consent"));
    QCOMPARE(audit.at(1).detail, QStringLiteral("practitioner: not_recorded -> given 2024-03-01"));
    QCOMPARE(audit.at(0).detail,
             QStringLiteral("practitioner: given 2024-03-01 -> given 2024-03-05; family: "
                            "not_recorded -> verbal 2024-03-06"));

    // A refusal must purge, so it never goes through a plain update.
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             recordings.updateConsent(id, QStringLiteral("given"),
                                                      QDate(2024, 3, 5), QStringLiteral("refused"),
                                                      QDate(2024, 3, 6), m_fixture.alice));
    QCOMPARE(recordings.find(id)->familyConsent, QStringLiteral("verbal"));

    // The relink in init() was audited with the old and new path.
    const QList<AuditLog::Entry> relinks =
        AuditLog(m_db).entriesFor(QStringLiteral("recording"), m_recording);
    QCOMPARE(relinks.size(), 1);
    QCOMPARE(relinks.first().action, QStringLiteral("relink"));
    QCOMPARE(relinks.first().userId, m_fixture.alice);
    QCOMPARE(relinks.first().detail, QStringLiteral("audio path (none) -> session.wav"));
    recordings.relink(m_recording, QStringLiteral("moved/session.wav"), m_sha, m_fixture.bob);
    QCOMPARE(AuditLog(m_db).entriesFor(QStringLiteral("recording"), m_recording).first().detail,
             QStringLiteral("audio path session.wav -> moved/session.wav"));
}

// A reason a coder typed when unlocking, naming the family: the kind of text that must go.
const QByteArray TypedReason = "mother Sarah Jones asked us to rescore";

void tst_ConsentWithdrawal::unlockWithReason(const QString &reason) {
    CodingRepository codings(m_db);
    for (const Coding &coding : codings.codingsOf(m_recording)) {
        if (coding.isFinal())
            codings.unlock(coding.id, codingVersion(codings, coding.id), m_fixture.alice, reason);
    }
}

bool tst_ConsentWithdrawal::fileHolds(const QByteArray &text) {
    // Read by another process: closing a descriptor of the file here would drop this
    // process's SQLite locks on it.
    const QString path = m_db.path().isEmpty()
                             ? m_dir.filePath(QStringLiteral("withdraw-%1.sqlite").arg(m_round))
                             : m_db.path();
    QStringList files{path};
    if (QFile::exists(path + QStringLiteral("-wal")))
        files.append(path + QStringLiteral("-wal"));
    QProcess grep;
    grep.start(QStringLiteral("grep"), QStringList{QStringLiteral("-a"), QStringLiteral("-q"),
                                                   QStringLiteral("-F"), QString::fromUtf8(text)} +
                                           files);
    if (!grep.waitForFinished(30000))
        qFatal("grep did not finish");
    return grep.exitCode() == 0;
}

void tst_ConsentWithdrawal::typedAuditTextLeavesTheFile() {
    unlockWithReason(QString::fromUtf8(TypedReason));
    QVERIFY(fileHolds(TypedReason));
    const qint64 unlocked = CodingRepository(m_db).codingsOf(m_recording).first().id;
    const ConsentWithdrawal::Result result = withdrawal().withdraw(
        m_recording, ConsentWithdrawal::Party::Family, QDate::currentDate(), m_fixture.alice);
    QVERIFY(result.walCheckpointed);
    QVERIFY(!result.checkpointOwed);
    // The row stays, with its action, time and user, but without the words.
    const QList<AuditLog::Entry> rows =
        AuditLog(m_db).entriesFor(QStringLiteral("coding"), unlocked);
    QVERIFY(!rows.isEmpty());
    bool sawUnlock = false;
    for (const AuditLog::Entry &row : rows) {
        QVERIFY2(row.detail.isEmpty(), qPrintable(row.detail));
        QVERIFY(row.atUtc.isValid());
        sawUnlock =
            sawUnlock || (row.action == QLatin1String("unlock") && row.userId == m_fixture.alice);
    }
    QVERIFY(sawUnlock);
    // The relink's old and new paths could name the family too; the withdrawal row stays.
    const QList<AuditLog::Entry> recordingRows =
        AuditLog(m_db).entriesFor(QStringLiteral("recording"), m_recording);
    QCOMPARE(recordingRows.first().action, QStringLiteral("withdraw_consent"));
    QVERIFY(!recordingRows.first().detail.isEmpty());
    QCOMPARE(recordingRows.last().action, QStringLiteral("relink"));
    QVERIFY(recordingRows.last().detail.isEmpty());
    QVERIFY(!fileHolds(TypedReason));
    QVERIFY(!fileHolds("session.wav"));
}

void tst_ConsentWithdrawal::blockedCheckpointIsFinishedByTheNextWrite() {
    unlockWithReason(QString::fromUtf8(TypedReason));
    const QString readerName = QStringLiteral("reader-%1").arg(m_round);
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readerName);
        reader.setDatabaseName(m_db.path());
        QVERIFY(reader.open());
        QVERIFY(reader.transaction());
        QSqlQuery read(reader);
        QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && read.next());

        const ConsentWithdrawal::Result result = withdrawal().withdraw(
            m_recording, ConsentWithdrawal::Party::Family, QDate::currentDate(), m_fixture.alice);
        QVERIFY(!result.walCheckpointed);
        QVERIFY(result.checkpointOwed);
        QVERIFY2(result.summary().contains(QStringLiteral(
                     "A copy of the deleted text will remain in the database's journal until "
                     "the other program reading it closes; PracticeCoder will finish this "
                     "automatically.")),
                 qPrintable(result.summary()));
        QVERIFY(!result.summary().contains(QStringLiteral("for good")));
        QVERIFY(PurgeCheckpoint::isOwed(m_db.connection()));
        QVERIFY(fileHolds(TypedReason));

        // A write while the reader stays cannot finish it, and does not wait for it either.
        RecordingRepository(m_db).updateConsent(
            m_fixture.addRecording(m_db, false), QStringLiteral("given"), QDate(2024, 3, 1),
            QStringLiteral("written"), QDate(2024, 3, 1), m_fixture.alice);
        QVERIFY(PurgeCheckpoint::isOwed(m_db.connection()));
        read.finish();
        reader.rollback();
        reader.close();
    }
    QSqlDatabase::removeDatabase(readerName);

    // The reader has gone: the next write finishes the purge.
    RecordingRepository(m_db).updateConsent(
        m_fixture.addRecording(m_db, false), QStringLiteral("given"), QDate(2024, 3, 1),
        QStringLiteral("written"), QDate(2024, 3, 1), m_fixture.alice);
    QVERIFY(!PurgeCheckpoint::isOwed(m_db.connection()));
    QVERIFY(!fileHolds(TypedReason));
}

void tst_ConsentWithdrawal::blockedCheckpointIsFinishedAtTheNextOpen() {
    unlockWithReason(QString::fromUtf8(TypedReason));
    const QString path = m_db.path();
    // Another program holding a read transaction, as sqlite3 or a report would.
    QProcess reader;
    reader.start(QStringLiteral("sqlite3"), {path});
    QVERIFY(reader.waitForStarted(30000));
    reader.write("BEGIN;\nSELECT 'reading', COUNT(*) FROM audit_log;\n");
    QVERIFY(reader.waitForReadyRead(30000));
    QVERIFY(reader.readAllStandardOutput().startsWith("reading"));

    const ConsentWithdrawal::Result result = withdrawal().withdraw(
        m_recording, ConsentWithdrawal::Party::Practitioner, QDate::currentDate(), m_fixture.alice);
    QVERIFY(result.checkpointOwed);
    m_db.close();
    // The reader dies without closing: it leaves the log as it is.
    reader.kill();
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY(fileHolds(TypedReason));

    m_db.open(path);
    QVERIFY(!PurgeCheckpoint::isOwed(m_db.connection()));
    QVERIFY(!fileHolds(TypedReason));
}

void tst_ConsentWithdrawal::fullDiskNamesTheCauseAndChangesNothing() {
    {
        FileSizeLimit full(m_db.connection());
        QVERIFY(full.isApplied());
        try {
            withdrawal().withdraw(m_recording, ConsentWithdrawal::Party::Family,
                                  QDate::currentDate(), m_fixture.alice);
            QFAIL("The withdrawal claimed to succeed on a full disk");
        } catch (const StorageError &error) {
            QVERIFY2(!error.message().contains(QStringLiteral("FOREIGN KEY")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("disk")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("unchanged")),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")), 4);
    const auto recording = RecordingRepository(m_db).find(m_recording);
    QCOMPARE(recording->familyConsent, QStringLiteral("written"));
    QCOMPARE(recording->audioPath, QStringLiteral("session.wav"));
    QVERIFY(QFile::exists(m_audioFile));
    QSqlQuery integrity(m_db.connection());
    QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    // With space again, the same withdrawal goes through.
    QVERIFY(withdrawal()
                .withdraw(m_recording, ConsentWithdrawal::Party::Family, QDate::currentDate(),
                          m_fixture.alice)
                .changed);
}

QTEST_GUILESS_MAIN(tst_ConsentWithdrawal)
#include "tst_ConsentWithdrawal.moc"
