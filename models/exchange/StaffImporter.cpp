#include "StaffImporter.h"

#include "domain/ValueSets.h"
#include "io/CsvReader.h"
#include "io/FieldRules.h"
#include "storage/Database.h"
#include "storage/PractitionerRepository.h"
#include "storage/ScopedSavepoint.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"
#include "storage/TeamRepository.h"

#include <QDate>
#include <QHash>

CsvColumns StaffImporter::columns() {
    return {CsvColumn::text(QStringLiteral("team")),
            CsvColumn::text(QStringLiteral("team_kind")),
            CsvColumn::text(QStringLiteral("practitioner_code")),
            CsvColumn::text(QStringLiteral("display_name")),
            CsvColumn::text(QStringLiteral("role")),
            CsvColumn::text(QStringLiteral("employment")),
            CsvColumn::text(QStringLiteral("joined_on"))};
}

ImportReport StaffImporter::importFile(Database &database, const QString &path) {
    return ImportReport::fromFile(
        path, [&database](const QByteArray &data) { return importData(database, data); });
}

ImportReport StaffImporter::importData(Database &database, const QByteArray &data) {
    ImportReport report;
    CsvReader csv;
    if (!csv.parseForImport(data, columns(), &report))
        return report;

    TeamRepository teams(database);
    PractitionerRepository practitioners(database);
    QHash<QString, int> codeLines;
    QHash<QString, QString> teamKinds;

    ScopedTransaction transaction(database.connection());
    for (const CsvReader::Record &record : csv.records()) {
        const int line = record.line;
        auto value = [&](const char *name) {
            return csv.value(record, QLatin1String(name)).trimmed();
        };
        const QString teamName = value("team");
        const QString kind = value("team_kind");
        const QString code = value("practitioner_code");
        const QString name = value("display_name");
        const QString role = value("role");
        const QString employment = value("employment");
        QString dateProblem;
        const QDate joinedOn = FieldRules::membershipDate(QStringLiteral("joined_on"),
                                                          value("joined_on"), &dateProblem);

        QStringList problems;
        for (const QString &problem :
             {FieldRules::problemWithName(QStringLiteral("team"), teamName),
              FieldRules::problemWithCode(QStringLiteral("practitioner_code"), code),
              FieldRules::problemWithName(QStringLiteral("display_name"), name)}) {
            if (!problem.isEmpty())
                problems.append(problem);
        }
        if (teamName.isEmpty())
            problems.append(tr("the team is empty"));
        if (!ValueSets::teamKinds().contains(kind))
            problems.append(tr("team_kind \"%1\" is not one of %2")
                                .arg(kind, ValueSets::teamKinds().join(QLatin1Char('|'))));
        if (code.isEmpty())
            problems.append(tr("the practitioner_code is empty"));
        if (name.isEmpty())
            problems.append(tr("the display_name is empty"));
        if (!ValueSets::practitionerRoles().contains(role))
            problems.append(tr("role \"%1\" is not one of %2")
                                .arg(role, ValueSets::practitionerRoles().join(QLatin1Char('|'))));
        if (!ValueSets::employmentTypes().contains(employment))
            problems.append(
                tr("employment \"%1\" is not one of %2")
                    .arg(employment, ValueSets::employmentTypes().join(QLatin1Char('|'))));
        if (!dateProblem.isEmpty())
            problems.append(dateProblem);
        if (!code.isEmpty() && codeLines.contains(code))
            problems.append(
                tr("practitioner %1 is already on line %2").arg(code).arg(codeLines.value(code)));
        if (!teamName.isEmpty() && teamKinds.contains(teamName) &&
            teamKinds.value(teamName) != kind)
            problems.append(tr("team %1 is given another kind (%2) on an earlier line")
                                .arg(teamName, teamKinds.value(teamName)));
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                report.addError(line, problem);
            continue;
        }
        codeLines.insert(code, line);
        teamKinds.insert(teamName, kind);

        try {
            // A refused row is undone alone, so the rows after it are still checked.
            const ScopedSavepoint row(database.connection());
            bool changed = false;
            qint64 teamId = 0;
            if (const auto team = teams.findByName(teamName)) {
                teamId = team->id;
                if (team->kind != kind) {
                    teams.setKind(teamId, kind);
                    changed = true;
                }
            } else {
                teamId = teams.create(teamName, kind);
                changed = true;
            }

            if (auto existing = practitioners.findByCode(code)) {
                if (existing->displayName != name || existing->role != role ||
                    existing->employment != employment) {
                    existing->displayName = name;
                    existing->role = role;
                    existing->employment = employment;
                    practitioners.update(*existing);
                    changed = true;
                }
                const auto current = practitioners.currentMembership(existing->id);
                if (!current || current->teamId != teamId) {
                    if (current && joinedOn < current->fromDate) {
                        report.addError(line, tr("joined_on %1 is before %2 joined their current "
                                                 "team (%3, from %4)")
                                                  .arg(joinedOn.toString(Qt::ISODate), code,
                                                       current->teamName,
                                                       current->fromDate.toString(Qt::ISODate)));
                        continue;
                    }
                    practitioners.moveToTeam(existing->id, teamId, joinedOn);
                    changed = true;
                }
                if (changed)
                    ++report.updated;
                else
                    ++report.unchanged;
            } else {
                Practitioner practitioner;
                practitioner.code = code;
                practitioner.displayName = name;
                practitioner.role = role;
                practitioner.employment = employment;
                const qint64 id = practitioners.create(practitioner);
                practitioners.moveToTeam(id, teamId, joinedOn);
                ++report.added;
            }
        } catch (const StorageError &error) {
            if (error.concernsTheDatabase())
                throw;
            report.addError(line, error.message());
        }
    }
    if (!report.ok()) {
        // The transaction rolls back on return: nothing is imported, so nothing is counted.
        report.added = report.updated = report.unchanged = 0;
        return report;
    }
    transaction.commit();
    return report;
}
