#include "MeasureEntry.h"

#include "storage/FamilyRepository.h"

MeasureEntry::MeasureEntry(Database &database, InstrumentCatalogue catalogue)
    : m_database(database)
    , m_measures(database, std::move(catalogue)) {}

QStringList MeasureEntry::familyCaseCodes() const {
    return FamilyRepository(m_database).caseCodes();
}

std::optional<QList<MeasureEntry::RecordingChoice>>
MeasureEntry::recordingsForFamily(const QString &caseCode) const {
    const auto family = FamilyRepository(m_database).findByCaseCode(caseCode);
    if (!family)
        return std::nullopt;
    return m_measures.recordingsForFamily(family->id);
}

qint64 MeasureEntry::add(const InstrumentResponse &response) {
    return m_measures.add(response);
}

void MeasureEntry::update(const InstrumentResponse &response) {
    m_measures.update(response);
}

void MeasureEntry::remove(qint64 administrationId) {
    m_measures.remove(administrationId);
}
