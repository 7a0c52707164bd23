#include "DemoWriter.h"

#include "Database.h"
#include "RecordingListSummary.h"
#include "SqlValues.h"
#include "StorageError.h"

#include <QVariant>

namespace {

// Instants are stored as UTC ISO-8601 with milliseconds, like every other table's.
QVariant instantValue(const QDateTime &when) {
    return when.isValid() ? QVariant(SqlValues::instant(when))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

DemoWriter::DemoWriter(Database &database)
    : m_database(database)
    , m_transaction(database.connection())
    , m_service(prepare("INSERT INTO services (name) VALUES (?) RETURNING id"))
    , m_team(prepare("INSERT INTO teams (service_id, name, kind) VALUES (?, ?, ?) "
                     "RETURNING id"))
    , m_user(prepare("INSERT INTO users (username, display_name, role) VALUES (?, ?, ?) "
                     "RETURNING id"))
    , m_practitioner(prepare("INSERT INTO practitioners (code, display_name, role, "
                             "employment, left_on) VALUES (?, ?, ?, ?, ?) RETURNING id"))
    , m_membership(prepare("INSERT INTO team_memberships (practitioner_id, team_id, "
                           "from_date, to_date) VALUES (?, ?, ?, ?)"))
    , m_training(prepare("INSERT INTO practitioner_training (practitioner_id, programme, "
                         "cohort, started_on, completed_on) VALUES (?, ?, ?, ?, ?)"))
    , m_family(prepare("INSERT INTO families (case_code, case_type) VALUES (?, ?) "
                       "RETURNING id"))
    , m_recording(prepare(
          "INSERT INTO recordings (code, audio_path, audio_sha256, duration_ms, "
          "recorded_on, practitioner_id, team_id, family_id, session_type, "
          "selection_reason, practitioner_consent, practitioner_consent_on, family_consent, "
          "family_consent_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?) RETURNING id"))
    , m_coding(prepare("INSERT INTO codings (recording_id, coder_id, scheme_id, "
                       "scheme_version, role, status, window_start_ms, window_end_ms, "
                       "created_at, updated_at, finalised_at, active_ms, comment, "
                       "feedback_given_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"))
    , m_score(prepare("INSERT INTO skill_scores (coding_id, skill_key, score, "
                      "not_codable_reason) VALUES (?, ?, ?, ?)"))
    , m_note(prepare("INSERT INTO evidence_notes (coding_id, at_ms, kind, body, created_at) "
                     "VALUES (?, ?, ?, ?, ?) RETURNING id"))
    , m_noteSkill(prepare("INSERT INTO evidence_note_skills (note_id, skill_key) VALUES (?, ?)"))
    , m_administration(
          prepare("INSERT INTO instrument_administrations (family_id, respondent, instrument_id, "
                  "instrument_version, timepoint, administered_on, mode, recording_id, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
    , m_item(prepare("INSERT INTO instrument_item_responses (administration_id, item, "
                     "value) VALUES (?, ?, ?)"))
    , m_coachAssignment(prepare("INSERT INTO coach_assignments (practitioner_id, coach_id, "
                                "assigned_on) VALUES (?, ?, ?)")) {}

bool DemoWriter::isEmpty(const Database &database) {
    // Any row of practice data means someone's work is in there; the skills table is filled
    // by the schema itself and does not count.
    static const char *const tables[] = {
        "services",   "teams",   "practitioners", "families",         "users",
        "recordings", "codings", "audit_log",     "team_memberships", "instrument_administrations"};
    for (const char *table : tables) {
        QSqlQuery query = database.prepare(
            QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        Database::exec(query, QStringLiteral("Could not read the database"));
        if (!query.next() || query.value(0).toLongLong() > 0)
            return false;
    }
    return true;
}

QSqlQuery DemoWriter::prepare(const char *sql) const {
    return m_database.prepare(QString::fromLatin1(sql));
}

qint64 DemoWriter::insert(QSqlQuery &query, std::initializer_list<QVariant> values,
                          bool returnsId) {
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    Database::exec(query, QStringLiteral("Could not write the demo data"));
    if (!returnsId)
        return 0;
    if (!Database::next(query))
        throw StorageError(StorageError::Kind::Query,
                           QStringLiteral("Could not write the demo data: no id returned"));
    const qint64 id = query.value(0).toLongLong();
    // Let SQLite finish the statement now: a RETURNING statement left open would block the
    // commit.
    query.finish();
    return id;
}

qint64 DemoWriter::addService(const QString &name) {
    return insert(m_service, {name});
}

qint64 DemoWriter::addTeam(qint64 serviceId, const QString &name, const QString &kind) {
    return insert(m_team, {serviceId, name, kind});
}

qint64 DemoWriter::addUser(const QString &username, const QString &displayName,
                           const QString &role) {
    return insert(m_user, {username, displayName, role});
}

qint64 DemoWriter::addPractitioner(const QString &code, const QString &displayName,
                                   const QString &role, const QString &employment,
                                   const QDate &leftOn) {
    return insert(m_practitioner, {code, displayName, role, employment, SqlValues::date(leftOn)});
}

void DemoWriter::addMembership(qint64 practitionerId, qint64 teamId, const QDate &from,
                               const QDate &to) {
    insert(m_membership, {practitionerId, teamId, SqlValues::date(from), SqlValues::date(to)},
           false);
}

void DemoWriter::addTraining(qint64 practitionerId, const QString &programme, const QString &cohort,
                             const QDate &startedOn, const QDate &completedOn) {
    insert(m_training,
           {practitionerId, programme, cohort, SqlValues::date(startedOn),
            SqlValues::date(completedOn)},
           false);
}

void DemoWriter::addCoachAssignment(qint64 practitionerId, qint64 coachId,
                                    const QDate &assignedOn) {
    insert(m_coachAssignment, {practitionerId, coachId, SqlValues::date(assignedOn)}, false);
}

qint64 DemoWriter::addFamily(const QString &caseCode, const QString &caseType) {
    return insert(m_family, {caseCode, caseType});
}

qint64 DemoWriter::addRecording(const Recording &r, const QDateTime &createdAt) {
    return insert(m_recording,
                  {r.code, SqlValues::optionalText(r.audioPath),
                   SqlValues::optionalText(r.audioSha256), SqlValues::optionalMs(r.durationMs),
                   SqlValues::date(r.recordedOn), r.practitionerId, r.teamId, r.familyId,
                   r.sessionType, r.selectionReason, r.practitionerConsent,
                   SqlValues::date(r.practitionerConsentOn), r.familyConsent,
                   SqlValues::date(r.familyConsentOn), instantValue(createdAt)});
}

qint64 DemoWriter::addCoding(const CodingRow &c) {
    return insert(m_coding, {c.recordingId, c.coderId, c.schemeId, c.schemeVersion, c.role,
                             c.final ? QStringLiteral("final") : QStringLiteral("draft"),
                             c.windowStartMs, c.windowEndMs, instantValue(c.createdAt),
                             instantValue(c.updatedAt), instantValue(c.finalisedAt), c.activeMs,
                             SqlValues::text(c.comment), SqlValues::date(c.feedbackGivenOn)});
}

void DemoWriter::addScore(qint64 codingId, const QString &skill, int score,
                          const QString &notCodableReason) {
    insert(m_score,
           {codingId, skill, score > 0 ? QVariant(score) : QVariant(QMetaType::fromType<qint64>()),
            SqlValues::optionalText(notCodableReason)},
           false);
}

qint64 DemoWriter::addNote(qint64 codingId, qint64 atMs, const QString &kind, const QString &body,
                           const QDateTime &createdAt) {
    return insert(m_note, {codingId, atMs, kind, SqlValues::text(body), instantValue(createdAt)});
}

void DemoWriter::addNoteSkill(qint64 noteId, const QString &skill) {
    insert(m_noteSkill, {noteId, skill}, false);
}

qint64 DemoWriter::addAdministration(const AdministrationRow &a) {
    return insert(m_administration,
                  {a.familyId, a.respondent, a.instrument, 1, a.timepoint,
                   SqlValues::date(a.administeredOn), a.mode, SqlValues::optionalId(a.recordingId),
                   instantValue(a.createdAt)});
}

void DemoWriter::addItemResponse(qint64 administrationId, int item, int value) {
    insert(m_item, {administrationId, item, value}, false);
}

void DemoWriter::commit() {
    RecordingListSummary(m_database).rebuild();
    m_transaction.commit();
}
