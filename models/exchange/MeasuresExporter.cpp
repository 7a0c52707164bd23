#include "MeasuresExporter.h"

#include "instruments/InstrumentScorer.h"
#include "io/CsvWriter.h"
#include "storage/ExportQuery.h"

CsvColumns MeasuresExporter::columns() {
    return {CsvColumn::text(QStringLiteral("family_code")),
            CsvColumn::text(QStringLiteral("respondent")),
            CsvColumn::text(QStringLiteral("instrument")),
            CsvColumn::text(QStringLiteral("timepoint")),
            CsvColumn::text(QStringLiteral("administered_on")),
            CsvColumn::text(QStringLiteral("scale")),
            CsvColumn::number(QStringLiteral("value")),
            CsvColumn::number(QStringLiteral("items_answered")),
            CsvColumn::text(QStringLiteral("prorated"))};
}

bool MeasuresExporter::refuseUnknown(const QString &familyCode, const QString &instrumentId,
                                     QString *error) {
    if (error)
        *error = tr("family %1 has answers to \"%2\", which this version of "
                    "PracticeCoder does not know, so they cannot be scored")
                     .arg(familyCode, instrumentId);
    return false;
}

bool MeasuresExporter::forEachRow(Database &database,
                                  const std::function<void(const QStringList &row)> &visit,
                                  QString *error) {
    const InstrumentCatalogue &catalogue = InstrumentCatalogue::builtIn();
    const ExportQuery query(database);
    // Check first, so an export never stops halfway through with some families written.
    if (const auto unknown = query.firstUnknownInstrument(catalogue.ids())) {
        return refuseUnknown(unknown->familyCode, unknown->instrumentId, error);
    }
    std::optional<InstrumentResponse> unscorable; // written by another program meanwhile
    query.forEachAdministration([&](const InstrumentResponse &response) {
        const InstrumentDefinition *definition = catalogue.find(response.instrumentId);
        if (!definition) {
            if (!unscorable)
                unscorable = response;
            return;
        }
        for (const ScaleScore &score : InstrumentScorer::score(*definition, response.items)) {
            visit({response.familyCode, response.respondent, response.instrumentId,
                   response.timepoint, response.administeredOn.toString(Qt::ISODate), score.key,
                   score.reported(), QString::number(score.itemsAnswered),
                   score.prorated ? QStringLiteral("true") : QStringLiteral("false")});
        }
    });
    if (unscorable) {
        return refuseUnknown(unscorable->familyCode, unscorable->instrumentId, error);
    }
    return true;
}

bool MeasuresExporter::write(Database &database, QIODevice *device, QString *error) {
    CsvWriter writer(device, columns());
    // The header comes with the first row, so an export refused for an unknown questionnaire
    // writes nothing at all; an empty one is the header alone.
    bool started = false;
    const auto start = [&] {
        if (!started)
            writer.writeHeader();
        started = true;
    };
    const bool read = forEachRow(
        database,
        [&](const QStringList &row) {
            start();
            writer.writeRow(row);
        },
        error);
    if (!read)
        return false;
    start();
    if (!writer.ok()) {
        if (error)
            *error = tr("the file could not be written to the end (is the disk full?)");
        return false;
    }
    return true;
}
