#pragma once

#include "ReportCharts.h"
#include "services/FeedbackRecording.h"

#include <QWidget>

#include <optional>

class Database;
class FeedbackDueList;
class QCheckBox;
class QComboBox;
class QCustomPlot;
class DateField;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// The coaching feedback sheet for one final coding: scores with the level descriptors they
// matched, evidence notes by skill and kind (each with a "play" link), the overall comment and
// the practitioner's trajectory; plus the "Feedback due" list and "Record feedback given on".
// Private to the practitioner and their coach, and blind: a coding another coder of the same
// recording may not see yet is not shown (CodingVisibility).
class FeedbackSheetView : public QWidget {
    Q_OBJECT

public:
    explicit FeedbackSheetView(Database &database, QWidget *parent = nullptr);

    qint64 currentCodingId() const;
    const std::optional<FeedbackSheet> &sheet() const { return m_sheet; }

    // Writes the sheet (with the trajectory chart, and the team mean when given) as an A4 PDF.
    static bool writePdf(const FeedbackSheet &sheet, const QList<TrajectoryPoint> &trajectory,
                         const std::optional<ReportCharts::MeanLine> &teamMean, const QString &path,
                         QString *error);

public slots:
    void showCoding(qint64 codingId);
    void reload();

signals:
    // "Play this moment": the coding page should open the coding's recording at atMs.
    void playEvidenceRequested(qint64 codingId, qint64 atMs);

private:
    void loadPractitioners();
    void loadCodings();
    void populateCodings();
    // Clears the sheet, its chart and its actions, and says why in their place.
    void showNothing(const QString &why);
    void drawTrajectory();
    std::optional<ReportCharts::MeanLine> chosenTeamMean();
    void recordFeedback();
    void exportPdf();

    Database &m_database;
    FeedbackRecording m_feedback;
    std::optional<FeedbackSheet> m_sheet;
    QList<TrajectoryPoint> m_trajectory;

    FeedbackDueList *m_due = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_coding = nullptr;
    QTextBrowser *m_browser = nullptr;
    QCustomPlot *m_chart = nullptr;
    QCheckBox *m_teamMean = nullptr;
    DateField *m_feedbackDate = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QLabel *m_status = nullptr;
};
