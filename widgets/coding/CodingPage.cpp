#include "CodingPage.h"

#include "CodingActions.h"
#include "CodingChangeWatch.h"
#include "CodingHeader.h"
#include "CodingResumeKeeper.h"
#include "CodingView.h"
#include "ComparisonView.h"
#include "EvidenceNoteEditor.h"
#include "FinaliseAction.h"
#include "NotCodableDialog.h"
#include "NoteNavigator.h"
#include "NotesPanel.h"
#include "RecordingStartPanel.h"
#include "ScoringPanel.h"
#include "SkillRow.h"
#include "UnlockDialog.h"
#include "common/ConflictDialog.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "exchange/AudacityLabelWriter.h"
#include "io/OutputFile.h"
#include "player/PlayerWidget.h"
#include "recordings/RecordingsView.h"
#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"
#include "settings/Settings.h"

#include <QDir>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

CodingPage::CodingPage(Database &database, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("codingPage"));
    m_workflow = new CodingWorkflow(database, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_start = new RecordingStartPanel(m_stack);
    m_codingView = new CodingView(m_stack);
    m_header = m_codingView->header();
    m_player = m_codingView->player();
    m_scoring = m_codingView->scoring();
    m_notes = m_codingView->notes();
    m_comparison = new ComparisonView(database, m_stack);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_codingView);
    m_stack->addWidget(m_comparison);
    layout->addWidget(m_stack);
    m_actions = new CodingActions(m_codingView, m_workflow, this);
    m_resumeKeeper = new CodingResumeKeeper(m_workflow, m_notes->editor(), m_player, this);
    m_navigator = new NoteNavigator(m_workflow, m_notes, m_player, this);
    connectCodingView();
    connectActions();
    connectSession();
    new CodingChangeWatch(database, this, m_workflow->session(), m_header);

    connect(m_start, &RecordingStartPanel::startRequested, this, &CodingPage::startCoding);
    connect(m_start, &RecordingStartPanel::openCodingRequested, this, &CodingPage::openCoding);
    connect(m_start, &RecordingStartPanel::compareRequested, this,
            [this] { showComparison(m_recordingId); });
    connect(m_comparison, &ComparisonView::backRequested, this,
            [this] { openRecording(m_recordingId); });
    connect(m_comparison, &ComparisonView::consensusCreated, this, [this](qint64 codingId) {
        emit codingsChanged();
        openCoding(codingId);
    });
    m_besideComparison = new ComparisonView(database, m_codingView);
    m_besideComparison->setBesideConsensus(true);
    m_codingView->setBeside(m_besideComparison);
    connect(m_comparison, &ComparisonView::openConsensusRequested, this,
            &CodingPage::openConsensus);
    m_stack->setCurrentWidget(m_start);
}

CodingPage::CodingPage(Database &database, RecordingsView *recordings, QWidget *parent)
    : CodingPage(database, parent) {
    if (!recordings)
        return;
    connect(recordings, &RecordingsView::codeRecordingRequested, this, &CodingPage::openRecording);
    connect(this, &CodingPage::codingsChanged, recordings, &RecordingsView::refresh);
}

CodingPage::~CodingPage() {
    // A last try for edits kept while the disk was full, while the page can still show it; the
    // workflow goes with the page's children, when there is nothing left to show anything on.
    leaveCoding();
    session()->retrySaving();
    session()->flushActiveTime();
    session()->disconnect(this);
}

CodingSession *CodingPage::session() const {
    return m_workflow->session();
}

QUndoStack *CodingPage::undoStack() const {
    return m_workflow->undoStack();
}

