#include "FeedbackSheetView.h"

#include "FeedbackDueList.h"
#include "PdfDocument.h"
#include "ReportCharts.h"
#include "common/DateField.h"
#include "common/FileDialog.h"
#include "common/LiveRefresh.h"
#include "common/MessageBox.h"
#include "common/NameComboBox.h"
#include "domain/ValueSets.h"
#include "reports/FeedbackSheetDocument.h"
#include "services/CodingVisibility.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <qcustomplot.h>

FeedbackSheetView::FeedbackSheetView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_feedback(database) {
    setObjectName(QStringLiteral("feedbackSheetView"));
    auto *splitter = new QSplitter(this);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_due = new FeedbackDueList(m_feedback, left);
    left->setMinimumWidth(300);
    leftLayout->addWidget(m_due);
    // Feedback recorded by another coach leaves the list without F5; the sheet being read is
    // not reloaded under the coach.
    new LiveRefresh(database, m_due, [this] { m_due->refresh(); });

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    auto *choose = new QHBoxLayout;
    m_practitioner = new QComboBox(right);
    m_practitioner->setObjectName(QStringLiteral("feedbackPractitioner"));
    m_coding = new QComboBox(right);
    m_coding->setObjectName(QStringLiteral("feedbackCoding"));
    NameComboBox::keepNarrow(m_practitioner, 18);
    NameComboBox::keepNarrow(m_coding, 18);
    choose->addWidget(new QLabel(tr("Practitioner"), right));
    choose->addWidget(m_practitioner, 1);
    choose->addWidget(new QLabel(tr("Session"), right));
    choose->addWidget(m_coding, 1);
    rightLayout->addLayout(choose);

    m_browser = new QTextBrowser(right);
    m_browser->setObjectName(QStringLiteral("feedbackSheet"));
    m_browser->setOpenLinks(false);
    rightLayout->addWidget(m_browser, 3);

    m_chart = new QCustomPlot(right);
    m_chart->setObjectName(QStringLiteral("trajectoryChart"));
    m_chart->setMinimumHeight(200);
    ReportCharts::applyStyle(m_chart, 12);
    rightLayout->addWidget(m_chart, 2);

    auto *actions = new QHBoxLayout;
    m_teamMean = new QCheckBox(tr("Show the team mean"), right);
    m_teamMean->setObjectName(QStringLiteral("showTeamMean"));
    m_feedbackDate = new DateField(QDate::currentDate(), right);
    m_feedbackDate->setObjectName(QStringLiteral("feedbackDate"));
    m_record = new QPushButton(tr("Record feedback given"), right);
    m_record->setObjectName(QStringLiteral("recordFeedbackButton"));
    m_exportPdf = new QPushButton(tr("Export PDF…"), right);
    m_exportPdf->setObjectName(QStringLiteral("exportFeedbackPdfButton"));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("feedbackStatus"));
    // The chart's option and the message on one line, recording the feedback on the next, so
    // the sheet fits beside the due list on a 1366-pixel laptop screen.
    auto *chartLine = new QHBoxLayout;
    chartLine->addWidget(m_teamMean);
    chartLine->addStretch();
    chartLine->addWidget(m_status);
    rightLayout->addLayout(chartLine);
    actions->addStretch();
    actions->addWidget(new QLabel(tr("Feedback given on"), right));
    actions->addWidget(m_feedbackDate);
    actions->addWidget(m_record);
    actions->addWidget(m_exportPdf);
    rightLayout->addLayout(actions);
    splitter->setStretchFactor(1, 3);

    connect(m_due, &FeedbackDueList::codingChosen, this, &FeedbackSheetView::showCoding);
    connect(m_due, &FeedbackDueList::failed, m_status, &QLabel::setText);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &FeedbackSheetView::loadCodings);
    connect(m_coding, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showCoding(m_coding->itemData(index).toLongLong());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Links are "play:MS"; anything else is ignored rather than opened.
        if (url.scheme() == QLatin1String("play") && m_sheet)
            emit playEvidenceRequested(m_sheet->codingId, url.path().toLongLong());
    });
    connect(m_teamMean, &QCheckBox::toggled, this, &FeedbackSheetView::drawTrajectory);
    connect(m_record, &QPushButton::clicked, this, &FeedbackSheetView::recordFeedback);
    connect(m_exportPdf, &QPushButton::clicked, this, &FeedbackSheetView::exportPdf);
    reload();
}

