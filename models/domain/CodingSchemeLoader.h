#pragma once

#include "CodingScheme.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads and validates a coding scheme file, naming the offending field on error so that an
// organisation loading its own handbook can see exactly what to fix.
class CodingSchemeLoader {
public:
    // Returns the scheme, or nullopt with *error set to e.g. "skills[2].levels.4: is missing".
    static std::optional<CodingScheme> fromJson(const QByteArray &json, QString *error);
    static std::optional<CodingScheme> fromFile(const QString &path, QString *error);
    // The scheme shipped with the application (coding scheme v1, MSW).
    static CodingScheme builtIn();
    static QString builtInPath();
};
