#pragma once

#include "reports/ReportData.h"
#include "reports/ReportTables.h"
#include "services/ReportRun.h"

#include <QWidget>

#include <functional>
#include <optional>

class BackgroundRead;
class Database;
class FeedbackSheetView;
class QComboBox;
class QCustomPlot;
class DateField;
class QLabel;
class QPrinter;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The Reports page: the Practice Report on screen (choose scope and period; the same seven
// sections as the PDF, with charts) with Print and Export, and the coaching feedback sheets.
class ReportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(Database &database, QWidget *parent = nullptr);
    ~ReportsPage() override;

    const std::optional<ReportData> &report() const { return m_report; }
    // The tables on screen, as built from report(); the PDF prints the same.
    const std::optional<ReportTables> &tables() const { return m_tables; }
    FeedbackSheetView *feedbackView() const { return m_feedback; }

    // Seam for tests: the next Print does not show the print dialog; the hook configures the
    // printer (e.g. to a PDF file) and returns whether to go ahead.
    static void setNextPrintHook(std::function<bool(QPrinter *)> hook);

public slots:
    void refresh();
    // Rebuilds the report only when the database changed since it was last built: called when
    // the user comes back to the page, after codings were finalised or consent withdrawn.
    void refreshIfChanged();
    void reloadChoices();
    // Waits for the report being worked out (on a worker thread) and shows it.
    void finishWork();

signals:
    void playEvidenceRequested(qint64 codingId, qint64 atMs);
    // A report was built and shown (not emitted when coming back finds nothing changed).
    void reportShown();

private:
    void buildUi();
    // Someone changed the data since the report on screen was made: a heavy report is not
    // worked out again by itself, the page says so and offers Refresh.
    void markOutOfDate();
    void showReport(const ReportData &report);
    std::optional<ReportPeriod> currentPeriod(QString *error) const;
    void setReportActionsEnabled(bool enabled);
    void editSettings();
    void exportPdf();
    void exportCsv();
    void exportXlsx();
    void print();

    Database &m_database;
    ReportRun m_run;
    BackgroundRead *m_build = nullptr;
    std::optional<ReportData> m_report;
    std::optional<ReportTables> m_tables;
    QString m_builtAt; // the database change stamp when the report was last built

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_periodMode = nullptr;
    QComboBox *m_quarter = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportXlsx = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_outOfDate = nullptr;
    QLabel *m_codings = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_overall = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_trendNote = nullptr;
    QCustomPlot *m_skillsChart = nullptr;
    QCustomPlot *m_distributionChart = nullptr;
    QCustomPlot *m_trendChart = nullptr;
    QCustomPlot *m_factorChart = nullptr;
    QTableWidget *m_referenceTable = nullptr;
    QTableWidget *m_skillsTable = nullptr;
    QTableWidget *m_engagementTable = nullptr;
    QLabel *m_familyChangeCaption = nullptr;
    QTableWidget *m_familyChangeTable = nullptr;
    QLabel *m_familyChangeNote = nullptr;
    QTableWidget *m_reliabilityTable = nullptr;
    QLabel *m_reliabilityNote = nullptr;
    QTableWidget *m_coverageTable = nullptr;
    QLabel *m_reliabilityCaution = nullptr;
    QTableWidget *m_reliabilityAgreementTable = nullptr;
    QLabel *m_glossary = nullptr;
    FeedbackSheetView *m_feedback = nullptr;
};
