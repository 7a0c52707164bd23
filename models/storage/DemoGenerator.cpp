#include "DemoGenerator.h"

#include "Database.h"
#include "DemoAudio.h"
#include "DemoPlanner.h"
#include "ScopedTransaction.h"
#include "StorageError.h"
#include "domain/CodingSchemeLoader.h"
#include "domain/RecordingPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

using namespace DemoPlan;

namespace {

QVariant dateValue(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

// Instants are stored as UTC ISO-8601 with milliseconds, like every other table's.
QVariant instantValue(const QDateTime &when) {
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; NOT NULL text columns need an empty string instead.
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant textOrNull(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The prepared statements of one demo write. Each is prepared once and re-bound for every
// row, inside one transaction: that is what makes the decade fit in well under a minute.
class Writer {
public:
    explicit Writer(const Database &database)
        : m_database(database)
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
        , m_noteSkill(
              prepare("INSERT INTO evidence_note_skills (note_id, skill_key) VALUES (?, ?)"))
        , m_administration(prepare(
              "INSERT INTO instrument_administrations (family_id, respondent, instrument_id, "
              "instrument_version, timepoint, administered_on, mode, recording_id, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
        , m_item(prepare("INSERT INTO instrument_item_responses (administration_id, item, "
                         "value) VALUES (?, ?, ?)")) {}

    // Binds the values in order and runs the statement; returns the new id for RETURNING.
    qint64 insert(QSqlQuery &query, std::initializer_list<QVariant> values, bool returnsId = true) {
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
        // Let SQLite finish the statement now: a RETURNING statement left open would block
        // the commit.
        query.finish();
        return id;
    }

    const Database &m_database;
    QSqlQuery m_service, m_team, m_user, m_practitioner, m_membership, m_training, m_family,
        m_recording, m_coding, m_score, m_note, m_noteSkill, m_administration, m_item;

private:
    QSqlQuery prepare(const char *sql) { return m_database.prepare(QString::fromLatin1(sql)); }
};

} // namespace

QString DemoGenerator::sizeName(Size size) {
    return size == Size::Decade ? QStringLiteral("decade") : QStringLiteral("service");
}

bool DemoGenerator::isEmpty(const Database &database) {
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
    ScopedTransaction transaction(database.connection());
    Writer w(database);

    QList<qint64> serviceIds, teamIds, userIds, practitionerIds, familyIds, recordingIds;
    for (const Service &s : std::as_const(plan.services))
        serviceIds.append(w.insert(w.m_service, {s.name}));
    for (const Team &t : std::as_const(plan.teams))
        teamIds.append(w.insert(w.m_team, {serviceIds.at(t.service), t.name, t.kind}));
    for (const User &u : std::as_const(plan.users))
        userIds.append(w.insert(w.m_user, {u.username, u.displayName, u.role}));
    for (const Practitioner &p : std::as_const(plan.practitioners)) {
        const qint64 id = w.insert(
            w.m_practitioner, {p.code, p.displayName, p.role, p.employment, dateValue(p.leftOn)});
        practitionerIds.append(id);
        for (const Membership &m : p.memberships)
            w.insert(w.m_membership, {id, teamIds.at(m.team), dateValue(m.from), dateValue(m.to)},
                     false);
        for (const Training &t : p.training)
            w.insert(w.m_training,
                     {id, t.programme, t.cohort, dateValue(t.startedOn), dateValue(t.completedOn)},
                     false);
    }
    for (const Family &f : std::as_const(plan.families))
        familyIds.append(w.insert(w.m_family, {f.caseCode, f.caseType}));

    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noNumber(QMetaType::fromType<qint64>());
    for (const Recording &r : std::as_const(plan.recordings)) {
        const bool audio = r.clip >= 0;
        const qint64 id =
            w.insert(w.m_recording,
                     {r.code, audio ? QVariant(clipPaths.at(r.clip)) : noText,
                      audio ? QVariant(clipHashes.at(r.clip)) : noText,
                      r.durationMs >= 0 ? QVariant(r.durationMs) : noNumber,
                      dateValue(r.recordedOn), practitionerIds.at(r.practitioner),
                      teamIds.at(r.team), familyIds.at(r.family), r.sessionType, r.selectionReason,
                      r.practitionerConsent, dateValue(r.practitionerConsentOn), r.familyConsent,
                      dateValue(r.familyConsentOn), instantValue(r.createdAt)});
        recordingIds.append(id);
        summary.audioRecordings += audio ? 1 : 0;
        bool hasSecond = false;
        for (const Coding &c : r.codings) {
            const qint64 codingId =
                w.insert(w.m_coding, {id, userIds.at(c.coder), scheme.id, scheme.version, c.role,
                                      c.final ? QStringLiteral("final") : QStringLiteral("draft"),
                                      c.windowStartMs, c.windowEndMs, instantValue(c.createdAt),
                                      instantValue(c.updatedAt), instantValue(c.finalisedAt),
                                      c.activeMs, text(c.comment), dateValue(c.feedbackGivenOn)});
            ++summary.codings;
            hasSecond = hasSecond || c.role == QLatin1String("second");
            for (const Score &s : c.scores)
                w.insert(w.m_score,
                         {codingId, s.skill, s.score > 0 ? QVariant(s.score) : noNumber,
                          textOrNull(s.notCodableReason)},
                         false);
            for (const Note &n : c.notes) {
                const qint64 noteId = w.insert(
                    w.m_note, {codingId, n.atMs, n.kind, text(n.text), instantValue(n.createdAt)});
                for (const QString &skill : n.skills)
                    w.insert(w.m_noteSkill, {noteId, skill}, false);
            }
        }
        summary.doubleCodedRecordings += hasSecond ? 1 : 0;
    }
    for (const Administration &a : std::as_const(plan.administrations)) {
        const qint64 id =
            w.insert(w.m_administration,
                     {familyIds.at(a.family), a.respondent, a.instrument, 1, a.timepoint,
                      dateValue(a.administeredOn), a.mode,
                      a.recording >= 0 ? QVariant(recordingIds.at(a.recording)) : noNumber,
                      instantValue(a.createdAt)});
        for (const auto &item : a.items)
            w.insert(w.m_item, {id, item.first, item.second}, false);
    }
    transaction.commit();

    summary.teams = static_cast<int>(plan.teams.size());
    summary.practitioners = static_cast<int>(plan.practitioners.size());
    summary.families = static_cast<int>(plan.families.size());
    summary.recordings = static_cast<int>(plan.recordings.size());
    summary.instrumentAdministrations = static_cast<int>(plan.administrations.size());
    return summary;
}
