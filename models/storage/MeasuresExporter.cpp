#include "MeasuresExporter.h"

#include "MeasuresRepository.h"
#include "instruments/InstrumentScorer.h"
#include "io/CsvWriter.h"

QStringList MeasuresExporter::columns() {
    return {QStringLiteral("family_code"),     QStringLiteral("respondent"),
            QStringLiteral("instrument"),      QStringLiteral("timepoint"),
            QStringLiteral("administered_on"), QStringLiteral("scale"),
            QStringLiteral("value"),           QStringLiteral("items_answered"),
            QStringLiteral("prorated")};
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
    CsvWriter writer(device);
    writer.writeRow(columns());
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
