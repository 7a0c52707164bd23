#include "CoachAssignmentRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "ScopedTransaction.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "UserRepository.h"

#include <QSqlQuery>

namespace {

const QString auditEntity = QStringLiteral("coach_assignments");

} // namespace

CoachAssignmentRepository::CoachAssignmentRepository(Database &database)
    : m_database(database) {}

qint64 CoachAssignmentRepository::practitionerIdOf(const QString &code) const {
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT id FROM practitioners WHERE code = ?"));
    query.addBindValue(code.trimmed());
    Database::exec(query, tr("Could not look up the practitioner"));
    if (!Database::next(query))
        throw StorageError(StorageError::Kind::NotFound,
                           tr("There is no practitioner with the code %1.").arg(code.trimmed()));
    return query.value(0).toLongLong();
}

QString CoachAssignmentRepository::assign(const QString &coachUsername,
                                          const QString &practitionerCode, const QDate &on,
                                          qint64 byUserId) {
    ScopedTransaction transaction(m_database.connection());
    const auto coach = UserRepository(m_database).findUser(coachUsername);
    if (!coach)
        throw StorageError(StorageError::Kind::NotFound,
                           tr("There is no user called %1.").arg(coachUsername.trimmed()));
    if (!coach->active)
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("%1 no longer has access, so cannot coach anyone.").arg(coach->displayName));
    const qint64 practitionerId = practitionerIdOf(practitionerCode);
    QSqlQuery before = m_database.prepare(
        QStringLiteral("SELECT u.username FROM coach_assignments a JOIN users u ON u.id = "
                       "a.coach_id WHERE a.practitioner_id = ?"));
    before.addBindValue(practitionerId);
    Database::exec(before, tr("Could not read the practitioner's coach"));
    const QString previous = Database::next(before) ? before.value(0).toString() : QString();

    QSqlQuery upsert = m_database.prepare(QStringLiteral(
        "INSERT INTO coach_assignments (practitioner_id, coach_id, assigned_on) VALUES (?, ?, ?) "
        "ON CONFLICT (practitioner_id) DO UPDATE SET coach_id = excluded.coach_id, assigned_on = "
        "excluded.assigned_on, version = coach_assignments.version + 1"));
    upsert.addBindValue(practitionerId);
    upsert.addBindValue(coach->id);
    upsert.addBindValue(on.toString(Qt::ISODate));
    Database::exec(upsert, tr("Could not assign the coach"));
    AuditLog(m_database)
        .append(byUserId, QStringLiteral("assign_coach"), auditEntity, practitionerId,
                previous.isEmpty() ? coach->username
                                   : QStringLiteral("%1 (was %2)").arg(coach->username, previous));
    transaction.commit();
    return previous;
}

bool CoachAssignmentRepository::unassign(const QString &coachUsername,
                                         const QString &practitionerCode, qint64 byUserId) {
    ScopedTransaction transaction(m_database.connection());
    const qint64 practitionerId = practitionerIdOf(practitionerCode);
    QSqlQuery remove = m_database.prepare(
        QStringLiteral("DELETE FROM coach_assignments WHERE practitioner_id = ? AND coach_id = "
                       "(SELECT id FROM users WHERE username = ?)"));
    remove.addBindValue(practitionerId);
    remove.addBindValue(coachUsername.trimmed());
    Database::exec(remove, tr("Could not end the coaching"));
    if (remove.numRowsAffected() != 1)
        return false;
    AuditLog(m_database)
        .append(byUserId, QStringLiteral("unassign_coach"), auditEntity, practitionerId,
                coachUsername.trimmed());
    transaction.commit();
    return true;
}

QList<CoachAssignmentRepository::Assignment> CoachAssignmentRepository::all() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT p.id, p.code, p.display_name, u.id, u.username, u.display_name, "
                       "a.assigned_on FROM coach_assignments a JOIN practitioners p ON p.id = "
                       "a.practitioner_id JOIN users u ON u.id = a.coach_id ORDER BY %1, %2")
            .arg(m_database.dialect().bytewiseOrder(QStringLiteral("u.username")),
                 m_database.dialect().bytewiseOrder(QStringLiteral("p.code"))));
    query.setForwardOnly(true);
    Database::exec(query, tr("Could not list who coaches whom"));
    QList<Assignment> result;
    while (Database::next(query))
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong(),
                       query.value(4).toString(), query.value(5).toString(),
                       SqlValues::dayOf(query.value(6))});
    return result;
}
