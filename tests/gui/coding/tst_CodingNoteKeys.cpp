// The coding page's notes from the keyboard, offscreen: the header's note counter, the current
// skill a new note comes with, moving a note's time (Alt+←/→, Shift+Alt+←/→), jumping between
// notes (Alt+↓/↑), pausing while typing, a note that spans to a marked end (Alt+E), and the
// controls of a final coding, disabled with the reason.

#include "AudioFixtures.h"
#include "CodingTestFixture.h"
#include "audio/AudioProbe.h"
#include "coding/CodingPage.h"
#include "coding/EvidenceNoteEditor.h"
#include "coding/LockedControls.h"
#include "coding/NotesPanel.h"
#include "coding/ScoringPanel.h"
#include "itemmodels/EvidenceNotesModel.h"
#include "player/PlayerWidget.h"
#include "player/WaveformView.h"
#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_CodingNoteKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theNoteCounterFollowsTheNotes();
    void altDigitKeepsThePreTickedSkill();
    void nudgeKeysMoveTheChosenNote();
    void jumpKeysGoToTheNextAndPreviousNote();
    void pauseWhileTypingIsAnOptionThatResumes();
    void aNoteSpansToTheMarkedEnd();
    void aFinalCodingsControlsAreDisabledAndSayWhy();

private:
    void openCodingOnPage();
    void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void waitForNoteText();
    qint64 addNoteAt(qint64 atMs, const QString &text);
    QVariant scalar(const QString &sql);
    QString progressText() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CodingPage> m_page;
    CodingTestFixture m_fixture;
    qint64 m_recording = 0;
    qint64 m_coding = 0;
    QString m_audio;
    int m_round = 0;
};

void tst_CodingNoteKeys::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Settings().setValue(Settings::Key::PauseWhileTyping, QVariant());
    m_audio = m_dir.filePath(QStringLiteral("session.wav"));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(300, 120, 8000), m_audio, {}, &why),
             qPrintable(why));
}

