#pragma once

#include "instruments/InstrumentCatalogue.h"
#include "storage/MeasuresRepository.h"

#include <QWidget>

#include <memory>

class Database;
class FollowUpsModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class Settings;

// The T2 follow-ups that are due or overdue, so none is lost: T2 falls due a configurable
// number of weeks after T1 (16 by default). Opening one starts the T2 in the entry form.
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

private:
    void logSelected();

    std::unique_ptr<MeasuresRepository> m_measures;
    InstrumentCatalogue m_catalogue;
    Settings &m_settings;
    QDate m_today; // invalid: use the current date

    QLabel *m_summary = nullptr;
    QSpinBox *m_weeks = nullptr;
    QCheckBox *m_includeUpcoming = nullptr;
    QTableView *m_view = nullptr;
    FollowUpsModel *m_model = nullptr;
    QPushButton *m_log = nullptr;
};
