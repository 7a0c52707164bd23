#include "FeedbackSheetView.h"

#include "PdfDocument.h"
#include "ReportCharts.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "domain/CodingSchemeLoader.h"
#include "domain/ValueSets.h"
#include "reports/ReportPeriod.h"
#include "settings/Settings.h"
#include "stats/Descriptive.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"
#include "storage/ReportQueries.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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

namespace {

const CodingScheme &scheme() {
    static const CodingScheme s = CodingSchemeLoader::builtIn();
    return s;
}

QString skillName(const QString &key) {
    const SchemeSkill *skill = scheme().skill(key);
    return skill ? skill->name : key;
}

QString kindName(const QString &kind) {
    if (kind == QLatin1String("strength"))
        return FeedbackSheetView::tr("Strengths");
    if (kind == QLatin1String("to_develop"))
        return FeedbackSheetView::tr("To develop");
    return FeedbackSheetView::tr("Notes");
}

QString windowText(const FeedbackSheet &sheet) {
    if (sheet.windowStartMs < 0 || sheet.windowEndMs < 0)
        return FeedbackSheetView::tr("The whole recording");
    return FeedbackSheetView::tr("%1 to %2")
        .arg(FeedbackSheetView::timestamp(sheet.windowStartMs),
             FeedbackSheetView::timestamp(sheet.windowEndMs));
}

// Notes grouped by skill (scheme order, then notes tied to no skill) and kind.
QList<std::pair<QString, QList<std::pair<QString, QList<FeedbackSheet::Note>>>>>
groupedNotes(const FeedbackSheet &sheet) {
    QStringList groups = scheme().skillKeys();
    groups.append(QString());
    const QStringList kinds = {QStringLiteral("strength"), QStringLiteral("to_develop"),
                               QStringLiteral("note")};
    QList<std::pair<QString, QList<std::pair<QString, QList<FeedbackSheet::Note>>>>> result;
    for (const QString &group : groups) {
        QList<std::pair<QString, QList<FeedbackSheet::Note>>> byKind;
        for (const QString &kind : kinds) {
            QList<FeedbackSheet::Note> notes;
            for (const auto &note : sheet.notes) {
                const bool inGroup =
                    group.isEmpty() ? note.skillKeys.isEmpty() : note.skillKeys.contains(group);
                if (inGroup && note.kind == kind)
                    notes.append(note);
            }
            if (!notes.isEmpty())
                byKind.append({kind, notes});
        }
        if (!byKind.isEmpty())
            result.append({group, byKind});
    }
    return result;
}

} // namespace

FeedbackSheetView::FeedbackSheetView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database) {
    setObjectName(QStringLiteral("feedbackSheetView"));
    auto *splitter = new QSplitter(this);
    auto *outer = new QHBoxLayout(this);
    outer->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    auto *dueLabel = new QLabel(tr("Feedback due (more than 7 days after finalising)"), left);
    dueLabel->setWordWrap(true);
    m_due = new QTableWidget(left);
    m_due->setObjectName(QStringLiteral("feedbackDueList"));
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_due->setSelectionMode(QAbstractItemView::SingleSelection);
    m_due->verticalHeader()->setVisible(false);
    m_due->horizontalHeader()->setStretchLastSection(true);
    left->setMinimumWidth(430);
    leftLayout->addWidget(dueLabel);
    leftLayout->addWidget(m_due);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    auto *choose = new QHBoxLayout;
    m_practitioner = new QComboBox(right);
    m_practitioner->setObjectName(QStringLiteral("feedbackPractitioner"));
    m_coding = new QComboBox(right);
    m_coding->setObjectName(QStringLiteral("feedbackCoding"));
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
    m_feedbackDate = new QDateEdit(QDate::currentDate(), right);
    m_feedbackDate->setObjectName(QStringLiteral("feedbackDate"));
    m_feedbackDate->setCalendarPopup(true);
    m_feedbackDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_record = new QPushButton(tr("Record feedback given"), right);
    m_record->setObjectName(QStringLiteral("recordFeedbackButton"));
    m_exportPdf = new QPushButton(tr("Export PDF…"), right);
    m_exportPdf->setObjectName(QStringLiteral("exportFeedbackPdfButton"));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("feedbackStatus"));
    actions->addWidget(m_teamMean);
    actions->addStretch();
    actions->addWidget(m_status);
    actions->addWidget(new QLabel(tr("Feedback given on"), right));
    actions->addWidget(m_feedbackDate);
    actions->addWidget(m_record);
    actions->addWidget(m_exportPdf);
    rightLayout->addLayout(actions);
    splitter->setStretchFactor(1, 3);

    connect(m_due, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (auto *item = m_due->item(row, 0))
            showCoding(item->data(Qt::UserRole).toLongLong());
    });
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

