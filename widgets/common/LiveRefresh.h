#pragma once

#include <QObject>

#include <functional>

class Database;
class LiveUpdates;
class QWidget;

// Keeps one page up to date with other people's work (LiveUpdates): when the database says it
// changed, a page in sight reads again at once, and a page out of sight reads when it next
// comes into sight, so a hidden page costs nothing. The page's read must keep the user's place
// (selection, scroll, sort, filters) and must never throw away what they are typing.
class LiveRefresh : public QObject {
    Q_OBJECT

public:
    enum class When { InSight, Always };

    // `refresh` is called on the GUI thread. With When::Always the page reads even while
    // hidden, for a page whose figures show elsewhere (My work's count on the navigation).
    LiveRefresh(Database &database, QWidget *page, std::function<void()> refresh,
                When when = When::InSight);

    bool isLive() const;
    // True while a change came in that the hidden page has not read yet.
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();

    LiveUpdates *m_updates = nullptr;
    QWidget *m_page = nullptr;
    std::function<void()> m_refresh;
    When m_when;
    bool m_pending = false;
};
