#include "ReportsPage.h"

#include "FeedbackSheetView.h"
#include "ReportCharts.h"
#include "ReportPdfWriter.h"
#include "ReportSettingsDialog.h"
#include "common/BackgroundRead.h"
#include "common/DateField.h"
#include "common/FileDialog.h"
#include "common/LiveRefresh.h"
#include "common/MessageBox.h"
#include "common/NameComboBox.h"
#include "common/Theme.h"
#include "reports/ReportFormat.h"
#include "reports/ReportXlsxWriter.h"
#include "services/CodingVisibility.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace {

std::function<bool(QPrinter *)> &printHook() {
    static std::function<bool(QPrinter *)> hook;
    return hook;
}

QLabel *sectionHeading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    Theme::setRole(label, Theme::Role::SectionHeading);
    return label;
}

QLabel *note(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    Theme::setRole(label, Theme::Role::Muted);
    return label;
}

QLabel *tile(const QString &objectName, const QString &caption, QWidget *parent, QHBoxLayout *row) {
    auto *frame = new QFrame(parent);
    Theme::setRole(frame, Theme::Role::Tile);
    auto *layout = new QVBoxLayout(frame);
    auto *captionLabel = new QLabel(caption, frame);
    Theme::setRole(captionLabel, Theme::Role::Muted);
    auto *value = new QLabel(frame);
    value->setObjectName(objectName);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    value->setTextFormat(Qt::PlainText);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    row->addWidget(frame);
    return value;
}

QCustomPlot *chart(const QString &objectName, int height, QWidget *parent) {
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setMinimumHeight(height);
    ReportCharts::applyStyle(plot, 12);
    return plot;
}

QTableWidget *table(const QString &objectName, QWidget *parent) {
    auto *widget = new QTableWidget(parent);
    widget->setObjectName(objectName);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionMode(QAbstractItemView::NoSelection);
    widget->verticalHeader()->setVisible(false);
    widget->setAlternatingRowColors(true);
    widget->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    widget->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return widget;
}

// Shows one of the report's tables (ReportTables) as it is, cell for cell, as the PDF prints it.
void fill(QTableWidget *widget, const ReportTable &table) {
    const QStringList &header = table.header;
    const QList<QStringList> &rows = table.rows;
    widget->clear();
    widget->setColumnCount(int(header.size()));
    widget->setRowCount(int(rows.size()));
    widget->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            item->setTextAlignment((table.isRightAligned(c) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
            if (table.emphasisedRows.contains(r)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            widget->setItem(r, c, item);
        }
    }
    widget->resizeColumnsToContents();
    // The label column takes the spare width, so the numbers stay beside their labels.
    if (widget->columnCount() > 0)
        widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    widget->resizeRowsToContents();
    int height = widget->horizontalHeader()->height() + 2 * widget->frameWidth();
    for (int r = 0; r < widget->rowCount(); ++r)
        height += widget->rowHeight(r);
    widget->setFixedHeight(height);
}

} // namespace

