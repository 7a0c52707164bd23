#pragma once

// The "10× decade" database the history benchmarks run on: the decade demo's people, families,
// recordings, codings, scores, notes and measures copied nine more times with new ids (codes get
// a "-2" … "-10" suffix so they stay unique; teams, users and skills are shared). The demo
// generator is not grown for this: copying keeps the shape of the data and takes seconds.
// Plain SQL that runs on SQLite and PostgreSQL alike.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace TenfoldDatabase {

inline QStringList copySql(int copy, const QHash<QString, qint64> &top) {
    const auto n = [&top](const char *table) {
        return QString::number(top.value(QLatin1String(table)));
    };
    const QString k = QString::number(copy);
    const auto off = [&](const char *table) {
        return QStringLiteral("%1 * %2").arg(k, n(table));
    };
    return {
        QStringLiteral("INSERT INTO practitioners (id, code, display_name, role, employment, "
                       "left_on, version) SELECT id + %1, code || '-%2', display_name, role, "
                       "employment, left_on, version FROM practitioners WHERE id <= %3")
            .arg(off("practitioners"), QString::number(copy + 1), n("practitioners")),
        QStringLiteral("INSERT INTO team_memberships (id, practitioner_id, team_id, from_date, "
                       "to_date, version) SELECT id + %1, practitioner_id + %2, team_id, "
                       "from_date, to_date, version FROM team_memberships WHERE id <= %3")
            .arg(off("team_memberships"), off("practitioners"), n("team_memberships")),
        QStringLiteral("INSERT INTO practitioner_training (id, practitioner_id, programme, cohort, "
                       "started_on, completed_on, version) SELECT id + %1, practitioner_id + %2, "
                       "programme, cohort, started_on, completed_on, version FROM "
                       "practitioner_training WHERE id <= %3")
            .arg(off("practitioner_training"), off("practitioners"), n("practitioner_training")),
        QStringLiteral("INSERT INTO families (id, case_code, case_type, version) SELECT id + %1, "
                       "case_code || '-%2', case_type, version FROM families WHERE id <= %3")
            .arg(off("families"), QString::number(copy + 1), n("families")),
        QStringLiteral(
            "INSERT INTO recordings (id, code, audio_path, audio_sha256, duration_ms, "
            "recorded_on, practitioner_id, team_id, family_id, session_type, selection_reason, "
            "practitioner_consent, practitioner_consent_on, family_consent, family_consent_on, "
            "created_at, version) SELECT id + %1, code || '-%2', NULL, NULL, duration_ms, "
            "recorded_on, practitioner_id + %3, team_id, family_id + %4, session_type, "
            "selection_reason, practitioner_consent, practitioner_consent_on, family_consent, "
            "family_consent_on, created_at, version FROM recordings WHERE id <= %5")
            .arg(off("recordings"), QString::number(copy + 1), off("practitioners"),
                 off("families"), n("recordings")),
        QStringLiteral(
            "INSERT INTO codings (id, recording_id, coder_id, scheme_id, scheme_version, role, "
            "status, window_start_ms, window_end_ms, created_at, updated_at, finalised_at, "
            "active_ms, comment, feedback_given_on, version) SELECT id + %1, recording_id + %2, "
            "coder_id, scheme_id, scheme_version, role, status, window_start_ms, window_end_ms, "
            "created_at, updated_at, finalised_at, active_ms, comment, feedback_given_on, "
            "version FROM codings WHERE id <= %3")
            .arg(off("codings"), off("recordings"), n("codings")),
        QStringLiteral("INSERT INTO skill_scores (id, coding_id, skill_key, score, "
                       "not_codable_reason, rationale, version) SELECT id + %1, coding_id + %2, "
                       "skill_key, score, not_codable_reason, rationale, version FROM "
                       "skill_scores WHERE id <= %3")
            .arg(off("skill_scores"), off("codings"), n("skill_scores")),
        QStringLiteral("INSERT INTO evidence_notes (id, coding_id, at_ms, kind, body, created_at, "
                       "version) SELECT id + %1, coding_id + %2, at_ms, kind, body, created_at, "
                       "version FROM evidence_notes WHERE id <= %3")
            .arg(off("evidence_notes"), off("codings"), n("evidence_notes")),
        QStringLiteral("INSERT INTO evidence_note_skills (note_id, skill_key) SELECT note_id + "
                       "%1, skill_key FROM evidence_note_skills WHERE note_id <= %2")
            .arg(off("evidence_notes"), n("evidence_notes")),
        QStringLiteral(
            "INSERT INTO instrument_administrations (id, family_id, respondent, instrument_id, "
            "instrument_version, timepoint, administered_on, mode, recording_id, created_at, "
            "version) SELECT id + %1, family_id + %2, respondent, instrument_id, "
            "instrument_version, timepoint, administered_on, mode, CASE WHEN recording_id IS "
            "NULL THEN NULL ELSE recording_id + %3 END, created_at, version FROM "
            "instrument_administrations WHERE id <= %4")
            .arg(off("instrument_administrations"), off("families"), off("recordings"),
                 n("instrument_administrations")),
        QStringLiteral("INSERT INTO instrument_item_responses (administration_id, item, value) "
                       "SELECT administration_id + %1, item, value FROM "
                       "instrument_item_responses WHERE administration_id <= %2")
            .arg(off("instrument_administrations"), n("instrument_administrations")),
    };
}

// Makes the database at path (a decade demo, with no other connection open) ten times as large.
// Returns an empty string, or what went wrong.
inline QString multiply(const QString &path, int factor = 10) {
    const QString name = QStringLiteral("tenfold");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        QHash<QString, qint64> top;
        for (const char *table : {"practitioners", "team_memberships", "practitioner_training",
                                  "families", "recordings", "codings", "skill_scores",
                                  "evidence_notes", "instrument_administrations"}) {
            if (!query.exec(QStringLiteral("SELECT MAX(id) FROM %1").arg(QLatin1String(table))) ||
                !query.next())
                return query.lastError().text();
            top.insert(QLatin1String(table), query.value(0).toLongLong());
        }
        db.transaction();
        for (int copy = 1; copy < factor && problem.isEmpty(); ++copy) {
            for (const QString &sql : copySql(copy, top)) {
                if (!query.exec(sql)) {
                    problem = query.lastError().text() + QStringLiteral(" in ") + sql;
                    break;
                }
            }
        }
        if (problem.isEmpty())
            db.commit();
        else
            db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace TenfoldDatabase
