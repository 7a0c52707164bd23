#include "CodingView.h"

#include "CodingHeader.h"
#include "NotesPanel.h"
#include "ScoringPanel.h"
#include "audio/MarkerModel.h"
#include "common/Theme.h"
#include "domain/CodingSchemeLoader.h"
#include "itemmodels/EvidenceNotesModel.h"
#include "player/PlayerWidget.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The player and its banner. Their wrapped text would make the area report a height for its
// width, which the view's layout treats as a fixed height, so the waveform could never shrink
// to leave the seven skills the room they need on a laptop screen.
class ShrinkableArea : public QWidget {
public:
    using QWidget::QWidget;
    bool hasHeightForWidth() const override { return false; }
};

} // namespace

CodingView::CodingView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("codingView"));
    m_markers = new MarkerModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new CodingHeader(this);
    layout->addWidget(m_header);

    auto *playerArea = new ShrinkableArea(this);
    playerArea->setObjectName(QStringLiteral("playerArea"));
    auto *playerLayout = new QVBoxLayout(playerArea);
    playerLayout->setContentsMargins(8, 6, 8, 0);
    m_audioMessage = new QLabel(playerArea);
    m_audioMessage->setObjectName(QStringLiteral("audioMessage"));
    m_audioMessage->setWordWrap(true);
    Theme::setRole(m_audioMessage, Theme::Role::WarningBanner);
    m_audioMessage->hide();
    playerLayout->addWidget(m_audioMessage);
    m_player = new PlayerWidget(playerArea);
    m_player->setObjectName(QStringLiteral("player"));
    m_player->setMarkerModel(m_markers);
    playerLayout->addWidget(m_player);
    layout->addWidget(playerArea);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    split->setObjectName(QStringLiteral("codingSplitter"));
    // No scroll area: every skill must stay scorable without scrolling, so the panel is never
    // given less width than its rows need; the notes beside it give way first.
    m_scoring = new ScoringPanel(split);
    m_scoring->setScheme(CodingSchemeLoader::builtIn());
    m_notes = new NotesPanel(CodingSchemeLoader::builtIn(), split);
    split->addWidget(m_scoring);
    split->addWidget(m_notes);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 420});
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 6, 8, 4);
    bodyLayout->addWidget(split);
    layout->addWidget(body, 1);

    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("keyHint"));
    hint->setWordWrap(true);
    Theme::setRole(hint, Theme::Role::KeyHint);
    hint->setText(tr("<b>Keys</b>  ↑/↓ skill · 1–5 score · 0 or X not codable · R rationale · "
                     "N note · S strength · D to develop · [ ] window start/end · W whole "
                     "recording · Ctrl+Enter finalise · Ctrl+Z undo · Ctrl+Shift+Z redo · "
                     "Space play/pause · ←/→ skip · Alt+↑/↓ previous/next note · Alt+←/→ move "
                     "the note"));
    layout->addWidget(hint);

    connect(m_player, &PlayerWidget::fileError, this, &CodingView::showAudioProblem);
}

void CodingView::showNotes(const QList<EvidenceNote> &notes) {
    m_notes->setNotes(notes);
    m_ownMarkers.clear();
    for (const EvidenceNote &note : notes)
        m_ownMarkers.append({note.id, note.atMs, note.kind, note.text.left(60), note.endMs});
    m_markers->setMarkers(m_ownMarkers + m_coderMarkers);
}

void CodingView::setBeside(QWidget *panel) {
    m_beside = panel;
    m_split->addWidget(panel);
    m_split->setCollapsible(m_split->indexOf(panel), true);
    m_split->setStretchFactor(m_split->indexOf(panel), 2);
    panel->hide();
}

void CodingView::showBeside(bool shown, const QList<Marker> &coderMarkers) {
    if (m_beside)
        m_beside->setVisible(shown);
    m_coderMarkers = shown ? coderMarkers : QList<Marker>();
    m_markers->setMarkers(m_ownMarkers + m_coderMarkers);
}

void CodingView::showAudioProblem(const QString &problem) {
    m_audioMessage->setText(problem);
    m_audioMessage->setVisible(!problem.isEmpty());
}

void CodingView::focusNotesList() {
    m_notes->table()->setFocus(Qt::ShortcutFocusReason);
    if (!m_notes->table()->currentIndex().isValid() && m_notes->model()->rowCount() > 0)
        m_notes->table()->setCurrentIndex(m_notes->model()->index(0, 0));
}
