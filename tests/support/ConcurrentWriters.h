#pragma once

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <latch>
#include <memory>
#include <vector>

// Runs the same work on several threads at once, each through its own connection to one
// database, as two copies of PracticeCoder (or the app and a scheduled import) write side by
// side. Returns every writer's failure, "writer N: message"; an empty list when all succeeded.
inline QStringList raceWriters(const Database &database, int writers,
                               const std::function<void(Database &, int writer)> &work) {
    std::vector<QString> failures(static_cast<std::size_t>(writers));
    // Every writer has its connection before any of them starts, so the work really overlaps.
    std::latch ready(writers);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int writer = 0; writer < writers; ++writer) {
        threads.emplace_back(QThread::create([&, writer] {
            QString &failure = failures[static_cast<std::size_t>(writer)];
            std::unique_ptr<Database> connection;
            try {
                connection = database.openAnotherConnection();
            } catch (const StorageError &error) {
                failure = error.message();
            }
            ready.arrive_and_wait();
            if (!connection)
                return;
            try {
                work(*connection, writer);
            } catch (const StorageError &error) {
                failure = error.message();
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    QStringList messages;
    for (int writer = 0; writer < writers; ++writer) {
        const QString &failure = failures[static_cast<std::size_t>(writer)];
        if (!failure.isEmpty())
            messages.append(QStringLiteral("writer %1: %2").arg(writer).arg(failure));
    }
    return messages;
}
