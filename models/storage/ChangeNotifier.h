#pragma once

#include <QObject>
#include <QString>

// Tells views that the database may have changed, whoever changed it: this connection, another
// connection of this process, or another program. A view keeps the stamp() it read with and
// asks unchangedSince() when it comes back into sight, so returning to a page costs nothing
// when nobody wrote in between; a view that wants to follow others' work connects to changed().
// Each engine has its own way of knowing: SQLite counters (SqliteChangeNotifier), and later
// PostgreSQL's LISTEN/NOTIFY.
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // The state of the database as this connection sees it: equal stamps mean nothing changed
    // in between. Empty when it cannot be known (no connection), which counts as changed.
    virtual QString stamp() const = 0;
    // True only when the database is known not to have changed since `earlier` was taken.
    bool unchangedSince(const QString &earlier) const;

signals:
    // The database changed since the last time this was emitted (or since the first
    // connection to this signal). Emitted on the thread the notifier lives in.
    void changed();
};
