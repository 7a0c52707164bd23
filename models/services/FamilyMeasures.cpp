#include "FamilyMeasures.h"

#include "storage/FamilyRepository.h"
#include "storage/MeasuresRepository.h"

FamilyMeasures::FamilyMeasures(Database &database, InstrumentCatalogue catalogue)
    : m_database(database)
    , m_catalogue(std::move(catalogue)) {}

QStringList FamilyMeasures::familiesWithMeasures() const {
    return MeasuresRepository(m_database, m_catalogue).familiesWithMeasures();
}

std::optional<QList<InstrumentResponse>> FamilyMeasures::forFamily(const QString &caseCode) const {
    const auto family = FamilyRepository(m_database).findByCaseCode(caseCode);
    if (!family)
        return std::nullopt;
    return MeasuresRepository(m_database, m_catalogue).listForFamily(family->id);
}
