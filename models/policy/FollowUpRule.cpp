#include "FollowUpRule.h"

#include "ReportSettings.h"
#include "instruments/InstrumentCatalogue.h"

#include <algorithm>

FollowUpRule::FollowUpRule(const InstrumentCatalogue &catalogue,
                           std::optional<int> organisationWeeks) {
    ReportSettings settings;
    settings.followUpWeeks = organisationWeeks;
    for (const InstrumentDefinition &definition : catalogue.definitions()) {
        if (const auto weeks = settings.followUpWeeksFor(definition))
            m_weeks.insert(definition.id, *weeks);
    }
}

QStringList FollowUpRule::repeatedInstruments() const {
    QStringList ids = m_weeks.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<int> FollowUpRule::weeksFor(const QString &instrumentId) const {
    const auto found = m_weeks.constFind(instrumentId);
    return found == m_weeks.constEnd() ? std::nullopt : std::optional<int>(*found);
}

QDate FollowUpRule::dueDate(const QString &instrumentId, const QDate &t1) const {
    const std::optional<int> weeks = weeksFor(instrumentId);
    // Date arithmetic stays out of SQL so the query is the same on SQLite and PostgreSQL.
    return weeks ? t1.addDays(7 * qint64(*weeks)) : QDate();
}
