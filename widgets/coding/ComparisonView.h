#pragma once

#include <QWidget>

class ComparisonModel;
class Database;
class EvidenceNotesModel;
class ElidedLabel;
class QLabel;
class QPushButton;
class QTableView;

// Double coding side by side: the primary and second codings of one recording, skill by skill,
// with differences highlighted and disagreements of two or more points flagged, both coders'
// evidence notes, and "Create consensus coding". Shows nothing until both codings are final.
class ComparisonView : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonView(Database &database, QWidget *parent = nullptr);

    // False (with the reason shown) when the codings may not be compared yet. hasConsensus
    // turns "Create consensus coding" into "Open consensus coding".
    bool showRecording(qint64 recordingId, qint64 viewerId, const QString &title,
                       bool hasConsensus);
    ComparisonModel *model() const { return m_model; }

signals:
    void consensusRequested(qint64 recordingId);
    void openConsensusRequested(qint64 recordingId);
    void backRequested();

private:
    void showDetail(int row);

    Database &m_database;
    qint64 m_recordingId = 0;
    ComparisonModel *m_model = nullptr;
    EvidenceNotesModel *m_primaryNotes = nullptr;
    EvidenceNotesModel *m_secondNotes = nullptr;
    ElidedLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_primaryTitle = nullptr;
    QLabel *m_secondTitle = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_consensus = nullptr;
};
