#include "CodingTestFixture.h"
#include "ConcurrentWriters.h"

#include "storage/ConsentWithdrawal.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_RecordingRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createGivesACode();
    void sameAudioIsNeverAddedTwice();
    void relinkChecksTheHash();
    void consentProblemSaysWhy();
    void sha256OfAFile();
    void twoWritersAddingRecordingsGetDistinctCodes();

private:
    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    int m_round = 0;
    const QString m_sha = QStringLiteral("a").repeated(64);
};

void tst_RecordingRepository::init() {
    m_db.open(m_dir.filePath(QStringLiteral("recordings-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
}

void tst_RecordingRepository::cleanup() {
    m_db.close();
}

void tst_RecordingRepository::createGivesACode() {
    RecordingRepository recordings(m_db);
    const qint64 first = m_fixture.addRecording(m_db);
    const qint64 second = m_fixture.addRecording(m_db);
    QCOMPARE(recordings.find(first)->code, QStringLiteral("REC-20240402-1"));
    QCOMPARE(recordings.find(second)->code, QStringLiteral("REC-20240402-2"));
    QCOMPARE(recordings.findByCode(QStringLiteral("REC-20240402-2"))->id, second);
}

void tst_RecordingRepository::sameAudioIsNeverAddedTwice() {
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

void tst_RecordingRepository::relinkChecksTheHash() {
    RecordingRepository recordings(m_db);
    const qint64 id = m_fixture.addRecording(m_db, true, m_sha);
    QVERIFY_THROWS_EXCEPTION(StorageError, recordings.relink(id, QStringLiteral("moved/a.mp3"),
                                                             QStringLiteral("b").repeated(64)));
    recordings.relink(id, QStringLiteral("moved/a.mp3"), m_sha);
    QCOMPARE(recordings.find(id)->audioPath, QStringLiteral("moved/a.mp3"));
}

void tst_RecordingRepository::consentProblemSaysWhy() {
    RecordingRepository recordings(m_db);
    const qint64 id = m_fixture.addRecording(m_db, false);
    const QString problem = RecordingRepository::consentProblem(*recordings.find(id));
    QVERIFY(problem.contains(QStringLiteral("practitioner's consent is not recorded")));
    QVERIFY(problem.contains(QStringLiteral("family's consent is not recorded")));
    recordings.updateConsent(id, QStringLiteral("given"), QDate(2024, 3, 1),
                             QStringLiteral("verbal"), QDate(2024, 3, 1));
    QVERIFY(RecordingRepository::consentProblem(*recordings.find(id)).isEmpty());
    // A refusal goes through the withdrawal, which purges the codings and audio with it.
    ConsentWithdrawal(m_db).withdraw(id, ConsentWithdrawal::Party::Family, QDate(2024, 3, 4),
                                     m_fixture.alice);
    QVERIFY(RecordingRepository::consentProblem(*recordings.find(id))
                .contains(QStringLiteral("family refused consent")));
}

void tst_RecordingRepository::sha256OfAFile() {
    QFile file(m_dir.filePath(QStringLiteral("abc.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("abc");
    file.close();
    QString error;
    QCOMPARE(RecordingRepository::sha256OfFile(file.fileName(), &error),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(RecordingRepository::sha256OfFile(m_dir.filePath(QStringLiteral("absent")), &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_RecordingRepository::twoWritersAddingRecordingsGetDistinctCodes() {
    // Every recording is made on the same day, so both writers draw codes from one series.
    constexpr int each = 100;
    const QStringList failures = raceWriters(m_db, 2, [&](Database &connection, int) {
        for (int i = 0; i < each; ++i)
            m_fixture.addRecording(connection);
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    RecordingRepository recordings(m_db);
    for (int n = 1; n <= 2 * each; ++n)
        QVERIFY2(recordings.findByCode(QStringLiteral("REC-20240402-%1").arg(n)),
                 qPrintable(QStringLiteral("no recording REC-20240402-%1").arg(n)));
}

QTEST_GUILESS_MAIN(tst_RecordingRepository)
#include "tst_RecordingRepository.moc"
