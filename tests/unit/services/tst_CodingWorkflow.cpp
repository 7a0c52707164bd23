// The coding use cases without widgets: starting a coding with its default window, the consent
// gate and the coder's own draft, scoring and rationale with their undo steps, the coded
// window's rules, finalising and unlocking, and active time measured on the workflow's clock.

#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class tst_CodingWorkflow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithTheDefaultWindowOrTheWholeRecording();
    void outlookGatesOnConsentAndFindsTheOwnDraft();
    void scoringIsOneUndoStepAndTheSameScoreNone();
    void aTypedRationaleIsOneUndoStep();
    void aRationaleNeedsAScoreFirst();
    void notCodableKeepsItsReason();
    void theCodedWindowKeepsItsRules();
    void finaliseNamesWhatIsMissingThenLocks();
    void unlockNeedsAReason();
    void activeTimeFollowsTheClock();
    void activeTimeStopsOnceFinalised();
    void activeTimePausesWhileThePageIsLeft();
    void nudgingANoteIsSavedAndOneUndoStep();
    void aNoteMaySpanFromAndToATime();
    void consensusIsStartedOnceBothAreFinal();

private:
    qint64 start(qint64 recording, const QString &role = QStringLiteral("primary"));

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CodingWorkflow> m_workflow;
    CodingTestFixture m_fixture;
    qint64 m_now = 0;
    int m_round = 0;
};

void tst_CodingWorkflow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CodingWorkflow::init() {
    m_db = std::make_unique<Database>();
    m_db->open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("workflow-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(*m_db);
    m_workflow = std::make_unique<CodingWorkflow>(*m_db);
    m_workflow->setCoderUsername(QStringLiteral("alice"));
    m_now = 0;
    m_workflow->setClock([this] { return m_now; });
}

void tst_CodingWorkflow::cleanup() {
    m_workflow.reset();
    m_db.reset();
}

qint64 tst_CodingWorkflow::start(qint64 recording, const QString &role) {
    QString error;
    const qint64 id = m_workflow->startCoding(recording, role, 45 * 60000, 20, &error);
    if (id == 0 || !m_workflow->openCoding(id, &error))
        qWarning("%s", qPrintable(error));
    return id;
}

void tst_CodingWorkflow::startsWithTheDefaultWindowOrTheWholeRecording() {
    QString error;
    const qint64 long_ = m_fixture.addRecording(*m_db);
    const qint64 id =
        m_workflow->startCoding(long_, QStringLiteral("primary"), 45 * 60000, 20, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(CodingRepository(*m_db).find(id)->windowStartMs, 0);
    QCOMPARE(CodingRepository(*m_db).find(id)->windowEndMs, 20 * 60000);
    QCOMPARE(CodingRepository(*m_db).find(id)->coderId, m_fixture.alice);

    const qint64 shortRecording = m_fixture.addRecording(*m_db, true, QString(), 10 * 60000);
    const qint64 whole =
        m_workflow->startCoding(shortRecording, QStringLiteral("primary"), 10 * 60000, 20, &error);
    QCOMPARE(CodingRepository(*m_db).find(whole)->windowStartMs, -1);

    // A second primary coding is refused, with the database's reason.
    QCOMPARE(m_workflow->startCoding(long_, QStringLiteral("primary"), 45 * 60000, 20, &error),
             qint64(0));
    QVERIFY(!error.isEmpty());
}

void tst_CodingWorkflow::outlookGatesOnConsentAndFindsTheOwnDraft() {
    const qint64 withoutConsent = m_fixture.addRecording(*m_db, false);
    QString error;
    const qint64 alice = m_workflow->coderId();
    CodingWorkflow::Outlook outlook = m_workflow->outlook(withoutConsent, alice, &error);
    QVERIFY(outlook.recording);
    QVERIFY2(outlook.consentProblem.contains(QStringLiteral("family's consent is not recorded")),
             qPrintable(outlook.consentProblem));
    QVERIFY(m_workflow->outlook(withoutConsent + 100, alice, &error).recording == std::nullopt);

    const qint64 recording = m_fixture.addRecording(*m_db);
    outlook = m_workflow->outlook(recording, alice, &error);
    QVERIFY(outlook.consentProblem.isEmpty());
    QCOMPARE(outlook.ownDraftId, qint64(0));
    const qint64 draft = start(recording);
    outlook = m_workflow->outlook(recording, alice, &error);
    QCOMPARE(outlook.ownDraftId, draft);
    // Bob sees Alice's coding listed, by name, but has no draft of his own.
    outlook = m_workflow->outlook(recording, m_fixture.bob, &error);
    QCOMPARE(outlook.ownDraftId, qint64(0));
    QCOMPARE(outlook.coderNames, QStringList{QStringLiteral("alice")});
    QVERIFY(!outlook.canCompare);
    QVERIFY(m_workflow->recordingTitle(recording).contains(QStringLiteral("Amira Khan")));
    QVERIFY(m_workflow->recordingTitle(recording).contains(QStringLiteral("family F-1001")));
}

void tst_CodingWorkflow::scoringIsOneUndoStepAndTheSameScoreNone() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    const QString key = QStringLiteral("empathy");
    QVERIFY(m_workflow->score(key, 3));
    QVERIFY(!m_workflow->changesScore(key, 3));
    QVERIFY(!m_workflow->score(key, 3));
    QVERIFY(m_workflow->score(key, 4));
    QCOMPARE(m_workflow->undoStack()->count(), 2);
    QCOMPARE(m_workflow->undoStack()->undoText(), QStringLiteral("Score Empathy 4"));
    m_workflow->undoStack()->undo();
    QCOMPARE(CodingRepository(*m_db).find(id)->scores.first().score, 3);
}

void tst_CodingWorkflow::aTypedRationaleIsOneUndoStep() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    const QString key = QStringLiteral("child_focus");
    QVERIFY(m_workflow->score(key, 4));
    QString typed;
    for (const QChar c : QStringLiteral("Sam's view asked for")) {
        typed += c;
        m_workflow->editRationale(key, typed);
    }
    QCOMPARE(CodingRepository(*m_db).find(id)->scores.first().rationale, typed);
    QCOMPARE(m_workflow->undoStack()->count(), 2);
    m_workflow->undoStack()->undo();
    QCOMPARE(CodingRepository(*m_db).find(id)->scores.first().rationale, QString());
    QCOMPARE(CodingRepository(*m_db).find(id)->scores.first().score, 4);
    // Another skill's rationale is a step of its own.
    QVERIFY(m_workflow->score(QStringLiteral("empathy"), 2));
    QVERIFY(m_workflow->editRationale(QStringLiteral("empathy"), QStringLiteral("warm")));
    QVERIFY(m_workflow->editRationale(key, QStringLiteral("again")));
    QCOMPARE(m_workflow->undoStack()->count(), 4);
}

