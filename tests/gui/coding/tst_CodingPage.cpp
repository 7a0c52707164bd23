// The coding page driven by the keyboard alone, offscreen: a whole session is coded (seven
// scores, two notes, a rationale, a window, an undo, finalising) and the rows are then read
// back from the database. Further cases cover not codable, the consent gate, unlocking and
// the comparison of a double coding.

#include "CodingTestFixture.h"
#include "FileSizeLimit.h"
#include "audio/AudioProbe.h"
#include "common/ConflictDialog.h"
#include "common/FileDialog.h"

#include "ShownText.h"
#include "coding/CodingPage.h"
#include "coding/ComparisonView.h"
#include "coding/NotCodableDialog.h"
#include "coding/NotesPanel.h"
#include "coding/ScoringPanel.h"
#include "coding/UnlockDialog.h"
#include "common/ElidedLabel.h"
#include "itemmodels/ComparisonModel.h"
#include "player/PlayerWidget.h"
#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class tst_CodingPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void codesAWholeSessionByKeyboard();
    void notCodableAsksForAReasonAndUndoes();
    void consentGateSaysWhy();
    void unlockAsksForAReasonAndIsAudited();
    void comparisonAfterBothCodingsAreFinal();
    void aSecondCoderSeesNothingOfThePrimaryWhileCoding();
    void notesExportThatFailsKeepsThePreviousFile();
    void editsThatCannotBeSavedAreKeptAndRetried();
    void longNamesDoNotWidenThePage();
    void cutShortAudioIsFlagged();
    void aStaleSaveShowsBothAndTheCoderChooses();

private:
    void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    void showPage();
    QVariant scalar(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CodingPage> m_page;
    CodingTestFixture m_fixture;
    int m_round = 0;
};

