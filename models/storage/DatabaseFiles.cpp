#include "DatabaseFiles.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>

namespace {

struct State {
    QMutex mutex;
    QHash<const QSqlDriver *, QString> connections;
    QSet<QString> damaged;
};

State &state() {
    static State instance;
    return instance;
}

// One file may be named in several ways (a symlink, "a/../b"); realpath() opens nothing.
QString keyOf(const QString &path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

} // namespace

void DatabaseFiles::connectionOpened(const QString &path, const QSqlDriver *driver) {
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.connections.insert(driver, key);
}

void DatabaseFiles::connectionClosed(const QSqlDriver *driver) {
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.connections.remove(driver);
}

bool DatabaseFiles::isOpen(const QString &path) {
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    for (const QString &open : std::as_const(s.connections)) {
        if (open == key)
            return true;
    }
    return false;
}

QString DatabaseFiles::pathOf(const QSqlDriver *driver) {
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.connections.value(driver);
}

void DatabaseFiles::markDamaged(const QString &path) {
    if (path.isEmpty())
        return;
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.damaged.insert(key);
}

bool DatabaseFiles::isDamaged(const QString &path) {
    if (path.isEmpty())
        return false;
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.damaged.contains(key);
}
