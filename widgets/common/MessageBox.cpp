#include "MessageBox.h"

#include <QAbstractButton>

namespace {

QMessageBox::StandardButton &nextAnswer() {
    static QMessageBox::StandardButton answer = QMessageBox::NoButton;
    return answer;
}

QString &lastMessage() {
    static QString text;
    return text;
}

QMessageBox::StandardButton &lastDefault() {
    static QMessageBox::StandardButton button = QMessageBox::NoButton;
    return button;
}

QStringList &lastButtons() {
    static QStringList texts;
    return texts;
}

} // namespace

MessageBox::Button MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton,
                                    const QList<LabelledButton> &labels) {
    lastMessage() = text;
    lastDefault() = defaultButton;
    lastButtons().clear();
    for (const LabelledButton &label : labels)
        lastButtons().append(label.second);
    if (nextAnswer() != QMessageBox::NoButton) {
        const Button answer = nextAnswer();
        nextAnswer() = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    for (const LabelledButton &label : labels)
        box.button(label.first)->setText(label.second);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons) {
    return show(parent, QMessageBox::Critical, title, text, buttons);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton) {
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       const QList<LabelledButton> &buttons, Button defaultButton) {
    Buttons standard;
    for (const LabelledButton &button : buttons)
        standard |= button.first;
    return show(parent, QMessageBox::Warning, title, text, standard, defaultButton, buttons);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons) {
    return show(parent, QMessageBox::Information, title, text, buttons);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons) {
    return show(parent, QMessageBox::Question, title, text, buttons);
}

void MessageBox::setNextAnswer(Button answer) {
    nextAnswer() = answer;
}

QString MessageBox::lastText() {
    return lastMessage();
}

void MessageBox::clearLastText() {
    lastMessage().clear();
}

MessageBox::Button MessageBox::lastDefaultButton() {
    return lastDefault();
}

QStringList MessageBox::lastButtonTexts() {
    return lastButtons();
}
