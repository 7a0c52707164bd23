// The undoable edits of a coding: the ChangeValueCommand template on its own (merging, a merge
// that ends where it began, a refused change), and the coding's commands saving through a real
// CodingSession, so that an undo is read back from the database.

#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "services/ChangeValueCommand.h"
#include "services/CodingCommands.h"
#include "services/CodingSession.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class tst_CodingCommands : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changesOfOneFieldMergeIntoOneStep();
    void otherTargetsAndUnmergedCommandsStaySeparate();
    void aMergeBackToTheStartLeavesNoStep();
    void aRefusedChangeLeavesNoStepAndIsNotMerged();
    void aTypedRationaleIsUndoneInOneStep();
    void scoresOfOneSkillAreSeparateSteps();
    void windowAndNoteEditsUndo();
    void aDeletedNoteComesBackWithItsId();

private:
    SkillScore stored(const QString &key);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    std::unique_ptr<CodingSession> m_session;
    qint64 m_coding = 0;
    int m_round = 0;
};

void tst_CodingCommands::init() {
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("commands-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
    m_coding = CodingRepository(m_db).create(m_fixture.addRecording(m_db), m_fixture.alice,
                                             QStringLiteral("primary"),
                                             CodingSchemeLoader::builtIn(), 0, 1200000);
    m_session = std::make_unique<CodingSession>(m_db);
    QString error;
    QVERIFY2(m_session->open(m_coding, m_fixture.alice, &error), qPrintable(error));
}

void tst_CodingCommands::cleanup() {
    m_session.reset();
    m_db.close();
}

SkillScore tst_CodingCommands::stored(const QString &key) {
    const Coding coding = *CodingRepository(m_db).find(m_coding);
    for (const SkillScore &score : coding.scores) {
        if (score.skillKey == key)
            return score;
    }
    return SkillScore{key, 0, QString(), QString()};
}

void tst_CodingCommands::changesOfOneFieldMergeIntoOneStep() {
    int value = 1;
    auto set = [&value](const int &v) {
        value = v;
        return true;
    };
    QUndoStack stack;
    stack.push(
        new ChangeValueCommand<int>(1, 2, set, QStringLiteral("to 2"), 7, QStringLiteral("a")));
    stack.push(
        new ChangeValueCommand<int>(2, 3, set, QStringLiteral("to 3"), 7, QStringLiteral("a")));
    stack.push(
        new ChangeValueCommand<int>(3, 4, set, QStringLiteral("to 4"), 7, QStringLiteral("a")));
    QCOMPARE(value, 4);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("to 4"));
    stack.undo();
    QCOMPARE(value, 1);
    stack.redo();
    QCOMPARE(value, 4);
}

void tst_CodingCommands::otherTargetsAndUnmergedCommandsStaySeparate() {
    int value = 1;
    auto set = [&value](const int &v) {
        value = v;
        return true;
    };
    QUndoStack stack;
    stack.push(new ChangeValueCommand<int>(1, 2, set, QString(), 7, QStringLiteral("a")));
    stack.push(new ChangeValueCommand<int>(2, 3, set, QString(), 7, QStringLiteral("b")));
    stack.push(new ChangeValueCommand<int>(3, 4, set, QString()));
    stack.push(new ChangeValueCommand<int>(4, 5, set, QString()));
    QCOMPARE(stack.count(), 4);
    stack.undo();
    QCOMPARE(value, 4);
}

void tst_CodingCommands::aMergeBackToTheStartLeavesNoStep() {
    int value = 1;
    auto set = [&value](const int &v) {
        value = v;
        return true;
    };
    QUndoStack stack;
    stack.push(new ChangeValueCommand<int>(1, 2, set, QString(), 7, QStringLiteral("a")));
    stack.push(new ChangeValueCommand<int>(2, 1, set, QString(), 7, QStringLiteral("a")));
    QCOMPARE(value, 1);
    QCOMPARE(stack.count(), 0);
}

void tst_CodingCommands::aRefusedChangeLeavesNoStepAndIsNotMerged() {
    int value = 1;
    bool refuse = false;
    auto set = [&](const int &v) {
        if (refuse)
            return false;
        value = v;
        return true;
    };
    QUndoStack stack;
    stack.push(new ChangeValueCommand<int>(1, 2, set, QString(), 7, QStringLiteral("a")));
    refuse = true;
    stack.push(new ChangeValueCommand<int>(2, 3, set, QString(), 7, QStringLiteral("a")));
    stack.push(new ChangeValueCommand<int>(2, 9, set, QString()));
    refuse = false;
    QCOMPARE(value, 2);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(value, 1);
    stack.redo();
    QCOMPARE(value, 2);
}

