#pragma once

#include <QString>

class Database;

// The person using this copy of PracticeCoder, as the audit log names them: their user id,
// created the first time they change something. Services take that id, so that a later
// permission check has one place to ask who is acting.
class ActingUser {
public:
    // The id of `username`, added as an evaluator when new. Throws StorageError.
    static qint64 idOf(Database &database, const QString &username);
};
