#pragma once

#include "audio/MarkerModel.h"
#include "domain/EvidenceNote.h"

#include <QList>
#include <QWidget>

class CodingHeader;
class NotesPanel;
class PlayerWidget;
class QLabel;
class QSplitter;
class ScoringPanel;

// The coding view's layout: the header band, the player and waveform (with the notes as
// markers), the seven skills beside the evidence notes, and the strip of key hints. It holds
// the widgets; the coding page fills them and turns what the coder does into edits.
class CodingView : public QWidget {
    Q_OBJECT

public:
    explicit CodingView(QWidget *parent = nullptr);

    CodingHeader *header() const { return m_header; }
    PlayerWidget *player() const { return m_player; }
    ScoringPanel *scoring() const { return m_scoring; }
    NotesPanel *notes() const { return m_notes; }

    // The notes in the list and as markers on the waveform.
    void showNotes(const QList<EvidenceNote> &notes);
    // Why the audio cannot be played (the coder can still score); empty hides it.
    void showAudioProblem(const QString &problem);
    // Moves the keyboard into the notes list, on its first note when none is chosen.
    void focusNotesList();
    // While a consensus is resolved: `panel` (the comparison) beside the skills and notes, and
    // both coders' notes on the timeline with the consensus's own. Hidden when shown is false.
    void setBeside(QWidget *panel);
    void showBeside(bool shown, const QList<Marker> &coderMarkers);

private:
    CodingHeader *m_header = nullptr;
    MarkerModel *m_markers = nullptr;
    PlayerWidget *m_player = nullptr;
    QLabel *m_audioMessage = nullptr;
    ScoringPanel *m_scoring = nullptr;
    NotesPanel *m_notes = nullptr;
    QSplitter *m_split = nullptr;
    QWidget *m_beside = nullptr;
    QList<Marker> m_ownMarkers;
    QList<Marker> m_coderMarkers;
};
