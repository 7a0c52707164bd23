#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

// The people who use PracticeCoder (evaluators, coaches, managers), known by user name. Codings
// record their coder as a user; an unknown coder in an import becomes a new evaluator.
class UserRepository {
public:
    struct User {
        qint64 id = 0;
        QString username;
        QString displayName;
        QString role;
        bool active = true;
    };

    explicit UserRepository(Database &database);

    // Every user, by display name.
    QList<User> all() const;
    std::optional<User> findUser(const QString &username) const;

    std::optional<qint64> find(const QString &username) const;
    // Returns the user's id, adding them (with the given role) when the name is new. Safe alone,
    // inside a caller's transaction, and while another connection adds the same name.
    // A new user is shown by displayName, or by the user name when it is empty.
    qint64 findOrCreate(const QString &username, const QString &role = QStringLiteral("evaluator"),
                        const QString &displayName = QString());
    // The user name for an id, or an empty string when there is no such user.
    QString username(qint64 userId) const;

private:
    Database &m_database;
};
