#pragma once

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

// Reads a page's data on a worker thread, so the window stays answered while years of history
// are read. The worker gets its own connection (Database::openAnotherConnection) and hands plain
// values back; they are applied on the GUI thread. One read at a time: a read asked for while
// one runs replaces any other waiting one and starts when the running one ends, whose result is
// then dropped as out of date. While reading, the owner widget carries the dynamic property
// "loading" (true), which the start-up benchmark and tests watch; the page shows its own
// "Loading…" words.
class BackgroundRead : public QObject {
    Q_OBJECT

public:
    BackgroundRead(Database &database, QWidget *owner);
    // Waits for a running read: its worker uses the database this page borrows.
    ~BackgroundRead() override;

    bool isRunning() const { return m_running; }
    // Waits for the running read and any waiting one, applying their results (for closing a
    // page, or a test that needs the data now).
    void finish();

    // Runs read(database) on a worker; then done(result) or failed(message) on the GUI thread.
    template <typename T>
    void start(std::function<T(Database &)> read, std::function<void(T)> done,
               std::function<void(const QString &)> failed) {
        if (m_running) {
            m_waiting = [this, read, done, failed] {
                start<T>(read, done, failed);
            };
            return;
        }
        setRunning(true);
        const Database *database = &m_database;
        auto future = QtConcurrent::run([database, read]() -> Outcome<T> {
            Outcome<T> outcome;
            try {
                const auto connection = database->openAnotherConnection();
                outcome.value = read(*connection);
            } catch (const StorageError &error) {
                outcome.error = error.message();
                outcome.failed = true;
            }
            return outcome;
        });
        m_future = QFuture<void>(future);
        auto *watcher = new QFutureWatcher<Outcome<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done, failed] {
            Outcome<T> outcome = watcher->result();
            watcher->deleteLater();
            ended([&] {
                if (outcome.failed)
                    failed(outcome.error);
                else
                    done(std::move(outcome.value));
            });
        });
        watcher->setFuture(future);
    }

signals:
    void runningChanged(bool running);

private:
    template <typename T> struct Outcome {
        T value{};
        QString error;
        bool failed = false;
    };

    void setRunning(bool running);
    // Applies a finished read unless a newer one is waiting, then starts the waiting one.
    void ended(const std::function<void()> &apply);

    Database &m_database;
    QPointer<QWidget> m_owner;
    QFuture<void> m_future;
    std::function<void()> m_waiting;
    bool m_running = false;
};
