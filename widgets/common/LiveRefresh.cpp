#include "LiveRefresh.h"

#include "services/LiveUpdates.h"

#include <QEvent>
#include <QWidget>

LiveRefresh::LiveRefresh(Database &database, QWidget *page, std::function<void()> refresh,
                         When when)
    : QObject(page)
    , m_updates(new LiveUpdates(database, this))
    , m_page(page)
    , m_refresh(std::move(refresh))
    , m_when(when) {
    connect(m_updates, &LiveUpdates::changed, this, &LiveRefresh::changed);
    page->installEventFilter(this);
}

bool LiveRefresh::isLive() const {
    return m_updates->isLive();
}

void LiveRefresh::changed() {
    if (m_when == When::InSight && !m_page->isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_refresh();
}

bool LiveRefresh::eventFilter(QObject *watched, QEvent *event) {
    // Before the page's own showEvent, so a page that checks the change stamp there finds it
    // already read.
    if (watched == m_page && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}
