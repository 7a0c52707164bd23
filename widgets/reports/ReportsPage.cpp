#include "ReportsPage.h"

#include "FeedbackSheetView.h"
#include "ReportCharts.h"
#include "ReportPdfWriter.h"
#include "ReportSettingsDialog.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "io/OutputFile.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCsvWriter.h"
#include "reports/ReportFormat.h"
#include "settings/Settings.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"
#include "storage/ReportQueries.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
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
    label->setStyleSheet(QStringLiteral("color: #0072B2; margin-top: 14px;"));
    return label;
}

QLabel *tile(const QString &objectName, const QString &caption, QWidget *parent, QHBoxLayout *row) {
    auto *frame = new QFrame(parent);
    frame->setStyleSheet(QStringLiteral("QFrame { background: #eef4f9; border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(frame);
    auto *captionLabel = new QLabel(caption, frame);
    captionLabel->setStyleSheet(QStringLiteral("color: #555555;"));
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

void fill(QTableWidget *widget, const QStringList &header, const QList<QStringList> &rows) {
    widget->clear();
    widget->setColumnCount(int(header.size()));
    widget->setRowCount(int(rows.size()));
    widget->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
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
    , m_database(database) {
    buildUi();
    reloadChoices();
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
    m_scope->setMinimumContentsLength(24);
    m_periodMode = new QComboBox(reportTab);
    m_periodMode->setObjectName(QStringLiteral("periodMode"));
    m_periodMode->addItem(tr("Quarter"));
    m_periodMode->addItem(tr("Dates"));
    m_quarter = new QComboBox(reportTab);
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    m_from = new QDateEdit(reportTab);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(reportTab);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setVisible(false);
    }
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
    reportLayout->addLayout(controls);

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
    m_familyChangeTable = table(QStringLiteral("familyChangeTable"), content);
    body->addWidget(m_engagementTable);
    body->addWidget(m_familyChangeTable);

    body->addWidget(sectionHeading(tr("6. Reliability of coding"), content));
    m_reliabilityTable = table(QStringLiteral("reliabilityTable"), content);
    body->addWidget(m_reliabilityTable);

    body->addWidget(sectionHeading(tr("7. Coverage and timeliness"), content));
    m_coverageTable = table(QStringLiteral("coverageTable"), content);
    body->addWidget(m_coverageTable);
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
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
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
}

void ReportsPage::reloadChoices() {
    const QSignalBlocker blockScope(m_scope);
    const QSignalBlocker blockQuarter(m_quarter);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_scope->clear();
    m_quarter->clear();
    try {
        const ReportQueries queries(m_database);
        m_scope->addItem(tr("Whole service"), QStringLiteral("service"));
        for (const NamedId &team : queries.teams())
            m_scope->addItem(tr("Team: %1").arg(team.name),
                             QString(QStringLiteral("team:") + team.name));
        // A coaching report is for the practitioner and their coach only; the label says so
        // beside the manager scopes above it.
        for (const NamedId &practitioner : queries.practitioners()) {
            m_scope->addItem(tr("Coaching (private): %1").arg(practitioner.name),
                             QString(QStringLiteral("practitioner:") +
                                     practitioner.name.section(QStringLiteral(": "), 0, 0)));
        }
        const auto range = queries.codedDateRange();
        QDate last = range ? range->second : QDate::currentDate();
        QDate first = range ? range->first : last.addYears(-1);
        // The most recent quarter first; at least the last eight quarters are offered.
        first = std::min(first, last.addMonths(-21));
        ReportPeriod quarter = ReportPeriod::quarterContaining(last);
        // The page opens on the last quarter that has ended: a quarter still under way is
        // incomplete, and managers see none of its figures until it ends (docs/privacy.md).
        const QDate today = QDate::currentDate();
        int opening = -1;
        while (quarter.to() >= first) {
            if (opening < 0 && quarter.to() < today)
                opening = m_quarter->count();
            m_quarter->addItem(quarter.label(), quarter.key());
            quarter = quarter.previous();
        }
        m_quarter->setCurrentIndex(std::max(0, opening));
        // A date range starts as whole quarters too, the only ranges a manager report covers.
        const ReportPeriod lastComplete = ReportPeriod::quarterContaining(today).previous();
        m_from->setDate(lastComplete.from());
        m_to->setDate(lastComplete.to());
    } catch (const StorageError &error) {
        m_status->setText(error.message());
    }
    refresh();
}

std::optional<ReportSpec> ReportsPage::currentSpec(QString *error) const {
    std::optional<ReportPeriod> period;
    if (m_periodMode->currentIndex() == 0)
        period = ReportPeriod::parseQuarter(m_quarter->currentData().toString(), error);
    else
        period = ReportPeriod::range(m_from->date(), m_to->date(), error);
    if (!period)
        return std::nullopt;
    const ReportQueries queries(m_database);
    return ReportSpec::resolve(queries, {m_scope->currentData().toString()}, *period, error);
}

void ReportsPage::refreshIfChanged() {
    if (m_database.changes().unchangedSince(m_builtAt))
        return;
    refresh();
}

void ReportsPage::refresh() {
    // Taken when refresh ends, after anything it writes (a carried-over setting).
    const auto remember = qScopeGuard([this] { m_builtAt = m_database.changes().stamp(); });
    QString error;
    try {
        const auto spec = currentSpec(&error);
        if (!spec) {
            m_report.reset();
            m_title->setText(tr("No report"));
            m_status->setText(tr("Choose a period: %1.").arg(error));
            for (QPushButton *button : {m_print, m_exportPdf, m_exportCsv})
                button->setEnabled(false);
            return;
        }
        const Settings settings;
        const ReportSettings reportSettings =
            OrganisationSettingsRepository(m_database)
                .reportSettingsCarryingOver(settings.legacySuppressionThreshold(),
                                            settings.coderUsername());
        ReportBuilder::Options options;
        options.suppressionThreshold = reportSettings.suppressionThreshold;
        options.referencePoints = reportSettings.referencePoints;
        options.followUpWeeks = reportSettings.followUpWeeks;
        m_report = ReportBuilder(m_database, options).build(*spec);
        showReport(*m_report);
        for (QPushButton *button : {m_print, m_exportPdf, m_exportCsv})
            button->setEnabled(true);
    } catch (const StorageError &storageError) {
        m_report.reset();
        m_status->setText(tr("The report could not be made: %1").arg(storageError.message()));
        for (QPushButton *button : {m_print, m_exportPdf, m_exportCsv})
            button->setEnabled(false);
    }
}

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
            .arg(report.suppressedText()));
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

    // The overall score read against the organisation's reference points, each with its source.
    QList<QStringList> references{{tr("This report: %1").arg(report.spec.period.key()),
                                   ReportFormat::mean(report, report.overall), QString()}};
    for (const ReferencePoint &point : report.referencePoints)
        references.append({point.label, QString::number(point.value, 'f', 2), point.source});
    fill(m_referenceTable, {tr("Overall MSW score"), tr("Score"), tr("Source")}, references);
    // The source is the long column; the label keeps to its text.
    m_referenceTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_referenceTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < m_referenceTable->rowCount(); ++row)
        m_referenceTable->item(row, 2)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (QTableWidgetItem *item = m_referenceTable->item(0, 0)) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_referenceTable->item(0, 1)->setFont(bold);
    }

    ReportCharts::skillsProfile(m_skillsChart, report);
    ReportCharts::distribution(m_distributionChart, report);
    ReportCharts::trendOverall(m_trendChart, report);
    ReportCharts::trendFactors(m_factorChart, report);
    m_trendNote->setText(report.incompleteTrendNote());
    m_trendNote->setVisible(!m_trendNote->text().isEmpty());

    QList<QStringList> skills;
    for (const FactorSummary &factor : report.factors)
        skills.append({tr("%1 (factor)").arg(factor.name), ReportFormat::count(factor.mean),
                       ReportFormat::mean(report, factor.mean),
                       ReportFormat::interval(factor.mean)});
    for (const SkillSummary &skill : report.skills)
        skills.append({skill.name, ReportFormat::count(skill.mean),
                       ReportFormat::mean(report, skill.mean), ReportFormat::interval(skill.mean)});
    fill(m_skillsTable, {tr("Skill"), tr("Codings"), tr("Mean"), tr("95% CI")}, skills);

    QList<QStringList> engagement;
    for (const EngagementSummary &summary : report.engagement)
        engagement.append({summary.name, ReportFormat::count(summary.mean),
                           ReportFormat::mean(report, summary.mean),
                           ReportFormat::interval(summary.mean),
                           tr("%1 to %2").arg(summary.scaleMin).arg(summary.scaleMax)});
    fill(m_engagementTable, {tr("Measure"), tr("Forms"), tr("Mean"), tr("95% CI"), tr("Scale")},
         engagement);

    QList<QStringList> change;
    for (const FamilyChangeSummary &summary : report.familyChange)
        change.append({summary.instrumentName + QStringLiteral(": ") + summary.scaleName,
                       ReportFormat::count(summary.change),
                       ReportFormat::mean(report, summary.before),
                       ReportFormat::mean(report, summary.after),
                       ReportFormat::signedValue(report, summary.change),
                       ReportFormat::interval(summary.change),
                       ReportFormat::share(report, summary.reliableImprovement),
                       ReportFormat::share(report, summary.reliableDeterioration)});
    fill(m_familyChangeTable,
         {tr("T1 to T2"), tr("Pairs"), tr("T1"), tr("T2"), tr("Change"), tr("95% CI"),
          tr("Reliably better"), tr("Reliably worse")},
         change);

    QList<QStringList> reliability;
    for (const ReliabilityRow &row : report.reliability) {
        const bool overall = row.skill == ReliabilityTable::overallKey;
        reliability.append(
            {ReportFormat::skillName(report, row.skill),
             report.isSuppressedPairs(row.nPairs) ? QString() : QString::number(row.nPairs),
             ReportFormat::statistic(report, row.nPairs, row.iccA1),
             ReportFormat::statistic(report, row.nPairs, row.iccC1),
             overall ? QString() : ReportFormat::statistic(report, row.nPairs, row.weightedKappa),
             overall ? QString()
                     : ReportFormat::statistic(report, row.nPairs, row.krippendorffAlpha),
             ReportFormat::statistic(report, row.nPairs, row.exactAgreement, true),
             ReportFormat::statistic(report, row.nPairs, row.adjacentAgreement, true)});
    }
    fill(m_reliabilityTable,
         {tr("Skill"), tr("Pairs"), tr("ICC(A,1)"), tr("ICC(C,1)"), tr("Weighted κ"),
          tr("α (ordinal)"), tr("Exact"), tr("Within one")},
         reliability);

    fill(m_coverageTable, {tr("Measure"), tr("Figure")},
         {{report.activeAtEndLabel(), QString::number(report.practitionersActiveAtEnd)},
          {tr("No coded session in the 6 months to %1").arg(ReportFormat::date(report.asOf)),
           QString::number(report.notObservedSixMonths)},
          {tr("Coding turnaround: mean days from the session to its final coding"),
           ReportFormat::mean(report, report.codingTurnaroundDays)},
          {tr("Feedback given within 7 days of the coding being final"),
           ReportFormat::share(report, report.feedbackWithinSevenDays)},
          {report.followUpsOverdueLabel(), QString::number(report.followUpsOverdue)}});
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
    if (!OutputFile::write(
            path,
            [this](QIODevice *device, QString *) {
                return ReportCsvWriter::write(*m_report, device);
            },
            &error))
        MessageBox::critical(this, tr("Export CSV"), error);
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