void tst_CodingWorkflow::aRationaleNeedsAScoreFirst() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    QVERIFY(!m_workflow->editRationale(QStringLiteral("empathy"), QStringLiteral("warm")));
    QCOMPARE(m_workflow->undoStack()->count(), 0);
    QVERIFY(CodingRepository(*m_db).find(id)->scores.isEmpty());
}

void tst_CodingWorkflow::notCodableKeepsItsReason() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    QVERIFY(m_workflow->score(QStringLiteral("evocation"), 3));
    QVERIFY(m_workflow->markNotCodable(QStringLiteral("evocation"), QStringLiteral("Inaudible")));
    const SkillScore score = CodingRepository(*m_db).find(id)->scores.first();
    QCOMPARE(score.score, 0);
    QCOMPARE(score.notCodableReason, QStringLiteral("Inaudible"));
    QCOMPARE(m_workflow->undoStack()->undoText(), QStringLiteral("Evocation not codable"));
    m_workflow->undoStack()->undo();
    QCOMPARE(CodingRepository(*m_db).find(id)->scores.first().score, 3);
}

void tst_CodingWorkflow::theCodedWindowKeepsItsRules() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    QString error;
    // The end must come after the start.
    QVERIFY(!m_workflow->endWindowAt(0, &error));
    QVERIFY(error.contains(QStringLiteral("must end after it starts")));
    QVERIFY(m_workflow->codeWholeRecording());
    QVERIFY(!m_workflow->codeWholeRecording()); // already whole: nothing to undo
    // A start after the end moves the end to the default length, cut at the recording's end.
    QVERIFY(m_workflow->startWindowAt(40 * 60000, 20, 45 * 60000, &error));
    QCOMPARE(CodingRepository(*m_db).find(id)->windowStartMs, 40 * 60000);
    QCOMPARE(CodingRepository(*m_db).find(id)->windowEndMs, 45 * 60000);
    error.clear();
    QVERIFY(!m_workflow->startWindowAt(45 * 60000, 20, 45 * 60000, &error));
    QVERIFY(error.contains(QStringLiteral("very end")));
    QVERIFY(m_workflow->endWindowAt(42 * 60000, &error));
    QCOMPARE(CodingRepository(*m_db).find(id)->windowEndMs, 42 * 60000);
    QCOMPARE(m_workflow->undoStack()->count(), 3);
}

