#include "PageFocus.h"

#include <QWidget>

bool PageFocus::takesKeys(const QWidget *widget) {
    return widget && widget->isVisible() && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus);
}

void PageFocus::focus(QWidget *page) {
    if (!page || !page->isVisible())
        return;
    QWidget *proxy = page->focusProxy();
    while (proxy && proxy->focusProxy())
        proxy = proxy->focusProxy();
    if (takesKeys(proxy)) {
        proxy->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A control hidden since (the scoring panel of the coding just closed) would swallow the keys,
    // so only one still showing is gone back to.
    QWidget *remembered = page->focusWidget();
    if (remembered && remembered != page && page->isAncestorOf(remembered) &&
        takesKeys(remembered)) {
        remembered->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The focus chain runs through the whole window; the page's own controls are those under it.
    for (QWidget *next = page->nextInFocusChain(); next && next != page;
         next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && !next->focusProxy() && takesKeys(next)) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}