qint64 FeedbackSheetView::currentCodingId() const {
    return m_sheet ? m_sheet->codingId : 0;
}

void FeedbackSheetView::reload() {
    loadPractitioners();
    m_due->refresh();
    // Open on the first sheet due now, which is what a coach comes here for.
    if (m_due->table()->rowCount() > 0)
        showCoding(m_due->table()->item(0, 0)->data(Qt::UserRole).toLongLong());
}

void FeedbackSheetView::loadPractitioners() {
    const QSignalBlocker blocker(m_practitioner);
    m_practitioner->clear();
    try {
        for (const NamedId &practitioner : m_feedback.practitioners())
            m_practitioner->addItem(practitioner.name, practitioner.id);
    } catch (const StorageError &error) {
        m_status->setText(error.message());
    }
    loadCodings();
}

void FeedbackSheetView::loadCodings() {
    populateCodings();
    if (m_coding->count() > 0)
        showCoding(m_coding->itemData(0).toLongLong());
    else
        showNothing(tr("No final codings for this practitioner yet."));
}

void FeedbackSheetView::showNothing(const QString &why) {
    // Nothing of the previous sheet may stay on screen or go into an export.
    m_sheet.reset();
    m_trajectory.clear();
    m_browser->setPlainText(why);
    m_status->setText(why);
    m_record->setEnabled(false);
    m_exportPdf->setEnabled(false);
    drawTrajectory();
}

void FeedbackSheetView::populateCodings() {
    const QSignalBlocker blocker(m_coding);
    m_coding->clear();
    try {
        const qint64 practitionerId = m_practitioner->currentData().toLongLong();
        for (const CodingChoice &choice : m_feedback.finalCodings(practitionerId)) {
            m_coding->addItem(tr("%1 (session %2)")
                                  .arg(choice.recordedOn.toString(QStringLiteral("d MMM yyyy")),
                                       choice.recordingCode),
                              choice.codingId);
        }
    } catch (const StorageError &error) {
        m_status->setText(error.message());
    }
}

void FeedbackSheetView::showCoding(qint64 codingId) {
    try {
        const qint64 viewer = CodingVisibility(m_database).viewerId();
        QString hidden;
        m_sheet = m_feedback.sheet(codingId, viewer, &hidden);
        if (!m_sheet) {
            showNothing(hidden.isEmpty() ? tr("That coding is not final.") : hidden);
            return;
        }
        m_trajectory = m_feedback.trajectory(m_sheet->practitionerId, viewer);
    } catch (const StorageError &error) {
        m_status->setText(error.message());
        return;
    }
    // Keep the choosers in step when the sheet was opened from the due list.
    const int p = m_practitioner->findData(m_sheet->practitionerId);
    if (p >= 0 && p != m_practitioner->currentIndex()) {
        const QSignalBlocker blocker(m_practitioner);
        m_practitioner->setCurrentIndex(p);
        populateCodings();
    }
    const int c = m_coding->findData(codingId);
    if (c >= 0 && c != m_coding->currentIndex()) {
        const QSignalBlocker blocker(m_coding);
        m_coding->setCurrentIndex(c);
    }
    m_record->setEnabled(true);
    m_exportPdf->setEnabled(true);
    m_browser->setHtml(FeedbackSheetDocument(*m_sheet).html());
    m_status->setText(
        m_sheet->feedbackGivenOn.isValid()
            ? tr("Feedback given on %1.")
                  .arg(m_sheet->feedbackGivenOn.toString(QStringLiteral("d MMM yyyy")))
            : tr("Feedback not yet recorded."));
    drawTrajectory();
}

