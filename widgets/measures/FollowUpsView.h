#pragma once

#include "instruments/InstrumentCatalogue.h"
#include "itemmodels/FollowUpsModel.h"
#include "services/FollowUps.h"

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class Settings;

// The T2 follow-ups that are due or overdue, so none is lost. What is owed and when is
// FollowUpRule's, the definition the Practice Report counts: only repeated questionnaires, due
// after the organisation's interval (Report settings) or else each questionnaire's own. Opening
// one (Enter or a double click) starts the T2 in the entry form. It opens on what is due this
// week and overdue this month (FollowUpsModel's order), and filters by team, T1 date and
// whether the family's practitioner has left.
class FollowUpsView : public QWidget {
    Q_OBJECT

public:
    FollowUpsView(Database &database, const InstrumentCatalogue &catalogue, Settings &settings,
                  QWidget *parent = nullptr);
    ~FollowUpsView() override;

    void refresh();
    // The date the list is worked out for; today unless a test sets it.
    void setToday(const QDate &today);
    FollowUpsModel *model() const { return m_model; }

signals:
    void logRequested(const FollowUp &followUp);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void logSelected();
    void fillTeams(const QList<FollowUp> &followUps);
    FollowUpsModel::Filter filter() const;

    FollowUps m_followUps;
    InstrumentCatalogue m_catalogue;
    QDate m_today; // invalid: use the current date

    QLabel *m_summary = nullptr;
    QLabel *m_interval = nullptr;
    QCheckBox *m_includeUpcoming = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_hideLeavers = nullptr;
    QTableView *m_view = nullptr;
    FollowUpsModel *m_model = nullptr;
    QPushButton *m_log = nullptr;
};
