#include "ComparisonView.h"

#include "audio/TimeText.h"
#include "common/ElidedLabel.h"
#include "common/LiveRefresh.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "domain/CodingSchemeLoader.h"
#include "itemmodels/ComparisonModel.h"
#include "itemmodels/EvidenceNotesModel.h"
#include "services/ConsensusAgreement.h"
#include "services/RecordingImport.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

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

// "0:28–1:40", or the whole recording as "0:00–1:47" when its length is known.
QString windowText(qint64 startMs, qint64 endMs, qint64 durationMs) {
    if (startMs < 0) {
        return durationMs > 0
                   ? QStringLiteral("0:00–%1").arg(TimeText::compact(durationMs))
                   : QCoreApplication::translate("ComparisonView", "the whole recording");
    }
    return QStringLiteral("%1–%2").arg(TimeText::compact(startMs), TimeText::compact(endMs));
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
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("comparisonBack"));
    m_consensus = new QPushButton(tr("Create consensus coding"), this);
    m_consensus->setObjectName(QStringLiteral("createConsensus"));
    Theme::setRole(m_consensus, Theme::Role::PrimaryButton);
    header->addWidget(m_title, 1);
    header->addWidget(m_back);
    header->addWidget(m_consensus);
    layout->addLayout(header);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // Who agreed the consensus: chosen before it is created, shown once it exists.
    m_agreement = new QLabel(this);
    m_agreement->setObjectName(QStringLiteral("consensusAgreement"));
    m_agreement->setWordWrap(true);
    layout->addWidget(m_agreement);
    m_agreeRow = new QWidget(this);
    auto *agreeLayout = new QHBoxLayout(m_agreeRow);
    agreeLayout->setContentsMargins(0, 0, 0, 0);
    auto *agreeLabel = new QLabel(tr("Agreed with:"), m_agreeRow);
    m_agreedWith = new QListWidget(m_agreeRow);
    m_agreedWith->setObjectName(QStringLiteral("consensusAgreedWith"));
    m_agreedWith->setFlow(QListView::LeftToRight);
    m_agreedWith->setWrapping(true);
    m_agreedWith->setMaximumHeight(56);
    m_agreedWith->setToolTip(tr("Tick the coders who agreed this consensus with you"));
    agreeLabel->setBuddy(m_agreedWith);
    agreeLayout->addWidget(agreeLabel);
    agreeLayout->addWidget(m_agreedWith, 1);
    layout->addWidget(m_agreeRow);

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
    m_notes = notes;
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

    connect(m_back, &QPushButton::clicked, this, &ComparisonView::backRequested);
    connect(m_consensus, &QPushButton::clicked, this, [this] {
        if (m_consensus->property("exists").toBool())
            emit openConsensusRequested(m_recordingId);
        else
            createConsensus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetail(current.row()); });
    new LiveRefresh(database, this, [this] { reread(); });
}

bool ComparisonView::showRecording(qint64 recordingId, qint64 viewerId, const QString &title,
                                   bool hasConsensus) {
    m_recordingId = recordingId;
    m_viewerId = viewerId;
    m_shownTitle = title;
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
        m_agreement->clear();
        m_agreeRow->hide();
        return false;
    }
    qint64 durationMs = -1;
    try {
        if (const auto recording = RecordingImport(m_database).find(recordingId))
            durationMs = recording->durationMs;
    } catch (const StorageError &) {
        // Without the length, a whole-recording window is called just that.
    }
    m_summary->setText(headline(durationMs));
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
    fillAgreement(hasConsensus);
    m_table->setCurrentIndex(m_model->index(0, 0));
    showDetail(0);
    return true;
}

void ComparisonView::reread() {
    if (m_recordingId == 0)
        return;
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    QHash<qint64, Qt::CheckState> ticked;
    for (int i = 0; i < m_agreedWith->count(); ++i)
        ticked.insert(m_agreedWith->item(i)->data(Qt::UserRole).toLongLong(),
                      m_agreedWith->item(i)->checkState());
    if (!showRecording(m_recordingId, m_viewerId, m_shownTitle,
                       m_consensus->property("exists").toBool()))
        return;
    for (int i = 0; i < m_agreedWith->count(); ++i) {
        QListWidgetItem *item = m_agreedWith->item(i);
        const qint64 person = item->data(Qt::UserRole).toLongLong();
        if (ticked.contains(person))
            item->setCheckState(ticked.value(person));
    }
    if (row < m_model->rowCount()) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        showDetail(row);
    }
}

