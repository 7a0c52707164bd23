#pragma once

#include <QString>

// A family, known only by a pseudonymous case code: never by name.
struct Family {
    qint64 id = 0;
    QString caseCode;
    QString caseType; // a key from ValueSets::caseTypes()
    int version = 1;
};
