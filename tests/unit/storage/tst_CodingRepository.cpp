#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/RecordingRepository.h"
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
    void aStaleEditIsRefusedAndTheFirstIsKept_data();
    void aStaleEditIsRefusedAndTheFirstIsKept();
    void staleUnlockIsRefused();

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

namespace {

enum class Edit { Score, NotCodable, Comment, Window, AddNote, UpdateNote, DeleteNote, Finalise };

// One edit of the coding, based on `version`; `tag` tells the two editors' values apart.
void applyEdit(CodingRepository &codings, Edit edit, qint64 codingId, int version,
               const EvidenceNote &note, int tag, qint64 userId) {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    switch (edit) {
    case Edit::Score:
        codings.saveSkill(codingId, version,
                          {QStringLiteral("empathy"), tag, QString(), QString()});
        break;
    case Edit::NotCodable:
        codings.saveSkill(
            codingId, version,
            {QStringLiteral("empathy"), 0, QStringLiteral("Reason %1").arg(tag), QString()});
        break;
    case Edit::Comment:
        codings.setComment(codingId, version, QStringLiteral("Comment %1").arg(tag));
        break;
    case Edit::Window:
        codings.setWindow(codingId, version, 1000 * tag, 1000 * tag + 600000);
        break;
    case Edit::AddNote:
        codings.addNote(EvidenceNote{0,
                                     codingId,
                                     1000 * tag,
                                     {},
                                     QStringLiteral("note"),
                                     QStringLiteral("Added %1").arg(tag),
                                     1},
                        version, nullptr);
        break;
    case Edit::UpdateNote:
        codings.updateNote(EvidenceNote{note.id,
                                        codingId,
                                        1000 * tag,
                                        {},
                                        QStringLiteral("note"),
                                        QStringLiteral("Changed %1").arg(tag),
                                        note.version},
                           version);
        break;
    case Edit::DeleteNote:
        codings.deleteNote(codingId, version, note.id);
        break;
    case Edit::Finalise:
        codings.finalise(codingId, version, scheme, userId);
        break;
    }
}

// What the stored coding says about the fields the edits touch, to compare before and after.
QString contentOf(const Coding &coding) {
    QStringList parts{coding.status, coding.comment, QString::number(coding.windowStartMs)};
    for (const SkillScore &score : coding.scores)
        parts << score.skillKey << QString::number(score.score) << score.notCodableReason;
    for (const EvidenceNote &note : coding.notes)
        parts << QString::number(note.id) << note.text << QString::number(note.version);
    return parts.join(QLatin1Char('|'));
}

} // namespace

Q_DECLARE_METATYPE(Edit)

void tst_CodingRepository::aStaleEditIsRefusedAndTheFirstIsKept_data() {
    QTest::addColumn<Edit>("first");
    QTest::addColumn<Edit>("second");
    QTest::newRow("score, score") << Edit::Score << Edit::Score;
    QTest::newRow("score, not codable") << Edit::Score << Edit::NotCodable;
    QTest::newRow("comment, comment") << Edit::Comment << Edit::Comment;
    QTest::newRow("window, score") << Edit::Window << Edit::Score;
    QTest::newRow("note, note") << Edit::UpdateNote << Edit::UpdateNote;
    QTest::newRow("deleted note, note") << Edit::DeleteNote << Edit::UpdateNote;
    QTest::newRow("note, deleted note") << Edit::UpdateNote << Edit::DeleteNote;
    QTest::newRow("score, added note") << Edit::Score << Edit::AddNote;
    QTest::newRow("score, finalise") << Edit::Score << Edit::Finalise;
}

void tst_CodingRepository::aStaleEditIsRefusedAndTheFirstIsKept() {
    QFETCH(Edit, first);
    QFETCH(Edit, second);
    const qint64 recording = m_fixture.addRecording(m_db);
    CodingRepository codings(m_db);
    const qint64 id =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, 0, 1200000);
    CodingTestFixture::scoreAll(codings, id, 3);
    const qint64 noteId = addNoteNow(
        codings,
        EvidenceNote{0, id, 5000, {}, QStringLiteral("note"), QStringLiteral("Original"), 1});
    // Two people, each with a connection of their own, open the same coding.
    const std::unique_ptr<Database> otherConnection = m_db.openAnotherConnection();
    CodingRepository theirs(*otherConnection);
    const Coding seenCoding = *codings.find(id);
    const int seen = seenCoding.version;
    const EvidenceNote seenNote = seenCoding.notes.first();
    QCOMPARE(seenNote.id, noteId);
    QCOMPARE(theirs.find(id)->version, seen);

    applyEdit(theirs, first, id, seen, seenNote, 4, m_fixture.bob);
    const Coding kept = *codings.find(id);
    QCOMPARE(kept.version, seen + 1);
    const int audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    try {
        applyEdit(codings, second, id, seen, seenNote, 2, m_fixture.alice);
        QFAIL("an edit based on an old version was saved");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::StaleEdit);
        const QString code = RecordingRepository(m_db).find(recording)->code;
        QCOMPARE(error.message(), QStringLiteral("Someone else changed this coded session while "
                                                 "you were editing it (%1). Your change was not "
                                                 "saved.")
                                      .arg(code));
    }
    // The refused edit changed nothing: the first person's edit stands, whole.
    const Coding after = *codings.find(id);
    QCOMPARE(after.version, kept.version);
    QCOMPARE(contentOf(after), contentOf(kept));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    // Based on what is stored now, the same edit goes through (unless its note is gone).
    if (first == Edit::DeleteNote)
        return;
    applyEdit(codings, second, id, after.version, after.notes.first(), 2, m_fixture.alice);
    QCOMPARE(codings.find(id)->version, after.version + 1);
}

