#pragma once

#include <QDialog>
#include <QMap>

class QDoubleSpinBox;
class QKeySequenceEdit;
class QLabel;
class Settings;

// The player's preferences: the short and long skip, the auto-rewind on pause (0–10 s) and a
// key for every transport action (for foot pedals too). Saving refuses a key used twice.
class PlayerPreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PlayerPreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    // Writes to Settings; false (and a message in the dialog) when two actions share a key.
    bool save();
    void restoreDefaults();
    void accept() override;

private:
    Settings &m_settings;
    QDoubleSpinBox *m_skipShort;
    QDoubleSpinBox *m_skipLong;
    QDoubleSpinBox *m_autoRewind;
    QMap<QString, QKeySequenceEdit *> m_keys;
    QLabel *m_problem;
};