ReportsPage::ReportsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_run(database)
    , m_build(new BackgroundRead(database, this)) {
    buildUi();
    reloadChoices();
    new LiveRefresh(database, this, [this] { markOutOfDate(); });
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::setNextPrintHook(std::function<bool(QPrinter *)> hook) {
    printHook() = std::move(hook);
}

void ReportsPage::buildUi() {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    outer->addWidget(m_tabs);

    auto *reportTab = new QWidget(m_tabs);
    auto *reportLayout = new QVBoxLayout(reportTab);

    auto *controls = new QHBoxLayout;
    m_scope = new QComboBox(reportTab);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    NameComboBox::keepNarrow(m_scope, 24);
    m_periodMode = new QComboBox(reportTab);
    m_periodMode->setObjectName(QStringLiteral("periodMode"));
    m_periodMode->addItem(tr("Quarter"));
    m_periodMode->addItem(tr("Dates"));
    m_quarter = new QComboBox(reportTab);
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    m_from = new DateField(reportTab);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new DateField(reportTab);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (DateField *edit : {m_from, m_to})
        edit->setVisible(false);
    m_settings = new QPushButton(tr("Report settings…"), reportTab);
    m_settings->setObjectName(QStringLiteral("reportSettingsButton"));
    m_settings->setToolTip(
        tr("The small-number threshold and the reference points, for the whole organisation"));
    m_print = new QPushButton(tr("Print…"), reportTab);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_exportPdf = new QPushButton(tr("Export PDF…"), reportTab);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportCsv = new QPushButton(tr("Export CSV…"), reportTab);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportXlsx = new QPushButton(tr("Export Excel…"), reportTab);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    controls->addWidget(new QLabel(tr("Report for"), reportTab));
    controls->addWidget(m_scope, 1);
    controls->addWidget(new QLabel(tr("Period"), reportTab));
    controls->addWidget(m_periodMode);
    controls->addWidget(m_quarter);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addStretch();
    controls->addWidget(m_settings);
    controls->addWidget(m_print);
    controls->addWidget(m_exportPdf);
    controls->addWidget(m_exportCsv);
    controls->addWidget(m_exportXlsx);
    reportLayout->addLayout(controls);

    m_outOfDate = new QWidget(reportTab);
    m_outOfDate->setObjectName(QStringLiteral("reportOutOfDate"));
    auto *outOfDateRow = new QHBoxLayout(m_outOfDate);
    outOfDateRow->setContentsMargins(0, 0, 0, 0);
    auto *outOfDateText = new QLabel(
        tr("This report is out of date: codings or measures have changed since it was made."),
        m_outOfDate);
    outOfDateText->setWordWrap(true);
    Theme::setRole(outOfDateText, Theme::Role::WarningBanner);
    auto *refreshButton = new QPushButton(tr("Refresh"), m_outOfDate);
    refreshButton->setObjectName(QStringLiteral("reportRefreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    outOfDateRow->addWidget(outOfDateText, 1);
    outOfDateRow->addWidget(refreshButton);
    m_outOfDate->hide();
    reportLayout->addWidget(m_outOfDate);

    auto *scroll = new QScrollArea(reportTab);
    scroll->setObjectName(QStringLiteral("reportScroll"));
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *body = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    body->addWidget(m_title);
    body->addWidget(m_status);

    body->addWidget(sectionHeading(tr("1. Headline"), content));
    auto *tiles = new QHBoxLayout;
    m_codings = tile(QStringLiteral("headlineCodings"), tr("Coded sessions"), content, tiles);
    m_coverage =
        tile(QStringLiteral("headlineCoverage"), tr("Practitioners observed"), content, tiles);
    m_overall = tile(QStringLiteral("headlineOverall"), tr("Overall MSW score"), content, tiles);
    m_change = tile(QStringLiteral("headlineChange"), tr("Change on previous"), content, tiles);
    body->addLayout(tiles);
    m_referenceTable = table(QStringLiteral("headlineReferenceTable"), content);
    body->addWidget(m_referenceTable);

    body->addWidget(sectionHeading(tr("2. Skills profile"), content));
    m_skillsChart = chart(QStringLiteral("skillsChart"), 420, content);
    body->addWidget(m_skillsChart);
    m_skillsTable = table(QStringLiteral("skillsTable"), content);
    body->addWidget(m_skillsTable);

    body->addWidget(sectionHeading(tr("3. Distribution of scores"), content));
    m_distributionChart = chart(QStringLiteral("distributionChart"), 340, content);
    body->addWidget(m_distributionChart);

    body->addWidget(sectionHeading(tr("4. Trend"), content));
    m_trendChart = chart(QStringLiteral("trendChart"), 300, content);
    m_factorChart = chart(QStringLiteral("factorTrendChart"), 300, content);
    body->addWidget(m_trendChart);
    body->addWidget(m_factorChart);
    // A coaching report's unfinished quarter is a gap in the chart; this says why, in words.
    m_trendNote = new QLabel(content);
    m_trendNote->setObjectName(QStringLiteral("trendNote"));
    m_trendNote->setWordWrap(true);
    m_trendNote->hide();
    body->addWidget(m_trendNote);

    body->addWidget(sectionHeading(tr("5. Engagement and family change"), content));
    m_engagementTable = table(QStringLiteral("engagementTable"), content);
    m_familyChangeCaption = new QLabel(content);
    m_familyChangeCaption->setObjectName(QStringLiteral("familyChangeCaption"));
    m_familyChangeCaption->setTextFormat(Qt::PlainText);
    m_familyChangeTable = table(QStringLiteral("familyChangeTable"), content);
    m_familyChangeNote = note(QStringLiteral("familyChangeNote"), content);
    body->addWidget(m_engagementTable);
    body->addWidget(m_familyChangeCaption);
    body->addWidget(m_familyChangeTable);
    body->addWidget(m_familyChangeNote);

    body->addWidget(sectionHeading(tr("6. How closely coders agree (reliability)"), content));
    m_reliabilityCaution = note(QStringLiteral("reliabilityCaution"), content);
    Theme::setRole(m_reliabilityCaution, Theme::Role::Warning);
    body->addWidget(m_reliabilityCaution);
    m_reliabilityTable = table(QStringLiteral("reliabilityTable"), content);
    body->addWidget(m_reliabilityTable);
    m_reliabilityAgreementTable = table(QStringLiteral("reliabilityAgreementTable"), content);
    body->addWidget(m_reliabilityAgreementTable);
    m_reliabilityNote = note(QStringLiteral("reliabilityNote"), content);
    body->addWidget(m_reliabilityNote);

    body->addWidget(sectionHeading(tr("7. Coverage and timeliness"), content));
    m_coverageTable = table(QStringLiteral("coverageTable"), content);
    body->addWidget(m_coverageTable);

    body->addWidget(sectionHeading(tr("Glossary: the words in this report"), content));
    // A label rather than a table: its long explanations wrap to the page's width.
    m_glossary = new QLabel(content);
    m_glossary->setObjectName(QStringLiteral("glossary"));
    m_glossary->setWordWrap(true);
    m_glossary->setTextFormat(Qt::RichText);
    body->addWidget(m_glossary);
    body->addStretch();
    scroll->setWidget(content);
    reportLayout->addWidget(scroll, 1);
    m_tabs->addTab(reportTab, tr("Practice Report"));

    m_feedback = new FeedbackSheetView(m_database, m_tabs);
    m_tabs->addTab(m_feedback, tr("Coaching feedback"));
    connect(m_feedback, &FeedbackSheetView::playEvidenceRequested, this,
            &ReportsPage::playEvidenceRequested);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_from, &DateField::dateChanged, this, &ReportsPage::refresh);
    connect(m_to, &DateField::dateChanged, this, &ReportsPage::refresh);
    connect(m_periodMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool dates = index == 1;
        m_quarter->setVisible(!dates);
        m_from->setVisible(dates);
        m_to->setVisible(dates);
        refresh();
    });
    connect(m_settings, &QPushButton::clicked, this, &ReportsPage::editSettings);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_exportXlsx, &QPushButton::clicked, this, &ReportsPage::exportXlsx);
}

