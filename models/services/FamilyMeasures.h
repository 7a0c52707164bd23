#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"

#include <QList>
#include <QStringList>

#include <optional>

class Database;

// A family's questionnaires over time, for the family timeline: which families have any, and
// every questionnaire one family's members answered.
class FamilyMeasures {
public:
    explicit FamilyMeasures(Database &database,
                            InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn());

    // Case codes of the families with at least one questionnaire, sorted. Throws StorageError.
    QStringList familiesWithMeasures() const;
    // Ordered by respondent, instrument, date and timepoint; nullopt when no family has that
    // case code. Throws StorageError.
    std::optional<QList<InstrumentResponse>> forFamily(const QString &caseCode) const;

private:
    Database &m_database;
    InstrumentCatalogue m_catalogue;
};
