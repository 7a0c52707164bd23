#include "NoteNavigator.h"

#include "NotesPanel.h"
#include "player/PlayerWidget.h"
#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"

namespace {

// The player counts as being at the chosen note this close to it (playing on, or rewound).
constexpr qint64 AtNoteMs = 2000;

} // namespace

NoteNavigator::NoteNavigator(CodingWorkflow *workflow, NotesPanel *notes, PlayerWidget *player,
                             QObject *parent)
    : QObject(parent)
    , m_workflow(workflow)
    , m_notes(notes)
    , m_player(player) {}

void NoteNavigator::jump(int direction) {
    m_workflow->recordActivity();
    const QList<EvidenceNote> &notes = m_workflow->session()->coding().notes; // sorted by time
    if (notes.isEmpty()) {
        emit refused(tr("This coding has no notes yet: press N at a moment worth noting."));
        return;
    }
    const qint64 chosen = m_notes->currentNoteId();
    const qsizetype chosenIndex =
        std::find_if(notes.cbegin(), notes.cend(),
                     [chosen](const EvidenceNote &note) { return note.id == chosen; }) -
        notes.cbegin();
    const bool hasFile = m_player->hasFile();
    const qint64 position = hasFile ? m_player->positionMs() : 0;
    qsizetype target = -1;
    if (chosenIndex < notes.size() &&
        (!hasFile || qAbs(position - notes.at(chosenIndex).atMs) <= AtNoteMs)) {
        // From the chosen note, so that notes at the same moment are each visited.
        target = chosenIndex + direction;
    } else if (direction > 0) {
        target = std::find_if(notes.cbegin(), notes.cend(),
                              [position](const EvidenceNote &n) { return n.atMs > position; }) -
                 notes.cbegin();
    } else {
        for (qsizetype i = notes.size() - 1; i >= 0 && target < 0; --i) {
            if (notes.at(i).atMs < position)
                target = i;
        }
    }
    if (target < 0 || target >= notes.size()) {
        emit refused(direction > 0 ? tr("There are no more notes after this one.")
                                   : tr("There are no notes before this one."));
        return;
    }
    const EvidenceNote &note = notes.at(target);
    m_notes->selectNote(note.id);
    if (hasFile)
        m_player->seek(note.atMs);
}

void NoteNavigator::nudge(qint64 deltaMs) {
    const qint64 id = m_notes->currentNoteId();
    if (id == 0) {
        emit refused(tr("Choose a note first: L goes to the notes list, Alt+↓ to the next note."));
        return;
    }
    if (!m_workflow->nudgeNote(id, deltaMs))
        return;
    m_notes->selectNote(id);
    // The coder hears where the note now starts.
    if (m_player->hasFile() && !m_player->isPlaying())
        m_player->seek(m_workflow->session()->note(id).atMs);
}
