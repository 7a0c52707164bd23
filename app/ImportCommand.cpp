#include "ImportCommand.h"

#include "exchange/CodingsImporter.h"
#include "exchange/MeasuresImporter.h"
#include "exchange/StaffImporter.h"
#include "io/ImportReport.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <functional>
#include <map>

namespace {

using Importer = std::function<ImportReport(Database &, const QString &path)>;

// One line per kind of import. The importer does all the work inside one transaction.
const std::map<QString, Importer> &importers() {
    static const std::map<QString, Importer> table = {
        {QStringLiteral("staff"), &StaffImporter::importFile},
        {QStringLiteral("codings"), &CodingsImporter::importFile},
        {QStringLiteral("measures"), &MeasuresImporter::importFile},
    };
    return table;
}

QString kindList() {
    QStringList kinds;
    for (const auto &entry : importers())
        kinds.append(entry.first);
    return kinds.join(QLatin1Char('|'));
}

} // namespace

QString ImportCommand::summary() const {
    return QStringLiteral("Import a CSV file (%1); all rows or none.").arg(kindList());
}

int ImportCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("kind"), kindList());
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file."));
    const QString usage =
        QStringLiteral("practicecoder import %1 FILE.csv [--database PATH]").arg(kindList());
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    // The parser takes the command name as its program name, so these are the command's own.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err() << "practicecoder import: expected a kind and a file. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    const auto importer = importers().find(positional.at(0));
    if (importer == importers().end()) {
        err() << "practicecoder import: unknown kind '" << positional.at(0) << "'. Usage: " << usage
              << Qt::endl;
        return UsageError;
    }
    auto database = openDatabase(parser, Database::Mode::CreateIfMissing);
    if (!database)
        return Failure;
    ImportReport report;
    try {
        // Reading stops at the first damaged page it meets, but an import may never read the
        // damaged part, and would then write into a damaged file. SQLite's quick structural
        // check looks at every page first (about half a second of CPU for ten years of data).
        database->requireIntact();
        report = importer->second(*database, positional.at(1));
    } catch (const StorageError &error) {
        // The importer waited the busy timeout for the other writer; one line says so, not one
        // per row.
        if (error.kind() == StorageError::Kind::Busy)
            return fail(QStringLiteral("The database is busy: another import is running. "
                                       "Nothing was imported."));
        return fail(error.message());
    }
    if (!report.ok()) {
        err() << "practicecoder import: nothing was imported from " << positional.at(1) << ": "
              << report.errors.size() << " problem(s)" << Qt::endl;
        for (const QString &line : report.errorLines())
            err() << "  " << line << Qt::endl;
        return Failure;
    }
    out() << report.summary() << Qt::endl;
    return 0;
}
