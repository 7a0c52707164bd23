#pragma once

#include "services/FeedbackRecording.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

// The "Feedback due" list beside the coaching sheet. It opens on what is due now (falling due
// this week, or overdue this month), then the older ones; it can be narrowed to a team, a coder
// or recent sessions, and leaves out practitioners who have left unless asked. Arrows move
// through it and Enter (or a click) opens the sheet.
class FeedbackDueList : public QWidget {
    Q_OBJECT

public:
    explicit FeedbackDueList(FeedbackRecording &feedback, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The date the list is worked out for; today unless a test sets it.
    void setToday(const QDate &today);

public slots:
    void refresh();

signals:
    void codingChosen(qint64 codingId);
    // A problem reading the list, for the page's status line.
    void failed(const QString &message);

private:
    void fillChoices(const QList<FeedbackDueItem> &all);
    void openRow(int row);

    FeedbackRecording &m_feedback;
    QDate m_today;
    QComboBox *m_team = nullptr;
    QComboBox *m_coder = nullptr;
    QComboBox *m_coach = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_hideLeavers = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    bool m_filling = false;
};
