#include "DemoGenerator.h"

#include "DemoAudio.h"
#include "DemoPlanner.h"
#include "domain/CodingSchemeLoader.h"
#include "domain/RecordingPaths.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>

using namespace DemoPlan;

QString DemoGenerator::sizeName(Size size) {
    return size == Size::Decade ? QStringLiteral("decade") : QStringLiteral("service");
}

bool DemoGenerator::isEmpty(const Database &database) {
    return DemoWriter::isEmpty(database);
}

QString DemoGenerator::audioFolderFor(const QString &databasePath, const Options &options) {
    return QDir(QFileInfo(databasePath).absolutePath())
        .absoluteFilePath(options.audioFolder.isEmpty() ? QStringLiteral("demo-recordings")
                                                        : options.audioFolder);
}

DemoGenerator::Summary DemoGenerator::generate(Database &database, const Options &options) {
    if (!isEmpty(database))
        throw StorageError(StorageError::Kind::Invalid,
                           QStringLiteral("%1 already holds data. The demo is only ever created "
                                          "in a new, empty database; nothing was changed.")
                               .arg(database.path()));
    if (!options.endDate.isValid())
        throw StorageError(StorageError::Kind::Invalid,
                           QStringLiteral("The demo needs a valid end date."));

    const QList<DemoAudio::Clip> clips = DemoAudio::clips();
    const auto parameters =
        options.size == Size::Decade ? DemoPlanner::decadeSize() : DemoPlanner::serviceSize();
    DemoPlan::Data plan = DemoPlanner(parameters, options.seed, options.endDate, clips).plan();

    const QString databaseFolder = QFileInfo(database.path()).absolutePath();
    const QString audioFolder = audioFolderFor(database.path(), options);
    const QString base =
        options.recordingsRoot.trimmed().isEmpty() ? databaseFolder : options.recordingsRoot;
    QList<QString> clipPaths, clipHashes;
    for (const DemoAudio::Clip &clip : clips) {
        QString hash;
        const QString written = DemoAudio::install(clip, audioFolder, &hash);
        clipPaths.append(RecordingPaths::toStored(written, base));
        clipHashes.append(hash);
    }

    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    Summary summary;
    summary.audioFolder = audioFolder;
    DemoWriter w(database);

    QList<qint64> serviceIds, teamIds, userIds, practitionerIds, familyIds, recordingIds;
    for (const Service &s : std::as_const(plan.services))
        serviceIds.append(w.addService(s.name));
    for (const Team &t : std::as_const(plan.teams))
        teamIds.append(w.addTeam(serviceIds.at(t.service), t.name, t.kind));
    for (const User &u : std::as_const(plan.users))
        userIds.append(w.addUser(u.username, u.displayName, u.role));
    for (const Practitioner &p : std::as_const(plan.practitioners)) {
        const qint64 id = w.addPractitioner(p.code, p.displayName, p.role, p.employment, p.leftOn);
        practitionerIds.append(id);
        for (const Membership &m : p.memberships)
            w.addMembership(id, teamIds.at(m.team), m.from, m.to);
        for (const Training &t : p.training)
            w.addTraining(id, t.programme, t.cohort, t.startedOn, t.completedOn);
    }
    // Each practitioner still in post has a coach, the demo's coaches taking them in turn, so
    // the Feedback due list can show and filter by coach. Drawn without the plan's random
    // numbers, so the rest of the demo stays as it was.
    QList<qint64> coachIds;
    for (int i = 0; i < plan.users.size(); ++i) {
        if (plan.users.at(i).role == QLatin1String("coach"))
            coachIds.append(userIds.at(i));
    }
    for (int i = 0; !coachIds.isEmpty() && i < plan.practitioners.size(); ++i) {
        const Practitioner &p = plan.practitioners.at(i);
        if (!p.leftOn.isValid())
            w.addCoachAssignment(practitionerIds.at(i), coachIds.at(i % coachIds.size()),
                                 p.joinedOn);
    }
    for (const Family &f : std::as_const(plan.families))
        familyIds.append(w.addFamily(f.caseCode, f.caseType));

    for (const DemoPlan::Recording &r : std::as_const(plan.recordings)) {
        const bool audio = r.clip >= 0;
        ::Recording row;
        row.code = r.code;
        row.audioPath = audio ? clipPaths.at(r.clip) : QString();
        row.audioSha256 = audio ? clipHashes.at(r.clip) : QString();
        row.durationMs = r.durationMs;
        row.recordedOn = r.recordedOn;
        row.practitionerId = practitionerIds.at(r.practitioner);
        row.teamId = teamIds.at(r.team);
        row.familyId = familyIds.at(r.family);
        row.sessionType = r.sessionType;
        row.selectionReason = r.selectionReason;
        row.practitionerConsent = r.practitionerConsent;
        row.practitionerConsentOn = r.practitionerConsentOn;
        row.familyConsent = r.familyConsent;
        row.familyConsentOn = r.familyConsentOn;
        const qint64 id = w.addRecording(row, r.createdAt);
        recordingIds.append(id);
        summary.audioRecordings += audio ? 1 : 0;
        bool hasSecond = false;
        for (const Coding &c : r.codings) {
            const qint64 codingId =
                w.addCoding({id, userIds.at(c.coder), scheme.id, scheme.version, c.role, c.final,
                             c.windowStartMs, c.windowEndMs, c.createdAt, c.updatedAt,
                             c.finalisedAt, c.activeMs, c.comment, c.feedbackGivenOn});
            ++summary.codings;
            hasSecond = hasSecond || c.role == QLatin1String("second");
            for (const Score &s : c.scores)
                w.addScore(codingId, s.skill, s.score, s.notCodableReason);
            for (const Note &n : c.notes) {
                const qint64 noteId = w.addNote(codingId, n.atMs, n.kind, n.text, n.createdAt);
                for (const QString &skill : n.skills)
                    w.addNoteSkill(noteId, skill);
            }
        }
        summary.doubleCodedRecordings += hasSecond ? 1 : 0;
    }
    for (const Administration &a : std::as_const(plan.administrations)) {
        const qint64 id = w.addAdministration(
            {familyIds.at(a.family), a.respondent, a.instrument, a.timepoint, a.administeredOn,
             a.mode, a.recording >= 0 ? recordingIds.at(a.recording) : 0, a.createdAt});
        for (const auto &item : a.items)
            w.addItemResponse(id, item.first, item.second);
    }
    w.commit();

    summary.teams = static_cast<int>(plan.teams.size());
    summary.practitioners = static_cast<int>(plan.practitioners.size());
    summary.families = static_cast<int>(plan.families.size());
    summary.recordings = static_cast<int>(plan.recordings.size());
    summary.instrumentAdministrations = static_cast<int>(plan.administrations.size());
    return summary;
}