std::optional<ReportCharts::MeanLine> FeedbackSheetView::chosenTeamMean() {
    if (!m_sheet || !m_teamMean->isChecked())
        return std::nullopt;
    try {
        QString why;
        const auto mean = m_feedback.teamMean(*m_sheet, &why);
        if (!mean)
            m_status->setText(why);
        return mean;
    } catch (const StorageError &error) {
        m_status->setText(error.message());
    }
    return std::nullopt;
}

void FeedbackSheetView::drawTrajectory() {
    if (!m_sheet) {
        m_chart->clearGraphs();
        m_chart->clearItems();
        m_chart->replot();
        return;
    }
    ReportCharts::trajectory(m_chart, m_trajectory, m_sheet->codingId, chosenTeamMean());
}

void FeedbackSheetView::recordFeedback() {
    if (!m_sheet)
        return;
    try {
        QString refused;
        if (!m_feedback.recordFeedbackGiven(*m_sheet, m_feedbackDate->date(), QDate::currentDate(),
                                            &refused)) {
            MessageBox::warning(this, tr("Record feedback"), refused);
            return;
        }
    } catch (const StorageError &error) {
        MessageBox::critical(this, tr("Record feedback"), error.message());
        return;
    }
    const qint64 id = m_sheet->codingId;
    m_due->refresh();
    showCoding(id);
}

void FeedbackSheetView::exportPdf() {
    if (!m_sheet)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the feedback sheet as PDF"),
        QDir::home().filePath(
            QStringLiteral("feedback-%1-%2.pdf")
                .arg(m_sheet->practitionerCode, m_sheet->recordedOn.toString(Qt::ISODate))),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(*m_sheet, m_trajectory, chosenTeamMean(), path, &error))
        MessageBox::critical(this, tr("Export PDF"),
                             tr("The feedback sheet could not be saved: %1").arg(error));
}

bool FeedbackSheetView::writePdf(const FeedbackSheet &sheet,
                                 const QList<TrajectoryPoint> &trajectory,
                                 const std::optional<ReportCharts::MeanLine> &teamMean,
                                 const QString &path, QString *error) {
    const FeedbackSheetDocument sheetDocument(sheet);
    PdfDocument document(
        tr("Coaching feedback · %1 · %2")
            .arg(sheet.practitionerCode, sheet.recordedOn.toString(QStringLiteral("d MMMM yyyy"))),
        tr("Private to the practitioner and their coach."));
    document.heading(tr("Coaching feedback"));
    document.keyFigures(
        {{tr("Practitioner"), sheet.practitionerName, sheet.practitionerCode},
         {tr("Session"), sheet.recordedOn.toString(QStringLiteral("d MMM yyyy")), sheet.teamName},
         {tr("Coded by"), sheet.coderName, ValueSets::label(sheet.role)},
         {tr("Coded window"), sheetDocument.windowText(), QString()}});
    document.subheading(tr("Scores"));
    document.table(sheetDocument.scores());

    const PdfDocument::Table notes = sheetDocument.notes();
    document.subheading(tr("Evidence from the recording"));
    if (notes.rows.isEmpty())
        document.paragraph(tr("No evidence notes."));
    else
        document.table(notes);
    document.subheading(tr("Overall comment"));
    document.paragraph(sheet.comment.isEmpty() ? tr("No comment.") : sheet.comment);

    document.subheading(tr("Trajectory across all final codings"));
    document.chart(
        [&trajectory, &sheet, &teamMean](QCustomPlot *plot) {
            ReportCharts::applyStyle(plot, 11);
            ReportCharts::trajectory(plot, trajectory, sheet.codingId, teamMean);
        },
        70);
    return document.write(path, error);
}
