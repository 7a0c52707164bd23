#include "MeasuresExporter.h"

#include "instruments/InstrumentScorer.h"
#include "io/CsvWriter.h"
#include "storage/MeasuresRepository.h"

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

bool MeasuresExporter::write(Database &database, QIODevice *device, QString *error) {
    const InstrumentCatalogue &catalogue = InstrumentCatalogue::builtIn();
    const MeasuresRepository repository(database, catalogue);
    const QList<InstrumentResponse> responses = repository.listAll();
    // Check first, so an export never stops halfway through with some families written.
    for (const InstrumentResponse &response : responses) {
        if (!catalogue.find(response.instrumentId)) {
            if (error)
                *error = tr("family %1 has answers to \"%2\", which this version of "
                            "PracticeCoder does not know, so they cannot be scored")
                             .arg(response.familyCode, response.instrumentId);
            return false;
        }
    }
    CsvWriter writer(device, columns());
    writer.writeHeader();
    for (const InstrumentResponse &response : responses) {
        const InstrumentDefinition &definition = *catalogue.find(response.instrumentId);
        for (const ScaleScore &score : InstrumentScorer::score(definition, response.items)) {
            writer.writeRow({response.familyCode, response.respondent, response.instrumentId,
                             response.timepoint, response.administeredOn.toString(Qt::ISODate),
                             score.key, score.reported(), QString::number(score.itemsAnswered),
                             score.prorated ? QStringLiteral("true") : QStringLiteral("false")});
        }
    }
    if (!writer.ok()) {
        if (error)
            *error = tr("the file could not be written to the end (is the disk full?)");
        return false;
    }
    return true;
}