QString FeedbackSheetView::timestamp(qint64 ms) {
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void FeedbackSheetView::reload() {
    loadPractitioners();
    refreshDue();
    // Open on the most overdue sheet, which is what a coach comes here for.
    if (m_due->rowCount() > 0)
        showCoding(m_due->item(0, 0)->data(Qt::UserRole).toLongLong());
}

void FeedbackSheetView::loadPractitioners() {
    const QSignalBlocker blocker(m_practitioner);
    m_practitioner->clear();
    try {
        for (const NamedId &practitioner : ReportQueries(m_database).practitioners())
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
    else {
        m_sheet.reset();
        m_browser->setHtml(tr("<p>No final codings for this practitioner yet.</p>"));
        m_chart->clearGraphs();
        m_chart->replot();
    }
}

void FeedbackSheetView::populateCodings() {
    const QSignalBlocker blocker(m_coding);
    m_coding->clear();
    try {
        const qint64 practitionerId = m_practitioner->currentData().toLongLong();
        for (const CodingChoice &choice :
             FeedbackRepository(m_database).finalCodings(practitionerId)) {
            m_coding->addItem(tr("%1 (session %2)")
                                  .arg(choice.recordedOn.toString(QStringLiteral("d MMM yyyy")),
                                       choice.recordingCode),
                              choice.codingId);
        }
    } catch (const StorageError &error) {
        m_status->setText(error.message());
    }
}

void FeedbackSheetView::refreshDue() {
    QList<FeedbackDueItem> items;
    try {
        items = FeedbackRepository(m_database).due(QDate::currentDate());
    } catch (const StorageError &error) {
        m_status->setText(error.message());
    }
    m_due->clear();
    m_due->setColumnCount(4);
    m_due->setHorizontalHeaderLabels(
        {tr("Practitioner"), tr("Session"), tr("Days overdue"), tr("Coder")});
    m_due->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const FeedbackDueItem &item = items.at(r);
        auto *first = new QTableWidgetItem(item.practitionerCode + QStringLiteral(" ") +
                                           item.practitionerName);
        first->setData(Qt::UserRole, item.codingId);
        m_due->setItem(r, 0, first);
        m_due->setItem(r, 1, new QTableWidgetItem(item.recordedOn.toString(Qt::ISODate)));
        auto *days = new QTableWidgetItem(QString::number(item.daysOverdue));
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_due->setItem(r, 2, days);
        m_due->setItem(r, 3, new QTableWidgetItem(item.coderName));
    }
    m_due->resizeColumnsToContents();
}

void FeedbackSheetView::showCoding(qint64 codingId) {
    try {
        FeedbackRepository repository(m_database);
        m_sheet = repository.sheet(codingId);
        if (!m_sheet) {
            m_status->setText(tr("That coding is not final."));
            return;
        }
        m_trajectory = repository.trajectory(m_sheet->practitionerId);
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
    m_browser->setHtml(sheetHtml(*m_sheet));
    m_status->setText(
        m_sheet->feedbackGivenOn.isValid()
            ? tr("Feedback given on %1.")
                  .arg(m_sheet->feedbackGivenOn.toString(QStringLiteral("d MMM yyyy")))
            : tr("Feedback not yet recorded."));
    drawTrajectory();
}

QString FeedbackSheetView::sheetHtml(const FeedbackSheet &sheet) {
    auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html;
    html +=
        QStringLiteral("<h2>") +
        esc(tr("Coaching feedback: %1 (%2)").arg(sheet.practitionerName, sheet.practitionerCode)) +
        QStringLiteral("</h2><p>");
    html += esc(tr("Session of %1, %2. Coded by %3. Coded window: %4.")
                    .arg(sheet.recordedOn.toString(QStringLiteral("d MMMM yyyy")), sheet.teamName,
                         sheet.coderName, windowText(sheet)));
    html += QStringLiteral("</p><h3>") + esc(tr("Scores")) +
            QStringLiteral("</h3><table cellpadding='4' border='0' width='100%'>");
    for (const SchemeSkill &skill : scheme().skills) {
        QString score = tr("not scored");
        QString descriptor;
        for (const auto &s : sheet.scores) {
            if (s.skillKey != skill.key)
                continue;
            if (s.score) {
                score = QString::number(*s.score);
                descriptor = scheme().levelDescriptor(skill.key, *s.score);
            } else {
                score = tr("not codable");
                descriptor = s.notCodableReason;
            }
            if (!s.rationale.isEmpty())
                descriptor += QStringLiteral(" — ") + s.rationale;
        }
        html += QStringLiteral("<tr><td><b>") + esc(skill.name) +
                QStringLiteral("</b></td><td align='center'><b>") + esc(score) +
                QStringLiteral("</b></td><td>") + esc(descriptor) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table><h3>") + esc(tr("Evidence")) + QStringLiteral("</h3>");
    const auto groups = groupedNotes(sheet);
    if (groups.isEmpty())
        html += QStringLiteral("<p>") + esc(tr("No evidence notes.")) + QStringLiteral("</p>");
    for (const auto &[group, byKind] : groups) {
        html += QStringLiteral("<h4>") + esc(group.isEmpty() ? tr("General") : skillName(group)) +
                QStringLiteral("</h4>");
        for (const auto &[kind, notes] : byKind) {
            html += QStringLiteral("<p><i>") + esc(kindName(kind)) + QStringLiteral("</i></p><ul>");
            for (const auto &note : notes) {
                html += QStringLiteral("<li><a href='play:%1'>▶ %2</a> ")
                            .arg(note.atMs)
                            .arg(timestamp(note.atMs)) +
                        esc(note.body) + QStringLiteral("</li>");
            }
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("<h3>") + esc(tr("Overall comment")) + QStringLiteral("</h3><p>") +
            esc(sheet.comment.isEmpty() ? tr("No comment.") : sheet.comment) +
            QStringLiteral("</p>");
    return html;
}

std::optional<ReportCharts::MeanLine>
FeedbackSheetView::teamMean(Database &database, const FeedbackSheet &sheet, QString *why) {
    // The team's mean over the same quarter, shown only above the suppression threshold.
    const ReportPeriod quarter = ReportPeriod::quarterContaining(sheet.recordedOn);
    const QList<double> team =
        FeedbackRepository(database).teamScores(sheet.teamId, quarter.from(), quarter.to());
    const Settings settings;
    const int threshold = OrganisationSettingsRepository(database)
                              .reportSettingsCarryingOver(settings.legacySuppressionThreshold(),
                                                          settings.coderUsername())
                              .suppressionThreshold;
    if (team.size() < threshold) {
        if (why)
            *why = tr("Too few team codings in %1 to show a team mean.").arg(quarter.key());
        return std::nullopt;
    }
    return ReportCharts::MeanLine{tr("Team mean, %1").arg(quarter.key()),
                                  Descriptive::mean(std::vector<double>(team.begin(), team.end()))};
}

std::optional<ReportCharts::MeanLine> FeedbackSheetView::chosenTeamMean() {
    if (!m_sheet || !m_teamMean->isChecked())
        return std::nullopt;
    try {
        QString why;
        const auto mean = teamMean(m_database, *m_sheet, &why);
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
    const QDate on = m_feedbackDate->date();
    if (on < m_sheet->finalisedOn.addDays(-1) || on > QDate::currentDate()) {
        MessageBox::warning(this, tr("Record feedback"),
                            tr("Feedback cannot be recorded before the coding was finalised or "
                               "in the future."));
        return;
    }
    try {
        FeedbackRepository(m_database).recordFeedbackGiven(m_sheet->codingId, on);
    } catch (const StorageError &error) {
        MessageBox::critical(this, tr("Record feedback"), error.message());
        return;
    }
    const qint64 id = m_sheet->codingId;
    refreshDue();
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
    PdfDocument document(
        tr("Coaching feedback · %1 · %2")
            .arg(sheet.practitionerCode, sheet.recordedOn.toString(QStringLiteral("d MMMM yyyy"))),
        tr("Private to the practitioner and their coach."));
    document.heading(tr("Coaching feedback"));
    document.keyFigures(
        {{tr("Practitioner"), sheet.practitionerName, sheet.practitionerCode},
         {tr("Session"), sheet.recordedOn.toString(QStringLiteral("d MMM yyyy")), sheet.teamName},
         {tr("Coded by"), sheet.coderName, ValueSets::label(sheet.role)},
         {tr("Coded window"), windowText(sheet), QString()}});
    PdfDocument::Table scores;
    scores.header = {tr("Skill"), tr("Score"), tr("What this level looks like")};
    scores.widths = {1.6, 0.7, 5.0};
    scores.alignRight = {false, true, false};
    for (const SchemeSkill &skill : scheme().skills) {
        QString score = tr("not scored");
        QString descriptor;
        for (const auto &s : sheet.scores) {
            if (s.skillKey != skill.key)
                continue;
            score = s.score ? QString::number(*s.score) : tr("not codable");
            descriptor =
                s.score ? scheme().levelDescriptor(skill.key, *s.score) : s.notCodableReason;
        }
        scores.rows.append({skill.name, score, descriptor});
    }
    document.subheading(tr("Scores"));
    document.table(scores);

    PdfDocument::Table notes;
    notes.header = {tr("Skill"), tr("Kind"), tr("Time"), tr("Note")};
    notes.widths = {1.6, 1.0, 0.8, 4.0};
    notes.alignRight = {false, false, true, false};
    for (const auto &[group, byKind] : groupedNotes(sheet)) {
        for (const auto &[kind, list] : byKind) {
            for (const auto &note : list)
                notes.rows.append({group.isEmpty() ? tr("General") : skillName(group),
                                   kindName(kind), timestamp(note.atMs), note.body});
        }
    }
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
