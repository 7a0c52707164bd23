#pragma once

// Shared by the kill -9 fault tests: a seeded random source whose seed is printed (so a failure
// can be replayed with PC_FAULT_SEED), and a check that a killed child left the database whole.
// The child itself is run by PracticeCoderProcess::runUntilKilled.

#include "PracticeCoderProcess.h"

#include <QByteArray>
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

using Run = PracticeCoderProcess::KilledRun;

// PracticeCoderProcess::runUntilKilled with the test's own environment, kept for the crash
// tests outside the fault suite (tests/unit/storage) that call it by this name.
inline Run runUntilKilled(const QString &program, const QStringList &arguments, int killAfterLines,
                          int killAfterMs = -1) {
    PracticeCoderProcess child(QProcessEnvironment::systemEnvironment());
    child.setProgram(program);
    return child.runUntilKilled(arguments, killAfterLines, killAfterMs);
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
