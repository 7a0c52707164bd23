#pragma once

#include "ChangeNotifier.h"

#include <memory>

class Database;
class PostgresChangeNotifier;
class SqliteChangeNotifier;

// Database::changes(): the one notifier a view holds for the life of the Database, whatever
// engine it is open on, across reopening. It answers with the engine's own notifier (SQLite's
// change counters, PostgreSQL's LISTEN/NOTIFY), and follows both only while something listens.
class EngineChangeNotifier : public ChangeNotifier {
    Q_OBJECT

public:
    explicit EngineChangeNotifier(const Database &database, QObject *parent = nullptr);
    ~EngineChangeNotifier() override;

    QString stamp() const override;

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    const Database &m_database;
    std::unique_ptr<SqliteChangeNotifier> m_sqlite;
    std::unique_ptr<PostgresChangeNotifier> m_postgres;
    bool m_following = false;
};
