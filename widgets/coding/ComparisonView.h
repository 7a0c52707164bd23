#pragma once

#include "audio/MarkerModel.h"

#include <QList>
#include <QWidget>

class ComparisonModel;
class Database;
class EvidenceNotesModel;
class ElidedLabel;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QWidget;

// Double coding side by side: the primary and second codings of one recording, skill by skill,
// with differences highlighted, a headline over the skills both coders scored, different coded
// windows named, both coders' evidence notes, who agreed the consensus, and "Create consensus
// coding" with who agreed it. Shows nothing until both codings are final.
//
// Beside a consensus coding (setBesideConsensus) it stays on screen while the disagreements are
// resolved: the headline, the skills and who agreed, without the buttons and note tables, and it
// hands both coders' notes to the player's timeline (coderMarkers).
class ComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(Database &database, QWidget *parent = nullptr);

    // False (with the reason shown) when the codings may not be compared yet. hasConsensus
    // turns "Create consensus coding" into "Open consensus coding".
    bool showRecording(qint64 recordingId, qint64 viewerId, const QString &title,
                       bool hasConsensus);
    ComparisonModel *model() const { return m_model; }
    void setBesideConsensus(bool beside);
    // Both coders' evidence notes, labelled with the coder, for the consensus's timeline; empty
    // when nothing may be shown.
    QList<Marker> coderMarkers() const;

signals:
    // The consensus coding was created, agreed by the people ticked.
    void consensusCreated(qint64 codingId);
    void openConsensusRequested(qint64 recordingId);
    void backRequested();

private:
    void showDetail(int row);
    QString headline(qint64 durationMs) const;
    void fillAgreement(bool hasConsensus);
    void createConsensus();
    // Reads the codings again (a coding unlocked, a consensus agreed elsewhere), keeping the
    // skill looked at and who is ticked as agreeing.
    void reread();

    Database &m_database;
    qint64 m_recordingId = 0;
    qint64 m_viewerId = 0;
    QString m_shownTitle;
    ComparisonModel *m_model = nullptr;
    EvidenceNotesModel *m_primaryNotes = nullptr;
    EvidenceNotesModel *m_secondNotes = nullptr;
    ElidedLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_primaryTitle = nullptr;
    QLabel *m_secondTitle = nullptr;
    QLabel *m_agreement = nullptr;
    QWidget *m_agreeRow = nullptr;
    QListWidget *m_agreedWith = nullptr;
    QWidget *m_notes = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_consensus = nullptr;
};
