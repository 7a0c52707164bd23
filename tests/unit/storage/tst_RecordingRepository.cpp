#include "CodingTestFixture.h"
#include "ConcurrentWriters.h"
#include "TestDatabase.h"

#include "storage/StorageError.h"

#include <QTemporaryDir>
#include <QTest>

class tst_RecordingRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createGivesACode();
    void relinkChecksTheHash();
    void updateConsentLeavesRefusalToTheWithdrawal();
    void twoWritersAddingRecordingsGetDistinctCodes();

private:
    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    int m_round = 0;
    const QString m_sha = QStringLiteral("a").repeated(64);
};

void tst_RecordingRepository::init() {
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("recordings-%1.sqlite").arg(++m_round)));
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

void tst_RecordingRepository::relinkChecksTheHash() {
    RecordingRepository recordings(m_db);
    const qint64 id = m_fixture.addRecording(m_db, true, m_sha);
    QVERIFY_THROWS_EXCEPTION(StorageError, recordings.relink(id, QStringLiteral("moved/a.mp3"),
                                                             QStringLiteral("b").repeated(64)));
    recordings.relink(id, QStringLiteral("moved/a.mp3"), m_sha);
    QCOMPARE(recordings.find(id)->audioPath, QStringLiteral("moved/a.mp3"));
}

void tst_RecordingRepository::updateConsentLeavesRefusalToTheWithdrawal() {
    RecordingRepository recordings(m_db);
    const qint64 id = m_fixture.addRecording(m_db, false);
    recordings.updateConsent(id, QStringLiteral("given"), QDate(2024, 3, 1),
                             QStringLiteral("verbal"), QDate(2024, 3, 1), m_fixture.alice);
    QCOMPARE(recordings.find(id)->familyConsent, QStringLiteral("verbal"));
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             recordings.updateConsent(id, QStringLiteral("given"),
                                                      QDate(2024, 3, 1), QStringLiteral("refused"),
                                                      QDate(2024, 3, 2), m_fixture.alice));
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