void tst_CodingPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CodingPage::init() {
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("page-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(*m_db);
    m_page = std::make_unique<CodingPage>(*m_db);
    m_page->setCoderUsername(QStringLiteral("alice"));
}

void tst_CodingPage::cleanup() {
    m_page.reset();
    m_db.reset();
}

void tst_CodingPage::showPage() {
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void tst_CodingPage::key(int keyCode, Qt::KeyboardModifiers modifiers) {
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClick(target, Qt::Key(keyCode), modifiers);
}

void tst_CodingPage::type(const QString &text) {
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

QVariant tst_CodingPage::scalar(const QString &sql) {
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void tst_CodingPage::codesAWholeSessionByKeyboard() {
    // A three-minute tone stands in for the session's audio.
    const QString audio = m_dir.filePath(QStringLiteral("session.wav"));
    QProcess sox;
    sox.start(QStringLiteral("sox"),
              {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"),
               QStringLiteral("-c"), QStringLiteral("1"), audio, QStringLiteral("synth"),
               QStringLiteral("180"), QStringLiteral("sine"), QStringLiteral("300"),
               QStringLiteral("vol"), QStringLiteral("0.2")});
    QVERIFY2(sox.waitForFinished(30000) && sox.exitCode() == 0,
             "sox could not make the test audio");
    const qint64 recording = m_fixture.addRecordingWithAudio(*m_db, audio, 180000);
    showPage();
    m_page->openRecording(recording);
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startCoding"));
    QVERIFY(start);
    QTRY_VERIFY(start->hasFocus());
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    QTRY_VERIFY(m_page->scoringPanel()->hasFocus());
    QCOMPARE(m_page->scoringPanel()->currentSkill(), QStringLiteral("evocation"));
    // Active time on a clock of the test's own: it moves only when the test says so.
    qint64 now = 0;
    m_page->workflow()->setClock([&now] { return now; });

    // Six skills, one key each; the panel moves on after each score.
    for (int level : {3, 4, 3, 3, 4, 2})
        key(Qt::Key_0 + level);
    QCOMPARE(m_page->scoringPanel()->currentSkill(), QStringLiteral("child_focus"));

    // Skip ten seconds into the audio with the player's keys.
    QTRY_VERIFY(m_page->player()->hasFile());
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    QTRY_VERIFY(m_page->player()->positionMs() >= 9000);
    const qint64 notedAt =
        qMax<qint64>(0, m_page->player()->positionMs() - m_page->player()->autoRewindMs());

    // A strength note, ticking empathy as well (Alt+2), saved with Enter.
    key(Qt::Key_S);
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("noteText"));
    type(QStringLiteral("Asks what Sam would say about home"));
    key(Qt::Key_2, Qt::AltModifier);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->scoringPanel()->hasFocus());
    // A "to develop" note.
    key(Qt::Key_D);
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("noteText"));
    type(QStringLiteral("Concerns about school left vague"));
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->scoringPanel()->hasFocus());
    QCOMPARE(m_page->notesPanel()->table()->model()->rowCount(), 2);

    // The seventh score, 45 seconds of coding later, then a mistaken score undone and redone.
    now += 45000;
    key(Qt::Key_5);
    // The last skill stays current: scoring does not wrap round to the first.
    QCOMPARE(m_page->scoringPanel()->currentSkill(), QStringLiteral("child_focus"));
    key(Qt::Key_1);
    QCOMPARE(m_page->session()->skill(QStringLiteral("child_focus")).score, 1);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_page->session()->skill(QStringLiteral("child_focus")).score, 5);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_page->session()->skill(QStringLiteral("child_focus")).score, 1);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(
        scalar(QStringLiteral("SELECT score FROM skill_scores WHERE skill_key = 'child_focus'"))
            .toInt(),
        5);

    // A rationale for the current skill.
    key(Qt::Key_R);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->objectName() ==
                                                   QLatin1String("rationale_child_focus"));
    type(QStringLiteral("Sam's view asked for twice"));
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->scoringPanel()->hasFocus());

    // The coded window: the whole recording, then from the playhead to a minute later.
    key(Qt::Key_W);
    QCOMPARE(m_page->session()->coding().windowStartMs, -1);
    const qint64 windowStart = m_page->player()->positionMs();
    key(Qt::Key_BracketLeft);
    QCOMPARE(m_page->session()->coding().windowStartMs, windowStart);
    for (int i = 0; i < 4; ++i)
        key(Qt::Key_Right, Qt::ShiftModifier);
    QTRY_VERIFY(m_page->player()->positionMs() >= windowStart + 50000);
    const qint64 windowEnd = m_page->player()->positionMs();
    key(Qt::Key_BracketRight);
    QCOMPARE(m_page->session()->coding().windowEndMs, windowEnd);

    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_page->session()->isLocked());

    // The rows in the database.
    const qint64 coding = m_page->session()->coding().id;
    QCOMPARE(
        scalar(QStringLiteral("SELECT status FROM codings WHERE id = %1").arg(coding)).toString(),
        QStringLiteral("final"));
    QVERIFY(!scalar(QStringLiteral("SELECT finalised_at FROM codings WHERE id = %1").arg(coding))
                 .isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT window_start_ms FROM codings")).toLongLong(),
             windowStart);
    QCOMPARE(scalar(QStringLiteral("SELECT window_end_ms FROM codings")).toLongLong(), windowEnd);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM skill_scores WHERE score BETWEEN 1 AND 5"))
                 .toInt(),
             7);
    QCOMPARE(
        scalar(QStringLiteral("SELECT group_concat(score, '') FROM (SELECT s.score FROM "
                              "skill_scores s ORDER BY CASE s.skill_key WHEN 'evocation' THEN 1 "
                              "WHEN 'empathy' THEN 2 WHEN 'collaboration' THEN 3 WHEN 'autonomy' "
                              "THEN 4 WHEN 'purposefulness' THEN 5 WHEN "
                              "'clarity_about_concerns' THEN 6 ELSE 7 END)"))
            .toString(),
        QStringLiteral("3433425"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT rationale FROM skill_scores WHERE skill_key = 'child_focus'"))
            .toString(),
        QStringLiteral("Sam's view asked for twice"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM evidence_notes WHERE kind = 'strength'"))
                 .toString(),
             QStringLiteral("Asks what Sam would say about home"));
    QCOMPARE(scalar(QStringLiteral("SELECT at_ms FROM evidence_notes WHERE kind = 'strength'"))
                 .toLongLong(),
             notedAt);
    QCOMPARE(
        scalar(QStringLiteral("SELECT group_concat(skill_key, ',') FROM (SELECT s.skill_key FROM "
                              "evidence_note_skills s JOIN evidence_notes n ON n.id = s.note_id "
                              "WHERE n.kind = 'strength' ORDER BY s.skill_key)"))
            .toString(),
        QStringLiteral("child_focus,empathy"));
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM evidence_notes WHERE kind = 'to_develop'"))
                 .toString(),
             QStringLiteral("Concerns about school left vague"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'finalise'")).toInt(),
        1);
    // The 45 seconds between two keys are the coding's active time, saved when it was finalised.
    QCOMPARE(scalar(QStringLiteral("SELECT active_ms FROM codings")).toLongLong(), 45000);

    // Locked: a score key changes nothing.
    key(Qt::Key_1);
    QCOMPARE(scalar(QStringLiteral("SELECT score FROM skill_scores WHERE skill_key = 'evocation'"))
                 .toInt(),
             3);
}

void tst_CodingPage::notCodableAsksForAReasonAndUndoes() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    showPage();
    m_page->openRecording(recording);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    NotCodableDialog::setNextAnswer(std::nullopt); // cancelled: nothing changes
    key(Qt::Key_X);
    QVERIFY(!m_page->session()->skill(QStringLiteral("evocation")).isComplete());
    NotCodableDialog::setNextAnswer(QStringLiteral("Inaudible for the first ten minutes"));
    key(Qt::Key_0);
    QVERIFY(m_page->session()->skill(QStringLiteral("evocation")).isNotCodable());
    QCOMPARE(scalar(QStringLiteral("SELECT not_codable_reason FROM skill_scores")).toString(),
             QStringLiteral("Inaudible for the first ten minutes"));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM skill_scores")).toInt(), 0);

    // Finalising an incomplete coding says what is missing and locks nothing.
    key(Qt::Key_Return, Qt::ControlModifier);
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("codingMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Evocation")), qPrintable(message->text()));
    QVERIFY(!m_page->session()->isLocked());
}

