#pragma once

// Shared by the kill -9 fault tests: a seeded random source whose seed is printed (so a failure
// can be replayed with PC_FAULT_SEED), and a child process that prints one line for each step
// it has committed and is killed with SIGKILL part-way through.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>

namespace KillHarness {

inline QRandomGenerator seeded() {
    const QByteArray fromEnvironment = qgetenv("PC_FAULT_SEED");
    const quint32 seed = fromEnvironment.isEmpty() ? QRandomGenerator::system()->generate()
                                                   : fromEnvironment.toUInt();
    qInfo("fault seed %u (run again with PC_FAULT_SEED=%u)", seed, seed);
    return QRandomGenerator(seed);
}

struct Run {
    QList<QByteArray> lines; // what the child printed, each a step it had committed
    bool killed = false;     // false when it finished before the kill
    bool started = false;
};

// Starts the child and kills it (SIGKILL: no destructors, no rollback, no clean close) once it
// has printed `killAfterLines` lines, or after `killAfterMs` when that is not negative. Every
// wait is bounded, so a child that hangs fails the test instead of stalling it.
inline Run runUntilKilled(const QString &program, const QStringList &arguments, int killAfterLines,
                          int killAfterMs = -1) {
    Run run;
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(program, arguments);
    run.started = child.waitForStarted(30000);
    if (!run.started)
        return run;
    QByteArray output;
    if (killAfterMs >= 0) {
        child.waitForFinished(killAfterMs);
    } else {
        while (child.state() == QProcess::Running && output.count('\n') < killAfterLines) {
            if (!child.waitForReadyRead(30000))
                break;
            output += child.readAllStandardOutput();
        }
    }
    run.killed = child.state() == QProcess::Running;
    if (run.killed)
        child.kill();
    child.waitForFinished(30000);
    output += child.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            run.lines.append(line.trimmed());
    }
    return run;
}

// PRAGMA integrity_check and foreign_key_check on `database`; empty when both are clean.
inline QString damage(const QSqlDatabase &database) {
    QSqlQuery check(database);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next())
        return QStringLiteral("integrity_check did not run");
    if (check.value(0).toString() != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + check.value(0).toString();
    check.finish();
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return QStringLiteral("foreign_key_check did not run");
    if (check.next())
        return QStringLiteral("foreign_key_check: a row of %1 points at nothing")
            .arg(check.value(0).toString());
    return {};
}

} // namespace KillHarness
