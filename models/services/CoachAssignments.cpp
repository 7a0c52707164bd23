#include "CoachAssignments.h"

#include "storage/UserRepository.h"

CoachAssignments::CoachAssignments(Database &database)
    : m_database(database) {}

qint64 CoachAssignments::userIdOf(const QString &username) const {
    // The audit names the person when they are a user; someone not (yet) in the database, such
    // as an administrator setting up, is recorded as unknown rather than added as an evaluator.
    return UserRepository(m_database).find(username).value_or(0);
}

QString CoachAssignments::assign(const QString &coachUsername, const QString &practitionerCode,
                                 const QDate &on, const QString &byUsername) {
    return CoachAssignmentRepository(m_database)
        .assign(coachUsername, practitionerCode, on, userIdOf(byUsername));
}

bool CoachAssignments::unassign(const QString &coachUsername, const QString &practitionerCode,
                                const QString &byUsername) {
    return CoachAssignmentRepository(m_database)
        .unassign(coachUsername, practitionerCode, userIdOf(byUsername));
}

QList<CoachAssignments::Assignment> CoachAssignments::all() const {
    return CoachAssignmentRepository(m_database).all();
}