void tst_CodingWorkflow::finaliseNamesWhatIsMissingThenLocks() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    QVERIFY(m_workflow->score(QStringLiteral("evocation"), 3));
    QString error;
    QString first;
    QVERIFY(!m_workflow->finalise(&error, &first));
    QCOMPARE(first, QStringLiteral("empathy"));
    QVERIFY2(error.startsWith(QStringLiteral("Not finalised yet: score or mark not codable "
                                             "Empathy, Collaboration")),
             qPrintable(error));
    for (const QString &key : CodingSchemeLoader::builtIn().skillKeys())
        m_workflow->score(key, 4);
    QVERIFY(m_workflow->finalise(&error, &first));
    QVERIFY(CodingRepository(*m_db).find(id)->isFinal());
    QCOMPARE(m_workflow->undoStack()->count(), 0);
    QVERIFY(!m_workflow->isEditable());
    QVERIFY(!m_workflow->score(QStringLiteral("evocation"), 1));
    QVERIFY(!m_workflow->codeWholeRecording());
}

void tst_CodingWorkflow::unlockNeedsAReason() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    for (const QString &key : CodingSchemeLoader::builtIn().skillKeys())
        m_workflow->score(key, 4);
    QString error;
    QString first;
    QVERIFY(m_workflow->finalise(&error, &first));
    QVERIFY(!m_workflow->unlock(QStringLiteral(" "), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_workflow->unlock(QStringLiteral("Wrong family scored"), &error));
    QVERIFY(!CodingRepository(*m_db).find(id)->isFinal());
    QVERIFY(m_workflow->score(QStringLiteral("evocation"), 1));
}

void tst_CodingWorkflow::activeTimeFollowsTheClock() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    m_workflow->score(QStringLiteral("evocation"), 3);
    m_now += 40000;
    m_workflow->score(QStringLiteral("empathy"), 3);
    m_now += 20000;
    m_workflow->recordActivity();
    // Away from the desk: not counted.
    m_now += 10 * 60000;
    m_workflow->score(QStringLiteral("collaboration"), 3);
    m_workflow->session()->flushActiveTime();
    QCOMPARE(CodingRepository(*m_db).find(id)->activeMs, 60000);
}

void tst_CodingWorkflow::activeTimeStopsOnceFinalised() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    for (const QString &key : CodingSchemeLoader::builtIn().skillKeys()) {
        m_now += 10000;
        m_workflow->score(key, 4);
    }
    QString error;
    QString first;
    QVERIFY(m_workflow->finalise(&error, &first));
    QCOMPARE(CodingRepository(*m_db).find(id)->activeMs, 60000);
    // Reading the final coding over, and playing its audio, is not coding it.
    for (int i = 0; i < 5; ++i) {
        m_now += 30000;
        m_workflow->recordActivity();
    }
    m_workflow->session()->flushActiveTime();
    QCOMPARE(CodingRepository(*m_db).find(id)->activeMs, 60000);
    // Unlocked, it counts again, but not the time since it was finalised.
    QVERIFY(m_workflow->unlock(QStringLiteral("Scored the wrong skill"), &error));
    m_now += 30000;
    m_workflow->score(QStringLiteral("evocation"), 2);
    m_now += 5000;
    m_workflow->score(QStringLiteral("evocation"), 3);
    m_workflow->session()->flushActiveTime();
    QCOMPARE(CodingRepository(*m_db).find(id)->activeMs, 65000);
}

