#include "FamilyTimelineView.h"

#include "common/LiveRefresh.h"
#include "common/NameComboBox.h"
#include "common/Theme.h"
#include "common/ViewPlace.h"
#include "domain/ValueSets.h"
#include "instruments/FamilyChange.h"
#include "instruments/InstrumentScorer.h"
#include "itemmodels/AdministrationsModel.h"
#include "itemmodels/FamilyChangeModel.h"
#include "services/FamilyMeasures.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Colours the reliable-change class so improvement and deterioration stand out.
class OutcomeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString outcome = index.data(FamilyChangeModel::OutcomeRole).toString();
        if (outcome == QLatin1String("reliable_improvement")) {
            option->palette.setColor(QPalette::Text, Theme::successColour());
            option->font.setBold(true);
        } else if (outcome == QLatin1String("reliable_deterioration")) {
            option->palette.setColor(QPalette::Text, Theme::errorColour());
            option->font.setBold(true);
        }
    }
};

QTableView *makeTable(QWidget *parent, const QString &objectName) {
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    return view;
}

const QList<QColor> &seriesColours() {
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                       QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                       QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                       QColor(0x7f, 0x7f, 0x7f)};
    return colours;
}

} // namespace

FamilyTimelineView::FamilyTimelineView(Database &database, const InstrumentCatalogue &catalogue,
                                       QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_catalogue(catalogue) {
    setObjectName(QStringLiteral("familyTimeline"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *familyLabel = new QLabel(tr("&Family"), this);
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("timelineFamilyCombo"));
    m_family->setEditable(true);
    m_family->setInsertPolicy(QComboBox::NoInsert);
    NameComboBox::keepNarrow(m_family, 18);
    familyLabel->setBuddy(m_family);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_edit = new QPushButton(tr("&Correct selected…"), this);
    m_edit->setObjectName(QStringLiteral("editAdministrationButton"));
    m_edit->setEnabled(false);
    top->addWidget(familyLabel);
    top->addWidget(m_family);
    top->addWidget(m_summary, 1);
    top->addWidget(m_edit);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *upper = new QSplitter(Qt::Horizontal, splitter);

    auto *administrationsBox = new QGroupBox(tr("Questionnaires"), upper);
    auto *administrationsLayout = new QVBoxLayout(administrationsBox);
    m_administrationsModel = new AdministrationsModel(this);
    auto *administrationsProxy = new QSortFilterProxyModel(this);
    administrationsProxy->setSourceModel(m_administrationsModel);
    administrationsProxy->setSortRole(AdministrationsModel::RawValueRole);
    m_administrationsView = makeTable(administrationsBox, QStringLiteral("administrationsView"));
    m_administrationsView->setModel(administrationsProxy);
    m_administrationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    administrationsLayout->addWidget(m_administrationsView);

    auto *chartBox = new QGroupBox(tr("Trend"), upper);
    auto *chartLayout = new QVBoxLayout(chartBox);
    m_chartInstrument = new QComboBox(chartBox);
    m_chartInstrument->setObjectName(QStringLiteral("chartInstrumentCombo"));
    m_chart = new QCustomPlot(chartBox);
    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_chart->setMinimumSize(320, 220);
    chartLayout->addWidget(m_chartInstrument);
    chartLayout->addWidget(m_chart, 1);
    upper->addWidget(administrationsBox);
    upper->addWidget(chartBox);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    // The questionnaire names are long; the chart reads well at a third of the width.
    upper->setSizes({1300, 700});

    auto *changeBox = new QGroupBox(tr("Change from T1 to T2"), splitter);
    auto *changeLayout = new QVBoxLayout(changeBox);
    m_changeModel = new FamilyChangeModel(this);
    auto *changeProxy = new QSortFilterProxyModel(this);
    changeProxy->setSourceModel(m_changeModel);
    changeProxy->setSortRole(FamilyChangeModel::RawValueRole);
    m_changeView = makeTable(changeBox, QStringLiteral("changeView"));
    m_changeView->setModel(changeProxy);
    m_changeView->setItemDelegateForColumn(FamilyChangeModel::ClassColumn,
                                           new OutcomeDelegate(m_changeView));
    m_changeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changeView->horizontalHeader()->setStretchLastSection(true);
    m_changeView->setSortingEnabled(false);
    auto *changeNote = new QLabel(
        tr("Reliable change (Jacobson and Truax): a change is reliable when it is more than 1.96 "
           "times its standard error. Whether up or down is better comes from the questionnaire: "
           "lower is better on SCORE-15 and GHQ-12, higher on the Working Alliance."),
        changeBox);
    changeNote->setWordWrap(true);
    changeLayout->addWidget(m_changeView);
    changeLayout->addWidget(changeNote);
    splitter->addWidget(upper);
    splitter->addWidget(changeBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_family, &QComboBox::activated, this, &FamilyTimelineView::loadFamily);
    connect(m_family->lineEdit(), &QLineEdit::returnPressed, this, &FamilyTimelineView::loadFamily);
    connect(m_chartInstrument, &QComboBox::currentIndexChanged, this,
            &FamilyTimelineView::refreshChart);
    connect(m_edit, &QPushButton::clicked, this, &FamilyTimelineView::editSelected);
    connect(m_administrationsView, &QTableView::doubleClicked, this,
            &FamilyTimelineView::editSelected);
    connect(
        m_administrationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_edit->setEnabled(m_administrationsView->selectionModel()->hasSelection()); });
    // A questionnaire logged by a colleague shows without F5, but not while another family
    // code is being typed: reading the list of families then would take the half-typed code as
    // the family to show. The next change, or coming back to the tab, reads it.
    new LiveRefresh(database, this, [this] {
        const bool typing = (m_family->hasFocus() || m_family->lineEdit()->hasFocus()) &&
                            currentFamily() != m_loadedFamily;
        if (!typing)
            refresh();
    });
    refresh();
}

FamilyTimelineView::~FamilyTimelineView() = default;

void FamilyTimelineView::setCatalogue(const InstrumentCatalogue &catalogue) {
    m_catalogue = catalogue;
    loadFamily();
}

QString FamilyTimelineView::currentFamily() const {
    return m_family->currentText().trimmed();
}

void FamilyTimelineView::refresh() {
    const QString current = currentFamily();
    QStringList codes;
    try {
        codes = FamilyMeasures(m_database, m_catalogue).familiesWithMeasures();
    } catch (const StorageError &error) {
        m_summary->setText(error.message());
        return;
    }
    m_family->blockSignals(true);
    m_family->clear();
    m_family->addItems(codes);
    m_family->setCurrentText(current.isEmpty() && !codes.isEmpty() ? codes.first() : current);
    m_family->blockSignals(false);
    loadFamily();
}

void FamilyTimelineView::showFamily(const QString &familyCode) {
    if (m_family->findText(familyCode) < 0)
        m_family->addItem(familyCode);
    m_family->setCurrentText(familyCode);
    loadFamily();
}

void FamilyTimelineView::loadFamily() {
    m_administrations.clear();
    const QString code = currentFamily();
    m_loadedFamily = code;
    try {
        const auto family =
            code.isEmpty() ? std::nullopt : FamilyMeasures(m_database, m_catalogue).forFamily(code);
        if (family)
            m_administrations = *family;
        if (code.isEmpty())
            m_summary->setText(tr("No questionnaires have been logged yet."));
        else if (!family)
            m_summary->setText(tr("There is no family %1.").arg(code));
        else
            m_summary->setText(m_administrations.size() == 1
                                   ? tr("1 questionnaire logged for this family.")
                                   : tr("%1 questionnaires logged for this family.")
                                         .arg(m_administrations.size()));
    } catch (const StorageError &error) {
        m_summary->setText(error.message());
    }
    const ViewPlace place(m_administrationsView, [](const QModelIndex &index) {
        return index.data(AdministrationsModel::IdRole);
    });
    m_administrationsModel->setAdministrations(m_administrations, m_catalogue);
    m_administrationsView->sortByColumn(AdministrationsModel::DateColumn, Qt::AscendingOrder);
    place.restore();
    m_changeModel->setChanges(FamilyChange::compute(m_administrations, m_catalogue));

    const QString chosen = m_chartInstrument->currentData().toString();
    m_chartInstrument->blockSignals(true);
    m_chartInstrument->clear();
    for (const InstrumentDefinition &definition : m_catalogue.definitions()) {
        const bool used = std::any_of(m_administrations.cbegin(), m_administrations.cend(),
                                      [&definition](const InstrumentResponse &response) {
                                          return response.instrumentId == definition.id;
                                      });
        if (used)
            m_chartInstrument->addItem(definition.name, definition.id);
    }
    const int index = m_chartInstrument->findData(chosen);
    m_chartInstrument->setCurrentIndex(index >= 0 ? index : 0);
    m_chartInstrument->blockSignals(false);
    refreshChart();
}

void FamilyTimelineView::refreshChart() {
    m_chart->clearGraphs();
    m_chart->clearItems();
    m_chart->legend->setVisible(false);
    const InstrumentDefinition *definition =
        m_catalogue.find(m_chartInstrument->currentData().toString());
    if (!definition) {
        m_chart->replot();
        return;
    }
    // One line per family member: their total score at each administration, by date.
    QMap<QString, QList<QPair<double, double>>> series;
    double earliest = 0.0;
    double latest = 0.0;
    for (const InstrumentResponse &response : m_administrations) {
        if (response.instrumentId != definition->id)
            continue;
        const ScaleScore total = InstrumentScorer::score(*definition, response.items).first();
        if (!total.value)
            continue;
        const double when =
            QDateTime(response.administeredOn, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        series[response.respondent].append({when, *total.value});
        earliest = earliest == 0.0 ? when : std::min(earliest, when);
        latest = std::max(latest, when);
    }
    int colourIndex = 0;
    for (auto it = series.begin(); it != series.end(); ++it) {
        // Keys and values come from one list sorted by date, so no value can drift to another
        // administration's date.
        std::sort(it.value().begin(), it.value().end());
        QVector<double> keys;
        QVector<double> values;
        for (const auto &[when, value] : it.value()) {
            keys.append(when);
            values.append(value);
        }
        QCPGraph *graph = m_chart->addGraph();
        graph->setObjectName(QStringLiteral("respondent:") + it.key());
        graph->setName(ValueSets::label(it.key()));
        const QColor colour = seriesColours().at(colourIndex++ % seriesColours().size());
        graph->setPen(QPen(colour, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 7));
        graph->setData(keys, values, true);
    }
    // Published reference values for the total, as dashed lines.
    for (const auto &reference : definition->referenceValues) {
        if (reference.scale != QLatin1String("total"))
            continue;
        auto *line = new QCPItemStraightLine(m_chart);
        line->point1->setCoords(0, reference.value);
        line->point2->setCoords(1, reference.value);
        line->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_chart);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.01, reference.value);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(reference.label);
        label->setColor(QColor(0x77, 0x77, 0x77));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        label->setFont(small);
    }
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("d MMM\nyyyy"));
    ticker->setDateTimeSpec(Qt::UTC);
    m_chart->xAxis->setTicker(ticker);
    const double margin = 14 * 24 * 3600.0;
    if (earliest == 0.0) {
        const double now = QDateTime::currentSecsSinceEpoch();
        m_chart->xAxis->setRange(now - 90 * 24 * 3600.0, now);
    } else {
        m_chart->xAxis->setRange(earliest - margin, latest + margin);
    }
    // The y-axis spans every possible score, so the size of a change is seen in proportion.
    const InstrumentDefinition::Scale &total = definition->total;
    const double items =
        total.method == InstrumentDefinition::Method::Sum ? double(total.items.size()) : 1.0;
    const double low = definition->scaleMin * items;
    const double high = definition->scaleMax * items;
    const double pad = (high - low) * 0.05;
    m_chart->yAxis->setRange(low - pad, high + pad);
    m_chart->yAxis->setLabel(definition->higherIsBetter()
                                 ? tr("%1 (higher is better)").arg(total.name)
                                 : tr("%1 (lower is better)").arg(total.name));
    m_chart->legend->setVisible(!series.isEmpty());
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_chart->replot();
}

void FamilyTimelineView::editSelected() {
    const QModelIndexList selected = m_administrationsView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_administrationsView->model());
    const QModelIndex source = proxy->mapToSource(selected.first());
    if (const InstrumentResponse *response = m_administrationsModel->administrationAt(source.row()))
        emit editRequested(*response);
}
