#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CodingRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void consentGateRefusesCoding();
    void scoresAreSavedAndReplaced();
    void notCodableNeedsAReason();
    void eachEditBumpsTheVersion();
    void windowIsStoredAndValidated();
    void notesKeepTheirIdWhenPutBack();
    void finaliseNeedsEverySkill();
    void finalLocksAndUnlockIsAudited();
    void secondCodingNeedsAnotherCoder();
    void blindnessHidesTheOtherCodingUntilBothFinal();
    void consensusTakesTheAgreedScores();

private:
    int count(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    CodingScheme m_scheme = CodingSchemeLoader::builtIn();
    int m_round = 0;
};

void tst_CodingRepository::init() {
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("coding-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
}

void tst_CodingRepository::cleanup() {
    m_db.close();
}

int tst_CodingRepository::count(const QString &sql) {
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_CodingRepository::consentGateRefusesCoding() {
    const qint64 recording = m_fixture.addRecording(m_db, false);
    CodingRepository codings(m_db);
    try {
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, 0, 1200000);
        QFAIL("a recording without consent was coded");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY2(error.message().contains(QStringLiteral("consent")), qPrintable(error.message()));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
}

void tst_CodingRepository::scoresAreSavedAndReplaced() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    codings.saveSkill(id, {QStringLiteral("empathy"), 4, QString(), QStringLiteral("Reflects")});
    codings.saveSkill(id, {QStringLiteral("empathy"), 2, QString(), QStringLiteral("Changed")});
    const Coding coding = *codings.find(id);
    QCOMPARE(coding.scores.size(), 1);
    QCOMPARE(coding.scores.first().score, 2);
    QCOMPARE(coding.scores.first().rationale, QStringLiteral("Changed"));
    // Clearing a skill removes its row.
    codings.saveSkill(id, {QStringLiteral("empathy"), 0, QString(), QString()});
    QCOMPARE(codings.find(id)->scores.size(), 0);
}

void tst_CodingRepository::notCodableNeedsAReason() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, -1, -1);
    codings.saveSkill(id, {QStringLiteral("autonomy"), 0, QStringLiteral("Inaudible"), QString()});
    const SkillScore stored = codings.find(id)->scores.first();
    QVERIFY(stored.isNotCodable());
    QCOMPARE(stored.notCodableReason, QStringLiteral("Inaudible"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM skill_scores WHERE score IS NULL")), 1);
}

void tst_CodingRepository::eachEditBumpsTheVersion() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    const int before = codings.find(id)->version;
    codings.saveSkill(id, {QStringLiteral("evocation"), 3, QString(), QString()});
    codings.setWindow(id, 60000, 1260000);
    EvidenceNote note;
    note.codingId = id;
    note.atMs = 5000;
    note.kind = QStringLiteral("strength");
    codings.addNote(note);
    QCOMPARE(codings.find(id)->version, before + 3);
}

void tst_CodingRepository::windowIsStoredAndValidated() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    codings.setWindow(id, 300000, 1500000);
    QCOMPARE(codings.find(id)->windowStartMs, 300000);
    QCOMPARE(codings.find(id)->windowEndMs, 1500000);
    codings.setWindow(id, -1, -1);
    QCOMPARE(codings.find(id)->windowStartMs, -1);
    QVERIFY_THROWS_EXCEPTION(StorageError, codings.setWindow(id, 5000, 4000));
    QCOMPARE(codings.find(id)->windowStartMs, -1);
}

void tst_CodingRepository::notesKeepTheirIdWhenPutBack() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    EvidenceNote note;
    note.codingId = id;
    note.atMs = 65000;
    note.kind = QStringLiteral("to_develop");
    note.skills = {QStringLiteral("child_focus"), QStringLiteral("empathy")};
    note.text = QStringLiteral("Child not mentioned");
    note.id = codings.addNote(note);
    codings.deleteNote(id, note.id);
    QCOMPARE(codings.find(id)->notes.size(), 0);
    QCOMPARE(codings.addNote(note), note.id);
    const EvidenceNote back = codings.find(id)->notes.first();
    QCOMPARE(back.id, note.id);
    QCOMPARE(back.skills, (QStringList{QStringLiteral("child_focus"), QStringLiteral("empathy")}));
    QCOMPARE(back.text, note.text);
}

void tst_CodingRepository::finaliseNeedsEverySkill() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    for (const QString &key : m_scheme.skillKeys().mid(0, 6))
        codings.saveSkill(id, {key, 3, QString(), QString()});
    try {
        codings.finalise(id, m_scheme, m_fixture.alice);
        QFAIL("an incomplete coding was finalised");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("Child focus")),
                 qPrintable(error.message()));
    }
    QVERIFY(!codings.find(id)->isFinal());
    codings.saveSkill(id,
                      {QStringLiteral("child_focus"), 0, QStringLiteral("No child"), QString()});
    codings.finalise(id, m_scheme, m_fixture.alice);
    QVERIFY(codings.find(id)->isFinal());
    QVERIFY(codings.find(id)->finalisedAt.isValid());
}

