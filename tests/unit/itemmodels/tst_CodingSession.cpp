#include "../storage/CodingTestFixture.h"

#include "itemmodels/CodingSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_CodingSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsAreSavedBeforeTheyShow();
    void anotherCodersDraftDoesNotOpen();
    void activeTimeLeavesOutIdleGaps();
    void finalisedSessionRefusesEdits();

private:
    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    qint64 m_coding = 0;
    int m_round = 0;
};

void tst_CodingSession::init() {
    m_db.open(m_dir.filePath(QStringLiteral("session-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
    m_coding = CodingRepository(m_db).create(m_fixture.addRecording(m_db), m_fixture.alice,
                                             QStringLiteral("primary"),
                                             CodingSchemeLoader::builtIn(), 0, 1200000);
}

void tst_CodingSession::cleanup() {
    m_db.close();
}

void tst_CodingSession::editsAreSavedBeforeTheyShow() {
    CodingSession session(m_db);
    QString error;
    QVERIFY2(session.open(m_coding, m_fixture.alice, &error), qPrintable(error));
    QSignalSpy changed(&session, &CodingSession::skillChanged);
    QVERIFY(session.setSkill({QStringLiteral("empathy"), 4, QString(), QString()}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(CodingRepository(m_db).find(m_coding)->scores.first().score, 4);
    EvidenceNote note;
    note.atMs = 9000;
    note.kind = QStringLiteral("note");
    QVERIFY(session.addNote(note));
    QVERIFY(note.id > 0);
    QCOMPARE(CodingRepository(m_db).find(m_coding)->notes.size(), 1);
    QVERIFY(session.setWindow(-1, -1));
    QCOMPARE(CodingRepository(m_db).find(m_coding)->windowStartMs, -1);
}

void tst_CodingSession::anotherCodersDraftDoesNotOpen() {
    CodingSession session(m_db);
    QString error;
    QVERIFY(!session.open(m_coding, m_fixture.bob, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!session.isOpen());
    QCOMPARE(session.coding().scores.size(), 0);
}

void tst_CodingSession::activeTimeLeavesOutIdleGaps() {
    CodingSession session(m_db);
    QVERIFY(session.open(m_coding, m_fixture.alice, nullptr));
    session.recordActivity(1000);
    session.recordActivity(61000);  // +60 s
    session.recordActivity(401000); // a 340 s gap: away from the desk, not counted
    session.recordActivity(431000); // +30 s
    session.flushActiveTime();
    QCOMPARE(CodingRepository(m_db).find(m_coding)->activeMs, 90000);
}

void tst_CodingSession::finalisedSessionRefusesEdits() {
    CodingSession session(m_db);
    QVERIFY(session.open(m_coding, m_fixture.alice, nullptr));
    QString error;
    QVERIFY(!session.finalise(&error));
    QVERIFY(error.contains(QStringLiteral("Evocation")));
    for (const QString &key : session.scheme().skillKeys())
        QVERIFY(session.setSkill({key, 2, QString(), QString()}));
    QVERIFY(session.finalise(&error));
    QVERIFY(session.isLocked());
    QSignalSpy failed(&session, &CodingSession::saveFailed);
    QVERIFY(!session.setSkill({QStringLiteral("empathy"), 5, QString(), QString()}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(session.skill(QStringLiteral("empathy")).score, 2);
}

QTEST_GUILESS_MAIN(tst_CodingSession)
#include "tst_CodingSession.moc"