void tst_CodingPage::consentGateSaysWhy() {
    const qint64 recording = m_fixture.addRecording(*m_db, false);
    showPage();
    m_page->openRecording(recording);
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("startMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("family's consent is not recorded")));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("startCoding"))->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM codings")).toInt(), 0);
}

void tst_CodingPage::unlockAsksForAReasonAndIsAudited() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    CodingRepository codings(*m_db);
    const qint64 id = codings.create(recording, m_fixture.alice, QStringLiteral("primary"),
                                     CodingSchemeLoader::builtIn(), 0, 1200000);
    CodingTestFixture::scoreAll(codings, id, 3);
    codings.finalise(id, codingVersion(codings, id), CodingSchemeLoader::builtIn(),
                     m_fixture.alice);
    showPage();
    m_page->openCoding(id);
    QVERIFY(m_page->session()->isLocked());
    auto *unlock = m_page->findChild<QPushButton *>(QStringLiteral("unlockButton"));
    QVERIFY(unlock->isVisible());
    UnlockDialog::setNextAnswer(std::nullopt);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(m_page->session()->isLocked());
    UnlockDialog::setNextAnswer(QStringLiteral("Feedback showed the wrong family was scored"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_VERIFY(!m_page->session()->isLocked());
    QCOMPARE(AuditLog(*m_db).entriesFor(QStringLiteral("coding"), id).first().detail,
             QStringLiteral("Feedback showed the wrong family was scored"));
    key(Qt::Key_5);
    QCOMPARE(m_page->session()->skill(QStringLiteral("evocation")).score, 5);
}

void tst_CodingPage::comparisonAfterBothCodingsAreFinal() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    CodingRepository codings(*m_db);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 primary =
        codings.create(recording, m_fixture.bob, QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, primary, 4);
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.bob);
    showPage();

    // Alice starts the second coding and sees none of Bob's scores.
    m_page->openRecording(recording);
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startCoding"));
    QTRY_VERIFY(start->isVisible());
    QVERIFY(start->text().contains(QStringLiteral("second")));
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    QCOMPARE(m_page->session()->coding().role, QStringLiteral("second"));
    QCOMPARE(m_page->session()->coding().scores.size(), 0);
    QVERIFY(!m_page->comparisonView()->model()->load(*m_db, recording, m_fixture.alice, nullptr));
    for (int level : {4, 4, 2, 4, 4, 3, 4})
        key(Qt::Key_0 + level);
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_page->session()->isLocked());

    auto *compare = m_page->findChild<QPushButton *>(QStringLiteral("compareButton"));
    QTRY_VERIFY(compare->isVisible());
    QTest::mouseClick(compare, Qt::LeftButton);
    ComparisonModel *model = m_page->comparisonView()->model();
    QTRY_COMPARE(model->rowCount(), 7);
    QCOMPARE(model->flaggedCount(), 1);
    QCOMPARE(model->exactAgreements(), 5);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("createConsensus")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_page->session()->coding().role, QStringLiteral("consensus"));
    QCOMPARE(m_page->session()->missingSkills().size(), 2);
}

