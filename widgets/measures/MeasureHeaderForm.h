#pragma once

#include "instruments/InstrumentCatalogue.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class DateField;
class QLineEdit;
class QStringListModel;

// The header of a family questionnaire: which family, who answered, which questionnaire, the
// timepoint, the date, how it was completed and, optionally, the recording it followed. Holds
// no answers and reads nothing from the database: MeasureEntryForm fills its choices.
class MeasureHeaderForm : public QWidget {
    Q_OBJECT

public:
    explicit MeasureHeaderForm(const InstrumentCatalogue &catalogue, QWidget *parent = nullptr);

    QString familyCode() const; // trimmed
    void setFamilyCode(const QString &code);
    void setFamilyCodes(const QStringList &codes);

    QString instrumentId() const;
    // False when the questionnaire is not one this form offers.
    bool selectInstrument(const QString &instrumentId);

    // Offers only `respondents`, keeping the one chosen before when it is still offered.
    void setRespondents(const QStringList &respondents);
    QString respondent() const;
    void selectRespondent(const QString &respondent);

    QString timepoint() const; // trimmed, upper case
    void setTimepoint(const QString &timepoint);
    QDate date() const;
    void setDate(const QDate &date);
    QString mode() const;
    void setMode(const QString &mode);

    // Back to "None" only; the family's recordings are then added one by one.
    void clearRecordings();
    void addRecording(const QString &label, qint64 recordingId);
    // Selects the recording when it is offered; leaves the choice alone otherwise.
    void selectRecording(qint64 recordingId);
    qint64 recordingId() const;

    void focusFamily();
    void focusRespondent();
    // The last field in tab order, for the form to continue from.
    QWidget *lastField() const;

signals:
    void instrumentChanged();
    void familyEdited();

private:
    QLineEdit *m_family = nullptr;
    QStringListModel *m_familyCodes = nullptr;
    QComboBox *m_respondent = nullptr;
    QComboBox *m_instrument = nullptr;
    QComboBox *m_timepoint = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_recording = nullptr;
};
