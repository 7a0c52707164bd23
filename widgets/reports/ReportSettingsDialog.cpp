#include "ReportSettingsDialog.h"

#include "common/Theme.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { ValueColumn, LabelColumn, SourceColumn };

QLabel *paragraph(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ReportSettingsDialog::ReportSettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_editing(database) {
    setObjectName(QStringLiteral("reportSettingsDialog"));
    setWindowTitle(tr("Report settings"));
    buildUi();
    load();
}

void ReportSettingsDialog::buildUi() {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        paragraph(tr("These settings belong to the whole organisation: every report made from "
                     "this database uses them, on any computer, including scheduled reports."),
                  this));

    m_problems = paragraph(QString(), this);
    m_problems->setObjectName(QStringLiteral("settingsProblems"));
    Theme::setRole(m_problems, Theme::Role::Warning);
    m_problems->setVisible(false);
    layout->addWidget(m_problems);

    auto *smallNumbers = new QGroupBox(tr("Small numbers"), this);
    auto *smallLayout = new QVBoxLayout(smallNumbers);
    auto *thresholdRow = new QHBoxLayout;
    m_threshold = new QSpinBox(smallNumbers);
    m_threshold->setObjectName(QStringLiteral("suppressionThresholdSpin"));
    m_threshold->setRange(ReportSettings::minimumThreshold, ReportSettings::maximumThreshold);
    m_threshold->setSuffix(tr(" codings"));
    auto *thresholdLabel = new QLabel(tr("Hide any figure based on fewer than"), smallNumbers);
    thresholdLabel->setBuddy(m_threshold);
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addStretch();
    smallLayout->addLayout(thresholdRow);
    auto *thresholdHelp = paragraph(QString(), smallNumbers);
    thresholdHelp->setObjectName(QStringLiteral("thresholdHelp"));
    smallLayout->addWidget(thresholdHelp);
    auto explainThreshold = [thresholdHelp](int threshold) {
        thresholdHelp->setText(
            tr("A mean or share based on fewer codings than this is shown as \u201cfewer than "
               "%1\u201d instead of a number, so that no practitioner or family can be picked out "
               "of a small group. It cannot be set below %2.")
                .arg(threshold)
                .arg(ReportSettings::minimumThreshold));
    };
    explainThreshold(m_threshold->value());
    connect(m_threshold, &QSpinBox::valueChanged, thresholdHelp, explainThreshold);
    layout->addWidget(smallNumbers);

    auto *followUp = new QGroupBox(tr("Follow-up questionnaires"), this);
    auto *followUpLayout = new QVBoxLayout(followUp);
    auto *weeksRow = new QHBoxLayout;
    m_ownFollowUp = new QCheckBox(tr("Follow-up questionnaires due after"), followUp);
    m_ownFollowUp->setObjectName(QStringLiteral("followUpWeeksCheck"));
    m_followUpWeeks = new QSpinBox(followUp);
    m_followUpWeeks->setObjectName(QStringLiteral("followUpWeeksSpin"));
    m_followUpWeeks->setRange(ReportSettings::minimumFollowUpWeeks,
                              ReportSettings::maximumFollowUpWeeks);
    m_followUpWeeks->setSuffix(tr(" weeks"));
    m_followUpWeeks->setEnabled(false);
    weeksRow->addWidget(m_ownFollowUp);
    weeksRow->addWidget(m_followUpWeeks);
    weeksRow->addStretch();
    followUpLayout->addLayout(weeksRow);
    followUpLayout->addWidget(paragraph(
        tr("A family member's T2 questionnaire is overdue this many weeks after their T1. It "
           "applies to the questionnaires that are repeated (SCORE-15, GHQ-12 and the family "
           "life rating), never to those given once. When not ticked, each questionnaire's own "
           "interval is used. Reports and the follow-up list both use it."),
        followUp));
    connect(m_ownFollowUp, &QCheckBox::toggled, m_followUpWeeks, &QSpinBox::setEnabled);
    layout->addWidget(followUp);

    auto *reference = new QGroupBox(tr("Reference points"), this);
    auto *referenceLayout = new QVBoxLayout(reference);
    referenceLayout->addWidget(paragraph(
        tr("The overall MSW score in each report is read against these figures. Give each a "
           "score between %1 and %2, a short label, and where the figure comes from. Up to %3.")
            .arg(QLocale().toString(ReportSettings::minimumPointValue, 'f', 1),
                 QLocale().toString(ReportSettings::maximumPointValue, 'f', 1))
            .arg(ReportSettings::maximumPoints),
        reference));
    m_points = new QTableWidget(0, 3, reference);
    m_points->setObjectName(QStringLiteral("referencePointsTable"));
    m_points->setHorizontalHeaderLabels({tr("Score"), tr("Label"), tr("Source")});
    m_points->verticalHeader()->setVisible(false);
    m_points->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_points->setSelectionMode(QAbstractItemView::SingleSelection);
    m_points->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    m_points->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_points->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_points->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_points->setMinimumHeight(200);
    referenceLayout->addWidget(m_points);
    auto *pointButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), reference);
    m_add->setObjectName(QStringLiteral("addReferencePointButton"));
    m_remove = new QPushButton(tr("Remove"), reference);
    m_remove->setObjectName(QStringLiteral("removeReferencePointButton"));
    m_restore = new QPushButton(tr("Restore the published points"), reference);
    m_restore->setObjectName(QStringLiteral("restoreReferencePointsButton"));
    m_restore->setToolTip(tr("The Islington evaluation's figures: 2.64 before training, 2.97 "
                             "after motivational interviewing training, 3.11 with MSW and "
                             "coaching."));
    pointButtons->addWidget(m_add);
    pointButtons->addWidget(m_remove);
    pointButtons->addStretch();
    pointButtons->addWidget(m_restore);
    referenceLayout->addLayout(pointButtons);
    layout->addWidget(reference, 1);

    m_lastChanged = paragraph(QString(), this);
    m_lastChanged->setObjectName(QStringLiteral("settingsLastChanged"));
    Theme::setRole(m_lastChanged, Theme::Role::Muted);
    layout->addWidget(m_lastChanged);

    m_error = paragraph(QString(), this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    Theme::setRole(m_error, Theme::Role::ErrorStrong);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportSettingsDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ReportSettingsDialog::addPoint);
    connect(m_remove, &QPushButton::clicked, this, &ReportSettingsDialog::removePoint);
    connect(m_restore, &QPushButton::clicked, this,
            [this] { showPoints(ReferencePoint::defaults()); });
    connect(m_points, &QTableWidget::itemSelectionChanged, this,
            &ReportSettingsDialog::updateButtons);
    resize(780, 560);
}

