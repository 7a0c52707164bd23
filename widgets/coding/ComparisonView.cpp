#include "ComparisonView.h"

#include "common/ElidedLabel.h"
#include "common/Theme.h"
#include "domain/CodingSchemeLoader.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/EvidenceNotesModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *notesTable(EvidenceNotesModel *model, const QString &name, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(EvidenceNotesModel::TimeColumn,
                                                    QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(EvidenceNotesModel::KindColumn,
                                                    QHeaderView::ResizeToContents);
    table->setColumnWidth(EvidenceNotesModel::SkillsColumn, 140);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ComparisonView::ComparisonView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database) {
    setObjectName(QStringLiteral("comparisonView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    auto *header = new QHBoxLayout;
    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("comparisonTitle"));
    Theme::setRole(m_title, Theme::Role::Heading);
    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("comparisonBack"));
    m_consensus = new QPushButton(tr("Create consensus coding"), this);
    m_consensus->setObjectName(QStringLiteral("createConsensus"));
    Theme::setRole(m_consensus, Theme::Role::PrimaryButton);
    header->addWidget(m_title, 1);
    header->addWidget(back);
    header->addWidget(m_consensus);
    layout->addLayout(header);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new ComparisonModel(this);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::SkillColumn,
                                                      QHeaderView::Stretch);
    Theme::setRole(m_table, Theme::Role::DataTable);
    topLayout->addWidget(m_table, 1);
    m_detail = new QLabel(top);
    m_detail->setObjectName(QStringLiteral("comparisonDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    Theme::setRole(m_detail, Theme::Role::DetailPanel);
    topLayout->addWidget(m_detail);
    split->addWidget(top);

    auto *notes = new QWidget(split);
    auto *notesLayout = new QHBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    m_primaryNotes = new EvidenceNotesModel(this);
    m_secondNotes = new EvidenceNotesModel(this);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    m_primaryNotes->setScheme(scheme);
    m_secondNotes->setScheme(scheme);
    for (int side = 0; side < 2; ++side) {
        auto *column = new QVBoxLayout;
        auto *title = new QLabel(notes);
        (side == 0 ? m_primaryTitle : m_secondTitle) = title;
        column->addWidget(title);
        column->addWidget(
            notesTable(side == 0 ? m_primaryNotes : m_secondNotes,
                       side == 0 ? QStringLiteral("primaryNotes") : QStringLiteral("secondNotes"),
                       notes),
            1);
        notesLayout->addLayout(column, 1);
    }
    split->addWidget(notes);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 400});
    layout->addWidget(split, 1);

    connect(back, &QPushButton::clicked, this, &ComparisonView::backRequested);
    connect(m_consensus, &QPushButton::clicked, this, [this] {
        if (m_consensus->property("exists").toBool())
            emit openConsensusRequested(m_recordingId);
        else
            emit consensusRequested(m_recordingId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetail(current.row()); });
}

bool ComparisonView::showRecording(qint64 recordingId, qint64 viewerId, const QString &title,
                                   bool hasConsensus) {
    m_recordingId = recordingId;
    m_title->setText(tr("Double coding of %1").arg(title));
    QString reason;
    const bool loaded = m_model->load(m_database, recordingId, viewerId, &reason);
    m_primaryNotes->setNotes(loaded ? m_model->primary().notes : QList<EvidenceNote>());
    m_secondNotes->setNotes(loaded ? m_model->second().notes : QList<EvidenceNote>());
    if (!loaded) {
        m_summary->setText(reason);
        m_detail->clear();
        m_consensus->setEnabled(false);
        m_primaryTitle->clear();
        m_secondTitle->clear();
        return false;
    }
    const int skills = m_model->rowCount();
    const int agree = m_model->exactAgreements();
    const int flagged = m_model->flaggedCount();
    QString summary = tr("<b>%1 of %2</b> skills agree exactly.").arg(agree).arg(skills);
    if (flagged > 0)
        summary += QLatin1Char(' ') +
                   tr("<span style='color:#b42318'><b>⚑ %1</b> two or more points "
                      "apart</span>: talk these through before agreeing a consensus.")
                       .arg(flagged == 1 ? tr("1 skill") : tr("%1 skills").arg(flagged));
    else if (agree < skills)
        summary += QLatin1Char(' ') + tr("The other differences are a single point.");
    m_summary->setText(summary);
    auto notes = [](qsizetype n) {
        return n == 1 ? tr("1 evidence note") : tr("%1 evidence notes").arg(n);
    };
    m_primaryTitle->setText(
        tr("<b>Primary</b> — %1, %2")
            .arg(m_model->primaryCoder().toHtmlEscaped(), notes(m_model->primary().notes.size())));
    m_secondTitle->setText(
        tr("<b>Second</b> — %1, %2")
            .arg(m_model->secondCoder().toHtmlEscaped(), notes(m_model->second().notes.size())));
    m_consensus->setProperty("exists", hasConsensus);
    m_consensus->setText(hasConsensus ? tr("Open consensus coding")
                                      : tr("Create consensus coding"));
    m_consensus->setEnabled(true);
    m_table->setCurrentIndex(m_model->index(0, 0));
    showDetail(0);
    return true;
}

void ComparisonView::showDetail(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    const QString key =
        m_model->data(m_model->index(row, 0), ComparisonModel::SkillKeyRole).toString();
    auto describe = [&key](const Coding &coding, const QString &coder) {
        for (const SkillScore &score : coding.scores) {
            if (score.skillKey != key)
                continue;
            const QString value = score.isScored()
                                      ? QString::number(score.score)
                                      : tr("not codable (%1)").arg(score.notCodableReason);
            return tr("<b>%1</b>: %2%3")
                .arg(coder.toHtmlEscaped(), value.toHtmlEscaped(),
                     score.rationale.isEmpty()
                         ? QString()
                         : QStringLiteral(" — <i>%1</i>").arg(score.rationale.toHtmlEscaped()));
        }
        return tr("<b>%1</b>: no score").arg(coder.toHtmlEscaped());
    };
    const QString name = m_model->data(m_model->index(row, 0)).toString();
    m_detail->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                          .arg(name.toHtmlEscaped(),
                               describe(m_model->primary(), m_model->primaryCoder()),
                               describe(m_model->second(), m_model->secondCoder())));
}
