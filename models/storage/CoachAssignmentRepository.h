#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// Who coaches each practitioner (coach_assignments): one coach at a time. Coaching feedback is
// private to the practitioner and their coach, so lists of feedback due name the coach, and the
// service database's roles (issue 16) will give a coach the final codings of the practitioners
// assigned to them. Every change is audited in the same transaction.
class CoachAssignmentRepository {
    Q_DECLARE_TR_FUNCTIONS(CoachAssignmentRepository)

public:
    struct Assignment {
        qint64 practitionerId = 0;
        QString practitionerCode;
        QString practitionerName;
        qint64 coachId = 0;
        QString coachUsername;
        QString coachName;
        QDate assignedOn;
    };

    explicit CoachAssignmentRepository(Database &database);

    // Makes the user `coachUsername` the coach of the practitioner with `practitionerCode` from
    // `on`, replacing any coach they had; audited as done by `byUserId` (0 when unknown).
    // Returns the coach they had before (empty when none). Throws StorageError: NotFound when
    // there is no such practitioner or user, Invalid when the user is no longer active.
    QString assign(const QString &coachUsername, const QString &practitionerCode, const QDate &on,
                   qint64 byUserId);
    // Ends `coachUsername`'s coaching of the practitioner. False when they were not the coach
    // (nothing changes). Throws StorageError.
    bool unassign(const QString &coachUsername, const QString &practitionerCode, qint64 byUserId);
    // Every assignment, by coach then practitioner code.
    QList<Assignment> all() const;

private:
    qint64 practitionerIdOf(const QString &code) const;

    Database &m_database;
};
