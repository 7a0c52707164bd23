#pragma once

#include "PracticeCoderProcess.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// What the fault tests share beside running the binary (PracticeCoderProcess): starting the
// application harness (CliBesideAppHarness.cpp) in a child process, and looking at a database
// file from outside, as another program would (SQLite's locks in /proc/locks, the WAL's inode).
namespace CliBesideAppRig {

// PracticeCoderProcess under the names tst_OutputsUnchanged uses; that test must stay exactly as
// it was while the layers are reorganised. New tests use PracticeCoderProcess directly.
using Run = PracticeCoderProcess::Result;
inline QProcessEnvironment isolated(const QString &home) {
    return PracticeCoderProcess::isolated(home);
}
inline Run practicecoder(const QStringList &arguments, const QProcessEnvironment &environment,
                         int timeoutMs = 120000) {
    PracticeCoderProcess process(environment);
    process.setTimeout(timeoutMs);
    return process.run(arguments);
}

// The ids of the draft codings in the database, read through a connection of this process.
QList<qint64> draftCodings(const QString &database);
// The stored score of a coding's skill, or -1 when there is none.
int storedScore(const QString &database, qint64 codingId, const QString &skill);
// PRAGMA integrity_check's answer, one line.
QString integrity(const QString &database);

// The SHA-256 of the file's bytes, empty when it cannot be read.
QByteArray sha256Of(const QString &path);
// The file's inode, or 0 when it does not exist.
ino_t inodeOf(const QString &path);
// True when /proc/locks lists a POSIX lock held by pid on the file's inode.
bool holdsPosixLock(qint64 pid, const QString &path);

// The application in a child process.
class App {
public:
    App() = default;
    ~App();
    App(const App &) = delete;
    App &operator=(const App &) = delete;

    // Starts the harness on the database and waits until it prints "ready".
    bool start(const QString &database, const QProcessEnvironment &environment, QString *error);
    // Sends a score and waits for the harness to report it committed.
    bool score(qint64 codingId, const QString &skill, int level, QString *error);
    // Closes the application normally.
    bool quit();
    void kill9();
    qint64 pid() const { return m_process.processId(); }

private:
    QString readLine(int timeoutMs);

    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace CliBesideAppRig