void tst_CodingNoteKeys::init() {
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("note-keys-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(*m_db);
    m_recording = m_fixture.addRecordingWithAudio(*m_db, m_audio, 120000);
    m_coding =
        CodingRepository(*m_db).create(m_recording, m_fixture.alice, QStringLiteral("primary"),
                                       CodingSchemeLoader::builtIn(), -1, -1);
    m_page = std::make_unique<CodingPage>(*m_db);
    m_page->setCoderUsername(QStringLiteral("alice"));
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void tst_CodingNoteKeys::cleanup() {
    m_page.reset();
    m_db.reset();
    Settings().setValue(Settings::Key::PauseWhileTyping, QVariant());
}

void tst_CodingNoteKeys::openCodingOnPage() {
    m_page->openCoding(m_coding);
    QTRY_COMPARE(m_page->session()->coding().id, m_coding);
    QTRY_VERIFY(m_page->player()->hasFile());
    QTRY_VERIFY(m_page->scoringPanel()->hasFocus());
}

void tst_CodingNoteKeys::key(int keyCode, Qt::KeyboardModifiers modifiers) {
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClick(target, Qt::Key(keyCode), modifiers);
}

void tst_CodingNoteKeys::waitForNoteText() {
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("noteText"));
}

qint64 tst_CodingNoteKeys::addNoteAt(qint64 atMs, const QString &text) {
    EvidenceNote note;
    note.atMs = atMs;
    note.kind = QStringLiteral("note");
    note.text = text;
    return m_page->workflow()->addNote(note);
}

QVariant tst_CodingNoteKeys::scalar(const QString &sql) {
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QString tst_CodingNoteKeys::progressText() const {
    auto *progress = m_page->findChild<QLabel *>(QStringLiteral("codingProgress"));
    return progress ? progress->text() : QString();
}

void tst_CodingNoteKeys::theNoteCounterFollowsTheNotes() {
    openCodingOnPage();
    QVERIFY2(progressText().endsWith(QStringLiteral("· 0 notes")), qPrintable(progressText()));
    key(Qt::Key_N);
    waitForNoteText();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Warm greeting"));
    key(Qt::Key_Return);
    QTRY_VERIFY2(progressText().endsWith(QStringLiteral("· 1 note")), qPrintable(progressText()));
    addNoteAt(5000, QStringLiteral("Second"));
    QVERIFY2(progressText().endsWith(QStringLiteral("· 2 notes")), qPrintable(progressText()));
    m_page->workflow()->deleteNote(m_page->session()->coding().notes.first().id);
    QVERIFY2(progressText().endsWith(QStringLiteral("· 1 note")), qPrintable(progressText()));
    key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(progressText().endsWith(QStringLiteral("· 2 notes")), qPrintable(progressText()));
}

void tst_CodingNoteKeys::altDigitKeepsThePreTickedSkill() {
    openCodingOnPage();
    QCOMPARE(m_page->scoringPanel()->currentSkill(), QStringLiteral("evocation"));
    // Alt+1 on the skill the note came with: the coder means "evocation", so it stays ticked.
    key(Qt::Key_N);
    waitForNoteText();
    QVERIFY(m_page->notesPanel()->editor()->note().skills.contains(QStringLiteral("evocation")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Asks what matters to Sam"));
    key(Qt::Key_1, Qt::AltModifier);
    key(Qt::Key_2, Qt::AltModifier);
    key(Qt::Key_Return);
    QTRY_COMPARE(m_page->session()->coding().notes.size(), 1);
    QCOMPARE(m_page->session()->coding().notes.first().skills,
             QStringList({QStringLiteral("evocation"), QStringLiteral("empathy")}));
    // A second press takes the tick off, as for any other skill.
    QTRY_VERIFY(m_page->scoringPanel()->hasFocus());
    key(Qt::Key_N);
    waitForNoteText();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Not about evocation"));
    key(Qt::Key_1, Qt::AltModifier);
    key(Qt::Key_1, Qt::AltModifier);
    key(Qt::Key_Return);
    QTRY_COMPARE(m_page->session()->coding().notes.size(), 2);
    QCOMPARE(m_page->session()->note(m_page->notesPanel()->currentNoteId()).skills, QStringList());
}

void tst_CodingNoteKeys::nudgeKeysMoveTheChosenNote() {
    openCodingOnPage();
    const qint64 note = addNoteAt(10000, QStringLiteral("Reflects the worry"));
    // Without a chosen note the keys say what to do.
    key(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_page->session()->note(note).atMs, 10000);
    m_page->notesPanel()->selectNote(note);
    key(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_page->session()->note(note).atMs, 11000);
    key(Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(m_page->session()->note(note).atMs, 16000);
    key(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_page->session()->note(note).atMs, 15000);
    QCOMPARE(
        scalar(QStringLiteral("SELECT at_ms FROM evidence_notes WHERE id = %1").arg(note)).toInt(),
        15000);
    QTRY_COMPARE(m_page->player()->positionMs(), 15000);
    // The keys in a row are one undo step.
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_page->session()->note(note).atMs, 10000);
}

void tst_CodingNoteKeys::jumpKeysGoToTheNextAndPreviousNote() {
    openCodingOnPage();
    const qint64 first = addNoteAt(10000, QStringLiteral("First"));
    const qint64 second = addNoteAt(40000, QStringLiteral("Second"));
    const qint64 third = addNoteAt(70000, QStringLiteral("Third"));
    m_page->notesPanel()->table()->clearSelection();
    m_page->notesPanel()->table()->setCurrentIndex(QModelIndex());
    m_page->player()->seek(25000);
    QTRY_COMPARE(m_page->player()->positionMs(), 25000);
    key(Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_page->notesPanel()->currentNoteId(), second);
    QTRY_COMPARE(m_page->player()->positionMs(), 40000);
    key(Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_page->notesPanel()->currentNoteId(), third);
    QTRY_COMPARE(m_page->player()->positionMs(), 70000);
    key(Qt::Key_Up, Qt::AltModifier);
    key(Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_page->notesPanel()->currentNoteId(), first);
    QTRY_COMPARE(m_page->player()->positionMs(), 10000);
    // The skills did not move: Alt+↑/↓ are the notes' keys.
    QCOMPARE(m_page->scoringPanel()->currentSkill(), QStringLiteral("evocation"));
}

void tst_CodingNoteKeys::pauseWhileTypingIsAnOptionThatResumes() {
    openCodingOnPage();
    // Off by default: playback carries on while a note is written.
    m_page->player()->play();
    QTRY_VERIFY(m_page->player()->isPlaying());
    key(Qt::Key_N);
    waitForNoteText();
    auto *option = m_page->findChild<QCheckBox *>(QStringLiteral("pauseWhileTyping"));
    QVERIFY(option);
    QVERIFY(!option->isChecked());
    QVERIFY(m_page->player()->isPlaying());
    option->click();
    QVERIFY(Settings().value(Settings::Key::PauseWhileTyping).toBool());
    key(Qt::Key_Escape);
    QTRY_VERIFY(m_page->scoringPanel()->hasFocus());

    // On: the next note pauses playback, and adding it plays on.
    QVERIFY(m_page->player()->isPlaying());
    key(Qt::Key_S);
    waitForNoteText();
    QTRY_VERIFY(!m_page->player()->isPlaying());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Names the strength"));
    key(Qt::Key_Return);
    QTRY_VERIFY(m_page->player()->isPlaying());
    m_page->player()->pause();
}

void tst_CodingNoteKeys::aNoteSpansToTheMarkedEnd() {
    openCodingOnPage();
    m_page->player()->seek(22000);
    QTRY_COMPARE(m_page->player()->positionMs(), 22000);
    key(Qt::Key_D);
    waitForNoteText();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Talks over the young person"));
    m_page->player()->seek(31000);
    QTRY_COMPARE(m_page->player()->positionMs(), 31000);
    key(Qt::Key_E, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("noteText"));
    key(Qt::Key_Return);
    QTRY_COMPARE(m_page->session()->coding().notes.size(), 1);
    const EvidenceNote note = m_page->session()->coding().notes.first();
    QCOMPARE(note.atMs, 20000);
    QCOMPARE(note.endMs, 31000);
    QCOMPARE(scalar(QStringLiteral("SELECT end_ms FROM evidence_notes")).toInt(), 31000);
    QCOMPARE(m_page->notesPanel()->model()->index(0, EvidenceNotesModel::TimeColumn).data(),
             QVariant(QStringLiteral("0:20–0:31")));
    // On the waveform: a band from 0:20 to 0:31.
    WaveformView *waveform = m_page->player()->waveformView();
    const QList<WaveformView::Span> spans = waveform->spans();
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().markerId, note.id);
    const double perMs = double(waveform->width()) / 120000.0;
    QVERIFY(qAbs(spans.first().rect.left() - 20000 * perMs) < 2);
    QVERIFY(qAbs(spans.first().rect.right() - 31000 * perMs) < 2);
}

void tst_CodingNoteKeys::aFinalCodingsControlsAreDisabledAndSayWhy() {
    CodingRepository codings(*m_db);
    CodingTestFixture::scoreAll(codings, m_coding, 3);
    codings.finalise(m_coding, codingVersion(codings, m_coding), CodingSchemeLoader::builtIn(),
                     m_fixture.alice);
    openCodingOnPage();
    QVERIFY(m_page->session()->isLocked());
    const QString why = QStringLiteral("This coded session is final. Unlock it to change it.");
    QCOMPARE(LockedControls::reason(), why);
    for (const QString &name :
         {QStringLiteral("windowStart"), QStringLiteral("windowEnd"), QStringLiteral("windowWhole"),
          QStringLiteral("addNote"), QStringLiteral("score_empathy_4"),
          QStringLiteral("notCodable_empathy")}) {
        auto *button = m_page->findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(!button->isEnabled(), qPrintable(name));
        QCOMPARE(button->toolTip(), why);
    }
    auto *rationale = m_page->findChild<QLineEdit *>(QStringLiteral("rationale_empathy"));
    QVERIFY(rationale && !rationale->isEnabled());
    QCOMPARE(rationale->toolTip(), why);

    // Unlocked, they work again and say what they do.
    QString error;
    QVERIFY(m_page->workflow()->unlock(QStringLiteral("Scored the wrong family"), &error));
    auto *score = m_page->findChild<QPushButton *>(QStringLiteral("score_empathy_4"));
    QTRY_VERIFY(score->isEnabled());
    QVERIFY(score->toolTip().startsWith(QStringLiteral("4 — ")));
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("windowStart"));
    QVERIFY(start->isEnabled());
    QCOMPARE(start->toolTip(), QStringLiteral("Start the coded window at the playhead ([)"));
}

QTEST_MAIN(tst_CodingNoteKeys)
#include "tst_CodingNoteKeys.moc"
