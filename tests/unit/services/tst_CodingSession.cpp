#include "CodingTestFixture.h"
#include "FileSizeLimit.h"
#include "TestDatabase.h"

#include "services/CodingSession.h"

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
    void editsThatCannotBeSavedAreKeptInOrder();
    void finaliseAndUnlockWaitForSpaceToo();
    void aStaleEditIsKeptUntilTheCoderKeepsTheirs();
    void takingTheirsDropsTheStaleEdits();
    void knowsWhenSomeoneElseSavedTheCoding();

private:
    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    qint64 m_coding = 0;
    int m_round = 0;
};

void tst_CodingSession::init() {
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("session-%1.sqlite").arg(++m_round)));
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

void tst_CodingSession::editsThatCannotBeSavedAreKeptInOrder() {
    // A full disk is made by a file-size limit on the SQLite file: SQLite only by nature.
    if (TestDatabase::onPostgres())
        QSKIP("a full disk is simulated on the SQLite file only");
    CodingSession session(m_db);
    QString error;
    QVERIFY2(session.open(m_coding, m_fixture.alice, &error), qPrintable(error));
    QSignalSpy state(&session, &CodingSession::saveStateChanged);
    QSignalSpy refused(&session, &CodingSession::saveFailed);
    FileSizeLimit full(m_db.connection());
    QVERIFY(full.isApplied());

    // Every kind of edit is accepted and shown, none is stored yet.
    QVERIFY(session.setSkill({QStringLiteral("empathy"), 4, QString(), QStringLiteral("warm")}));
    QVERIFY(session.hasUnsavedEdits());
    QVERIFY2(!session.unsavedCause().isEmpty(), "the cause is not named");
    QCOMPARE(state.size(), 1);
    EvidenceNote kept{
        0, 0, 9000, {QStringLiteral("empathy")}, QStringLiteral("note"), QStringLiteral("kept"), 1};
    QVERIFY(session.addNote(kept));
    QVERIFY(kept.id != 0);
    EvidenceNote dropped{0, 0, 3000, {}, QStringLiteral("note"), QStringLiteral("dropped"), 1};
    QVERIFY(session.addNote(dropped));
    kept.text = QStringLiteral("kept, edited");
    QVERIFY(session.updateNote(kept));
    QVERIFY(session.deleteNote(dropped.id));
    QVERIFY(session.setWindow(-1, -1));
    QVERIFY(session.setComment(QStringLiteral("comment")));
    QCOMPARE(session.coding().notes.size(), 1);
    QCOMPARE(session.coding().notes.first().text, QStringLiteral("kept, edited"));
    QCOMPARE(session.skill(QStringLiteral("empathy")).score, 4);
    QVERIFY(!session.retrySaving());
    QCOMPARE(refused.size(), 0);
    const Coding stored = *CodingRepository(m_db).find(m_coding);
    QVERIFY(stored.scores.isEmpty());
    QVERIFY(stored.notes.isEmpty());
    QCOMPARE(stored.windowStartMs, 0);

    full.lift();
    QVERIFY(session.retrySaving());
    QVERIFY(!session.hasUnsavedEdits());
    QVERIFY(session.unsavedCause().isEmpty());
    const Coding saved = *CodingRepository(m_db).find(m_coding);
    QCOMPARE(saved.scores.size(), 1);
    QCOMPARE(saved.scores.first().rationale, QStringLiteral("warm"));
    QCOMPARE(saved.notes.size(), 1);
    QCOMPARE(saved.notes.first().text, QStringLiteral("kept, edited"));
    // The note now shows with the id the database gave it.
    QCOMPARE(session.coding().notes.first().id, saved.notes.first().id);
    QVERIFY(saved.notes.first().id > 0);
    QCOMPARE(saved.windowStartMs, -1);
    QCOMPARE(saved.comment, QStringLiteral("comment"));
}

