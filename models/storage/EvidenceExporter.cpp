#include "EvidenceExporter.h"

#include "Database.h"
#include "io/CsvWriter.h"

#include <QHash>

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
    QHash<qint64, QStringList> skills;
    QSqlQuery skillQuery = database.prepare(
        QStringLiteral("SELECT note_id, skill_key FROM evidence_note_skills ORDER BY skill_key"));
    Database::exec(skillQuery, QStringLiteral("Could not read the evidence notes"));
    while (Database::next(skillQuery))
        skills[skillQuery.value(0).toLongLong()].append(skillQuery.value(1).toString());

    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT n.id, c.id, r.code, p.code, u.username, c.role, c.status, n.at_ms, n.kind, "
        "n.body FROM evidence_notes n "
        "JOIN codings c ON c.id = n.coding_id "
        "JOIN recordings r ON r.id = c.recording_id "
        "JOIN practitioners p ON p.id = r.practitioner_id "
        "JOIN users u ON u.id = c.coder_id "
        "ORDER BY r.code, c.id, n.at_ms, n.id"));
    Database::exec(query, QStringLiteral("Could not read the evidence notes"));
    CsvWriter writer(device, columns());
    writer.writeHeader();
    while (Database::next(query)) {
        const qint64 noteId = query.value(0).toLongLong();
        writer.writeRow({QString::number(noteId), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toString(),
                         query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString(), query.value(7).toString(),
                         timeText(query.value(7).toLongLong()), query.value(8).toString(),
                         skills.value(noteId).join(QLatin1Char(';')), query.value(9).toString()});
    }
    if (!writer.ok()) {
        if (error)
            *error = tr("the file could not be written: %1").arg(device->errorString());
        return false;
    }
    return true;
}
