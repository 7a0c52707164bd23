#include "EngineChangeNotifier.h"

#include "Database.h"
#include "PostgresChangeNotifier.h"
#include "SqliteChangeNotifier.h"

#include <QMetaMethod>
#include <QThread>

EngineChangeNotifier::EngineChangeNotifier(const Database &database, QObject *parent)
    : ChangeNotifier(parent)
    , m_database(database)
    , m_sqlite(std::make_unique<SqliteChangeNotifier>(database))
    , m_postgres(std::make_unique<PostgresChangeNotifier>(database)) {}

EngineChangeNotifier::~EngineChangeNotifier() = default;

QString EngineChangeNotifier::stamp() const {
    const auto spec = m_database.spec();
    if (spec && spec->isPostgres())
        return m_postgres->stamp();
    return m_sqlite->stamp();
}

void EngineChangeNotifier::connectNotify(const QMetaMethod &signal) {
    if (signal != QMetaMethod::fromSignal(&ChangeNotifier::changed) || m_following)
        return;
    // The engines' notifiers start watching when this connects to them, in their own thread.
    m_following = true;
    connect(m_sqlite.get(), &ChangeNotifier::changed, this, &ChangeNotifier::changed);
    connect(m_postgres.get(), &ChangeNotifier::changed, this, &ChangeNotifier::changed);
}

void EngineChangeNotifier::disconnectNotify(const QMetaMethod &signal) {
    // An invalid signal means "every signal": check again who still listens.
    if (!m_following || thread() != QThread::currentThread() ||
        (signal.isValid() && signal != QMetaMethod::fromSignal(&ChangeNotifier::changed)) ||
        isSignalConnected(QMetaMethod::fromSignal(&ChangeNotifier::changed)))
        return;
    m_following = false;
    disconnect(m_sqlite.get(), &ChangeNotifier::changed, this, &ChangeNotifier::changed);
    disconnect(m_postgres.get(), &ChangeNotifier::changed, this, &ChangeNotifier::changed);
}