void tst_CodingPage::aSecondCoderSeesNothingOfThePrimaryWhileCoding() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    CodingRepository codings(*m_db);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 primary =
        codings.create(recording, m_fixture.bob, QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, primary, 4);
    const QString note = QStringLiteral("Dad's new shift pattern came up three times");
    EvidenceNote evidence;
    evidence.codingId = primary;
    evidence.atMs = 42000;
    evidence.kind = QStringLiteral("strength");
    evidence.text = note;
    addNoteNow(codings, evidence);
    const QString comment = QStringLiteral("Kept the child's voice central throughout");
    codings.setComment(primary, codingVersion(codings, primary), comment);
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.bob);
    const qint64 second =
        codings.create(recording, m_fixture.alice, QStringLiteral("second"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, second, 3);
    showPage();

    // Alice's own draft opens; nothing of Bob's coding is on the page, nor can it be opened.
    m_page->openRecording(recording);
    QTRY_VERIFY(m_page->session()->isOpen());
    QCOMPARE(m_page->session()->coding().id, second);
    m_page->openCoding(primary);
    QVERIFY(!m_page->session()->isOpen() || m_page->session()->coding().id != primary);
    QString shown = ShownText::of(m_page.get());
    QVERIFY2(!shown.contains(note), qPrintable(shown));
    QVERIFY2(!shown.contains(comment), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("so that the second coding stays blind")),
             qPrintable(shown));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("compareButton"))->isVisible());

    // Both final: Bob's coding, its notes and the comparison are Alice's to read.
    codings.finalise(second, codingVersion(codings, second), scheme, m_fixture.alice);
    m_page->openCoding(primary);
    QTRY_VERIFY(m_page->session()->isOpen());
    QCOMPARE(m_page->session()->coding().id, primary);
    QTRY_VERIFY(ShownText::of(m_page.get()).contains(note));
}

void tst_CodingPage::editsThatCannotBeSavedAreKeptAndRetried() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    showPage();
    m_page->openRecording(recording);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    auto *saved = m_page->findChild<QLabel *>(QStringLiteral("savedIndicator"));
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("unsavedBanner"));
    QVERIFY(saved && banner);
    key(Qt::Key_3);
    QVERIFY2(saved->text().contains(QStringLiteral("Saved")), qPrintable(saved->text()));
    QVERIFY(!banner->isVisible());
    const QString second = m_page->scoringPanel()->currentSkill();
    const qint64 coding = m_page->session()->coding().id;

    FileSizeLimit full(m_db->connection());
    QVERIFY(full.isApplied());
    key(Qt::Key_4);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Not saved: ")), qPrintable(banner->text()));
    QVERIFY2(!saved->text().contains(QStringLiteral("✓")), qPrintable(saved->text()));
    QVERIFY(saved->text().contains(QStringLiteral("Not saved")));
    // Kept on screen and in the undo stack, but not in the database.
    QCOMPARE(m_page->session()->skill(second).score, 4);
    QCOMPARE(m_page->undoStack()->count(), 2);
    QCOMPARE(m_page->undoStack()->undoText(),
             QStringLiteral("Score %1 4").arg(m_page->session()->scheme().skill(second)->name));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM skill_scores")).toInt(), 1);

    // More edits of other kinds while the disk is still full: all kept, none shown as saved.
    key(Qt::Key_W);
    QCOMPARE(m_page->session()->coding().windowStartMs, -1);
    QVERIFY(!m_page->session()->retrySaving());
    QVERIFY(banner->isVisible());
    QVERIFY(!saved->text().contains(QStringLiteral("✓")));
    QVERIFY(m_page->findChild<QTimer *>(QStringLiteral("saveRetryTimer"))->isActive());
    // Leaving the coding would drop the kept edits: the page stays.
    m_page->openRecording(recording);
    QCOMPARE(m_page->session()->coding().id, coding);
    QCOMPARE(scalar(QStringLiteral("SELECT window_start_ms FROM codings")).toLongLong(), 0);

    // Space is freed: the timer saves everything, in order, and the banner goes.
    full.lift();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000);
    QVERIFY2(saved->text().contains(QStringLiteral("✓ Saved")), qPrintable(saved->text()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT score FROM skill_scores WHERE skill_key = '%1'").arg(second))
            .toInt(),
        4);
    QVERIFY(scalar(QStringLiteral("SELECT window_start_ms FROM codings")).isNull());
    QCOMPARE(m_page->undoStack()->count(), 3);
}

