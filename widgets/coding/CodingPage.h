#pragma once

#include "domain/EvidenceNote.h"

#include <QWidget>

class CodingActions;
class CodingHeader;
class CodingResumeKeeper;
class CodingSession;
class CodingView;
class CodingWorkflow;
class ComparisonView;
class Database;
class NoteNavigator;
class NotesPanel;
class PlayerWidget;
class QStackedWidget;
class QUndoStack;
class RecordingStartPanel;
class RecordingsView;
class ScoringPanel;

// The evaluator's main view: the player and waveform on top, the seven skills below with the
// evidence notes beside them, driven entirely from the keyboard. Every change is saved at once
// through the CodingWorkflow and can be undone; there is no Save button. Before a coding is
// open it shows the recording's start panel (consent gate, existing codings); for a
// double-coded recording whose codings are both final it shows the comparison. The page shows
// and asks; the rules are the workflow's.
class CodingPage : public QWidget {
    Q_OBJECT

public:
    explicit CodingPage(Database &database, QWidget *parent = nullptr);
    // Also opens the recordings the view asks to code, and refreshes the view when codings
    // change.
    CodingPage(Database &database, RecordingsView *recordings, QWidget *parent);
    ~CodingPage() override;

    // The coder; defaults to Settings::coderUsername(). Tests set it.
    void setCoderUsername(const QString &username);
    qint64 currentUserId();

    // Asked before the application closes: true when the page may go. Edits kept while the
    // disk was full are tried once more; any still unsaved are lost on quitting, so the coder is
    // asked, and keeping PracticeCoder open is the default answer.
    bool mayClose();

    CodingWorkflow *workflow() const { return m_workflow; }
    CodingSession *session() const;
    QUndoStack *undoStack() const;
    PlayerWidget *player() const { return m_player; }
    ScoringPanel *scoringPanel() const { return m_scoring; }
    NotesPanel *notesPanel() const { return m_notes; }
    ComparisonView *comparisonView() const { return m_comparison; }

public slots:
    void openRecording(qint64 recordingId);
    void openCoding(qint64 codingId);
    void showComparison(qint64 recordingId);

signals:
    // A coding was created, finalised or unlocked: listings may want to refresh.
    void codingsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void connectCodingView();
    void connectActions();
    void connectSession();
    void startCoding(const QString &role);
    void openConsensus(qint64 recordingId);
    // Beside a consensus coding, the comparison it resolves stays on screen.
    void showComparisonBeside();
    void refreshAll();
    void refreshSkill(const QString &key);
    void refreshNotes();
    void refreshWindow();
    void refreshStatus();
    void setMessage(const QString &text, bool error);
    void markSaved();
    // Someone else saved the coding first: the coder chooses whose changes stand.
    void resolveConflict();
    void refreshSaveState();
    // True (and says why) when unsaved edits keep the coder on this coding.
    bool unsavedEditsBlockLeaving();
    void activity();
    // Before the open coding is left or the page hidden: the unfinished note and the listening
    // position are kept (see CodingResumeKeeper).
    void leaveCoding();

    // Edits, each pushed as an undo command by the workflow.
    void scoreCurrent(int level);
    void score(const QString &key, int level);
    void markNotCodable(const QString &key);
    void editRationale(const QString &key, const QString &text);
    void startRationale();
    void newNote(const QString &kind);
    void startNoteEditing(const EvidenceNote &note, const QString &preTickedSkill);
    void finishNote(const EvidenceNote &note);
    void cancelNote();
    // After a note is added or cancelled, playback paused for typing carries on.
    void resumeAfterNote();
    void deleteNote(qint64 noteId);
    void setWindowStart();
    void setWindowEnd();
    void setWholeRecording();
    void unlock();
    void exportNotes();
    void focusScoring();
    void setEditingEnabled(bool enabled);

    // The player, behind a few calls so the rest of the page does not depend on its details.
    void loadAudio();
    qint64 playerPosition() const;

    CodingWorkflow *m_workflow = nullptr;
    qint64 m_recordingId = 0;
    qint64 m_durationMs = -1;
    QStackedWidget *m_stack = nullptr;
    RecordingStartPanel *m_start = nullptr;
    CodingView *m_codingView = nullptr;
    CodingHeader *m_header = nullptr;
    CodingActions *m_actions = nullptr;
    ComparisonView *m_comparison = nullptr;
    ComparisonView *m_besideComparison = nullptr;
    PlayerWidget *m_player = nullptr;
    ScoringPanel *m_scoring = nullptr;
    NotesPanel *m_notes = nullptr;
    CodingResumeKeeper *m_resumeKeeper = nullptr;
    NoteNavigator *m_navigator = nullptr;
    bool m_resumeAfterNote = false;
};
