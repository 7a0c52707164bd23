#include "ExportCommand.h"

#include "exchange/CodingsExporter.h"
#include "exchange/EvidenceExporter.h"
#include "exchange/MeasuresExporter.h"
#include "exchange/SpssExporter.h"
#include "io/OutputFile.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>

#include <functional>
#include <map>

namespace {

// Writes the file to the device; returns false with *error set when it fails.
using Exporter = std::function<bool(Database &, QIODevice *, QString *error)>;
struct Exporters {
    Exporter csv;
    Exporter sav; // empty when the kind has no SPSS file
};

// One line per kind of export.
const std::map<QString, Exporters> &exporters() {
    static const std::map<QString, Exporters> table = {
        {QStringLiteral("codings"), {&CodingsExporter::write, &SpssExporter::writeCodings}},
        {QStringLiteral("evidence"), {&EvidenceExporter::write, {}}},
        {QStringLiteral("measures"), {&MeasuresExporter::write, &SpssExporter::writeMeasures}},
    };
    return table;
}

QString kindList() {
    QStringList kinds;
    for (const auto &entry : exporters())
        kinds.append(entry.first);
    return kinds.join(QLatin1Char('|'));
}

} // namespace

QString ExportCommand::summary() const {
    return QStringLiteral("Export a tidy CSV file (%1), or an SPSS file (codings, measures).")
        .arg(kindList());
}

int ExportCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                        QStringLiteral("Write to FILE instead of the screen: "
                                                       "FILE.sav for SPSS, else CSV."),
                                        QStringLiteral("FILE")));
    parser.addPositionalArgument(QStringLiteral("kind"), kindList());
    const QString usage =
        QStringLiteral("practicecoder export %1 [--out FILE|FILE.sav] [--database PATH]")
            .arg(kindList());
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    // The parser takes the command name as its program name, so these are the command's own.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << "practicecoder export: expected one kind. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    const auto exporter = exporters().find(positional.at(0));
    if (exporter == exporters().end()) {
        err() << "practicecoder export: unknown kind '" << positional.at(0) << "'. Usage: " << usage
              << Qt::endl;
        return UsageError;
    }
    // The file's extension chooses the format, as for reports.
    const QString outPath = parser.value(QStringLiteral("out"));
    const bool sav = QFileInfo(outPath).suffix().toLower() == QLatin1String("sav");
    if (sav && !exporter->second.sav) {
        err() << "practicecoder export: " << positional.at(0)
              << " cannot be written as an SPSS file; only codings and measures can. Usage: "
              << usage << Qt::endl;
        return UsageError;
    }
    const Exporter &write = sav ? exporter->second.sav : exporter->second.csv;
    auto database = openDatabase(parser);
    if (!database)
        return Failure;

    QString error;
    try {
        if (outPath.isEmpty()) {
            QFile standardOutput;
            if (!standardOutput.open(stdout, QIODevice::WriteOnly))
                return fail(QStringLiteral("cannot write to standard output"));
            if (!write(*database, &standardOutput, &error))
                return fail(error);
            return 0;
        }
        // Whole or not at all: a full disk leaves the previous export as it was.
        if (!OutputFile::write(
                outPath,
                [&](QIODevice *device, QString *writerError) {
                    return write(*database, device, writerError);
                },
                &error))
            return fail(error);
    } catch (const StorageError &storageError) {
        return fail(storageError.message());
    }
    return 0;
}
