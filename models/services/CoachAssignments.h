#pragma once

#include "storage/CoachAssignmentRepository.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// Who coaches whom, for the command line (`practicecoder users assign-coach`) and the screens:
// one coach per practitioner at a time, each change audited under the person making it.
class CoachAssignments {
public:
    using Assignment = CoachAssignmentRepository::Assignment;

    explicit CoachAssignments(Database &database);

    // Returns the user name of the coach the practitioner had before (empty when none). Throws
    // StorageError naming what is wrong (no such practitioner or user, a user who has left).
    QString assign(const QString &coachUsername, const QString &practitionerCode, const QDate &on,
                   const QString &byUsername);
    // False when that user was not the practitioner's coach. Throws StorageError.
    bool unassign(const QString &coachUsername, const QString &practitionerCode,
                  const QString &byUsername);
    QList<Assignment> all() const;

private:
    qint64 userIdOf(const QString &username) const;

    Database &m_database;
};
