#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"

#include <QWidget>

class AdministrationsModel;
class Database;
class FamilyChangeModel;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTableView;

// One family's questionnaires over time: every administration by respondent, the T1 -> T2
// change per scale with its reliable change index and class, and a small trend chart of one
// questionnaire's score for each family member.
class FamilyTimelineView : public QWidget {
    Q_OBJECT

public:
    FamilyTimelineView(Database &database, const InstrumentCatalogue &catalogue,
                       QWidget *parent = nullptr);
    ~FamilyTimelineView() override;

    void showFamily(const QString &familyCode);
    void refresh();
    void setCatalogue(const InstrumentCatalogue &catalogue);
    QString currentFamily() const;

signals:
    void editRequested(const InstrumentResponse &response);

private:
    void loadFamily();
    void refreshChart();
    void editSelected();

    Database &m_database;
    InstrumentCatalogue m_catalogue;
    QString m_loadedFamily; // the family code the timeline was last read for
    QList<InstrumentResponse> m_administrations;

    QComboBox *m_family = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_administrationsView = nullptr;
    AdministrationsModel *m_administrationsModel = nullptr;
    QTableView *m_changeView = nullptr;
    FamilyChangeModel *m_changeModel = nullptr;
    QComboBox *m_chartInstrument = nullptr;
    QCustomPlot *m_chart = nullptr;
    QPushButton *m_edit = nullptr;
};