void tst_CodingWorkflow::activeTimePausesWhileThePageIsLeft() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    m_workflow->score(QStringLiteral("evocation"), 3);
    m_now += 20000;
    m_workflow->score(QStringLiteral("empathy"), 3);
    // The coder looks at the Reports page for a minute (under the idle limit) and comes back.
    m_workflow->session()->pauseActiveTime();
    m_now += 60000;
    m_workflow->score(QStringLiteral("collaboration"), 3);
    m_workflow->session()->flushActiveTime();
    QCOMPARE(CodingRepository(*m_db).find(id)->activeMs, 20000);
}

void tst_CodingWorkflow::nudgingANoteIsSavedAndOneUndoStep() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    EvidenceNote note;
    note.atMs = 10000;
    note.kind = QStringLiteral("strength");
    note.text = QStringLiteral("Reflects the child's worry");
    const qint64 noteId = m_workflow->addNote(note);
    QVERIFY(noteId > 0);
    const int steps = m_workflow->undoStack()->count();
    QVERIFY(m_workflow->nudgeNote(noteId, 1000));
    QVERIFY(m_workflow->nudgeNote(noteId, 1000));
    QVERIFY(m_workflow->nudgeNote(noteId, 5000));
    QCOMPARE(CodingRepository(*m_db).find(id)->notes.first().atMs, 17000);
    QCOMPARE(m_workflow->undoStack()->count(), steps + 1);
    m_workflow->undoStack()->undo();
    QCOMPARE(CodingRepository(*m_db).find(id)->notes.first().atMs, 10000);
    // Never before the start of the recording.
    QVERIFY(m_workflow->nudgeNote(noteId, -60000));
    QCOMPARE(CodingRepository(*m_db).find(id)->notes.first().atMs, 0);
    QVERIFY(!m_workflow->nudgeNote(noteId, -1000));
}

void tst_CodingWorkflow::aNoteMaySpanFromAndToATime() {
    const qint64 id = start(m_fixture.addRecording(*m_db));
    EvidenceNote note;
    note.atMs = 30000;
    note.endMs = 42000;
    note.kind = QStringLiteral("to_develop");
    note.text = QStringLiteral("Talks over the young person");
    const qint64 noteId = m_workflow->addNote(note);
    QCOMPARE(CodingRepository(*m_db).find(id)->notes.first().endMs, 42000);
    // The span moves with its start.
    QVERIFY(m_workflow->nudgeNote(noteId, -5000));
    EvidenceNote stored = CodingRepository(*m_db).find(id)->notes.first();
    QCOMPARE(stored.atMs, 25000);
    QCOMPARE(stored.endMs, 37000);
    // Back to a moment.
    stored.endMs = -1;
    QVERIFY(m_workflow->editNote(stored));
    QCOMPARE(CodingRepository(*m_db).find(id)->notes.first().endMs, -1);
}

void tst_CodingWorkflow::consensusIsStartedOnceBothAreFinal() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    CodingRepository codings(*m_db);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 bobs =
        codings.create(recording, m_fixture.bob, QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, bobs, 4);
    codings.finalise(bobs, codingVersion(codings, bobs), scheme, m_fixture.bob);
    start(recording, QStringLiteral("second"));
    QVERIFY(!m_workflow->openCodingCanBeCompared());
    for (const QString &key : scheme.skillKeys())
        m_workflow->score(key, 3);
    QString error;
    QString first;
    QVERIFY(m_workflow->finalise(&error, &first));
    QVERIFY(m_workflow->openCodingCanBeCompared());
    QCOMPARE(m_workflow->consensusCodingOf(recording), qint64(0));
    const qint64 consensus = start(recording, QStringLiteral("consensus"));
    QVERIFY(consensus > 0);
    QCOMPARE(m_workflow->consensusCodingOf(recording), consensus);
    QCOMPARE(m_workflow->session()->coding().role, QStringLiteral("consensus"));
}

QTEST_GUILESS_MAIN(tst_CodingWorkflow)
#include "tst_CodingWorkflow.moc"
