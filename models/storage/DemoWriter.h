#pragma once

#include "ScopedTransaction.h"
#include "domain/Recording.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>

#include <initializer_list>

class Database;

// Writes a planned demo data set (models/demo) row by row, as the bulk writer it needs: each
// statement is prepared once and re-bound for every row, all inside one transaction that rolls
// back unless commit() is called, so a failed demo leaves the database empty. The rows are
// given with the ids this writer returned, never with the plan's own indexes.
class DemoWriter {
public:
    struct CodingRow {
        qint64 recordingId = 0;
        qint64 coderId = 0;
        QString schemeId;
        int schemeVersion = 0;
        QString role;
        bool final = true;
        qint64 windowStartMs = 0;
        qint64 windowEndMs = 0;
        QDateTime createdAt, updatedAt, finalisedAt;
        qint64 activeMs = 0;
        QString comment;
        QDate feedbackGivenOn;
    };

    struct AdministrationRow {
        qint64 familyId = 0;
        QString respondent;
        QString instrument;
        QString timepoint;
        QDate administeredOn;
        QString mode;
        qint64 recordingId = 0; // 0: not given at a recorded session
        QDateTime createdAt;
    };

    // Begins the transaction. Throws StorageError.
    explicit DemoWriter(Database &database);

    // True when the database holds no practice data yet (only the schema's own rows).
    static bool isEmpty(const Database &database);

    // Each returns the new row's id; all throw StorageError.
    qint64 addService(const QString &name);
    qint64 addTeam(qint64 serviceId, const QString &name, const QString &kind);
    qint64 addUser(const QString &username, const QString &displayName, const QString &role);
    qint64 addPractitioner(const QString &code, const QString &displayName, const QString &role,
                           const QString &employment, const QDate &leftOn);
    void addMembership(qint64 practitionerId, qint64 teamId, const QDate &from, const QDate &to);
    void addTraining(qint64 practitionerId, const QString &programme, const QString &cohort,
                     const QDate &startedOn, const QDate &completedOn);
    void addCoachAssignment(qint64 practitionerId, qint64 coachId, const QDate &assignedOn);
    qint64 addFamily(const QString &caseCode, const QString &caseType);
    // The recording as the domain holds it (its id and version are ignored), and when it was
    // added, which the domain type does not carry.
    qint64 addRecording(const Recording &recording, const QDateTime &createdAt);
    qint64 addCoding(const CodingRow &row);
    // A score of 0 is stored as not codable, with the reason.
    void addScore(qint64 codingId, const QString &skill, int score,
                  const QString &notCodableReason);
    qint64 addNote(qint64 codingId, qint64 atMs, const QString &kind, const QString &body,
                   const QDateTime &createdAt);
    void addNoteSkill(qint64 noteId, const QString &skill);
    qint64 addAdministration(const AdministrationRow &row);
    void addItemResponse(qint64 administrationId, int item, int value);

    // Throws StorageError when the commit fails.
    void commit();

private:
    QSqlQuery prepare(const char *sql) const;
    // Binds the values in order and runs the statement; returns the new id for RETURNING.
    static qint64 insert(QSqlQuery &query, std::initializer_list<QVariant> values,
                         bool returnsId = true);

    const Database &m_database;
    ScopedTransaction m_transaction;
    QSqlQuery m_service, m_team, m_user, m_practitioner, m_membership, m_training, m_family,
        m_recording, m_coding, m_score, m_note, m_noteSkill, m_administration, m_item,
        m_coachAssignment;
};
