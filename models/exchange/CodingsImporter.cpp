#include "CodingsImporter.h"

#include "domain/CodingSchemeLoader.h"
#include "domain/ValueSets.h"
#include "io/CsvReader.h"
#include "io/FieldRules.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/PractitionerRepository.h"
#include "storage/RecordingRepository.h"
#include "storage/ScopedSavepoint.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QHash>
#include <QTimeZone>

namespace {

struct FileRecording {
    int line = 0;
    QString practitioner;
    QString family;
    QDate recordedOn;
    QString sessionType;
};

bool sameScores(const QList<SkillScore> &stored, const QList<SkillScore> &row) {
    auto find = [](const QList<SkillScore> &list, const QString &key) {
        for (const SkillScore &score : list)
            if (score.skillKey == key)
                return score;
        return SkillScore{key, 0, QString(), QString()};
    };
    for (const SkillScore &wanted : row) {
        const SkillScore have = find(stored, wanted.skillKey);
        if (have.score != wanted.score || have.isNotCodable() != wanted.isNotCodable())
            return false;
    }
    return stored.size() == row.size();
}

} // namespace

CsvColumns CodingsImporter::columns() {
    CsvColumns list;
    for (const char *name : {"recording_code", "practitioner_code", "family_code", "recorded_on",
                             "session_type", "coder", "coding_role", "coded_on"})
        list.append(CsvColumn::text(QLatin1String(name)));
    for (const QString &skill : CodingSchemeLoader::builtIn().skillKeys())
        list.append(CsvColumn::number(skill));
    list.append(CsvColumn::text(QStringLiteral("comment")));
    // What `export codings` adds, so its files import as they are.
    list.append(CsvColumn::number(QStringLiteral("coding_id")).optional());
    list.append(CsvColumn::text(QStringLiteral("status")).optional());
    list.append(CsvColumn::text(QStringLiteral("scheme")).optional());
    return list;
}

QString CodingsImporter::notCodableReason() {
    return QStringLiteral("Not codable (imported)");
}

ImportReport CodingsImporter::importFile(Database &database, const QString &path) {
    return ImportReport::fromFile(
        path, [&database](const QByteArray &data) { return importData(database, data); });
}

