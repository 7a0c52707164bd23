#include "DemoCommand.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoLeftovers.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>

QString DemoCommand::summary() const {
    return QStringLiteral("Create the demo data set in a new, empty database.");
}

int DemoCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("service (one service over three years, the default) or decade (about "
                       "600 practitioners and 36,000 codings over ten years)."),
        QStringLiteral("SIZE"), QStringLiteral("service"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("The random seed; the same seed gives the same data (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption endOption(
        QStringLiteral("end-date"),
        QStringLiteral("The last day of the demo, YYYY-MM-DD (default today)."),
        QStringLiteral("DATE"));
    parser.addOption(sizeOption);
    parser.addOption(seedOption);
    parser.addOption(endOption);
    const QString usage = QStringLiteral(
        "practicecoder demo --database PATH [--size service|decade] [--seed N] [--end-date DATE]");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1) {
        err() << "practicecoder demo: unexpected argument '" << parser.positionalArguments().at(1)
              << "'. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(QStringLiteral("database"))) {
        // The demo never lands in the user's real database by accident.
        err() << "practicecoder demo: --database PATH is required. Usage: " << usage << Qt::endl;
        return UsageError;
    }

    DemoGenerator::Options options;
    const QString size = parser.value(sizeOption);
    if (size == QLatin1String("service")) {
        options.size = DemoGenerator::Size::Service;
    } else if (size == QLatin1String("decade")) {
        options.size = DemoGenerator::Size::Decade;
    } else {
        err() << "practicecoder demo: unknown size '" << size
              << "' (use service or decade). Usage: " << usage << Qt::endl;
        return UsageError;
    }
    bool seedOk = false;
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        err() << "practicecoder demo: the seed must be a whole number from 0 to 4294967295, not '"
              << parser.value(seedOption) << "'. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(endOption)) {
        options.endDate = QDate::fromString(parser.value(endOption), Qt::ISODate);
        if (!options.endDate.isValid()) {
            err() << "practicecoder demo: the end date must be YYYY-MM-DD, not '"
                  << parser.value(endOption) << "'. Usage: " << usage << Qt::endl;
            return UsageError;
        }
    }
    options.recordingsRoot = Settings().recordingsRoot();

    const QString databasePath = parser.value(QStringLiteral("database"));
    const DemoLeftovers leftovers(databasePath,
                                  DemoGenerator::audioFolderFor(databasePath, options));
    auto database = openDatabase(parser, Database::Mode::CreateIfMissing);
    if (!database) {
        leftovers.remove();
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Summary summary;
    try {
        summary = DemoGenerator::generate(*database, options);
    } catch (const StorageError &error) {
        database.reset(); // SQLite's files are removed only once its connection is closed
        leftovers.remove();
        return fail(error.message() + QStringLiteral(" The demo was not created, and nothing it "
                                                     "had started was kept."));
    }
    out() << "Created the " << DemoGenerator::sizeName(options.size) << " demo (seed "
          << options.seed << ", ending " << options.endDate.toString(Qt::ISODate) << ") in "
          << database->spec()->displayName() << ": " << summary.teams << " teams, "
          << summary.practitioners << " practitioners, " << summary.families << " families, "
          << summary.recordings << " recordings, " << summary.codings << " codings ("
          << summary.doubleCodedRecordings << " recordings double-coded), "
          << summary.instrumentAdministrations << " family measures, " << summary.audioRecordings
          << " with audio in " << summary.audioFolder << "; "
          << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s." << Qt::endl;
    return 0;
}
