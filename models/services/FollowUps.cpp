#include "FollowUps.h"

#include "policy/FollowUpRule.h"
#include "storage/OrganisationSettingsRepository.h"

FollowUps::FollowUps(Database &database, InstrumentCatalogue catalogue)
    : m_database(database)
    , m_catalogue(std::move(catalogue)) {}

FollowUps::List FollowUps::owedOn(const QDate &today) const {
    List list;
    list.intervalWeeks = OrganisationSettingsRepository(m_database).reportSettings().followUpWeeks;
    const MeasuresRepository measures(m_database, m_catalogue);
    list.followUps = measures.followUps(FollowUpRule(m_catalogue, list.intervalWeeks), today);
    const auto workers = measures.familyWorkers(today);
    for (FollowUp &followUp : list.followUps) {
        const auto worker = workers.constFind(followUp.familyId);
        if (worker == workers.cend())
            continue;
        followUp.practitionerName = worker->practitionerName;
        followUp.teamName = worker->teamName;
        followUp.practitionerHasLeft = worker->hasLeft;
    }
    return list;
}

void FollowUps::carryOverInterval(std::optional<int> legacyWeeks, const QString &username) {
    OrganisationSettingsRepository(m_database).carryOverFollowUpWeeks(legacyWeeks, username);
}
