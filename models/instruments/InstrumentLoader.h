#pragma once

#include "InstrumentDefinition.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads and validates one instrument definition (resources/instruments/*.json), naming the bad
// field on error (e.g. "subscales[1].items[2]: names item 16, but there are 15 items"), so an
// organisation adding its own questionnaire sees exactly what to fix.
class InstrumentLoader {
public:
    static std::optional<InstrumentDefinition> fromJson(const QByteArray &json, QString *error);
    // Reads a file or a Qt resource path (":/instruments/score-15.json").
    static std::optional<InstrumentDefinition> fromFile(const QString &path, QString *error);
};
