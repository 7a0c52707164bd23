#pragma once

#include <QDate>
#include <QLineEdit>

// A date typed as text: 2026-11-25, 25/11/2026, 25-11-2026 or 25 Nov 2026 (DateText reads
// them). A QDateEdit types into sections, so "2026-11-25" typed in one go came out as
// 2026-11-11 and then 2026-11-20; here the whole text is read when the user moves on. A
// date that cannot be read is shown as a problem, never guessed. Empty is allowed: whether
// a date is needed is the form's rule.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    DateField(const QDate &date, QWidget *parent);

    // The date typed; invalid when the field is empty or cannot be read.
    QDate date() const;
    void setDate(const QDate &date);
    bool isEmpty() const;
    // True when something is typed that is not a date.
    bool isUnreadable() const;

signals:
    // A new date has been read from the text (an invalid QDate when it was cleared).
    void dateChanged(const QDate &date);

private:
    void textEdited();
    void tidy();

    QDate m_last;
};
