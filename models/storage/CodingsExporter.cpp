#include "CodingsExporter.h"

#include "CodingsImporter.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/CodingSchemeLoader.h"
#include "io/CsvWriter.h"

#include <QHash>

CsvColumns CodingsExporter::columns() {
    return CodingsImporter::columns();
}

bool CodingsExporter::write(Database &database, QIODevice *device, QString *error) {
    const QStringList skills = CodingSchemeLoader::builtIn().skillKeys();
    QHash<qint64, QHash<QString, int>> scores;
    QSqlQuery scoreQuery =
        database.prepare(QStringLiteral("SELECT coding_id, skill_key, score FROM skill_scores"));
    Database::exec(scoreQuery, QStringLiteral("Could not read the scores"));
    while (Database::next(scoreQuery)) {
        if (!scoreQuery.value(2).isNull())
            scores[scoreQuery.value(0).toLongLong()].insert(scoreQuery.value(1).toString(),
                                                            scoreQuery.value(2).toInt());
    }

    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT c.id, r.code, p.code, f.case_code, r.recorded_on, r.session_type, u.username, "
        "c.role, c.status, c.finalised_at, c.updated_at, c.comment, c.scheme_id, "
        "c.scheme_version FROM codings c "
        "JOIN recordings r ON r.id = c.recording_id "
        "JOIN practitioners p ON p.id = r.practitioner_id "
        "JOIN families f ON f.id = r.family_id "
        "JOIN users u ON u.id = c.coder_id "
        "ORDER BY r.code, CASE c.role WHEN 'primary' THEN 0 WHEN 'second' THEN 1 ELSE 2 END, "
        "c.id"));
    Database::exec(query, QStringLiteral("Could not read the codings"));

    CsvWriter writer(device, columns());
    writer.writeHeader();
    while (Database::next(query)) {
        const qint64 id = query.value(0).toLongLong();
        const bool final = query.value(8).toString() == QLatin1String("final");
        // A draft has no coding date yet; its last change stands in for it.
        const QDate codedOn = SqlValues::toInstant(query.value(final ? 9 : 10)).date();
        QStringList row = {query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(),
                           query.value(5).toString(), query.value(6).toString(),
                           query.value(7).toString(), codedOn.toString(Qt::ISODate)};
        const QHash<QString, int> own = scores.value(id);
        for (const QString &skill : skills)
            row.append(own.contains(skill) ? QString::number(own.value(skill)) : QString());
        row << query.value(11).toString() << QString::number(id) << query.value(8).toString()
            << QStringLiteral("%1-v%2").arg(query.value(12).toString(), query.value(13).toString());
        writer.writeRow(row);
    }
    if (!writer.ok()) {
        if (error)
            *error = tr("the file could not be written: %1").arg(device->errorString());
        return false;
    }
    return true;
}
