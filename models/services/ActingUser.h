#pragma once

#include <QList>
#include <QString>

class Database;

// The person using this copy of PracticeCoder, as codings and the audit log name them. In the
// window they say who they are, once per database on each machine: one of the database's users,
// or a new one (the login name is only the suggestion). The command line acts as the configured
// name, or the login name, as it always has. Services take the acting user's id, so that a later
// permission check has one place to ask who is acting.
class ActingUser {
public:
    struct Person {
        QString username;
        QString displayName;
    };

    // The id of `username`, added as an evaluator when new. Throws StorageError.
    static qint64 idOf(Database &database, const QString &username);

    // The people someone may say they are: the database's active users, by name. Throws
    // StorageError.
    static QList<Person> people(Database &database);
    // The login name ($USER), offered as the suggestion; empty when there is none.
    static QString loginName();
    // The name this program signed in with to `database`: the login on a service database (the
    // server checked it), else loginName().
    static QString loginNameFor(const Database &database);
    // Who the user said they are in this database, on this machine, when that person is still
    // in it; empty when the window must ask. Throws StorageError.
    static QString remembered(Database &database);
    // From now on this program acts as `username` (added as an evaluator shown as `displayName`
    // when new), and this machine remembers the choice for this database. Returns the person as
    // stored. Throws StorageError, Invalid for an empty name.
    static Person choose(Database &database, const QString &username,
                         const QString &displayName = QString());
    // The person this program acts as now, with the name the database shows for them (their user
    // name when they are not in it yet). Throws StorageError.
    static Person current(Database &database);
};
