#pragma once

#include "instruments/InstrumentCatalogue.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;

// The answers of one questionnaire, typed one digit per item in the item table (it moves on by
// itself) or all at once in the quick-entry line. Out-of-range answers are refused as they are
// typed, and the total, subscales and the prorated / not scorable flags update with every key.
class MeasureAnswerTable : public QWidget {
    Q_OBJECT

public:
    explicit MeasureAnswerTable(QWidget *parent = nullptr);

    // Shows `definition`'s items and scale (a copy is kept; null shows none). The answers typed
    // so far are kept only when `keepAnswers`.
    void setDefinition(const InstrumentDefinition *definition, bool keepAnswers);
    const InstrumentDefinition *definition() const;

    QMap<int, int> answers() const { return m_items; }
    void setAnswers(const QMap<int, int> &answers);
    // Clears every answer and goes back to the first item.
    void clear();

    void focusQuickLine();
    QWidget *firstField() const;
    QWidget *lastField() const;

signals:
    // A problem with what was typed (isError), or an empty text once it is put right.
    void message(const QString &text, bool isError);
    // The last item was answered: saving is the next thing to do.
    void lastItemAnswered();
    // Enter in the quick-entry line.
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshHint();
    void refreshItems();
    void refreshScores();
    void refreshQuickLine();
    void quickLineEdited(const QString &text);
    bool handleItemKey(int key, const QString &text);
    void setAnswer(int item, std::optional<int> value);
    void moveToItem(int item);
    int currentItem() const;

    std::optional<InstrumentDefinition> m_definition;
    QMap<int, int> m_items;
    QString m_lastGoodQuickText;
    bool m_updatingQuickLine = false;

    QLabel *m_scaleHint = nullptr;
    QLineEdit *m_quickLine = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QTableWidget *m_scoreTable = nullptr;
};
