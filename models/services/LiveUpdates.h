#pragma once

#include <QObject>

class Database;

// Tells a page that someone may have changed what it shows, so it can read again without F5.
// Only an engine that announces every committed write follows others' work live: PostgreSQL,
// through LISTEN/NOTIFY (Database::changes()). On SQLite a page keeps checking the change stamp
// when it comes back into sight or on F5, as before: nothing is polled there, so a session of
// coding on a laptop pays nothing for a feature meant for a shared service database.
class LiveUpdates : public QObject {
    Q_OBJECT

public:
    explicit LiveUpdates(Database &database, QObject *parent = nullptr);

    // True when changed() follows other people's writes as they are committed.
    bool isLive() const { return m_live; }

signals:
    // Something was committed to a data table, by anyone (this window included). Emitted once
    // a burst of writes has settled, on the GUI thread.
    void changed();

private:
    bool m_live = false;
};
