#include "CodingTestFixture.h"

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

QTEST_GUILESS_MAIN(tst_RecordingRepository)
#include "tst_RecordingRepository.moc"
