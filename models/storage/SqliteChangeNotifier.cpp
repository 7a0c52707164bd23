#include "SqliteChangeNotifier.h"

#include "Database.h"

#include <QMetaMethod>
#include <QSqlQuery>
#include <QThread>

SqliteChangeNotifier::SqliteChangeNotifier(const Database &database, QObject *parent)
    : ChangeNotifier(parent)
    , m_database(database) {
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &SqliteChangeNotifier::poll);
}

QString SqliteChangeNotifier::stamp() const {
    // PostgreSQL has no such counters; an unknown stamp counts as changed.
    if (!m_database.isOpen() || m_database.spec()->isPostgres())
        return {};
    // Read without Database::prepare: asking whether anything changed must never throw, and
    // an unknown stamp already means "read again", where any real problem will show.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return {};
    const QString dataVersion = query.value(0).toString();
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next())
        return {};
    return dataVersion + QLatin1Char(':') + query.value(0).toString();
}

void SqliteChangeNotifier::connectNotify(const QMetaMethod &signal) {
    if (signal != QMetaMethod::fromSignal(&ChangeNotifier::changed))
        return;
    // The timer and the connection belong to this object's thread, so a listener connecting
    // from elsewhere has the polling started there.
    if (thread() != QThread::currentThread()) {
        QMetaObject::invokeMethod(this, &SqliteChangeNotifier::startPolling, Qt::QueuedConnection);
        return;
    }
    startPolling();
}

void SqliteChangeNotifier::startPolling() {
    if (m_poll.isActive())
        return;
    m_lastStamp = stamp();
    m_poll.start();
}

void SqliteChangeNotifier::disconnectNotify(const QMetaMethod &signal) {
    // An invalid signal means "every signal": check again who still listens.
    if ((!signal.isValid() || signal == QMetaMethod::fromSignal(&ChangeNotifier::changed)) &&
        thread() == QThread::currentThread() &&
        !isSignalConnected(QMetaMethod::fromSignal(&ChangeNotifier::changed)))
        m_poll.stop();
}

void SqliteChangeNotifier::poll() {
    const QString now = stamp();
    if (now == m_lastStamp)
        return;
    m_lastStamp = now;
    emit changed();
}