void tst_CodingRepository::staleUnlockIsRefused() {
    const qint64 recording = m_fixture.addRecording(m_db);
    CodingRepository codings(m_db);
    const qint64 id =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, 0, 1200000);
    CodingTestFixture::scoreAll(codings, id, 3);
    const int draft = codings.find(id)->version;
    codings.finalise(id, draft, m_scheme, m_fixture.alice);
    const int final = draft + 1;
    codings.unlock(id, final, m_fixture.alice, QStringLiteral("Wrong recording"));
    codings.finalise(id, final + 1, m_scheme, m_fixture.alice);
    // Unlocking from the version seen before the second finalise is refused.
    try {
        codings.unlock(id, final, m_fixture.bob, QStringLiteral("Stale"));
        QFAIL("a stale unlock was saved");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::StaleEdit);
    }
    QVERIFY(codings.find(id)->isFinal());
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
    codings.saveSkill(id, codingVersion(codings, id),
                      {QStringLiteral("empathy"), 4, QString(), QStringLiteral("Reflects")});
    codings.saveSkill(id, codingVersion(codings, id),
                      {QStringLiteral("empathy"), 2, QString(), QStringLiteral("Changed")});
    const Coding coding = *codings.find(id);
    QCOMPARE(coding.scores.size(), 1);
    QCOMPARE(coding.scores.first().score, 2);
    QCOMPARE(coding.scores.first().rationale, QStringLiteral("Changed"));
    // Clearing a skill removes its row.
    codings.saveSkill(id, codingVersion(codings, id),
                      {QStringLiteral("empathy"), 0, QString(), QString()});
    QCOMPARE(codings.find(id)->scores.size(), 0);
}

void tst_CodingRepository::notCodableNeedsAReason() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, -1, -1);
    codings.saveSkill(id, codingVersion(codings, id),
                      {QStringLiteral("autonomy"), 0, QStringLiteral("Inaudible"), QString()});
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
    codings.saveSkill(id, codingVersion(codings, id),
                      {QStringLiteral("evocation"), 3, QString(), QString()});
    codings.setWindow(id, codingVersion(codings, id), 60000, 1260000);
    EvidenceNote note;
    note.codingId = id;
    note.atMs = 5000;
    note.kind = QStringLiteral("strength");
    addNoteNow(codings, note);
    QCOMPARE(codings.find(id)->version, before + 3);
}

void tst_CodingRepository::windowIsStoredAndValidated() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    codings.setWindow(id, codingVersion(codings, id), 300000, 1500000);
    QCOMPARE(codings.find(id)->windowStartMs, 300000);
    QCOMPARE(codings.find(id)->windowEndMs, 1500000);
    codings.setWindow(id, codingVersion(codings, id), -1, -1);
    QCOMPARE(codings.find(id)->windowStartMs, -1);
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             codings.setWindow(id, codingVersion(codings, id), 5000, 4000));
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
    note.id = addNoteNow(codings, note);
    codings.deleteNote(id, codingVersion(codings, id), note.id);
    QCOMPARE(codings.find(id)->notes.size(), 0);
    QCOMPARE(addNoteNow(codings, note), note.id);
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
        codings.saveSkill(id, codingVersion(codings, id), {key, 3, QString(), QString()});
    try {
        codings.finalise(id, codingVersion(codings, id), m_scheme, m_fixture.alice);
        QFAIL("an incomplete coding was finalised");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("Child focus")),
                 qPrintable(error.message()));
    }
    QVERIFY(!codings.find(id)->isFinal());
    codings.saveSkill(id, codingVersion(codings, id),
                      {QStringLiteral("child_focus"), 0, QStringLiteral("No child"), QString()});
    codings.finalise(id, codingVersion(codings, id), m_scheme, m_fixture.alice);
    QVERIFY(codings.find(id)->isFinal());
    QVERIFY(codings.find(id)->finalisedAt.isValid());
}

void tst_CodingRepository::finalLocksAndUnlockIsAudited() {
    CodingRepository codings(m_db);
    const qint64 id = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                                     QStringLiteral("primary"), m_scheme, 0, 1200000);
    CodingTestFixture::scoreAll(codings, id, 3);
    codings.finalise(id, codingVersion(codings, id), m_scheme, m_fixture.alice);
    try {
        codings.saveSkill(id, codingVersion(codings, id),
                          {QStringLiteral("empathy"), 5, QString(), QString()});
        QFAIL("a final coding was changed");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
    }
    QCOMPARE(count(QStringLiteral("SELECT score FROM skill_scores WHERE skill_key = 'empathy'")),
             3);
    QVERIFY_THROWS_EXCEPTION(StorageError, codings.unlock(id, codingVersion(codings, id),
                                                          m_fixture.alice, QStringLiteral("  ")));
    codings.unlock(id, codingVersion(codings, id), m_fixture.alice,
                   QStringLiteral("Scored the wrong recording"));
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
    codings.finalise(primary, codingVersion(codings, primary), m_scheme, m_fixture.alice);
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
    codings.finalise(second, codingVersion(codings, second), m_scheme, m_fixture.bob);
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
    codings.saveSkill(second, codingVersion(codings, second),
                      {QStringLiteral("empathy"), 5, QString(), QString()});
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             codings.createConsensus(recording, m_fixture.alice, m_scheme));
    codings.finalise(primary, codingVersion(codings, primary), m_scheme, m_fixture.alice);
    codings.finalise(second, codingVersion(codings, second), m_scheme, m_fixture.bob);
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
