#pragma once

#include "ChangeNotifier.h"

#include <QTimer>

class Database;

// Change notification for SQLite, which has no way to call back: the stamp joins `PRAGMA
// data_version` (bumped by commits of any other connection, another program included) with
// `total_changes()` (rows changed through this connection, which data_version ignores). Both
// read a counter in memory and cost microseconds, so while anything listens to changed() the
// stamp is polled, and nothing is polled while nobody listens.
class SqliteChangeNotifier : public ChangeNotifier {
    Q_OBJECT

public:
    // How often the stamp is compared while something listens to changed().
    static constexpr int pollIntervalMs = 1000;

    explicit SqliteChangeNotifier(const Database &database, QObject *parent = nullptr);

    QString stamp() const override;

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void startPolling();
    void poll();

    const Database &m_database;
    QTimer m_poll;
    QString m_lastStamp;
};