void tst_CodingPage::longNamesDoNotWidenThePage() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    showPage();
    m_page->openRecording(recording);
    auto *startPanel = m_page->findChild<QWidget *>(QStringLiteral("recordingStartPanel"));
    QVERIFY(startPanel);
    const int startPanelBefore = startPanel->minimumSizeHint().width();
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    const int before = m_page->minimumSizeHint().width();

    const QString longName = QString(200, QLatin1Char('W'));
    QSqlQuery rename(m_db->connection());
    QVERIFY(
        rename.exec(QStringLiteral("UPDATE practitioners SET display_name = '%1'").arg(longName)));
    QVERIFY(rename.exec(QStringLiteral("UPDATE families SET case_code = 'F-%1'")
                            .arg(QString(120, QLatin1Char('9')))));
    m_page->openCoding(m_page->session()->coding().id);
    auto *title = m_page->findChild<ElidedLabel *>(QStringLiteral("codingTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(longName));
    QCOMPARE(m_page->minimumSizeHint().width(), before);
    QVERIFY(m_page->width() <= 1400);
    // Cut on screen, whole in the tooltip.
    QVERIFY(title->shownText().size() < title->text().size());
    QCOMPARE(title->toolTip(), title->text());

    // The start panel, shown before a coding is open, does not grow either.
    CodingRepository codings(*m_db);
    CodingTestFixture::scoreAll(codings, m_page->session()->coding().id, 3);
    codings.finalise(m_page->session()->coding().id,
                     codingVersion(codings, m_page->session()->coding().id),
                     CodingSchemeLoader::builtIn(), m_fixture.alice);
    m_page->openRecording(recording);
    auto *startTitle = m_page->findChild<ElidedLabel *>(QStringLiteral("startTitle"));
    QVERIFY(startTitle);
    QTRY_VERIFY(startTitle->isVisible());
    QVERIFY(startTitle->text().contains(longName));
    QVERIFY(startPanel->minimumSizeHint().width() <= startPanelBefore);
    QVERIFY(m_page->width() <= 1400);
}

void tst_CodingPage::cutShortAudioIsFlagged() {
    // Ten seconds of tone, of which the copy keeps half: the header still says ten.
    const QString audio = m_dir.filePath(QStringLiteral("cut-%1.wav").arg(m_round));
    QProcess sox;
    sox.start(QStringLiteral("sox"),
              {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"),
               QStringLiteral("-c"), QStringLiteral("1"), audio, QStringLiteral("synth"),
               QStringLiteral("10"), QStringLiteral("sine"), QStringLiteral("300")});
    QVERIFY2(sox.waitForFinished(30000) && sox.exitCode() == 0,
             "sox could not make the test audio");
    QFile file(audio);
    QVERIFY(file.resize(file.size() / 2));
    const qint64 recording = m_fixture.addRecordingWithAudio(*m_db, audio, 10000);
    showPage();
    m_page->openRecording(recording);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    QTRY_VERIFY2(m_page->player()->statusText().contains(QStringLiteral("appears to be cut short")),
                 qPrintable(m_page->player()->statusText()));
}

void tst_CodingPage::aStaleSaveShowsBothAndTheCoderChooses() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    showPage();
    m_page->openRecording(recording);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    const qint64 coding = m_page->session()->coding().id;
    const QString first = m_page->scoringPanel()->currentSkill();
    key(Qt::Key_3);
    const QString second = m_page->scoringPanel()->currentSkill();
    QVERIFY(second != first);
    const QString secondName = m_page->session()->scheme().skill(second)->name;

    // Someone else, on a connection of their own, scores the skill the coder is about to score.
    const std::unique_ptr<Database> other = m_db->openAnotherConnection();
    CodingRepository theirs(*other);
    theirs.saveSkill(coding, codingVersion(theirs, coding),
                     {second, 5, QString(), QStringLiteral("Their reason")});

    const int asked = ConflictDialog::askedCount();
    ConflictDialog::setNextChoice(ConflictDialog::Choice::KeepMine);
    key(Qt::Key_4);
    QTRY_COMPARE(ConflictDialog::askedCount(), asked + 1);
    EditConflict conflict = ConflictDialog::lastConflict();
    QCOMPARE(conflict.message,
             QStringLiteral("Someone else changed this coded session while you were editing it "
                            "(%1). Your change was not saved.")
                 .arg(RecordingRepository(*m_db).find(recording)->code));
    QCOMPARE(conflict.fields.size(), 1);
    QCOMPARE(conflict.fields.first().label, QStringLiteral("Skill: %1").arg(secondName));
    QCOMPARE(conflict.fields.first().theirs, QStringLiteral("Score 5\nRationale: Their reason"));
    QCOMPARE(conflict.fields.first().yours, QStringLiteral("Score 4"));
    // Keep mine: the coder's score is stored on top of theirs, and shown.
    const auto storedScore = [&](const QString &skill) {
        return scalar(
            QStringLiteral("SELECT score FROM skill_scores WHERE skill_key = '%1'").arg(skill));
    };
    QCOMPARE(storedScore(second).toInt(), 4);
    QCOMPARE(storedScore(first).toInt(), 3);
    QCOMPARE(m_page->session()->skill(second).score, 4);
    QVERIFY(!m_page->session()->hasUnsavedEdits());

    // Again, and this time the coder takes theirs: their score stands, the coder's is gone from
    // the database, the screen and the undo history.
    const QString third = m_page->scoringPanel()->currentSkill();
    theirs.saveSkill(coding, codingVersion(theirs, coding), {first, 1, QString(), QString()});
    ConflictDialog::setNextChoice(ConflictDialog::Choice::TakeTheirs);
    key(Qt::Key_2);
    QTRY_COMPARE(ConflictDialog::askedCount(), asked + 2);
    conflict = ConflictDialog::lastConflict();
    QCOMPARE(conflict.fields.size(), 1);
    QCOMPARE(conflict.fields.first().theirs, QStringLiteral("Not scored"));
    QCOMPARE(conflict.fields.first().yours, QStringLiteral("Score 2"));
    QTRY_VERIFY(!m_page->session()->hasConflict());
    QVERIFY(storedScore(third).isNull());
    QCOMPARE(storedScore(first).toInt(), 1);
    QCOMPARE(m_page->session()->skill(third).score, 0);
    QCOMPARE(m_page->session()->skill(first).score, 1);
    QCOMPARE(m_page->undoStack()->count(), 0);
    QVERIFY(!m_page->session()->hasUnsavedEdits());
}