ImportReport CodingsImporter::importData(Database &database, const QByteArray &data) {
    ImportReport report;
    CsvReader csv;
    if (!csv.parseForImport(data, columns(), &report))
        return report;

    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    PractitionerRepository practitioners(database);
    FamilyRepository families(database);
    RecordingRepository recordings(database);
    UserRepository users(database);
    CodingRepository codings(database);

    QHash<QString, int> roleLines;   // "recording|role" -> line
    QHash<QString, QString> coderOf; // "recording|role" -> coder
    QHash<QString, FileRecording> recordingsInFile;

    ScopedTransaction transaction(database.connection());
    for (const CsvReader::Record &record : csv.records()) {
        const int line = record.line;
        auto value = [&](const QString &name) {
            return csv.value(record, name).trimmed();
        };
        const QString recordingCode = value(QStringLiteral("recording_code"));
        const QString practitionerCode = value(QStringLiteral("practitioner_code"));
        const QString familyCode = value(QStringLiteral("family_code"));
        const QString recordedText = value(QStringLiteral("recorded_on"));
        QString recordedProblem;
        const QDate recordedOn = FieldRules::recordingDate(QStringLiteral("recorded_on"),
                                                           recordedText, &recordedProblem);
        const QString sessionType = value(QStringLiteral("session_type"));
        const QString coder = value(QStringLiteral("coder"));
        const QString role = value(QStringLiteral("coding_role"));
        const QString codedText = value(QStringLiteral("coded_on"));
        QString codedProblem;
        const QDate codedOn =
            FieldRules::recordingDate(QStringLiteral("coded_on"), codedText, &codedProblem);
        // Comments are free text: keep their inner spacing, trim only the ends.
        const QString comment = value(QStringLiteral("comment"));
        // An exported file carries each coding's status. A draft is unfinished work: importing
        // it as final would put it into reports, so it is left out and counted instead.
        if (csv.column(QStringLiteral("status")) >= 0) {
            const QString status = value(QStringLiteral("status"));
            if (status == QLatin1String("draft")) {
                ++report.skipped;
                report.skippedReason =
                    tr("draft codings: only final codings are imported; finish them first");
                continue;
            }
            if (!status.isEmpty() && status != QLatin1String("final")) {
                report.addError(line, tr("status \"%1\" is not one of draft|final").arg(status));
                continue;
            }
        }

        QStringList problems;
        for (const QString &problem :
             {FieldRules::problemWithCode(QStringLiteral("recording_code"), recordingCode),
              FieldRules::problemWithCode(QStringLiteral("practitioner_code"), practitionerCode),
              FieldRules::problemWithName(QStringLiteral("coder"), coder),
              FieldRules::problemWithFreeText(QStringLiteral("comment"), comment)}) {
            if (!problem.isEmpty())
                problems.append(problem);
        }
        if (recordingCode.isEmpty())
            problems.append(tr("the recording_code is empty"));
        std::optional<Practitioner> practitioner;
        if (practitionerCode.isEmpty())
            problems.append(tr("the practitioner_code is empty"));
        else if (!(practitioner = practitioners.findByCode(practitionerCode)))
            problems.append(
                tr("unknown practitioner %1 (import staff first)").arg(practitionerCode));
        const QString familyProblem = FamilyRepository::problemWithCaseCode(familyCode);
        if (!familyProblem.isEmpty())
            problems.append(familyProblem);
        if (!recordedProblem.isEmpty())
            problems.append(recordedProblem);
        if (!ValueSets::sessionTypes().contains(sessionType))
            problems.append(
                tr("session_type \"%1\" is not one of %2")
                    .arg(sessionType, ValueSets::sessionTypes().join(QLatin1Char('|'))));
        if (coder.isEmpty())
            problems.append(tr("the coder is empty"));
        if (!ValueSets::codingRoles().contains(role))
            problems.append(tr("coding_role \"%1\" is not one of %2")
                                .arg(role, ValueSets::codingRoles().join(QLatin1Char('|'))));
        if (!codedProblem.isEmpty())
            problems.append(codedProblem);
        else if (recordedOn.isValid() && codedOn < recordedOn)
            problems.append(tr("coded_on %1 is before recorded_on %2: a session cannot be coded "
                               "before it happened")
                                .arg(codedText, recordedText));

        QList<SkillScore> scores;
        for (const QString &skill : scheme.skillKeys()) {
            const QString text = value(skill);
            if (text.isEmpty()) {
                scores.append({skill, 0, notCodableReason(), QString()});
                continue;
            }
            bool isNumber = false;
            const int score = text.toInt(&isNumber);
            if (!isNumber || score < scheme.scaleMin || score > scheme.scaleMax)
                problems.append(tr("%1 score \"%2\" is not a whole number from %3 to %4 (leave "
                                   "it blank for not codable)")
                                    .arg(skill, text)
                                    .arg(scheme.scaleMin)
                                    .arg(scheme.scaleMax));
            else
                scores.append({skill, score, QString(), QString()});
        }

        const QString roleKey = recordingCode + QLatin1Char('|') + role;
        if (!recordingCode.isEmpty() && roleLines.contains(roleKey))
            problems.append(tr("a second %1 coding for recording %2 (the first is on line %3)")
                                .arg(role, recordingCode)
                                .arg(roleLines.value(roleKey)));
        if (!recordingCode.isEmpty() && recordingsInFile.contains(recordingCode)) {
            const FileRecording &first = recordingsInFile.value(recordingCode);
            if (first.practitioner != practitionerCode || first.family != familyCode ||
                first.recordedOn != recordedOn || first.sessionType != sessionType)
                problems.append(tr("recording %1 has a different practitioner, family, date or "
                                   "session type on line %2")
                                    .arg(recordingCode)
                                    .arg(first.line));
        }
        const QString otherRole = role == QLatin1String("primary")  ? QStringLiteral("second")
                                  : role == QLatin1String("second") ? QStringLiteral("primary")
                                                                    : QString();
        if (!otherRole.isEmpty() &&
            coderOf.value(recordingCode + QLatin1Char('|') + otherRole) == coder)
            problems.append(tr("the primary and second codings of recording %1 must be by "
                               "different coders")
                                .arg(recordingCode));
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                report.addError(line, problem);
            continue;
        }
        roleLines.insert(roleKey, line);
        coderOf.insert(roleKey, coder);
        if (!recordingsInFile.contains(recordingCode))
            recordingsInFile.insert(recordingCode,
                                    {line, practitionerCode, familyCode, recordedOn, sessionType});

        try {
            // A refused row is undone alone, so the rows after it are still checked.
            const ScopedSavepoint row(database.connection());
            const Family family = families.findOrCreate(familyCode);
            std::optional<Recording> recording = recordings.findByCode(recordingCode);
            if (recording) {
                if (recording->practitionerId != practitioner->id ||
                    recording->familyId != family.id || recording->recordedOn != recordedOn ||
                    recording->sessionType != sessionType) {
                    report.addError(line, tr("recording %1 is already stored with a different "
                                             "practitioner, family, date or session type")
                                              .arg(recordingCode));
                    continue;
                }
            } else {
                // Filing a session under a team the practitioner had not yet joined would
                // credit it to the wrong team in every report.
                std::optional<TeamMembership> first;
                for (const TeamMembership &membership : practitioner->memberships) {
                    if (!first || membership.fromDate < first->fromDate)
                        first = membership;
                }
                if (first && recordedOn < first->fromDate) {
                    report.addError(line, tr("recorded_on %1 is before practitioner %2 joined "
                                             "their first team (%3, from %4)")
                                              .arg(recordedText, practitionerCode, first->teamName,
                                                   first->fromDate.toString(Qt::ISODate)));
                    continue;
                }
                Recording fresh;
                fresh.code = recordingCode;
                fresh.recordedOn = recordedOn;
                fresh.practitionerId = practitioner->id;
                fresh.teamId = practitioners.teamOn(practitioner->id, recordedOn);
                fresh.familyId = family.id;
                fresh.sessionType = sessionType;
                fresh.selectionReason = QStringLiteral("routine");
                if (fresh.teamId == 0) {
                    report.addError(line, tr("practitioner %1 is in no team; import staff first")
                                              .arg(practitionerCode));
                    continue;
                }
                recordings.create(fresh);
                recording = fresh;
            }
            const qint64 coderId = users.findOrCreate(coder);
            const QDateTime codedAt(codedOn, QTime(0, 0), QTimeZone::utc());

            bool handled = false;
            for (const Coding &header : codings.codingsOf(recording->id)) {
                if (header.role == role) {
                    const auto stored = codings.find(header.id);
                    if (stored->coderId == coderId && stored->isFinal() &&
                        stored->finalisedAt.date() == codedOn && stored->comment == comment &&
                        sameScores(stored->scores, scores)) {
                        ++report.unchanged;
                    } else {
                        report.addError(line, tr("recording %1 already has a different %2 "
                                                 "coding")
                                                  .arg(recordingCode, role));
                    }
                    handled = true;
                } else if (!otherRole.isEmpty() && header.role == otherRole &&
                           header.coderId == coderId) {
                    report.addError(line, tr("the primary and second codings of recording %1 "
                                             "must be by different coders")
                                              .arg(recordingCode));
                    handled = true;
                }
            }
            if (handled)
                continue;

            Coding coding;
            coding.recordingId = recording->id;
            coding.coderId = coderId;
            coding.schemeId = scheme.id;
            coding.schemeVersion = scheme.version;
            coding.role = role;
            coding.status = QStringLiteral("final");
            coding.createdAt = codedAt;
            coding.updatedAt = codedAt;
            coding.finalisedAt = codedAt;
            coding.comment = comment;
            coding.scores = scores;
            codings.insertComplete(coding);
            ++report.added;
        } catch (const StorageError &error) {
            if (error.concernsTheDatabase())
                throw;
            report.addError(line, error.message());
        }
    }
    if (!report.ok()) {
        // The transaction rolls back on return: nothing is imported, so nothing is counted.
        report.added = report.updated = report.unchanged = report.skipped = 0;
        return report;
    }
    transaction.commit();
    return report;
}
