#pragma once

#include "ChangeNotifier.h"

#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

class Database;

// Change notification for PostgreSQL through LISTEN/NOTIFY. Migration 006 makes the database
// send a notification on the channel practicecoder_changes after every committed insert,
// update or delete of a data table, whoever wrote it (this program, another person's, psql).
// This connection listens on it; each notification moves the stamp on, and changed() follows
// once a burst of them has passed, so a save of many rows refreshes a view once.
//
// Listening starts on the first stamp() or the first connection to changed(), and again after
// the database was reopened. The stamp counts notifications seen, so it is comparable only
// within one connection, which is what views use it for.
class PostgresChangeNotifier : public ChangeNotifier {
    Q_OBJECT

public:
    static constexpr const char *channel = "practicecoder_changes";
    // How long changed() waits for a burst of notifications to end.
    static constexpr int settleMs = 100;

    explicit PostgresChangeNotifier(const Database &database, QObject *parent = nullptr);

    QString stamp() const override;
    // Subscribes this connection to the channel, if not already; false when it is closed or
    // the server refused.
    bool listen() const;

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);

    const Database &m_database;
    // The driver listened on; a reopened database has a new driver, which listens afresh.
    mutable QPointer<QSqlDriver> m_driver;
    mutable quint64 m_generation = 0;
    quint64 m_count = 0;
    QTimer m_settle;
};
