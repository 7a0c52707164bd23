// Quitting mid-note loses nothing, on the coding page offscreen: the note being typed is kept
// as the coder types and when the page goes (another page, closing the window), offered back
// when the coding is reopened, and dropped once it is added; the player comes back where the
// coder was listening, at their speed.

#include "AudioFixtures.h"
#include "CodingTestFixture.h"
#include "audio/AudioProbe.h"
#include "coding/CodingPage.h"
#include "coding/EvidenceNoteEditor.h"
#include "coding/NotesPanel.h"
#include "common/MessageBox.h"
#include "player/PlayerWidget.h"
#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_CodingResumePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anUnfinishedNoteIsKeptAsItIsTyped();
    void closingThePageMidNoteOffersItBack();
    void switchingPageMidNoteKeepsItAndDiscardDropsIt();
    void anAddedNoteLeavesNoDraft();
    void positionAndSpeedAreRestored();

private:
    void makePage();
    void openCodingOnPage();
    void startTypingANote(const QString &text);
    QVariant scalar(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CodingPage> m_page;
    CodingTestFixture m_fixture;
    qint64 m_recording = 0;
    qint64 m_coding = 0;
    QString m_audio;
    int m_round = 0;
};

void tst_CodingResumePage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_audio = m_dir.filePath(QStringLiteral("session.wav"));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(300, 120, 8000), m_audio, {}, &why),
             qPrintable(why));
}

void tst_CodingResumePage::init() {
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("resume-page-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(*m_db);
    m_recording = m_fixture.addRecordingWithAudio(*m_db, m_audio, 120000);
    m_coding =
        CodingRepository(*m_db).create(m_recording, m_fixture.alice, QStringLiteral("primary"),
                                       CodingSchemeLoader::builtIn(), -1, -1);
    makePage();
}

void tst_CodingResumePage::cleanup() {
    m_page.reset();
    m_db.reset();
}

void tst_CodingResumePage::makePage() {
    m_page = std::make_unique<CodingPage>(*m_db);
    m_page->setCoderUsername(QStringLiteral("alice"));
    m_page->resize(1366, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void tst_CodingResumePage::openCodingOnPage() {
    m_page->openRecording(m_recording); // the coder's own draft: straight into it
    QTRY_COMPARE(m_page->session()->coding().id, m_coding);
    QTRY_VERIFY(m_page->player()->hasFile());
}

void tst_CodingResumePage::startTypingANote(const QString &text) {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D);
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("noteText"));
    QTest::keyClicks(QApplication::focusWidget(), text);
}

QVariant tst_CodingResumePage::scalar(const QString &sql) {
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void tst_CodingResumePage::anUnfinishedNoteIsKeptAsItIsTyped() {
    MessageBox::clearLastText();
    openCodingOnPage();
    QVERIFY(MessageBox::lastText().isEmpty()); // nothing to offer yet
    startTypingANote(QStringLiteral("Mum says the school"));
    // Saved a moment after the typing, without leaving the page.
    QTRY_COMPARE(
        scalar(QStringLiteral("SELECT body FROM note_drafts WHERE coding_id = %1").arg(m_coding))
            .toString(),
        QStringLiteral("Mum says the school"));
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM note_drafts")).toString(),
             QStringLiteral("to_develop"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")).toInt(), 0);
}

void tst_CodingResumePage::closingThePageMidNoteOffersItBack() {
    openCodingOnPage();
    m_page->player()->seek(30000);
    QTRY_COMPARE(m_page->player()->positionMs(), 30000);
    startTypingANote(QStringLiteral("Dad raised his voice when"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_5, Qt::AltModifier);
    // Closing the window at once, before the typing pause saves it.
    m_page.reset();
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM note_drafts")).toString(),
             QStringLiteral("Dad raised his voice when"));

    makePage();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    openCodingOnPage();
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("You have an unfinished note from ")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Dad raised his voice when")));
    QCOMPARE(MessageBox::lastButtonTexts(),
             QStringList({QStringLiteral("Continue it"), QStringLiteral("Discard")}));
    EvidenceNoteEditor *editor = m_page->notesPanel()->editor();
    QTRY_VERIFY(editor->isEditing());
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("noteText"));
    const EvidenceNote restored = editor->note();
    QCOMPARE(restored.text, QStringLiteral("Dad raised his voice when"));
    QCOMPARE(restored.kind, QStringLiteral("to_develop"));
    QCOMPARE(restored.atMs, 30000 - m_page->player()->autoRewindMs());
    QVERIFY(restored.skills.contains(QStringLiteral("purposefulness")));

    // Finished and added: the note is stored and the draft gone.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" asked about school"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM evidence_notes")).toString(),
             QStringLiteral("Dad raised his voice when asked about school"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM note_drafts")).toInt(), 0);
}

void tst_CodingResumePage::switchingPageMidNoteKeepsItAndDiscardDropsIt() {
    openCodingOnPage();
    startTypingANote(QStringLiteral("Talks over Sam"));
    // Another page of the main window hides this one.
    m_page->hide();
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM note_drafts")).toString(),
             QStringLiteral("Talks over Sam"));
    m_page->show();
    // Another recording, then back: the draft is offered, and the coder discards it.
    const qint64 other = m_fixture.addRecording(*m_db);
    m_page->openRecording(other);
    QTRY_VERIFY(!m_page->session()->isOpen());
    QVERIFY(!m_page->notesPanel()->editor()->isEditing());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    openCodingOnPage();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Talks over Sam")));
    QVERIFY(!m_page->notesPanel()->editor()->isEditing());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM note_drafts")).toInt(), 0);
}

void tst_CodingResumePage::anAddedNoteLeavesNoDraft() {
    openCodingOnPage();
    startTypingANote(QStringLiteral("Clear about the concern"));
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM note_drafts")).toInt(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM note_drafts")).toInt(), 0);
    m_page.reset();
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM note_drafts")).toInt(), 0);
    MessageBox::clearLastText();
    makePage();
    openCodingOnPage();
    QVERIFY(MessageBox::lastText().isEmpty());
}

void tst_CodingResumePage::positionAndSpeedAreRestored() {
    openCodingOnPage();
    QCOMPARE(m_page->player()->positionMs(), 0);
    m_page->player()->seek(73000);
    m_page->player()->setSpeed(1.5);
    QTRY_COMPARE(m_page->player()->positionMs(), 73000);
    m_page.reset();

    makePage();
    openCodingOnPage();
    QTRY_COMPARE(m_page->player()->positionMs(), 73000);
    QCOMPARE(m_page->player()->speed(), 1.5);

    // Bob's coding of the same recording starts from the beginning at normal speed.
    m_page.reset();
    const qint64 bobs =
        CodingRepository(*m_db).create(m_recording, m_fixture.bob, QStringLiteral("second"),
                                       CodingSchemeLoader::builtIn(), -1, -1);
    makePage();
    m_page->setCoderUsername(QStringLiteral("bob"));
    m_page->openCoding(bobs);
    QTRY_COMPARE(m_page->session()->coding().id, bobs);
    QTRY_VERIFY(m_page->player()->hasFile());
    QCOMPARE(m_page->player()->positionMs(), 0);
    QCOMPARE(m_page->player()->speed(), 1.0);
}

QTEST_MAIN(tst_CodingResumePage)
#include "tst_CodingResumePage.moc"
