#include "EvidenceExporter.h"

#include "io/CsvWriter.h"
#include "storage/ExportQuery.h"

CsvColumns EvidenceExporter::columns() {
    return {CsvColumn::number(QStringLiteral("note_id")),
            CsvColumn::number(QStringLiteral("coding_id")),
            CsvColumn::text(QStringLiteral("recording_code")),
            CsvColumn::text(QStringLiteral("practitioner_code")),
            CsvColumn::text(QStringLiteral("coder")),
            CsvColumn::text(QStringLiteral("coding_role")),
            CsvColumn::text(QStringLiteral("status")),
            CsvColumn::number(QStringLiteral("at_ms")),
            CsvColumn::text(QStringLiteral("at")),
            CsvColumn::text(QStringLiteral("kind")),
            CsvColumn::text(QStringLiteral("skills")),
            CsvColumn::text(QStringLiteral("text"))};
}

QString EvidenceExporter::timeText(qint64 ms) {
    const qint64 total = qMax<qint64>(0, ms);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(total / 3600000)
        .arg((total / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((total / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 1000, 3, 10, QLatin1Char('0'));
}

bool EvidenceExporter::write(Database &database, QIODevice *device, QString *error) {
    CsvWriter writer(device, columns());
    writer.writeHeader();
    ExportQuery(database).forEachEvidenceNote([&writer](const ExportQuery::EvidenceRow &note) {
        writer.writeRow({QString::number(note.noteId), note.codingId, note.recordingCode,
                         note.practitionerCode, note.coder, note.codingRole, note.status,
                         QString::number(note.atMs), timeText(note.atMs), note.kind,
                         note.skills.join(QLatin1Char(';')), note.body});
    });
    if (!writer.ok()) {
        if (error)
            *error = tr("the file could not be written: %1").arg(device->errorString());
        return false;
    }
    return true;
}
