#include "BackgroundRead.h"

#include <QCoreApplication>

BackgroundRead::BackgroundRead(Database &database, QWidget *owner)
    : QObject(owner)
    , m_database(database)
    , m_owner(owner) {}

BackgroundRead::~BackgroundRead() {
    m_waiting = nullptr;
    m_future.waitForFinished();
}

void BackgroundRead::finish() {
    while (m_running) {
        m_future.waitForFinished();
        // The watcher's finished signal is queued to this thread.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

void BackgroundRead::setRunning(bool running) {
    if (m_running == running)
        return;
    m_running = running;
    if (m_owner)
        m_owner->setProperty("loading", running);
    emit runningChanged(running);
}

void BackgroundRead::ended(const std::function<void()> &apply) {
    m_future = {};
    if (m_waiting) {
        const auto next = std::exchange(m_waiting, nullptr);
        m_running = false; // stays "loading" for the owner: the next read starts at once
        next();
        return;
    }
    apply();
    setRunning(false);
}
