#include "ReliabilityCommand.h"

#include "reports/ReliabilityTable.h"
#include "reports/ReportPeriod.h"
#include "services/ReportRun.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFile>

QString ReliabilityCommand::summary() const {
    return QStringLiteral("Inter-rater reliability of double-coded recordings, as CSV.");
}

int ReliabilityCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("Only recordings made on or after DATE."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
                                        QStringLiteral("Only recordings made on or before DATE."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                        QStringLiteral("Write to FILE instead of the screen."),
                                        QStringLiteral("FILE")));
    const QString usage = QStringLiteral(
        "practicecoder reliability [--from DATE --to DATE] [--out FILE] [--database PATH]");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1) {
        err() << "practicecoder reliability: unexpected argument '"
              << parser.positionalArguments().at(1) << "'. Usage: " << usage << Qt::endl;
        return UsageError;
    }

    QDate from;
    QDate to;
    for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            continue;
        const QDate date = ReportPeriod::parseDate(parser.value(option));
        if (!date.isValid()) {
            err() << "practicecoder reliability: '" << parser.value(option)
                  << "' is not a date like 2025-01-31. Usage: " << usage << Qt::endl;
            return UsageError;
        }
        (option == QLatin1String("from") ? from : to) = date;
    }
    if (from.isValid() && to.isValid() && to < from)
        return fail(QStringLiteral("the period from %1 to %2 is empty")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    auto database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        // The organisation's small-number threshold applies here as in the report.
        const QList<ReliabilityRow> rows = ReportRun(*database).reliability(from, to);
        const ReliabilityTable::Extent extent{QStringLiteral("service"),
                                              ReliabilityTable::periodKey(from, to)};
        const QString outPath = parser.value(QStringLiteral("out"));
        if (outPath.isEmpty()) {
            QFile standardOutput;
            if (!standardOutput.open(stdout, QIODevice::WriteOnly) ||
                !ReliabilityTable::writeCsv(&standardOutput, extent, rows))
                return fail(QStringLiteral("cannot write to standard output"));
            return 0;
        }
        // Whole or not at all: a full disk leaves the previous file as it was.
        QString error;
        if (!ReportRun::writeReliabilityCsv(rows, extent, outPath, &error))
            return fail(error);
    } catch (const StorageError &error) {
        return fail(error.message());
    }
    return 0;
}
