#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <utility>

class QWidget;

// Every modal message box goes through here, so that GUI tests never block: a test calls
// setNextAnswer() and the next message is recorded (lastText()) and answered without being
// shown. Outside tests this is a thin wrapper over QMessageBox.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok);
    // defaultButton: the button Enter presses (Cancel for anything that cannot be undone);
    // NoButton lets QMessageBox choose.
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    // A warning whose buttons say what they do ("Keep PracticeCoder open") rather than Yes or
    // No; each standard button is shown with the words paired with it.
    using LabelledButton = std::pair<Button, QString>;
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          const QList<LabelledButton> &buttons, Button defaultButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No);

    // The next message box is not shown and returns answer instead.
    static void setNextAnswer(Button answer);
    // The text of the last message box asked for (shown or answered by setNextAnswer).
    static QString lastText();
    static void clearLastText();
    // The default button of the last message box asked for (NoButton when none was given).
    static Button lastDefaultButton();
    // The words on the last message box's buttons, when they were given (empty otherwise).
    static QStringList lastButtonTexts();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text, Buttons buttons,
                       Button defaultButton = QMessageBox::NoButton,
                       const QList<LabelledButton> &labels = {});
};
