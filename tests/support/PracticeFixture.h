#pragma once

#include "storage/Database.h"
#include "storage/RecordingListSummary.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

// A small, hand-built practice database for the item-model tests, written with plain INSERTs
// so that the tests depend on the schema only, not on the repositories.
//
// Teams: North CIN (id 1), South CP (2), Fostering (3, nobody in it).
// Practitioners: Alice Adams (P001, North, MSW completed + coaching), Ben Brown (P002, agency,
// moved from North to South on 2024-07-01, MI in training), Cara Cole (P003, left 2024-12-31).
// Recordings, oldest first:
//   REC-0001 2024-03-10 Alice North  double-coded  audio present
//   REC-0002 2024-05-02 Ben   North  draft         audio missing
//   REC-0003 2024-08-15 Ben   South  not started   no audio, family refused
//   REC-0004 2024-11-20 Cara  South  final (coded) consents not recorded
//   REC-0005 2025-01-05 Alice North  consensus     audio present
namespace PracticeFixture {

// audioFolder is where the fixture's audio files go; a test on PostgreSQL, whose database has no
// folder, names its own (and sets it as the recordings root to find them).
inline void build(Database &db, const QString &audioFolder) {
    const QString folder = audioFolder;
    QDir(folder).mkpath(QStringLiteral("audio"));
    for (const QString &name :
         {QStringLiteral("audio/rec1.wav"), QStringLiteral("audio/rec5.wav")}) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write fixture audio");
        file.write("RIFF");
    }

    const QStringList statements = {
        QStringLiteral("INSERT INTO services (id, name) VALUES (1, 'Children''s Services')"),
        QStringLiteral("INSERT INTO teams (id, service_id, name, kind) VALUES "
                       "(1, 1, 'North CIN', 'CIN'), (2, 1, 'South CP', 'CP'), "
                       "(3, 1, 'Fostering', 'Fostering')"),
        QStringLiteral("INSERT INTO practitioners (id, code, display_name, role, employment, "
                       "left_on) VALUES "
                       "(1, 'P001', 'Alice Adams', 'social_worker', 'permanent', NULL), "
                       "(2, 'P002', 'Ben Brown', 'senior_social_worker', 'agency', NULL), "
                       "(3, 'P003', 'Cara Cole', 'team_manager', 'permanent', '2024-12-31')"),
        QStringLiteral("INSERT INTO team_memberships (practitioner_id, team_id, from_date, "
                       "to_date) VALUES "
                       "(1, 1, '2023-01-01', NULL), (2, 1, '2023-01-01', '2024-06-30'), "
                       "(2, 2, '2024-07-01', NULL), (3, 2, '2022-01-01', '2024-12-31')"),
        QStringLiteral("INSERT INTO practitioner_training (practitioner_id, programme, cohort, "
                       "started_on, completed_on) VALUES "
                       "(1, 'msw', '1', '2023-02-01', '2023-06-30'), "
                       "(1, 'coaching', NULL, '2023-07-01', NULL), "
                       "(2, 'mi', NULL, '2024-09-01', NULL)"),
        QStringLiteral("INSERT INTO families (id, case_code, case_type) VALUES "
                       "(1, 'F-01', 'child_in_need'), (2, 'F-02', 'child_protection'), "
                       "(3, 'F-03', 'child_protection'), (4, 'F-04', 'looked_after')"),
        QStringLiteral("INSERT INTO users (id, username, display_name, role) VALUES "
                       "(1, 'eva', 'Eva Evaluator', 'evaluator'), "
                       "(2, 'sam', 'Sam Second', 'evaluator')"),
        QStringLiteral(
            "INSERT INTO recordings (id, code, audio_path, recorded_on, practitioner_id, team_id, "
            "family_id, session_type, selection_reason, practitioner_consent, "
            "practitioner_consent_on, family_consent, family_consent_on, duration_ms, "
            "created_at) VALUES "
            "(1, 'REC-0001', 'audio/rec1.wav', '2024-03-10', 1, 1, 1, 'home_visit', 'routine', "
            " 'given', '2024-03-01', 'written', '2024-03-01', 3723000, '2024-03-10T10:00:00Z'), "
            "(2, 'REC-0002', 'audio/missing.mp3', '2024-05-02', 2, 1, 2, 'office', 'high_risk', "
            " 'given', '2024-05-01', 'verbal', '2024-05-02', NULL, '2024-05-02T10:00:00Z'), "
            "(3, 'REC-0003', NULL, '2024-08-15', 2, 2, 3, 'telephone', 'random', "
            " 'given', '2024-08-01', 'refused', NULL, NULL, '2024-08-15T10:00:00Z'), "
            "(4, 'REC-0004', NULL, '2024-11-20', 3, 2, 4, 'home_visit', 'self_selected', "
            " 'not_recorded', NULL, 'not_recorded', NULL, NULL, '2024-11-20T10:00:00Z'), "
            "(5, 'REC-0005', 'audio/rec5.wav', '2025-01-05', 1, 1, 1, 'supervision', 'routine', "
            " 'given', '2025-01-02', 'written', '2025-01-02', 600000, '2025-01-05T10:00:00Z')"),
        QStringLiteral(
            "INSERT INTO codings (recording_id, coder_id, scheme_id, scheme_version, role, status, "
            "created_at, updated_at, finalised_at) VALUES "
            "(1, 1, 'msw', 1, 'primary', 'final', '2024-03-11', '2024-03-11', '2024-03-11'), "
            "(1, 2, 'msw', 1, 'second', 'final', '2024-03-12', '2024-03-12', '2024-03-12'), "
            "(2, 1, 'msw', 1, 'primary', 'draft', '2024-05-03', '2024-05-03', NULL), "
            "(4, 1, 'msw', 1, 'primary', 'final', '2024-11-21', '2024-11-21', '2024-11-21'), "
            "(5, 1, 'msw', 1, 'primary', 'final', '2025-01-06', '2025-01-06', '2025-01-06'), "
            "(5, 2, 'msw', 1, 'second', 'final', '2025-01-07', '2025-01-07', '2025-01-07'), "
            "(5, 1, 'msw', 1, 'consensus', 'final', '2025-01-08', '2025-01-08', '2025-01-08')"),
    };
    for (const QString &sql : statements) {
        QSqlQuery query = db.prepare(sql);
        Database::exec(query, QStringLiteral("fixture"));
    }
    // Written in SQL as a bulk writer would, so the stored list summary is counted afterwards.
    RecordingListSummary(db).rebuild();
}

} // namespace PracticeFixture