QString ComparisonView::headline(qint64 durationMs) const {
    const int scored = m_model->bothScoredCount();
    const int agree = m_model->exactAgreements();
    const int flagged = m_model->flaggedCount();
    const int oneSided = m_model->oneSidedCount();
    // Only skills both coders scored can agree or disagree on a score; a skill one of them
    // found not codable is a different question, counted apart.
    QString text = scored == m_model->rowCount()
                       ? tr("<b>%1 of %2</b> skills agree exactly.").arg(agree).arg(scored)
                       : tr("Of the %1 skills both coders scored, <b>%2</b> agree exactly.")
                             .arg(scored)
                             .arg(agree);
    if (flagged > 0)
        text += QLatin1Char(' ') +
                tr("<b>⚑ %1</b> two or more points apart: talk these through before agreeing "
                   "a consensus.")
                    .arg(flagged == 1 ? tr("1 skill") : tr("%1 skills").arg(flagged));
    else if (agree < scored)
        text += QLatin1Char(' ') + tr("The other differences are a single point.");
    if (oneSided > 0)
        text += QLatin1Char(' ') +
                (oneSided == 1
                     ? tr("1 skill was scored by one coder and found not codable by the other.")
                     : tr("%1 skills were scored by one coder and found not codable by the "
                          "other.")
                           .arg(oneSided));
    if (m_model->windowsDiffer()) {
        const Coding &a = m_model->primary();
        const Coding &b = m_model->second();
        text += QStringLiteral("<br>") +
                tr("Coded windows differ: %1 against %2.")
                    .arg(windowText(a.windowStartMs, a.windowEndMs, durationMs),
                         windowText(b.windowStartMs, b.windowEndMs, durationMs));
    }
    return text;
}

void ComparisonView::fillAgreement(bool hasConsensus) {
    m_agreedWith->clear();
    m_agreement->clear();
    try {
        const ConsensusAgreement agreement(m_database);
        if (hasConsensus) {
            m_agreement->setText(agreement.agreementText(m_recordingId));
            m_agreeRow->hide();
            return;
        }
        const QList<qint64> pair = agreement.pairOf(m_recordingId);
        for (const UserAccount &person : agreement.people()) {
            if (person.id == m_viewerId)
                continue; // whoever records the consensus agreed it
            auto *item = new QListWidgetItem(person.username, m_agreedWith);
            item->setData(Qt::UserRole, person.id);
            item->setToolTip(person.displayName);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(pair.contains(person.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_agreeRow->setVisible(!property("beside").toBool());
    } catch (const StorageError &error) {
        m_agreement->setText(error.message());
        m_agreeRow->hide();
    }
}

void ComparisonView::createConsensus() {
    QList<qint64> agreedWith;
    for (int i = 0; i < m_agreedWith->count(); ++i) {
        if (m_agreedWith->item(i)->checkState() == Qt::Checked)
            agreedWith.append(m_agreedWith->item(i)->data(Qt::UserRole).toLongLong());
    }
    qint64 id = 0;
    try {
        id = ConsensusAgreement(m_database).create(m_recordingId, agreedWith, m_viewerId);
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Cannot create the consensus coding"), error.message());
        return;
    }
    emit consensusCreated(id);
}

void ComparisonView::setBesideConsensus(bool beside) {
    setProperty("beside", beside);
    m_back->setVisible(!beside);
    m_consensus->setVisible(!beside);
    m_notes->setVisible(!beside);
    m_agreeRow->setVisible(false);
    setObjectName(beside ? QStringLiteral("consensusComparison")
                         : QStringLiteral("comparisonView"));
    // Both views live in the coding page; a search by name from the page must find the
    // comparison page's widgets, so the ones beside the consensus are named apart.
    if (beside) {
        for (QWidget *child : findChildren<QWidget *>()) {
            QString name = child->objectName();
            if (!name.isEmpty() && !name.startsWith(QLatin1String("beside"))) {
                name[0] = name.at(0).toUpper();
                child->setObjectName(QStringLiteral("beside") + name);
            }
        }
    }
}

QList<Marker> ComparisonView::coderMarkers() const {
    QList<Marker> markers;
    if (!m_model->isLoaded())
        return markers;
    for (const auto &[coding, coder] : {std::pair(&m_model->primary(), m_model->primaryCoder()),
                                        std::pair(&m_model->second(), m_model->secondCoder())}) {
        for (const EvidenceNote &note : coding->notes)
            markers.append({note.id, note.atMs, note.kind,
                            QStringLiteral("%1: %2").arg(coder, note.text.left(60))});
    }
    return markers;
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
