#pragma once

// A small practice world for coding tests: one team, one practitioner, one family, two
// evaluators and recordings with (or without) consent, built through the repositories
// (and recordings through RecordingImport, so they follow the same rules as the app).

#include "CodingTestFixture.h"
#include "audio/AudioProbe.h"
#include "domain/CodingSchemeLoader.h"
#include "policy/DoubleCodingSample.h"
#include "services/RecordingImport.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/PractitionerRepository.h"
#include "storage/RecordingRepository.h"
#include "storage/TeamRepository.h"
#include "storage/UserRepository.h"

#include <QDate>

// The coding's version as stored now, for edits in tests that are not about conflicts.
inline int codingVersion(const CodingRepository &codings, qint64 codingId) {
    return codings.find(codingId)->version;
}

// Adds the note on top of the coding as stored now; returns the note's id.
inline qint64 addNoteNow(CodingRepository &codings, const EvidenceNote &note) {
    return codings.addNote(note, codingVersion(codings, note.codingId), nullptr);
}

struct CodingTestFixture {
    qint64 teamId = 0;
    qint64 practitionerId = 0;
    qint64 familyId = 0;
    qint64 alice = 0; // first evaluator
    qint64 bob = 0;   // second evaluator

    void build(Database &database) {
        teamId =
            TeamRepository(database).create(QStringLiteral("North CIN"), QStringLiteral("CIN"));
        Practitioner practitioner;
        practitioner.code = QStringLiteral("P001");
        practitioner.displayName = QStringLiteral("Amira Khan");
        practitioner.role = QStringLiteral("social_worker");
        practitioner.employment = QStringLiteral("permanent");
        PractitionerRepository practitioners(database);
        practitionerId = practitioners.create(practitioner);
        practitioners.moveToTeam(practitionerId, teamId, QDate(2024, 1, 1));
        familyId = FamilyRepository(database).findOrCreate(QStringLiteral("F-1001")).id;
        UserRepository users(database);
        alice = users.findOrCreate(QStringLiteral("alice"));
        bob = users.findOrCreate(QStringLiteral("bob"));
    }

    qint64 addRecording(Database &database, bool consent = true, const QString &sha = QString(),
                        qint64 durationMs = 45 * 60 * 1000) {
        Recording recording = recordingOf(consent, sha, durationMs);
        return RecordingImport(database).add(recording);
    }

    // The recording addRecording adds, not yet added.
    Recording recordingOf(bool consent = true, const QString &sha = QString(),
                          qint64 durationMs = 45 * 60 * 1000) const {
        Recording recording;
        recording.recordedOn = QDate(2024, 4, 2);
        recording.practitionerId = practitionerId;
        recording.teamId = teamId;
        recording.familyId = familyId;
        recording.sessionType = QStringLiteral("home_visit");
        recording.selectionReason = QStringLiteral("routine");
        recording.audioSha256 = sha;
        recording.durationMs = durationMs;
        if (consent) {
            recording.practitionerConsent = QStringLiteral("given");
            recording.practitionerConsentOn = QDate(2024, 3, 1);
            recording.familyConsent = QStringLiteral("written");
            recording.familyConsentOn = QDate(2024, 3, 2);
        }
        return recording;
    }

    // A consented recording in the double-coding sample (DoubleCodingSample): its code is the
    // next code the sample takes, so a final primary coding of it waits for a second coding.
    qint64 addSampledRecording(Database &database) {
        static int tried = 0;
        QString code;
        do
            code = QStringLiteral("R-SAMPLE-%1").arg(++tried);
        while (!DoubleCodingSample::isSampled(code));
        Recording recording = recordingOf();
        recording.code = code;
        return RecordingImport(database).add(recording);
    }

    // A consented recording whose audio is the file at `audio`, linked as the coding page finds it.
    qint64 addRecordingWithAudio(Database &database, const QString &audio, qint64 durationMs) {
        const QString sha = AudioProbe::sha256(audio, nullptr);
        const qint64 id = addRecording(database, true, sha, durationMs);
        RecordingRepository(database).relink(id, audio, sha);
        return id;
    }

    // A coding with every skill scored `score`.
    static void scoreAll(CodingRepository &codings, qint64 codingId, int score) {
        for (const QString &key : CodingSchemeLoader::builtIn().skillKeys())
            codings.saveSkill(codingId, codingVersion(codings, codingId),
                              SkillScore{key, score, QString(), QString()});
    }
};