void ReportsPage::reloadChoices() {
    const QSignalBlocker blockScope(m_scope);
    const QSignalBlocker blockQuarter(m_quarter);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_scope->clear();
    m_quarter->clear();
    try {
        const QDate today = QDate::currentDate();
        const ReportRun::Choices choices = m_run.choices(today);
        for (const ReportRun::ScopeChoice &choice : choices.scopes) {
            switch (choice.kind) {
            case ReportRun::ScopeChoice::Kind::Service:
                m_scope->addItem(tr("Whole service"), choice.key);
                break;
            case ReportRun::ScopeChoice::Kind::Team:
                m_scope->addItem(tr("Team: %1").arg(choice.name), choice.key);
                break;
            case ReportRun::ScopeChoice::Kind::Practitioner:
                // A coaching report is for the practitioner and their coach only; the label says
                // so beside the manager scopes above it.
                m_scope->addItem(tr("Coaching (private): %1").arg(choice.name), choice.key);
                break;
            }
        }
        for (const ReportPeriod &quarter : choices.quarters)
            m_quarter->addItem(quarter.label(), quarter.key());
        m_quarter->setCurrentIndex(choices.openingQuarter);
        m_from->setDate(choices.range.from());
        m_to->setDate(choices.range.to());
    } catch (const StorageError &error) {
        m_status->setText(error.message());
    }
    refresh();
}

std::optional<ReportPeriod> ReportsPage::currentPeriod(QString *error) const {
    if (m_periodMode->currentIndex() == 0)
        return ReportPeriod::parseQuarter(m_quarter->currentData().toString(), error);
    return ReportPeriod::range(m_from->date(), m_to->date(), error);
}

