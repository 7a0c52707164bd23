#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a program to its end through pc_peak_rss (tests/support/PeakRss.cpp) and reports the
// most memory it ever held resident, as /usr/bin/time -v gives it, for tests and benchmarks
// that bound memory rather than time. Standard output goes to outputFile (or nowhere).
namespace PeakMemory {

struct Run {
    bool started = false;
    int exitCode = -1;
    qint64 peakKb = -1;
};

inline Run run(const QString &program, const QStringList &arguments,
               const QString &outputFile = QString()) {
    QProcess process;
    process.start(QStringLiteral(PC_PEAK_RSS),
                  QStringList{outputFile.isEmpty() ? QStringLiteral("-") : outputFile, program} +
                      arguments);
    Run result;
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return result;
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 2)
        return result;
    result.started = true;
    result.peakKb = fields.at(0).toLongLong();
    result.exitCode = fields.at(1).toInt();
    return result;
}

} // namespace PeakMemory
