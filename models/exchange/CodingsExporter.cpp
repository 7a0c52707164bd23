#include "CodingsExporter.h"

#include "CodingsImporter.h"
#include "domain/CodingSchemeLoader.h"
#include "io/CsvWriter.h"
#include "storage/ExportQuery.h"

CsvColumns CodingsExporter::columns() {
    return CodingsImporter::columns();
}

void CodingsExporter::forEachRow(Database &database, bool withSelectionReason,
                                 const std::function<void(const QStringList &row)> &visit) {
    const QStringList skills = CodingSchemeLoader::builtIn().skillKeys();
    ExportQuery(database).forEachCoding(skills, [&](const ExportQuery::CodingRow &coding) {
        const bool final = coding.status == QLatin1String("final");
        // A draft has no coding date yet; its last change stands in for it.
        const QDate codedOn = (final ? coding.finalisedAt : coding.updatedAt).date();
        QStringList row = {coding.recordingCode, coding.practitionerCode,      coding.familyCode,
                           coding.recordedOn,    coding.sessionType,           coding.coder,
                           coding.role,          codedOn.toString(Qt::ISODate)};
        for (const QString &skill : skills)
            row.append(coding.scores.contains(skill) ? QString::number(coding.scores.value(skill))
                                                     : QString());
        row << coding.comment << coding.codingId << coding.status
            << QStringLiteral("%1-v%2").arg(coding.schemeId, coding.schemeVersion);
        if (withSelectionReason)
            row << coding.selectionReason;
        visit(row);
    });
}

bool CodingsExporter::write(Database &database, QIODevice *device, QString *error) {
    CsvWriter writer(device, columns());
    writer.writeHeader();
    forEachRow(database, false, [&](const QStringList &row) { writer.writeRow(row); });
    if (!writer.ok()) {
        if (error)
            *error = tr("the file could not be written: %1").arg(device->errorString());
        return false;
    }
    return true;
}
