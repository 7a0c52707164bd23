#pragma once

#include "services/ReportSettingsEditing.h"

#include <QDialog>

class Database;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Where a manager changes the organisation's report settings: the small-number threshold, the
// reference points the overall score is read against, and when follow-up questionnaires fall
// due. OK checks everything first and saves
// nothing when something is wrong; the settings are saved to the database, so every computer
// and every scheduled report uses them.
class ReportSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportSettingsDialog(Database &database, QWidget *parent = nullptr);

    void accept() override;

private:
    void buildUi();
    void load();
    void showPoints(const QList<ReferencePoint> &points);
    void addPoint();
    void removePoint();
    void updateButtons();
    // Reads the table; on a value that is not a number returns nullopt with *error naming it.
    std::optional<QList<ReferencePoint>> pointsFromTable(QString *error) const;
    void showError(const QString &message);

    ReportSettingsEditing m_editing;
    ReportSettingsEditing::Versions m_versions;

    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_ownFollowUp = nullptr;
    QSpinBox *m_followUpWeeks = nullptr;
    QTableWidget *m_points = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_lastChanged = nullptr;
    QLabel *m_error = nullptr;
};
