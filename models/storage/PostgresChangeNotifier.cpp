#include "PostgresChangeNotifier.h"

#include "Database.h"

#include <QMetaMethod>
#include <QThread>

PostgresChangeNotifier::PostgresChangeNotifier(const Database &database, QObject *parent)
    : ChangeNotifier(parent)
    , m_database(database) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &ChangeNotifier::changed);
}

bool PostgresChangeNotifier::listen() const {
    if (!m_database.isOpen() || !m_database.spec()->isPostgres())
        return false;
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver)
        return false;
    if (m_driver == driver &&
        driver->subscribedToNotifications().contains(QString::fromLatin1(channel)))
        return true;
    if (!driver->subscribeToNotification(QString::fromLatin1(channel)))
        return false;
    auto *self = const_cast<PostgresChangeNotifier *>(this);
    connect(driver, &QSqlDriver::notification, self, &PostgresChangeNotifier::notified,
            Qt::UniqueConnection);
    m_driver = driver;
    ++m_generation;
    return true;
}

QString PostgresChangeNotifier::stamp() const {
    // Never throws: an unknown stamp already means "read again".
    if (!listen())
        return {};
    return QString::number(m_generation) + QLatin1Char(':') + QString::number(m_count);
}

void PostgresChangeNotifier::connectNotify(const QMetaMethod &signal) {
    if (signal != QMetaMethod::fromSignal(&ChangeNotifier::changed))
        return;
    // The driver lives in this object's thread; a listener from elsewhere starts it there.
    if (thread() != QThread::currentThread()) {
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::QueuedConnection);
        return;
    }
    listen();
}

void PostgresChangeNotifier::notified(const QString &name, QSqlDriver::NotificationSource source,
                                      const QVariant &payload) {
    Q_UNUSED(source)
    Q_UNUSED(payload)
    // The source is not checked: this connection's own writes change what its views show too.
    if (name != QLatin1String(channel))
        return;
    ++m_count;
    if (!m_settle.isActive())
        m_settle.start();
}
