#include "ActingUser.h"

#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QCryptographicHash>

namespace {

// A database is remembered by a digest of where it is: a path or URL holds characters QSettings
// would read as groups, and the key says nothing about whose files these are.
QString databaseKey(const Database &database) {
    const QString where = database.spec() ? database.spec()->displayName() : database.path();
    return QString::fromLatin1(
        QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

qint64 ActingUser::idOf(Database &database, const QString &username) {
    return UserRepository(database).findOrCreate(username);
}

QList<ActingUser::Person> ActingUser::people(Database &database) {
    QList<Person> people;
    for (const UserRepository::User &user : UserRepository(database).all()) {
        if (user.active)
            people.append({user.username, user.displayName});
    }
    return people;
}

QString ActingUser::loginName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.trimmed();
}

QString ActingUser::loginNameFor(const Database &database) {
    const auto spec = database.spec();
    if (spec && spec->isPostgres() && !spec->userName().isEmpty())
        return spec->userName();
    return loginName();
}

QString ActingUser::remembered(Database &database) {
    const QString username = Settings().identityFor(databaseKey(database));
    if (username.isEmpty() || !UserRepository(database).find(username))
        return {};
    return username;
}

ActingUser::Person ActingUser::choose(Database &database, const QString &username,
                                      const QString &displayName) {
    UserRepository users(database);
    users.findOrCreate(username, QStringLiteral("evaluator"), displayName);
    const auto user = users.findUser(username);
    const Person person{user->username, user->displayName};
    Settings settings;
    settings.setIdentityFor(databaseKey(database), person.username);
    settings.sync();
    Settings::setSessionCoderUsername(person.username);
    return person;
}

ActingUser::Person ActingUser::current(Database &database) {
    const QString username = Settings().coderUsername();
    const auto user = UserRepository(database).findUser(username);
    return user ? Person{user->username, user->displayName} : Person{username, username};
}