QTEST_MAIN(tst_CodingPage)
void tst_CodingPage::notesExportThatFailsKeepsThePreviousFile() {
    const qint64 recording = m_fixture.addRecording(*m_db);
    showPage();
    m_page->openRecording(recording);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->session()->isOpen());
    key(Qt::Key_S);
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("noteText"));
    type(QStringLiteral("Asks what Sam would say about home"));
    key(Qt::Key_Return);
    QTRY_COMPARE(m_page->notesPanel()->table()->model()->rowCount(), 1);
    auto *exportButton = m_page->findChild<QPushButton *>(QStringLiteral("exportNotes"));
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("codingMessage"));
    QVERIFY(exportButton && message);

    // A full disk: the labels exported earlier are kept as they were.
    const QString path = m_dir.filePath(QStringLiteral("notes-%1.txt").arg(m_round));
    const QByteArray previous("0.000000\t1.000000\tearlier labels\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(previous) == previous.size());
    }
    FileDialog::setNextFileName(path);
    {
        const FileSizeLimit limit(0);
        QVERIFY(limit.isApplied());
        QTest::mouseClick(exportButton, Qt::LeftButton);
    }
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The notes were not saved. The disk is full: %1 was "
                                             "not changed.")
                                  .arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);

    // A folder that is not there is named.
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
    FileDialog::setNextFileName(missing + QStringLiteral("/notes.txt"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(
        QStringLiteral("The folder %1 does not exist").arg(QDir::toNativeSeparators(missing))));
}

#include "tst_CodingPage.moc"