void tst_CodingCommands::aTypedRationaleIsUndoneInOneStep() {
    const QString empathy = QStringLiteral("empathy");
    QUndoStack stack;
    const SkillScore unscored = m_session->skill(empathy);
    SkillScore scored = unscored;
    scored.score = 4;
    stack.push(
        CodingCommands::setSkill(m_session.get(), unscored, scored, QStringLiteral("Score")));
    // The rationale as it grows while typed, each change saved at once.
    for (const QString &text : {QStringLiteral("W"), QStringLiteral("Warm"),
                                QStringLiteral("Warm about"), QStringLiteral("Warm about Sam")}) {
        const SkillScore before = m_session->skill(empathy);
        SkillScore after = before;
        after.rationale = text;
        stack.push(CodingCommands::setRationale(m_session.get(), before, after,
                                                QStringLiteral("Rationale for Empathy")));
        QCOMPARE(stored(empathy).rationale, text);
    }
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(m_session->skill(empathy).rationale, QString());
    QCOMPARE(m_session->skill(empathy).score, 4);
    QCOMPARE(stored(empathy).rationale, QString());
    QCOMPARE(stored(empathy).score, 4);
    stack.redo();
    QCOMPARE(stored(empathy).rationale, QStringLiteral("Warm about Sam"));
}

void tst_CodingCommands::scoresOfOneSkillAreSeparateSteps() {
    const QString key = QStringLiteral("evocation");
    QUndoStack stack;
    SkillScore before = m_session->skill(key);
    for (int level : {2, 5}) {
        SkillScore after = before;
        after.score = level;
        stack.push(CodingCommands::setSkill(m_session.get(), before, after, QString()));
        before = after;
    }
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(stored(key).score, 2);
    // A rationale after a score does not merge into the score.
    SkillScore withRationale = m_session->skill(key);
    withRationale.rationale = QStringLiteral("asks open questions");
    stack.push(CodingCommands::setRationale(m_session.get(), m_session->skill(key), withRationale,
                                            QString()));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(stored(key).score, 2);
    QCOMPARE(stored(key).rationale, QString());
}

void tst_CodingCommands::windowAndNoteEditsUndo() {
    QUndoStack stack;
    stack.push(CodingCommands::setWindow(m_session.get(), 60000, 180000, QString()));
    QCOMPARE(CodingRepository(m_db).find(m_coding)->windowStartMs, 60000);
    stack.push(CodingCommands::setWindow(m_session.get(), -1, -1, QString()));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(CodingRepository(m_db).find(m_coding)->windowEndMs, 180000);
    stack.undo();
    QCOMPARE(CodingRepository(m_db).find(m_coding)->windowStartMs, 0);
    QCOMPARE(CodingRepository(m_db).find(m_coding)->windowEndMs, 1200000);

    EvidenceNote note{0, 0, 5000, {}, QStringLiteral("note"), QStringLiteral("first"), 1};
    auto *add = new AddNoteCommand(m_session.get(), note);
    stack.push(add);
    const EvidenceNote before = m_session->note(add->noteId());
    EvidenceNote after = before;
    after.text = QStringLiteral("second");
    stack.push(CodingCommands::editNote(m_session.get(), before, after));
    QCOMPARE(CodingRepository(m_db).find(m_coding)->notes.first().text, QStringLiteral("second"));
    stack.undo();
    QCOMPARE(CodingRepository(m_db).find(m_coding)->notes.first().text, QStringLiteral("first"));
    stack.undo();
    QVERIFY(CodingRepository(m_db).find(m_coding)->notes.isEmpty());
}

void tst_CodingCommands::aDeletedNoteComesBackWithItsId() {
    QUndoStack stack;
    EvidenceNote note{0, 0, 5000, {}, QStringLiteral("strength"), QStringLiteral("kept"), 1};
    auto *add = new AddNoteCommand(m_session.get(), note);
    stack.push(add);
    const qint64 id = add->noteId();
    QVERIFY(id > 0);
    stack.push(new DeleteNoteCommand(m_session.get(), m_session->note(id)));
    QVERIFY(CodingRepository(m_db).find(m_coding)->notes.isEmpty());
    stack.undo();
    QCOMPARE(CodingRepository(m_db).find(m_coding)->notes.first().id, id);
    QVERIFY(m_session->hasNote(id));
}

QTEST_GUILESS_MAIN(tst_CodingCommands)
#include "tst_CodingCommands.moc"