void ReportsPage::refreshIfChanged() {
    if (m_build->isRunning() || m_run.unchangedSince(m_builtAt))
        return;
    refresh();
}

void ReportsPage::setReportActionsEnabled(bool enabled) {
    for (QPushButton *button : {m_print, m_exportPdf, m_exportCsv, m_exportXlsx})
        button->setEnabled(enabled);
}

void ReportsPage::markOutOfDate() {
    if (m_report && !m_build->isRunning() && !m_run.unchangedSince(m_builtAt))
        m_outOfDate->show();
}

void ReportsPage::refresh() {
    m_outOfDate->hide();
    QString error;
    const std::optional<ReportPeriod> period = currentPeriod(&error);
    if (!period) {
        m_report.reset();
        m_tables.reset();
        m_title->setText(tr("No report"));
        m_status->setText(tr("Choose a period: %1.").arg(error));
        setReportActionsEnabled(false);
        m_builtAt = m_run.changeStamp();
        return;
    }
    // Years of codings take a while to count: the report is worked out on a worker thread, and
    // the page says so meanwhile. A change of choice while it works is taken up when it ends.
    m_status->setText(tr("Working out the report…"));
    setReportActionsEnabled(false);
    struct Built {
        std::optional<ReportData> report;
        QString error;
    };
    const QString scope = m_scope->currentData().toString();
    m_build->start<Built>(
        [scope, period = *period](Database &database) {
            Built built;
            const ReportRun run(database);
            const auto spec = run.spec({scope}, period, &built.error);
            if (spec)
                built.report = run.buildFor(*spec, CodingVisibility(database).viewerId());
            return built;
        },
        [this](Built built) {
            // Taken when the report is in, after anything it wrote (a carried-over setting).
            m_builtAt = m_run.changeStamp();
            if (!built.report) {
                m_report.reset();
                m_tables.reset();
                m_title->setText(tr("No report"));
                m_status->setText(tr("Choose a period: %1.").arg(built.error));
                return;
            }
            m_report = std::move(built.report);
            showReport(*m_report);
            setReportActionsEnabled(true);
        },
        [this](const QString &message) {
            m_builtAt = m_run.changeStamp();
            m_report.reset();
            m_tables.reset();
            m_status->setText(tr("The report could not be made: %1").arg(message));
        });
}

void ReportsPage::finishWork() {
    m_build->finish();
}

namespace {
// Sessions left out of a practitioner report because the reader is still coding them blind.
QString hiddenSessionsText(const QStringList &codes) {
    if (codes.isEmpty())
        return {};
    const QString joined = codes.join(QStringLiteral(", "));
    return QStringLiteral(" ") + ReportsPage::tr("%1 not counted here.").arg(joined) +
           QStringLiteral(" ") + CodingVisibility::hiddenReason(joined);
}
} // namespace

