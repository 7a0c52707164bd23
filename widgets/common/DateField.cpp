#include "DateField.h"

#include "Theme.h"
#include "domain/DateText.h"

#include <QLocale>

DateField::DateField(QWidget *parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("dd/mm/yyyy"));
    setToolTip(tr("Type a date, %1").arg(DateText::examples()));
    setMaximumWidth(150);
    connect(this, &QLineEdit::textChanged, this, &DateField::textEdited);
    connect(this, &QLineEdit::editingFinished, this, &DateField::tidy);
}

DateField::DateField(const QDate &date, QWidget *parent)
    : DateField(parent) {
    setDate(date);
}

QDate DateField::date() const {
    return DateText::parse(text());
}

void DateField::setDate(const QDate &date) {
    setText(DateText::format(date));
    // Also when signals are blocked, so typing the same date later is no change.
    m_last = date;
}

bool DateField::isEmpty() const {
    return text().trimmed().isEmpty();
}

bool DateField::isUnreadable() const {
    return !isEmpty() && !date().isValid();
}

void DateField::textEdited() {
    Theme::setRole(this, isUnreadable() ? Theme::Role::Error : Theme::Role::None);
    // Half-typed text ("25/11/20") reads as nothing; the last date stands until a new one is
    // whole, so a filter does not flicker while the user types.
    if (isUnreadable())
        return;
    const QDate now = date();
    if (now == m_last)
        return;
    m_last = now;
    emit dateChanged(now);
}

void DateField::tidy() {
    // Written back in one form once read, so the user sees which day was understood.
    if (const QDate read = date(); read.isValid() && text() != DateText::format(read)) {
        const QSignalBlocker block(this);
        setText(DateText::format(read));
    }
    setToolTip(date().isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      .toString(date(), QLocale::LongFormat)
                                : tr("Type a date, %1").arg(DateText::examples()));
}
