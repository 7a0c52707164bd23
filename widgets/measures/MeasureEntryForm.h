#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <optional>

class Database;
class FamilyRepository;
class MeasuresRepository;
class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableWidget;

// The fast entry form for logging a paper questionnaire: a header (family, respondent,
// questionnaire, timepoint, date, how it was completed, optional recording), then the answers,
// typed one digit per item (the form moves on by itself) or all at once in the quick-entry
// line. Out-of-range answers are refused as they are typed, and the total, subscales and the
// prorated / not scorable flags update with every key. Saving is one transaction.
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

    QMap<int, int> answers() const { return m_items; }
    QString currentInstrumentId() const;
    bool isEditing() const { return m_editing.id > 0; }

signals:
    // An administration was saved, changed or deleted.
    void administrationsChanged(const QString &familyCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void instrumentChanged();
    void familyChanged();
    void quickLineEdited(const QString &text);
    bool handleItemKey(int key, const QString &text);
    void setAnswer(int item, std::optional<int> value);
    void moveToItem(int item);
    int currentItem() const;
    void refreshItems();
    void refreshScores();
    void refreshQuickLine();
    void showMessage(const QString &text, bool isError);
    void save();
    void deleteAdministration();
    void clearAnswers();
    void resetEditing();
    void selectRespondent(const QString &respondent);
    const InstrumentDefinition *definition() const;

    Database &m_database;
    std::unique_ptr<FamilyRepository> m_families;
    std::unique_ptr<MeasuresRepository> m_measures;
    InstrumentCatalogue m_catalogue;
    QMap<int, int> m_items;
    InstrumentResponse m_editing; // id 0 when logging a new administration
    QString m_lastGoodQuickText;
    bool m_updatingQuickLine = false;

    QLineEdit *m_family = nullptr;
    QStringListModel *m_familyCodes = nullptr;
    QComboBox *m_respondent = nullptr;
    QComboBox *m_instrument = nullptr;
    QComboBox *m_timepoint = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_recording = nullptr;
    QLabel *m_scaleHint = nullptr;
    QLineEdit *m_quickLine = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QTableWidget *m_scoreTable = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_modeTitle = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_delete = nullptr;
};
