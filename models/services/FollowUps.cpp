#include "FollowUps.h"

#include "policy/FollowUpRule.h"
#include "storage/OrganisationSettingsRepository.h"

FollowUps::FollowUps(Database &database, InstrumentCatalogue catalogue)
    : m_database(database)
    , m_catalogue(std::move(catalogue)) {}

FollowUps::List FollowUps::owedOn(const QDate &today) const {
    List list;
    list.intervalWeeks = OrganisationSettingsRepository(m_database).reportSettings().followUpWeeks;
    list.followUps = MeasuresRepository(m_database, m_catalogue)
                         .followUps(FollowUpRule(m_catalogue, list.intervalWeeks), today);
    return list;
}

void FollowUps::carryOverInterval(std::optional<int> legacyWeeks, const QString &username) {
    OrganisationSettingsRepository(m_database).carryOverFollowUpWeeks(legacyWeeks, username);
}
