#pragma once

#include <QList>
#include <QString>

class Database;

// Drafts for the person opening the demo, so that they can try carrying on a coding of their
// own rather than someone else's: a draft on a demo recording they have not coded (a second
// coding where a colleague holds the primary, otherwise the primary), with its first skill
// scored and one evidence note, as a coder leaves it after a first listen.
class DemoDrafts {
public:
    // Starts up to `count` drafts by `username` (added as an evaluator when new), less any
    // drafts they have already, on recordings that may be coded (consent) and that they have not
    // coded, those with audio first, then in code order. The same database gives the same
    // drafts. Returns the new codings' ids. Throws StorageError.
    static QList<qint64> giveTo(Database &database, const QString &username, int count = 2);
};
