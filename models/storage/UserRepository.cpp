#include "UserRepository.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StorageError.h"

UserRepository::UserRepository(Database &database)
    : m_database(database) {}

std::optional<qint64> UserRepository::find(const QString &username) const {
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
    query.addBindValue(username.trimmed());
    Database::exec(query, QStringLiteral("Could not look up a user"));
    if (!Database::next(query))
        return std::nullopt;
    return query.value(0).toLongLong();
}

namespace {

UserRepository::User userFrom(const QSqlQuery &query) {
    UserRepository::User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = query.value(3).toString();
    user.active = query.value(4).toInt() != 0;
    return user;
}

} // namespace

QList<UserRepository::User> UserRepository::all() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, username, display_name, role, active FROM users ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("display_name")) + QStringLiteral(", ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("username")));
    Database::exec(query, QStringLiteral("Could not read the users"));
    QList<User> users;
    while (Database::next(query))
        users.append(userFrom(query));
    return users;
}

std::optional<UserRepository::User> UserRepository::findUser(const QString &username) const {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT id, username, display_name, role, active FROM users WHERE username = ?"));
    query.addBindValue(username.trimmed());
    Database::exec(query, QStringLiteral("Could not look up a user"));
    if (!Database::next(query))
        return std::nullopt;
    return userFrom(query);
}

qint64 UserRepository::findOrCreate(const QString &username, const QString &role,
                                    const QString &displayName) {
    const QString name = username.trimmed();
    if (name.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, QStringLiteral("A user name is needed."));
    if (const auto existing = find(name))
        return *existing;
    // Another writer may add the same name between the look-up and the insert; then the insert
    // does nothing and the look-up below finds their row.
    QSqlQuery insert = m_database.prepare(m_database.dialect().insertOrIgnore(
        QStringLiteral("users"),
        {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role")},
        {QStringLiteral("username")}));
    insert.addBindValue(name);
    insert.addBindValue(displayName.trimmed().isEmpty() ? name : displayName.trimmed());
    insert.addBindValue(role);
    Database::exec(insert, QStringLiteral("Could not add the user %1").arg(name));
    if (const auto added = find(name))
        return *added;
    throw StorageError(StorageError::Kind::Query,
                       QStringLiteral("Could not add the user %1.").arg(name));
}

QString UserRepository::username(qint64 userId) const {
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
    query.addBindValue(userId);
    Database::exec(query, QStringLiteral("Could not look up a user"));
    return query.next() ? query.value(0).toString() : QString();
}
