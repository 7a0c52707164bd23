#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

// Puts the keyboard back where it was when a dialog of the window closes: the control that had
// focus when the dialog opened, if it is still there and showing. Qt does this only when the
// window system hands activation back, which not every platform (nor the offscreen one) does.
// Watches every dialog the application shows, so dialogs opened by any page are covered.
class DialogFocusReturn : public QObject {
    Q_OBJECT

public:
    // Covers dialogs whose parent window is `window`.
    explicit DialogFocusReturn(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QHash<QDialog *, QPointer<QWidget>> m_returnTo;
};
