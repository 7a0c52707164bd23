#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <stdexcept>

// Builds small practice databases by hand for the report tests: every row is written with plain
// INSERTs so a test states exactly what the report should see.
class ReportFixture {
public:
    explicit ReportFixture(Database &database)
        : m_database(database) {
        m_service = insert(QStringLiteral("INSERT INTO services (name) VALUES (?) RETURNING id"),
                           {QStringLiteral("Children's services")});
        m_coder = user(QStringLiteral("evaluator1"));
    }

    static QStringList skills() {
        return {QStringLiteral("evocation"),      QStringLiteral("empathy"),
                QStringLiteral("collaboration"),  QStringLiteral("autonomy"),
                QStringLiteral("purposefulness"), QStringLiteral("clarity_about_concerns"),
                QStringLiteral("child_focus")};
    }

    qint64 user(const QString &name) {
        return insert(QStringLiteral("INSERT INTO users (username, display_name, role) VALUES "
                                     "(?, ?, 'evaluator') RETURNING id"),
                      {name, name});
    }

    qint64 team(const QString &name) {
        return insert(QStringLiteral("INSERT INTO teams (service_id, name, kind) VALUES (?, ?, "
                                     "'CIN') RETURNING id"),
                      {m_service, name});
    }

    qint64 practitioner(const QString &code, const QString &name, qint64 teamId,
                        const QString &from = QStringLiteral("2020-01-01"),
                        const QVariant &leftOn = QVariant()) {
        const qint64 id = insert(
            QStringLiteral("INSERT INTO practitioners (code, display_name, role, employment, "
                           "left_on) VALUES (?, ?, 'social_worker', 'permanent', ?) RETURNING id"),
            {code, name, leftOn});
        insert(QStringLiteral("INSERT INTO team_memberships (practitioner_id, team_id, "
                              "from_date) VALUES (?, ?, ?) RETURNING id"),
               {id, teamId, from});
        return id;
    }

    qint64 family(const QString &code) {
        return insert(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES (?, "
                                     "'child_in_need') RETURNING id"),
                      {code});
    }

    qint64 recording(qint64 practitionerId, qint64 teamId, qint64 familyId, const QString &date) {
        return insert(QStringLiteral("INSERT INTO recordings (code, recorded_on, "
                                     "practitioner_id, team_id, family_id, session_type, "
                                     "selection_reason, created_at) VALUES (?, ?, ?, ?, ?, "
                                     "'home_visit', 'routine', ?) RETURNING id"),
                      {QStringLiteral("R%1").arg(++m_recordings), date, practitionerId, teamId,
                       familyId, QStringLiteral("2020-01-01T00:00:00.000Z")});
    }

    // scores in skills() order; 0 means "not codable". finalisedOn empty means a draft.
    qint64 coding(qint64 recordingId, const QString &role, const QList<int> &scores,
                  const QString &finalisedOn = QString(), const QString &feedbackOn = QString(),
                  qint64 coderId = 0) {
        const bool final = !finalisedOn.isEmpty();
        const qint64 id = insert(
            QStringLiteral("INSERT INTO codings (recording_id, coder_id, scheme_id, "
                           "scheme_version, role, status, window_start_ms, window_end_ms, "
                           "created_at, updated_at, finalised_at, comment, feedback_given_on) "
                           "VALUES (?, ?, 'msw', 1, ?, ?, 0, 1200000, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {recordingId, coderId ? coderId : m_coder, role,
             final ? QStringLiteral("final") : QStringLiteral("draft"),
             QStringLiteral("2020-01-01T00:00:00.000Z"), QStringLiteral("2020-01-01T00:00:00.000Z"),
             final ? QVariant(finalisedOn + QStringLiteral("T10:00:00.000Z")) : QVariant(),
             QStringLiteral("A warm, purposeful visit."),
             feedbackOn.isEmpty() ? QVariant() : QVariant(feedbackOn)});
        const QStringList keys = skills();
        for (qsizetype i = 0; i < scores.size() && i < keys.size(); ++i) {
            const int score = scores.at(i);
            insert(QStringLiteral("INSERT INTO skill_scores (coding_id, skill_key, score, "
                                  "not_codable_reason) VALUES (?, ?, ?, ?) RETURNING id"),
                   {id, keys.at(i), score > 0 ? QVariant(score) : QVariant(),
                    score > 0 ? QVariant() : QVariant(QStringLiteral("Inaudible"))});
        }
        return id;
    }

    qint64 note(qint64 codingId, qint64 atMs, const QString &kind, const QString &body,
                const QStringList &skillKeys) {
        const qint64 id =
            insert(QStringLiteral("INSERT INTO evidence_notes (coding_id, at_ms, "
                                  "kind, body, created_at) VALUES (?, ?, ?, ?, ?) "
                                  "RETURNING id"),
                   {codingId, atMs, kind, body, QStringLiteral("2020-01-01T00:00:00.000Z")});
        for (const QString &skill : skillKeys) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral(
                "INSERT INTO evidence_note_skills (note_id, skill_key) VALUES (?, ?)"));
            query.addBindValue(id);
            query.addBindValue(skill);
            if (!query.exec())
                throw std::runtime_error(query.lastError().text().toStdString());
        }
        return id;
    }

    qint64 administration(qint64 familyId, const QString &respondent, const QString &instrument,
                          const QString &timepoint, const QString &date, const QList<int> &items) {
        const qint64 id = insert(
            QStringLiteral("INSERT INTO instrument_administrations (family_id, respondent, "
                           "instrument_id, instrument_version, timepoint, administered_on, "
                           "mode, created_at) VALUES (?, ?, ?, 1, ?, ?, 'paper', ?) RETURNING id"),
            {familyId, respondent, instrument, timepoint, date,
             QStringLiteral("2020-01-01T00:00:00.000Z")});
        for (qsizetype i = 0; i < items.size(); ++i) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("INSERT INTO instrument_item_responses "
                                         "(administration_id, item, value) VALUES (?, ?, ?)"));
            query.addBindValue(id);
            query.addBindValue(int(i + 1));
            query.addBindValue(items.at(i));
            if (!query.exec())
                throw std::runtime_error(query.lastError().text().toStdString());
        }
        return id;
    }

    qint64 coder() const { return m_coder; }

private:
    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery query(m_database.connection());
        if (!query.prepare(sql))
            throw std::runtime_error(query.lastError().text().toStdString());
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            throw std::runtime_error(query.lastError().text().toStdString());
        return query.value(0).toLongLong();
    }

    Database &m_database;
    qint64 m_service = 0;
    qint64 m_coder = 0;
    int m_recordings = 0;
};
