#include "CodingResumeKeeper.h"

#include "EvidenceNoteEditor.h"
#include "common/MessageBox.h"
#include "player/PlayerWidget.h"
#include "services/CodingResume.h"
#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"

#include <QLocale>
#include <QTimer>
#include <QWidget>

namespace {

// Short enough that little is lost to a crash, long enough not to write on every key.
constexpr int DraftDelayMs = 1000;

QString whenSaved(const QDateTime &savedAt) {
    const QDateTime local = savedAt.toLocalTime();
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return local.date() == QDate::currentDate()
               ? uk.toString(local.time(), QStringLiteral("HH:mm"))
               : uk.toString(local, QStringLiteral("d MMM yyyy 'at' HH:mm"));
}

} // namespace

CodingResumeKeeper::CodingResumeKeeper(CodingWorkflow *workflow, EvidenceNoteEditor *editor,
                                       PlayerWidget *player, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workflow(workflow)
    , m_editor(editor)
    , m_player(player)
    , m_dialogParent(dialogParent)
    , m_draftTimer(new QTimer(this)) {
    m_draftTimer->setObjectName(QStringLiteral("noteDraftTimer"));
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CodingResumeKeeper::keepDraft);
    connect(m_editor, &EvidenceNoteEditor::changed, this, [this] {
        if (m_editor->isEditing())
            m_draftTimer->start();
    });
    auto finished = [this] {
        m_draftTimer->stop();
        m_workflow->resume()->discardNoteDraft();
    };
    connect(m_editor, &EvidenceNoteEditor::accepted, this, finished);
    connect(m_editor, &EvidenceNoteEditor::cancelled, this, finished);
    connect(m_player, &PlayerWidget::playingChanged, this, [this](bool playing) {
        if (!playing)
            keepListening();
    });
    connect(m_player, &PlayerWidget::speedChanged, this, &CodingResumeKeeper::keepListening);
}

void CodingResumeKeeper::keepAll() {
    if (m_editor->isEditing())
        keepDraft();
    keepListening();
}

void CodingResumeKeeper::keepDraft() {
    m_draftTimer->stop();
    EvidenceNote note = m_editor->note();
    // Nothing typed yet is nothing to lose.
    if (!m_editor->isEditing() || note.text.isEmpty())
        return;
    m_workflow->resume()->keepNoteDraft(note);
}

void CodingResumeKeeper::keepListening() {
    if (m_workflow->session()->isOpen() && m_player->hasFile())
        m_workflow->resume()->rememberListening({m_player->positionMs(), m_player->speed()});
}

void CodingResumeKeeper::restore() {
    if (const auto listening = m_workflow->resume()->rememberedListening();
        listening && m_player->hasFile()) {
        m_player->setSpeed(listening->speed);
        m_player->seek(listening->positionMs);
    }
    const auto draft = m_workflow->resume()->noteDraft();
    if (!draft)
        return;
    const QString text =
        tr("You have an unfinished note from %1:\n\n“%2”\n\nContinue it, or discard it?")
            .arg(whenSaved(draft->savedAt), draft->note.text.left(200));
    const auto answer = MessageBox::warning(
        m_dialogParent, tr("Unfinished note"), text,
        {{QMessageBox::Yes, tr("Continue it")}, {QMessageBox::Discard, tr("Discard")}},
        QMessageBox::Yes);
    if (answer == QMessageBox::Discard)
        m_workflow->resume()->discardNoteDraft();
    // Closed without an answer: the draft stays, to be offered again next time.
    if (answer != QMessageBox::Yes)
        return;
    EvidenceNote note = draft->note;
    // A note deleted since is written again as a new one.
    if (note.id != 0 && !m_workflow->session()->hasNote(note.id))
        note.id = 0;
    emit continueRequested(note);
}
