#include "ReportCommand.h"

#include "reports/ReportPdfWriter.h"
#include "reports/ReportXlsxWriter.h"
#include "services/ReportRun.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFileInfo>

QString ReportCommand::summary() const {
    return QStringLiteral("Write a Practice Report for a service, team or practitioner (PDF, "
                          "CSV or Excel).");
}

int ReportCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("scope"),
        QStringLiteral("service, team:NAME (repeat for several teams) or practitioner:CODE."),
        QStringLiteral("SCOPE")));
    parser.addOption(QCommandLineOption(QStringLiteral("quarter"),
                                        QStringLiteral("A calendar quarter, e.g. 2025-Q3."),
                                        QStringLiteral("YYYY-Qn")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("First day of a date range."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"), QStringLiteral("Last day of a date range."), QStringLiteral("DATE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"),
                           QStringLiteral("The report to write: FILE.pdf, FILE.csv or FILE.xlsx."),
                           QStringLiteral("FILE")));
    const QString usage =
        QStringLiteral("practicecoder report --scope service|team:NAME|practitioner:CODE "
                       "(--quarter YYYY-Qn | --from DATE --to DATE) --out "
                       "FILE.pdf|FILE.csv|FILE.xlsx [--database PATH]");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    auto usageError = [&](const QString &reason) {
        err() << "practicecoder report: " << reason << ". Usage: " << usage << Qt::endl;
        return UsageError;
    };
    if (parser.positionalArguments().size() > 1)
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(1)));

    const QString outPath = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (outPath.isEmpty())
        return usageError(QStringLiteral("--out FILE.pdf, FILE.csv or FILE.xlsx is required"));
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv") &&
        suffix != QLatin1String("xlsx"))
        return usageError(QStringLiteral("--out must end in .pdf, .csv or .xlsx"));

    const bool quarter = parser.isSet(QStringLiteral("quarter"));
    const bool range = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (quarter == range)
        return usageError(QStringLiteral("give either --quarter or --from and --to"));
    QString error;
    std::optional<ReportPeriod> period;
    if (quarter) {
        period = ReportPeriod::parseQuarter(parser.value(QStringLiteral("quarter")), &error);
    } else if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        return usageError(QStringLiteral("a date range needs both --from and --to"));
    } else {
        period = ReportPeriod::parseRange(parser.value(QStringLiteral("from")),
                                          parser.value(QStringLiteral("to")), &error);
    }
    if (!period)
        return fail(error);

    auto database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        const ReportRun run(*database);
        const auto spec = run.spec(parser.values(QStringLiteral("scope")), *period, &error);
        if (!spec)
            return fail(error);

        // The organisation's settings, through the same run as the desktop's, so a scheduled
        // run suppresses exactly what the desktop does; a stored setting that cannot be read
        // stops the run with its own message.
        const ReportData data = run.build(*spec);
        // A report of nothing would look like a real one at a glance; refuse it instead.
        if (data.codings == 0)
            return fail(QStringLiteral("there are no final codings for %1 in %2")
                            .arg(spec->scopeLabel(), period->key()));

        // Whole or not at all: a full disk leaves the previous report as it was.
        bool written = false;
        if (suffix == QLatin1String("csv"))
            written = ReportRun::writeCsv(data, outPath, &error);
        else if (suffix == QLatin1String("xlsx"))
            written = ReportXlsxWriter::write(data, outPath, &error);
        else
            written = ReportPdfWriter::write(data, outPath, &error);
        if (!written)
            return fail(error);
        out() << "Wrote " << outPath << ": " << spec->scopeKey() << ", " << period->key() << ", "
              << data.codings << " codings" << Qt::endl;
    } catch (const StorageError &storageError) {
        return fail(storageError.message());
    }
    return 0;
}