void ReportSettingsDialog::load() {
    const ReportSettingsEditing::Opened opened = m_editing.open();
    const ReportSettings &settings = opened.settings;
    const QStringList &problems = opened.problems;
    m_versions = opened.versions;
    if (opened.lastChange) {
        const AuditLog::Entry &last = *opened.lastChange;
        const QString by = last.detail.contains(QStringLiteral("; by "))
                               ? last.detail.section(QStringLiteral("; by "), -1)
                               : QString();
        m_lastChanged->setText(
            by.isEmpty()
                ? tr("Last changed on %1.")
                      .arg(QLocale().toString(last.atUtc.toLocalTime().date(), QLocale::LongFormat))
                : tr("Last changed on %1 by %2.")
                      .arg(QLocale().toString(last.atUtc.toLocalTime().date(), QLocale::LongFormat),
                           by));
    } else if (opened.historyRead) {
        m_lastChanged->setText(tr("These are the published defaults; nobody has changed them "
                                  "for this database yet."));
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_threshold->setValue(settings.suppressionThreshold);
    m_ownFollowUp->setChecked(settings.followUpWeeks.has_value());
    m_followUpWeeks->setValue(settings.followUpWeeks.value_or(16));
    showPoints(settings.referencePoints);
}

void ReportSettingsDialog::showPoints(const QList<ReferencePoint> &points) {
    m_points->setRowCount(0);
    for (const ReferencePoint &point : points) {
        const int row = m_points->rowCount();
        m_points->insertRow(row);
        auto *value = new QTableWidgetItem(QLocale().toString(point.value, 'g', 6));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_points->setItem(row, ValueColumn, value);
        m_points->setItem(row, LabelColumn, new QTableWidgetItem(point.label));
        m_points->setItem(row, SourceColumn, new QTableWidgetItem(point.source));
    }
    updateButtons();
}

void ReportSettingsDialog::addPoint() {
    if (m_points->rowCount() >= ReportSettings::maximumPoints)
        return;
    const int row = m_points->rowCount();
    m_points->insertRow(row);
    auto *value = new QTableWidgetItem;
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_points->setItem(row, ValueColumn, value);
    m_points->setItem(row, LabelColumn, new QTableWidgetItem);
    m_points->setItem(row, SourceColumn, new QTableWidgetItem);
    m_points->setCurrentCell(row, ValueColumn);
    m_points->setFocus();
    m_points->editItem(value);
    updateButtons();
}

void ReportSettingsDialog::removePoint() {
    const int row = m_points->currentRow();
    if (row < 0 || m_points->selectedItems().isEmpty())
        return;
    m_points->removeRow(row);
    updateButtons();
}

void ReportSettingsDialog::updateButtons() {
    m_add->setEnabled(m_points->rowCount() < ReportSettings::maximumPoints);
    m_remove->setEnabled(!m_points->selectedItems().isEmpty());
}

std::optional<QList<ReferencePoint>> ReportSettingsDialog::pointsFromTable(QString *error) const {
    QList<ReferencePoint> points;
    for (int row = 0; row < m_points->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_points->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QString valueText = text(ValueColumn);
        bool ok = false;
        double value = QLocale().toDouble(valueText, &ok);
        // A point typed the way the reports print it is accepted whatever the locale.
        if (!ok)
            value = QLocale::c().toDouble(valueText, &ok);
        if (!ok) {
            const QString label = text(LabelColumn);
            const QString name =
                label.isEmpty() ? tr("Reference point %1").arg(row + 1)
                                : tr("Reference point %1 (\u201c%2\u201d)").arg(row + 1).arg(label);
            *error = valueText.isEmpty()
                         ? tr("%1 has no score. Enter a score such as 2.64.").arg(name)
                         : tr("%1: \u201c%2\u201d is not a score. Enter a number such as 2.64.")
                               .arg(name, valueText);
            return std::nullopt;
        }
        points.append({value, text(LabelColumn), text(SourceColumn)});
    }
    return points;
}

void ReportSettingsDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(true);
}

void ReportSettingsDialog::accept() {
    // A cell still being edited holds the latest text in its editor, not yet in the item.
    const QModelIndex editing = m_points->currentIndex();
    if (QWidget *editor = m_points->indexWidget(editing))
        m_points->itemDelegate()->setModelData(editor, m_points->model(), editing);
    m_threshold->interpretText();
    m_followUpWeeks->interpretText();

    QString error;
    const auto points = pointsFromTable(&error);
    if (!points) {
        showError(error);
        return;
    }
    ReportSettings settings;
    settings.suppressionThreshold = m_threshold->value();
    settings.referencePoints = *points;
    if (m_ownFollowUp->isChecked())
        settings.followUpWeeks = m_followUpWeeks->value();
    error = settings.validate();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    try {
        m_editing.save(settings, m_versions);
    } catch (const StorageError &storageError) {
        showError(tr("Nothing was saved. %1").arg(storageError.message()));
        return;
    }
    QDialog::accept();
}