void tst_CodingRepository::finalLocksAndUnlockIsAudited() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    CodingTestFixture::scoreAll(codings, id, 3);
    codings.finalise(id, m_scheme, m_fixture.alice);
    try {
        codings.saveSkill(id, {QStringLiteral("empathy"), 5, QString(), QString()});
        QFAIL("a final coding was changed");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
    }
    QCOMPARE(count(QStringLiteral("SELECT score FROM skill_scores WHERE skill_key = 'empathy'")),
             3);
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             codings.unlock(id, m_fixture.alice, QStringLiteral("  ")));
    codings.unlock(id, m_fixture.alice, QStringLiteral("Scored the wrong recording"));
    QVERIFY(!codings.find(id)->isFinal());
    const QList<AuditLog::Entry> entries = AuditLog(m_db).entriesFor(QStringLiteral("coding"), id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().action, QStringLiteral("unlock"));
    QCOMPARE(entries.first().detail, QStringLiteral("Scored the wrong recording"));
    QCOMPARE(entries.first().userId, m_fixture.alice);
    QCOMPARE(entries.last().action, QStringLiteral("finalise"));
}

void tst_CodingRepository::secondCodingNeedsAnotherCoder() {
    CodingRepository codings(m_db);
    const qint64 recording = m_fixture.addRecording(m_db);
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        codings.create(recording, m_fixture.bob, QStringLiteral("second"), m_scheme, -1, -1));
    codings.create(recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, -1, -1);
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        codings.create(recording, m_fixture.alice, QStringLiteral("second"), m_scheme, -1, -1));
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        codings.create(recording, m_fixture.bob, QStringLiteral("primary"), m_scheme, -1, -1));
    codings.create(recording, m_fixture.bob, QStringLiteral("second"), m_scheme, -1, -1);
    QCOMPARE(codings.codingsOf(recording).size(), 2);
}

void tst_CodingRepository::blindnessHidesTheOtherCodingUntilBothFinal() {
    CodingRepository codings(m_db);
    const qint64 recording = m_fixture.addRecording(m_db);
    const qint64 primary =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, primary, 4);
    codings.finalise(primary, m_scheme, m_fixture.alice);
    const qint64 second =
        codings.create(recording, m_fixture.bob, QStringLiteral("second"), m_scheme, -1, -1);

    // Bob is coding: Alice's final coding stays hidden from him.
    QVERIFY(!codings.loadForViewer(primary, m_fixture.bob));
    QCOMPARE(codings.visibleCodings(recording, m_fixture.bob).size(), 1);
    QCOMPARE(codings.visibleCodings(recording, m_fixture.bob).first().id, second);
    // And Bob's draft is hidden from Alice.
    QVERIFY(!codings.loadForViewer(second, m_fixture.alice));
    QString reason;
    QVERIFY(!codings.canCompare(recording, &reason));
    QVERIFY(!reason.isEmpty());

    CodingTestFixture::scoreAll(codings, second, 2);
    codings.finalise(second, m_scheme, m_fixture.bob);
    QVERIFY(codings.loadForViewer(primary, m_fixture.bob));
    QCOMPARE(codings.loadForViewer(primary, m_fixture.bob)->scores.size(), 7);
    QVERIFY(codings.loadForViewer(second, m_fixture.alice));
    QVERIFY(codings.canCompare(recording, nullptr));
}

void tst_CodingRepository::consensusTakesTheAgreedScores() {
    CodingRepository codings(m_db);
    const qint64 recording = m_fixture.addRecording(m_db);
    const qint64 primary =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, 0, 1200000);
    CodingTestFixture::scoreAll(codings, primary, 3);
    const qint64 second =
        codings.create(recording, m_fixture.bob, QStringLiteral("second"), m_scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, second, 3);
    codings.saveSkill(second, {QStringLiteral("empathy"), 5, QString(), QString()});
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             codings.createConsensus(recording, m_fixture.alice, m_scheme));
    codings.finalise(primary, m_scheme, m_fixture.alice);
    codings.finalise(second, m_scheme, m_fixture.bob);
    const qint64 consensus = codings.createConsensus(recording, m_fixture.alice, m_scheme);
    const Coding coding = *codings.find(consensus);
    QCOMPARE(coding.role, QStringLiteral("consensus"));
    QCOMPARE(coding.status, QStringLiteral("draft"));
    QCOMPARE(coding.scores.size(), 6);
    QCOMPARE(coding.windowEndMs, 1200000);
    QCOMPARE(CodingRepository::missingSkills(coding, m_scheme),
             QStringList{QStringLiteral("empathy")});
    QCOMPARE(AuditLog(m_db).entriesFor(QStringLiteral("coding"), consensus).first().action,
             QStringLiteral("create_consensus"));
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             codings.createConsensus(recording, m_fixture.alice, m_scheme));
}

QTEST_GUILESS_MAIN(tst_CodingRepository)
#include "tst_CodingRepository.moc"