void ReportsPage::showReport(const ReportData &report) {
    m_title->setText(report.title() + QStringLiteral(" — ") + report.spec.scopeLabel());
    // An incomplete period says so first, in words, so its figures are not read as final.
    const QString incomplete =
        report.isIncomplete() ? report.incompleteText() + QStringLiteral(". ") : QString();
    m_status->setText(
        incomplete +
        (report.spec.isManagerReport()
             ? tr("%1. Only final codings count, one per session (the consensus coding where "
                  "there is one). A figure is shown as \"%3\" when it rests on fewer than %2 "
                  "coded sessions or practitioners (families, for family measures), or when any "
                  "team's quarter inside it does or has not yet ended, so that no report can be "
                  "subtracted from another to single anyone out.")
             : tr("%1. Coaching (private): for the practitioner and their coach only. Only final "
                  "codings count, one per session. Figures based on fewer than %2 codings "
                  "(families, for family measures) are shown as \"%3\"."))
            .arg(report.spec.period.label())
            .arg(report.suppressionThreshold)
            .arg(report.suppressedText()) +
        hiddenSessionsText(report.spec.hiddenRecordingCodes));
    m_codings->setText(QString::number(report.codings));
    m_coverage->setText(
        tr("%1 of %2 active").arg(report.practitionersObserved).arg(report.practitionersActive));
    m_coverage->setToolTip(ReportData::practitionerTerms());
    m_overall->setText(ReportFormat::mean(report, report.overall));
    m_overall->setToolTip(ReportFormat::interval(report.overall));
    m_change->setText(ReportFormat::signedValue(report, report.changeOnPrevious));
    m_change->setToolTip(
        tr("%1 was %2")
            .arg(report.previousPeriod.key(), ReportFormat::mean(report, report.previousOverall)));

    // The same cells as the PDF: both take them from ReportTables.
    m_tables = ReportTables::of(report);
    const ReportTables &tables = *m_tables;
    fill(m_referenceTable, tables.references);
    // The source is the long column; the label keeps to its text.
    m_referenceTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_referenceTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    ReportCharts::skillsProfile(m_skillsChart, report);
    ReportCharts::distribution(m_distributionChart, report);
    ReportCharts::trendOverall(m_trendChart, report);
    ReportCharts::trendFactors(m_factorChart, report);
    m_trendNote->setText(report.incompleteTrendNote());
    m_trendNote->setVisible(!m_trendNote->text().isEmpty());

    fill(m_skillsTable, tables.skills);
    fill(m_engagementTable, tables.engagement);
    m_familyChangeCaption->setText(tables.familyChangeCaption);
    m_familyChangeCaption->setVisible(!tables.familyChangeCaption.isEmpty());
    fill(m_familyChangeTable, tables.familyChange);
    m_familyChangeNote->setText(tables.familyChangeWithheld.isEmpty()
                                    ? tables.familyChangeNote
                                    : tables.familyChangeWithheld);
    m_familyChangeNote->setVisible(!tables.familyChangeCaption.isEmpty());
    fill(m_reliabilityTable, tables.reliability);
    fill(m_reliabilityAgreementTable, tables.reliabilityAgreement);
    m_reliabilityCaution->setText(tables.reliabilityCaution);
    m_reliabilityCaution->setVisible(!tables.reliabilityCaution.isEmpty());
    m_reliabilityNote->setText(tables.reliabilityNote);
    fill(m_coverageTable, tables.coverage);
    QString glossary;
    for (const QStringList &entry : tables.glossary.rows) {
        glossary += QStringLiteral("<p><b>%1</b>: %2</p>")
                        .arg(entry.value(0).toHtmlEscaped(), entry.value(1).toHtmlEscaped());
    }
    m_glossary->setText(glossary);
    emit reportShown();
}

void ReportsPage::editSettings() {
    // Window-modal without a nested event loop, so the page keeps painting and tests never block.
    auto *dialog = new ReportSettingsDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ReportsPage::refresh);
    dialog->open();
}

void ReportsPage::exportPdf() {
    if (!m_report)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the Practice Report as PDF"),
        QDir::home().filePath(
            QStringLiteral("practice-report-%1.pdf").arg(m_report->spec.period.key())),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // The writer goes through OutputFile: the message already says what happened to the file.
    QString error;
    if (!ReportPdfWriter::write(*m_report, path, &error))
        MessageBox::critical(this, tr("Export PDF"), error);
}

void ReportsPage::exportCsv() {
    if (!m_report)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the Practice Report as CSV"),
        QDir::home().filePath(
            QStringLiteral("practice-report-%1.csv").arg(m_report->spec.period.key())),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportRun::writeCsv(*m_report, path, &error))
        MessageBox::critical(this, tr("Export CSV"), error);
}

void ReportsPage::exportXlsx() {
    if (!m_report)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the Practice Report as an Excel workbook"),
        QDir::home().filePath(
            QStringLiteral("practice-report-%1.xlsx").arg(m_report->spec.period.key())),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportXlsxWriter::write(*m_report, path, &error))
        MessageBox::critical(this, tr("Export Excel"), error);
}

void ReportsPage::print() {
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_report->title());
    bool go = false;
    if (printHook()) {
        go = printHook()(&printer);
        printHook() = nullptr;
    } else {
        QPrintDialog dialog(&printer, this);
        go = dialog.exec() == QDialog::Accepted;
    }
    if (go && !ReportPdfWriter::print(*m_report, &printer))
        MessageBox::critical(this, tr("Print"), tr("The report could not be printed."));
}
