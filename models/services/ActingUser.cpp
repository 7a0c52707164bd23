#include "ActingUser.h"

#include "storage/UserRepository.h"

qint64 ActingUser::idOf(Database &database, const QString &username) {
    return UserRepository(database).findOrCreate(username);
}
