#include "AudioFixtures.h"
#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "services/RecordingImport.h"
#include "services/RecordingLibrary.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class tst_RecordingLibrary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storageReadsRowsWithoutLookingForFiles();
    void marksAudioThatCannotBeFound();
    void resolvesAgainstTheRecordingsRoot();
    void aServerDatabaseNeedsTheRecordingsRoot();

private:
    qint64 addWithAudio(const QString &storedPath, const QString &sha);
    static const RecordingListRow *rowOf(const QList<RecordingListRow> &rows, qint64 id);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    qint64 m_present = 0;
    qint64 m_absent = 0;
    qint64 m_noAudio = 0;
};

void tst_RecordingLibrary::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("library.sqlite")));
    m_fixture.build(m_db);
    QVERIFY(AudioFixtures::writeBytes(m_dir.filePath(QStringLiteral("here.wav")), "RIFF"));
    m_present = addWithAudio(QStringLiteral("here.wav"), QStringLiteral("a").repeated(64));
    m_absent = addWithAudio(QStringLiteral("gone.wav"), QStringLiteral("b").repeated(64));
    m_noAudio = m_fixture.addRecording(m_db);
}

qint64 tst_RecordingLibrary::addWithAudio(const QString &storedPath, const QString &sha) {
    Recording recording;
    recording.recordedOn = QDate(2024, 4, 2);
    recording.practitionerId = m_fixture.practitionerId;
    recording.teamId = m_fixture.teamId;
    recording.familyId = m_fixture.familyId;
    recording.sessionType = QStringLiteral("home_visit");
    recording.selectionReason = QStringLiteral("routine");
    recording.audioPath = storedPath;
    recording.audioSha256 = sha;
    return RecordingImport(m_db).add(recording);
}

const RecordingListRow *tst_RecordingLibrary::rowOf(const QList<RecordingListRow> &rows,
                                                    qint64 id) {
    for (const RecordingListRow &row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

void tst_RecordingLibrary::storageReadsRowsWithoutLookingForFiles() {
    const QList<RecordingListRow> rows = RecordingListQuery(m_db).all();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rowOf(rows, m_absent));
    QVERIFY(!rowOf(rows, m_absent)->audioMissing);
    QCOMPARE(rowOf(rows, m_absent)->audioPath, QStringLiteral("gone.wav"));
}

void tst_RecordingLibrary::marksAudioThatCannotBeFound() {
    // No root: relative paths resolve against the database's folder, where here.wav is. A server
    // database has none, so there the root is the same folder.
    RecordingLibrary library(m_db);
    if (TestDatabase::onPostgres())
        library.setRecordingsRoot(m_dir.path());
    const QList<RecordingListRow> rows = library.rows();
    QCOMPARE(rows.size(), 3);
    QVERIFY(!rowOf(rows, m_present)->audioMissing);
    QVERIFY(rowOf(rows, m_absent)->audioMissing);
    QVERIFY(!rowOf(rows, m_noAudio)->audioMissing); // no audio is not missing audio
}

void tst_RecordingLibrary::resolvesAgainstTheRecordingsRoot() {
    QTemporaryDir elsewhere;
    RecordingLibrary library(m_db);
    library.setRecordingsRoot(elsewhere.path());
    QVERIFY(rowOf(library.rows(), m_present)->audioMissing);
    QVERIFY(AudioFixtures::writeBytes(QDir(elsewhere.path()).filePath(QStringLiteral("gone.wav")),
                                      "RIFF"));
    const QList<RecordingListRow> rows = library.rows();
    QVERIFY(!rowOf(rows, m_absent)->audioMissing);
    QVERIFY(rowOf(rows, m_present)->audioMissing);
}

void tst_RecordingLibrary::aServerDatabaseNeedsTheRecordingsRoot() {
    // A relative path must never resolve against wherever the program happens to run: on a
    // server database, with no root set, every relative path is missing audio.
    if (!TestDatabase::onPostgres()) {
        QCOMPARE(m_db.folder(), QDir(m_dir.path()).absolutePath());
        return;
    }
    QVERIFY(m_db.folder().isEmpty());
    const QList<RecordingListRow> rows = RecordingLibrary(m_db).rows();
    QVERIFY(rowOf(rows, m_present)->audioMissing);
    QVERIFY(rowOf(rows, m_absent)->audioMissing);
}

QTEST_GUILESS_MAIN(tst_RecordingLibrary)
#include "tst_RecordingLibrary.moc"
