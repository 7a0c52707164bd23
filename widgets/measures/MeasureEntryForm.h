#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"

#include <QMap>
#include <QWidget>

class Database;
class MeasureAnswerTable;
class MeasureHeaderForm;
class QLabel;
class QPushButton;

// The fast entry form for logging a paper questionnaire: a header (family, respondent,
// questionnaire, timepoint, date, how it was completed, optional recording), then the answers,
// typed one digit per item (the form moves on by itself) or all at once in the quick-entry
// line (MeasureAnswerTable). Out-of-range answers are refused as they are typed, and the total,
// subscales and the prorated / not scorable flags update with every key. Saving is one
// transaction, through MeasureEntry.
class MeasureEntryForm : public QWidget {
    Q_OBJECT

public:
    MeasureEntryForm(Database &database, const InstrumentCatalogue &catalogue,
                     QWidget *parent = nullptr);
    ~MeasureEntryForm() override;

    // Starts a new administration with the header filled in (used from the follow-ups list).
    void startNew(const QString &familyCode, const QString &respondent, const QString &instrumentId,
                  const QString &timepoint);
    // Opens a stored administration for correction.
    void edit(const InstrumentResponse &response);
    void setCatalogue(const InstrumentCatalogue &catalogue);
    void refreshFamilies();

    QMap<int, int> answers() const;
    QString currentInstrumentId() const;
    bool isEditing() const { return m_editing.id > 0; }

signals:
    // An administration was saved, changed or deleted.
    void administrationsChanged(const QString &familyCode);

private:
    void buildUi();
    void instrumentChanged();
    void familyChanged();
    void showMessage(const QString &text, bool isError);
    void save();
    enum class ConflictOutcome { Saved, TookTheirs, Refused };
    // Someone else saved the questionnaire first: shows both versions and saves the user's on
    // top of theirs, or loads theirs, as the user chooses. *message: the refusal, updated.
    ConflictOutcome resolveConflict(InstrumentResponse &response, QString *message);
    void deleteAdministration();
    void resetEditing();
    const InstrumentDefinition *definition() const;

    Database &m_database;
    InstrumentCatalogue m_catalogue;
    InstrumentResponse m_editing; // id 0 when logging a new administration

    QLabel *m_modeTitle = nullptr;
    MeasureHeaderForm *m_header = nullptr;
    MeasureAnswerTable *m_answers = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_delete = nullptr;
};