bool CodingPage::mayClose() {
    if (m_workflow->mayLeaveCoding())
        return true;
    const int count = session()->unsavedEditCount();
    const QString cause = session()->unsavedCause();
    const QString text =
        count == 1 ? tr("1 change to this coding could not be saved (%1). If you quit now it "
                        "will be lost.")
                         .arg(cause)
                   : tr("%1 changes to this coding could not be saved (%2). If you quit now "
                        "they will be lost.")
                         .arg(QString::number(count), cause);
    const auto answer = MessageBox::warning(this, tr("Quit PracticeCoder"), text,
                                            {{QMessageBox::Cancel, tr("Keep PracticeCoder open")},
                                             {QMessageBox::Discard, tr("Quit and lose them")}},
                                            QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void CodingPage::setCoderUsername(const QString &username) {
    m_workflow->setCoderUsername(username);
}

qint64 CodingPage::currentUserId() {
    QString error;
    const qint64 id = m_workflow->coderId(&error);
    if (id == 0)
        setMessage(error, true);
    return id;
}

void CodingPage::connectCodingView() {
    connect(m_header, &CodingHeader::windowStartRequested, this, &CodingPage::setWindowStart);
    connect(m_header, &CodingHeader::windowEndRequested, this, &CodingPage::setWindowEnd);
    connect(m_header, &CodingHeader::wholeRecordingRequested, this, &CodingPage::setWholeRecording);
    connect(m_header->unlockButton(), &QPushButton::clicked, this, &CodingPage::unlock);
    connect(m_header->compareButton(), &QPushButton::clicked, this,
            [this] { showComparison(m_recordingId); });
    connect(m_scoring, &ScoringPanel::scoreClicked, this, &CodingPage::score);
    connect(m_scoring, &ScoringPanel::notCodableClicked, this, &CodingPage::markNotCodable);
    connect(m_scoring, &ScoringPanel::rationaleEdited, this, &CodingPage::editRationale);
    connect(m_scoring, &ScoringPanel::rationaleLeft, this, &CodingPage::focusScoring);
    connect(m_notes, &NotesPanel::addRequested, this, [this] { newNote(QStringLiteral("note")); });
    connect(m_notes, &NotesPanel::exportRequested, this, &CodingPage::exportNotes);
    connect(m_notes, &NotesPanel::editFinished, this, &CodingPage::finishNote);
    connect(m_notes, &NotesPanel::editCancelled, this, &CodingPage::cancelNote);
    connect(m_notes->editor(), &EvidenceNoteEditor::endMarkRequested, this,
            [this] { m_notes->editor()->setEndMs(playerPosition()); });
    connect(m_resumeKeeper, &CodingResumeKeeper::continueRequested, this,
            [this](const EvidenceNote &note) { startNoteEditing(note, QString()); });
    connect(m_notes, &NotesPanel::deleteRequested, this, &CodingPage::deleteNote);
    connect(m_notes, &NotesPanel::seekRequested, this, [this](qint64 atMs) {
        activity();
        if (m_player->hasFile())
            m_player->seek(atMs);
    });
    connect(m_player, &PlayerWidget::markerActivated, this, [this](qint64 noteId) {
        activity();
        m_notes->selectNote(noteId);
    });
    connect(m_player, &PlayerWidget::positionChanged, this, [this] {
        // Listening is coding too: playback keeps the active time running.
        if (m_player->isPlaying())
            activity();
    });
    connect(m_player, &PlayerWidget::durationChanged, this, [this](qint64 ms) {
        if (ms <= 0 || ms == m_durationMs || m_recordingId <= 0)
            return;
        m_durationMs = ms;
        m_workflow->recordDuration(m_recordingId, ms);
        if (session()->isOpen())
            refreshWindow();
    });
}

void CodingPage::connectActions() {
    connect(m_actions, &CodingActions::moveSkillRequested, this, [this](int delta) {
        m_scoring->moveCurrent(delta);
        activity();
    });
    connect(m_actions, &CodingActions::scoreRequested, this, &CodingPage::scoreCurrent);
    connect(m_actions, &CodingActions::notCodableRequested, this,
            [this] { markNotCodable(m_scoring->currentSkill()); });
    connect(m_actions, &CodingActions::rationaleRequested, this, &CodingPage::startRationale);
    connect(m_actions, &CodingActions::noteRequested, this, &CodingPage::newNote);
    connect(m_actions, &CodingActions::windowStartRequested, this, &CodingPage::setWindowStart);
    connect(m_actions, &CodingActions::windowEndRequested, this, &CodingPage::setWindowEnd);
    connect(m_actions, &CodingActions::wholeRecordingRequested, this,
            &CodingPage::setWholeRecording);
    connect(m_actions, &CodingActions::notesListRequested, m_codingView,
            &CodingView::focusNotesList);
    connect(m_actions, &CodingActions::jumpToNoteRequested, m_navigator, &NoteNavigator::jump);
    connect(m_actions, &CodingActions::nudgeNoteRequested, m_navigator, &NoteNavigator::nudge);
    connect(m_navigator, &NoteNavigator::refused, this,
            [this](const QString &message) { setMessage(message, false); });

    FinaliseAction *finalise = m_actions->finaliseAction();
    connect(m_header->finaliseButton(), &QPushButton::clicked, finalise, &QAction::trigger);
    connect(finalise, &FinaliseAction::refused, this,
            [this](const QString &message, const QString &first) {
                setMessage(message, true);
                if (!first.isEmpty())
                    m_scoring->setCurrentSkill(first);
            });
    connect(finalise, &FinaliseAction::finalised, this, [this] {
        setMessage(tr("Coding finalised and locked. Active coding time: %1 min.")
                       .arg(qRound(double(session()->coding().activeMs) / 60000.0)),
                   false);
    });
}

void CodingPage::connectSession() {
    CodingSession *session = m_workflow->session();
    connect(session, &CodingSession::skillChanged, this, [this](const QString &key) {
        refreshSkill(key);
        markSaved();
    });
    connect(session, &CodingSession::notesChanged, this, [this] {
        refreshNotes();
        refreshStatus(); // the header counts the notes
        markSaved();
    });
    connect(session, &CodingSession::windowChanged, this, [this] {
        refreshWindow();
        markSaved();
    });
    connect(session, &CodingSession::statusChanged, this, [this] {
        refreshAll();
        emit codingsChanged();
    });
    connect(session, &CodingSession::saveFailed, this,
            [this](const QString &message) { setMessage(tr("Not saved: %1").arg(message), true); });
    connect(session, &CodingSession::saveStateChanged, this, &CodingPage::refreshSaveState);
    connect(session, &CodingSession::editConflicted, this, &CodingPage::resolveConflict);
}

void CodingPage::resolveConflict() {
    if (!session()->hasConflict())
        return;
    const EditConflict conflict = session()->conflict();
    if (ConflictDialog::ask(this, conflict) == ConflictDialog::Choice::TakeTheirs) {
        session()->takeTheirs();
        setMessage(tr("Showing the other person's changes; yours were not saved."), false);
    } else if (session()->keepMine()) {
        setMessage(tr("Your changes were saved on top of the other person's."), false);
    }
    refreshAll();
    refreshSaveState();
}

void CodingPage::openRecording(qint64 recordingId) {
    if (unsavedEditsBlockLeaving())
        return;
    leaveCoding();
    m_workflow->closeCoding();
    m_player->closeFile();
    m_recordingId = recordingId;
    const qint64 user = currentUserId();
    QString error;
    const CodingWorkflow::Outlook outlook = m_workflow->outlook(recordingId, user, &error);
    if (outlook.ownDraftId > 0) {
        m_durationMs = outlook.recording->durationMs;
        openCoding(outlook.ownDraftId);
        return;
    }
    if (!error.isEmpty()) {
        m_start->showMessage(error);
    } else if (!outlook.recording) {
        m_start->showMessage(tr("That recording no longer exists."));
    } else {
        m_durationMs = outlook.recording->durationMs;
        RecordingStartPanel::State state;
        state.recording = *outlook.recording;
        // The card shows short lines: the title wraps badly in a fixed-width card.
        const QStringList parts =
            m_workflow->recordingTitle(recordingId).split(QStringLiteral(" · "));
        state.title = parts.mid(0, 2).join(QStringLiteral(" · "));
        state.subtitle = parts.mid(2).join(QStringLiteral(" · "));
        state.consentProblem = outlook.consentProblem;
        state.codings = outlook.codings;
        state.coderNames = outlook.coderNames;
        state.userId = user;
        state.canCompare = outlook.canCompare;
        m_start->show(state);
    }
    m_stack->setCurrentWidget(m_start);
}

void CodingPage::startCoding(const QString &role) {
    QString error;
    const qint64 id = m_workflow->startCoding(m_recordingId, role, m_durationMs,
                                              Settings().defaultWindowMinutes(), &error);
    if (id == 0) {
        MessageBox::warning(this, tr("Cannot start coding"), error);
        openRecording(m_recordingId);
        return;
    }
    emit codingsChanged();
    openCoding(id);
}

void CodingPage::openCoding(qint64 codingId) {
    if (unsavedEditsBlockLeaving())
        return;
    leaveCoding();
    QString error;
    if (!m_workflow->openCoding(codingId, &error)) {
        m_start->showMessage(error);
        m_stack->setCurrentWidget(m_start);
        return;
    }
    m_recordingId = session()->coding().recordingId;
    if (const auto recording = m_workflow->recording(m_recordingId))
        m_durationMs = recording->durationMs;
    m_header->setTitle(m_workflow->recordingTitle(m_recordingId));
    m_header->hideMessage();
    m_header->clearSaved();
    loadAudio();
    refreshAll();
    m_scoring->setCurrentIndex(0);
    const QStringList missing = session()->missingSkills();
    if (!missing.isEmpty())
        m_scoring->setCurrentSkill(missing.first());
    showComparisonBeside();
    m_stack->setCurrentWidget(m_codingView);
    focusScoring();
    m_resumeKeeper->restore();
}

void CodingPage::showComparisonBeside() {
    const bool consensus = session()->coding().role == QLatin1String("consensus");
    if (consensus) {
        const auto recording = m_workflow->recording(m_recordingId);
        m_besideComparison->showRecording(m_recordingId, currentUserId(),
                                          recording ? recording->code : QString(), true);
    }
    m_codingView->showBeside(consensus,
                             consensus ? m_besideComparison->coderMarkers() : QList<Marker>());
}

void CodingPage::openConsensus(qint64 recordingId) {
    QString error;
    const qint64 id = m_workflow->consensusCodingOf(recordingId, &error);
    if (!error.isEmpty())
        setMessage(error, true);
    else if (id > 0)
        openCoding(id);
}

void CodingPage::showComparison(qint64 recordingId) {
    if (unsavedEditsBlockLeaving())
        return;
    leaveCoding();
    m_workflow->closeCoding();
    m_player->closeFile();
    m_recordingId = recordingId;
    const auto recording = m_workflow->recording(recordingId);
    m_comparison->showRecording(recordingId, currentUserId(),
                                recording ? recording->code : QString(),
                                m_workflow->consensusCodingOf(recordingId) > 0);
    m_stack->setCurrentWidget(m_comparison);
}

void CodingPage::refreshAll() {
    const bool locked = session()->isLocked();
    for (const SchemeSkill &skill : session()->scheme().skills)
        m_scoring->setScore(session()->skill(skill.key));
    m_scoring->setLocked(locked);
    m_notes->setLocked(locked);
    m_actions->setEditingEnabled(!locked);
    refreshNotes();
    refreshWindow();
    refreshStatus();
}

void CodingPage::refreshSkill(const QString &key) {
    m_scoring->setScore(session()->skill(key));
    refreshStatus();
}

void CodingPage::refreshNotes() {
    m_codingView->showNotes(session()->coding().notes);
}

void CodingPage::refreshWindow() {
    const Coding &coding = session()->coding();
    m_player->setCodedWindow(coding.windowStartMs, coding.windowEndMs);
    m_header->showWindow(coding.windowStartMs, coding.windowEndMs, m_durationMs);
}

void CodingPage::refreshStatus() {
    const Coding &coding = session()->coding();
    const int total = int(session()->scheme().skills.size());
    const int done = total - int(session()->missingSkills().size());
    m_header->showStatus(coding, done, total, m_workflow->openCodingCanBeCompared());
    m_actions->finaliseAction()->setEnabled(!coding.isFinal());
}

void CodingPage::setMessage(const QString &text, bool error) {
    m_header->setMessage(text, error);
    if (m_stack && m_stack->currentWidget() == m_start && error)
        MessageBox::warning(this, tr("Coding"), text);
}

void CodingPage::markSaved() {
    if (session()->hasUnsavedEdits())
        refreshSaveState();
    else
        m_header->markSaved();
}

void CodingPage::refreshSaveState() {
    m_header->showSaveState(session()->hasUnsavedEdits(), session()->unsavedCause());
}

bool CodingPage::unsavedEditsBlockLeaving() {
    if (m_workflow->mayLeaveCoding())
        return false;
    setMessage(tr("This coding has changes that are not saved yet, so it stays open until they "
                  "are. Free some disk space; PracticeCoder keeps trying to save them."),
               true);
    return true;
}

void CodingPage::activity() {
    m_workflow->recordActivity();
}

void CodingPage::leaveCoding() {
    if (!session()->isOpen())
        return;
    m_resumeKeeper->keepAll();
    m_notes->stopEditing();
    m_resumeAfterNote = false;
    m_actions->setEditingEnabled(!session()->isLocked());
}

void CodingPage::focusScoring() {
    m_scoring->setFocus(Qt::OtherFocusReason);
}

void CodingPage::scoreCurrent(int level) {
    score(m_scoring->currentSkill(), level);
    // Scoring moves on to the next skill, so seven keys score seven skills.
    m_scoring->moveCurrent(1);
}

void CodingPage::score(const QString &key, int level) {
    // Hidden before the edit, so that a refusal it reports stays on screen.
    if (m_workflow->changesScore(key, level))
        m_header->hideMessage();
    m_workflow->score(key, level);
}

void CodingPage::markNotCodable(const QString &key) {
    activity();
    if (!m_workflow->isEditable() || key.isEmpty())
        return;
    const auto reason = NotCodableDialog::ask(this, m_workflow->skillName(key),
                                              session()->skill(key).notCodableReason);
    focusScoring();
    if (!reason)
        return;
    m_workflow->markNotCodable(key, *reason);
    m_scoring->moveCurrent(1);
}

void CodingPage::editRationale(const QString &key, const QString &text) {
    m_workflow->editRationale(key, text);
}

void CodingPage::startRationale() {
    if (SkillRow *row = m_scoring->row(m_scoring->currentSkill()); row && !row->editRationale())
        setMessage(tr("Score this skill (1–5) or mark it not codable before writing a "
                      "rationale."),
                   false);
}

void CodingPage::newNote(const QString &kind) {
    activity();
    if (!m_workflow->isEditable())
        return;
    EvidenceNote note;
    note.codingId = session()->coding().id;
    // The moment worth noting has just passed: go back by the auto-rewind.
    note.atMs = qMax<qint64>(0, playerPosition() - m_player->autoRewindMs());
    note.kind = kind;
    m_resumeAfterNote =
        m_player->isPlaying() && Settings().value(Settings::Key::PauseWhileTyping).toBool();
    if (m_resumeAfterNote)
        m_player->pause();
    startNoteEditing(note, m_scoring->currentSkill());
}

void CodingPage::startNoteEditing(const EvidenceNote &note, const QString &preTickedSkill) {
    m_actions->setEditingEnabled(false);
    m_notes->startEditing(note, preTickedSkill);
}

void CodingPage::cancelNote() {
    m_actions->setEditingEnabled(!session()->isLocked());
    resumeAfterNote();
    focusScoring();
}

void CodingPage::resumeAfterNote() {
    if (std::exchange(m_resumeAfterNote, false) && m_player->hasFile())
        m_player->play();
}

void CodingPage::finishNote(const EvidenceNote &note) {
    m_actions->setEditingEnabled(!session()->isLocked());
    resumeAfterNote();
    if (note.id == 0) {
        if (const qint64 id = m_workflow->addNote(note))
            m_notes->selectNote(id);
    } else {
        m_workflow->editNote(note);
    }
    focusScoring();
}

void CodingPage::deleteNote(qint64 noteId) {
    m_workflow->deleteNote(noteId);
}

void CodingPage::setWindowStart() {
    QString error;
    if (!m_workflow->startWindowAt(playerPosition(), Settings().defaultWindowMinutes(),
                                   m_durationMs, &error) &&
        !error.isEmpty())
        setMessage(error, true);
}

void CodingPage::setWindowEnd() {
    QString error;
    if (!m_workflow->endWindowAt(playerPosition(), &error) && !error.isEmpty())
        setMessage(error, true);
}

void CodingPage::setWholeRecording() {
    m_workflow->codeWholeRecording();
}

void CodingPage::unlock() {
    if (!session()->isOpen() || !session()->isLocked())
        return;
    const auto reason = UnlockDialog::ask(this);
    if (!reason)
        return;
    QString error;
    if (!m_workflow->unlock(*reason, &error)) {
        setMessage(error, true);
        return;
    }
    setMessage(tr("Coding unlocked; the reason is in the audit log."), false);
    focusScoring();
}

void CodingPage::exportNotes() {
    if (!session()->isOpen())
        return;
    const auto recording = m_workflow->recording(m_recordingId);
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1-%2-notes.txt")
                                  .arg(recording ? recording->code : QStringLiteral("recording"),
                                       session()->coding().role));
    const QString path = FileDialog::saveFileName(this, tr("Export notes as Audacity labels"),
                                                  suggested, tr("Audacity labels (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!OutputFile::write(
            path,
            [this](QIODevice *device, QString *writerError) {
                return AudacityLabelWriter::write(session()->coding().notes, session()->scheme(),
                                                  device, writerError);
            },
            &error)) {
        setMessage(tr("The notes were not saved. %1").arg(error), true);
        return;
    }
    setMessage(tr("Saved the notes to %1. In Audacity: File ▸ Import ▸ Labels.")
                   .arg(QDir::toNativeSeparators(path)),
               false);
}

void CodingPage::loadAudio() {
    m_player->closeFile();
    QString problem;
    const QString path = m_workflow->audioFileOf(m_recordingId, &problem);
    if (!path.isEmpty())
        m_player->openFile(path, &problem);
    m_codingView->showAudioProblem(problem);
}

qint64 CodingPage::playerPosition() const {
    return m_player->hasFile() ? m_player->positionMs() : 0;
}

void CodingPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stack->currentWidget() == m_codingView)
        focusScoring();
}

void CodingPage::hideEvent(QHideEvent *event) {
    if (m_player->isPlaying())
        m_player->pause();
    m_resumeKeeper->keepAll();
    // Time on another page is not coding time, however short the visit.
    session()->pauseActiveTime();
    QWidget::hideEvent(event);
}
