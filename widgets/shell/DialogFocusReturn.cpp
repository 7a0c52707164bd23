#include "DialogFocusReturn.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QTimer>

DialogFocusReturn::DialogFocusReturn(QWidget *window)
    : QObject(window)
    , m_window(window) {
    qApp->installEventFilter(this);
}

bool DialogFocusReturn::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::Show && event->type() != QEvent::Hide)
        return false;
    auto *dialog = qobject_cast<QDialog *>(watched);
    if (!dialog || !dialog->isWindow() || !dialog->parentWidget() ||
        dialog->parentWidget()->window() != m_window)
        return false;
    if (event->type() == QEvent::Show) {
        // Shown before it takes the focus: what has it now is what the user was in.
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus->window() == m_window)
            m_returnTo.insert(dialog, focus);
        return false;
    }
    const QPointer<QWidget> back = m_returnTo.take(dialog);
    if (!back)
        return false;
    // After the dialog has gone, so that the window is the active one again.
    QTimer::singleShot(0, m_window, [window = QPointer<QWidget>(m_window), back] {
        if (!window || !back || !back->isVisible() || !back->isEnabled())
            return;
        window->activateWindow();
        back->setFocus(Qt::PopupFocusReason);
    });
    return false;
}