void tst_CodingSession::finaliseAndUnlockWaitForSpaceToo() {
    // A full disk is made by a file-size limit on the SQLite file: SQLite only by nature.
    if (TestDatabase::onPostgres())
        QSKIP("a full disk is simulated on the SQLite file only");
    CodingSession session(m_db);
    QString error;
    QVERIFY2(session.open(m_coding, m_fixture.alice, &error), qPrintable(error));
    CodingRepository codings(m_db);
    for (const QString &key : CodingSchemeLoader::builtIn().skillKeys())
        QVERIFY(session.setSkill({key, 3, QString(), QString()}));
    {
        FileSizeLimit full(m_db.connection());
        QVERIFY(session.finalise(&error));
        QVERIFY(session.isLocked());
        QVERIFY(session.hasUnsavedEdits());
        QVERIFY(!codings.find(m_coding)->isFinal());
    }
    QVERIFY(session.retrySaving());
    QVERIFY(codings.find(m_coding)->isFinal());
    QVERIFY(session.isLocked());
    {
        FileSizeLimit full(m_db.connection());
        QVERIFY(session.unlock(QStringLiteral("scored the wrong family"), &error));
        QVERIFY(!session.isLocked());
        QVERIFY(codings.find(m_coding)->isFinal());
    }
    QVERIFY(session.retrySaving());
    QVERIFY(!codings.find(m_coding)->isFinal());
    // A refusal is still a refusal: an empty reason is not kept for later.
    QVERIFY(session.finalise(&error));
    QVERIFY(!session.unlock(QStringLiteral("  "), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!session.hasUnsavedEdits());
}

namespace {

// The same coder with the coding open twice (two windows, or two machines), each with its own
// connection; `other` saves first.
struct TwoEditors {
    std::unique_ptr<Database> otherConnection;
    std::unique_ptr<CodingSession> mine;
    std::unique_ptr<CodingSession> other;
};

TwoEditors openTwice(Database &database, qint64 codingId, qint64 coderId) {
    TwoEditors editors;
    editors.otherConnection = database.openAnotherConnection();
    editors.mine = std::make_unique<CodingSession>(database);
    editors.other = std::make_unique<CodingSession>(*editors.otherConnection);
    editors.mine->open(codingId, coderId, nullptr);
    editors.other->open(codingId, coderId, nullptr);
    return editors;
}

} // namespace

void tst_CodingSession::aStaleEditIsKeptUntilTheCoderKeepsTheirs() {
    TwoEditors editors = openTwice(m_db, m_coding, m_fixture.alice);
    CodingSession &mine = *editors.mine;
    QSignalSpy conflicted(&mine, &CodingSession::editConflicted);
    QVERIFY(editors.other->setSkill({QStringLiteral("empathy"), 4, QString(), QString()}));
    QVERIFY(editors.other->setComment(QStringLiteral("Their comment")));

    // Refused by the database, but what the coder did stays on screen.
    QVERIFY(mine.setSkill({QStringLiteral("empathy"), 2, QString(), QStringLiteral("Mine")}));
    QVERIFY(mine.hasConflict());
    QVERIFY(mine.hasUnsavedEdits());
    QCOMPARE(mine.skill(QStringLiteral("empathy")).score, 2);
    QCOMPARE(CodingRepository(m_db).find(m_coding)->scores.first().score, 4);
    QTRY_COMPARE_WITH_TIMEOUT(conflicted.size(), 1, 5000);
    // Edits made before choosing wait with it, and retrying does not save them.
    QVERIFY(mine.setSkill({QStringLiteral("autonomy"), 5, QString(), QString()}));
    QVERIFY(!mine.retrySaving());
    QCOMPARE(CodingRepository(m_db).find(m_coding)->scores.size(), 1);

    const EditConflict conflict = mine.conflict();
    QVERIFY2(conflict.message.startsWith(QStringLiteral("Someone else changed this coded session")),
             qPrintable(conflict.message));
    QCOMPARE(conflict.fields.size(), 2);
    const QString empathy = mine.scheme().skill(QStringLiteral("empathy"))->name;
    QCOMPARE(conflict.fields.at(0).label, QStringLiteral("Skill: %1").arg(empathy));
    QCOMPARE(conflict.fields.at(0).theirs, QStringLiteral("Score 4"));
    QCOMPARE(conflict.fields.at(0).yours, QStringLiteral("Score 2\nRationale: Mine"));
    QCOMPARE(conflict.fields.at(1).theirs, QStringLiteral("Not scored"));
    QCOMPARE(conflict.fields.at(1).yours, QStringLiteral("Score 5"));

    QVERIFY(mine.keepMine());
    QVERIFY(!mine.hasConflict());
    QVERIFY(!mine.hasUnsavedEdits());
    const Coding stored = *CodingRepository(m_db).find(m_coding);
    QCOMPARE(stored.scores.size(), 2);
    QCOMPARE(stored.scores.at(1).skillKey, QStringLiteral("empathy"));
    QCOMPARE(stored.scores.at(1).score, 2);
    QCOMPARE(stored.scores.at(1).rationale, QStringLiteral("Mine"));
    // Their change to another field stands, and the screen shows it too.
    QCOMPARE(stored.comment, QStringLiteral("Their comment"));
    QCOMPARE(mine.coding().comment, QStringLiteral("Their comment"));
    QCOMPARE(mine.skill(QStringLiteral("autonomy")).score, 5);
    // Later edits are based on the new version and go straight through.
    QVERIFY(mine.setComment(QStringLiteral("Mine now")));
    QCOMPARE(CodingRepository(m_db).find(m_coding)->comment, QStringLiteral("Mine now"));
    QVERIFY(!mine.hasConflict());
}

void tst_CodingSession::takingTheirsDropsTheStaleEdits() {
    TwoEditors editors = openTwice(m_db, m_coding, m_fixture.alice);
    CodingSession &mine = *editors.mine;
    EvidenceNote note{0, m_coding, 5000, {}, QStringLiteral("note"), QStringLiteral("First"), 1};
    QVERIFY(mine.addNote(note));
    editors.other->reload();
    EvidenceNote theirNote = editors.other->note(note.id);
    theirNote.text = QStringLiteral("Their words");
    QVERIFY(editors.other->updateNote(theirNote));

    EvidenceNote myNote = mine.note(note.id);
    myNote.text = QStringLiteral("My words");
    QVERIFY(mine.updateNote(myNote));
    QVERIFY(mine.hasConflict());
    QCOMPARE(mine.note(note.id).text, QStringLiteral("My words"));
    const EditConflict conflict = mine.conflict();
    QCOMPARE(conflict.fields.size(), 1);
    QCOMPARE(conflict.fields.first().label, QStringLiteral("Evidence note at 0:05"));
    QVERIFY(conflict.fields.first().theirs.endsWith(QStringLiteral("Their words")));
    QVERIFY(conflict.fields.first().yours.endsWith(QStringLiteral("My words")));

    QSignalSpy resolved(&mine, &CodingSession::conflictResolved);
    mine.takeTheirs();
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().first().toBool(), false);
    QVERIFY(!mine.hasConflict());
    QVERIFY(!mine.hasUnsavedEdits());
    QCOMPARE(mine.note(note.id).text, QStringLiteral("Their words"));
    QCOMPARE(CodingRepository(m_db).find(m_coding)->notes.first().text,
             QStringLiteral("Their words"));
    // The next edit of the same note is based on their version.
    myNote = mine.note(note.id);
    myNote.text = QStringLiteral("Agreed words");
    QVERIFY(mine.updateNote(myNote));
    QVERIFY(!mine.hasConflict());
    QCOMPARE(CodingRepository(m_db).find(m_coding)->notes.first().text,
             QStringLiteral("Agreed words"));
}

void tst_CodingSession::knowsWhenSomeoneElseSavedTheCoding() {
    CodingSession session(m_db);
    QVERIFY(!session.isChangedElsewhere()); // nothing open
    QVERIFY(session.open(m_coding, m_fixture.alice, nullptr));
    QVERIFY(!session.isChangedElsewhere());
    // The coder's own saves move the stored version with the session's.
    QVERIFY(session.setSkill(SkillScore{QStringLiteral("evocation"), 3, {}, {}}));
    QVERIFY(!session.isChangedElsewhere());
    const std::unique_ptr<Database> other = m_db.openAnotherConnection();
    CodingRepository theirs(*other);
    theirs.saveSkill(m_coding, codingVersion(theirs, m_coding),
                     SkillScore{QStringLiteral("empathy"), 4, {}, {}});
    QVERIFY(session.isChangedElsewhere());
    session.reload();
    QVERIFY(!session.isChangedElsewhere());
}

QTEST_GUILESS_MAIN(tst_CodingSession)
#include "tst_CodingSession.moc"
