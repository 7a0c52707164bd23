#include "FeedbackDueList.h"

#include "common/NameComboBox.h"
#include "common/ViewPlace.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

FeedbackDueList::FeedbackDueList(FeedbackRecording &feedback, QWidget *parent)
    : QWidget(parent)
    , m_feedback(feedback) {
    setObjectName(QStringLiteral("feedbackDue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Feedback due (7 days after finalising): this week's and this "
                                "month's first"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("feedbackDueTeam"));
    m_coder = new QComboBox(this);
    m_coder->setObjectName(QStringLiteral("feedbackDueCoder"));
    m_coach = new QComboBox(this);
    m_coach->setObjectName(QStringLiteral("feedbackDueCoach"));
    NameComboBox::keepNarrow(m_team, 12);
    NameComboBox::keepNarrow(m_coder, 12);
    NameComboBox::keepNarrow(m_coach, 12);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("feedbackDuePeriod"));
    m_period->addItem(tr("Any session date"), 0);
    m_period->addItem(tr("Sessions in the last 3 months"), 3);
    m_period->addItem(tr("Sessions in the last 12 months"), 12);
    filters->addWidget(m_team);
    filters->addWidget(m_coder);
    filters->addWidget(m_coach);
    layout->addLayout(filters);
    auto *second = new QHBoxLayout;
    m_hideLeavers = new QCheckBox(tr("Hide people who have left"), this);
    m_hideLeavers->setObjectName(QStringLiteral("feedbackDueHideLeavers"));
    m_hideLeavers->setChecked(true);
    second->addWidget(m_period);
    second->addWidget(m_hideLeavers);
    layout->addLayout(second);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("feedbackDueList"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("feedbackDueSummary"));
    layout->addWidget(m_summary);

    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { openRow(row); });
    // Enter on the current row (arrows move it), as in every list of the application.
    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    for (QComboBox *box : {m_team, m_coder, m_coach, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    connect(m_hideLeavers, &QCheckBox::toggled, this, &FeedbackDueList::refresh);
}

void FeedbackDueList::setToday(const QDate &today) {
    m_today = today;
    refresh();
}

void FeedbackDueList::fillChoices(const QList<FeedbackDueItem> &all) {
    QMap<QString, qint64> teams;
    QMap<QString, qint64> coders;
    QMap<QString, qint64> coaches;
    for (const FeedbackDueItem &item : all) {
        teams.insert(item.teamName, item.teamId);
        coders.insert(item.coderName, item.coderId);
        if (item.coachId > 0)
            coaches.insert(item.coachName, item.coachId);
    }
    m_filling = true;
    auto fill = [](QComboBox *box, const QString &any, const QMap<QString, qint64> &names) {
        const qint64 chosen = box->currentData().toLongLong();
        box->clear();
        box->addItem(any, 0);
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            box->addItem(it.key(), it.value());
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    fill(m_team, tr("Every team"), teams);
    fill(m_coder, tr("Every coder"), coders);
    fill(m_coach, tr("Every coach"), coaches);
    m_filling = false;
}

void FeedbackDueList::refresh() {
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    FeedbackRecording::DueFilter filter;
    filter.hideLeavers = m_hideLeavers->isChecked();
    QList<FeedbackDueItem> items;
    try {
        fillChoices(m_feedback.dueNow(today, filter));
        filter.teamId = m_team->currentData().toLongLong();
        filter.coderId = m_coder->currentData().toLongLong();
        filter.coachId = m_coach->currentData().toLongLong();
        if (const int months = m_period->currentData().toInt(); months > 0)
            filter.recordedFrom = today.addMonths(-months);
        items = m_feedback.dueNow(today, filter);
    } catch (const StorageError &error) {
        emit failed(error.message());
    }
    const ViewPlace place(m_table,
                          [](const QModelIndex &index) { return index.data(Qt::UserRole); });
    m_table->clear();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Practitioner"), tr("Session"), tr("Due"), tr("Coach"), tr("Coder"), tr("Team")});
    m_table->setRowCount(int(items.size()));
    int now = 0;
    for (int r = 0; r < items.size(); ++r) {
        const FeedbackDueItem &item = items.at(r);
        auto *first = new QTableWidgetItem(item.practitionerCode + QStringLiteral(" ") +
                                           item.practitionerName);
        first->setData(Qt::UserRole, item.codingId);
        m_table->setItem(r, 0, first);
        m_table->setItem(r, 1, new QTableWidgetItem(item.recordedOn.toString(Qt::ISODate)));
        const QString due =
            item.daysOverdue > 0    ? tr("%n day(s) overdue", nullptr, item.daysOverdue)
            : item.daysOverdue == 0 ? tr("due today")
                                    : tr("due in %n day(s)", nullptr, -item.daysOverdue);
        m_table->setItem(r, 2, new QTableWidgetItem(due));
        m_table->setItem(r, 3,
                         new QTableWidgetItem(item.coachId > 0 ? item.coachName : tr("No coach")));
        m_table->setItem(r, 4, new QTableWidgetItem(item.coderName));
        m_table->setItem(r, 5, new QTableWidgetItem(item.teamName));
        if (item.daysOverdue <= 31)
            ++now;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        tr("%1 due now (this week or overdue this month), %2 in all.").arg(now).arg(items.size()));
    place.restore();
    if (!items.isEmpty() && !m_table->currentIndex().isValid())
        m_table->setCurrentCell(0, 0);
}

void FeedbackDueList::openRow(int row) {
    if (auto *item = m_table->item(row, 0))
        emit codingChosen(item->data(Qt::UserRole).toLongLong());
}
