#include "DisclosureRule.h"

void SourceTally::add(qint64 teamId, const QDate &day, qint64 personId) {
    ++m_count;
    m_people.insert(personId);
    Cell &cell = m_cells[{teamId, quarterIndex(day)}];
    ++cell.count;
    cell.people.insert(personId);
}

QString SourceTally::quarterKey(int index) {
    return QStringLiteral("%1-Q%2").arg(index / 4).arg(index % 4 + 1);
}

DisclosureRule::DisclosureRule(int threshold, bool managerReport, const QDate &today)
    : m_threshold(threshold)
    , m_managerReport(managerReport)
    , m_lastEndedQuarter(SourceTally::quarterIndex(today) - 1) {}

QString DisclosureRule::withheldReason(const SourceTally &tally, Unit unit) const {
    const int t = m_threshold;
    if (tally.count() < t) {
        switch (unit) {
        case Unit::Sessions:
            return tr("fewer than %1 coded sessions").arg(t);
        case Unit::Families:
            return tr("fewer than %1 forms").arg(t);
        }
    }
    // In a coaching report every session is the same practitioner's, so only the count of
    // families (for family measures) protects anyone else.
    const bool countPeople = m_managerReport || unit == Unit::Families;
    if (countPeople && tally.people() < t) {
        return unit == Unit::Families ? tr("fewer than %1 families").arg(t)
                                      : tr("fewer than %1 practitioners").arg(t);
    }
    if (!m_managerReport)
        return {};
    for (const auto &[key, cell] : tally.cells()) {
        const int quarter = key.second;
        if (quarter > m_lastEndedQuarter)
            return tr("%1 has not ended, so its figures are still changing")
                .arg(SourceTally::quarterKey(quarter));
        if (cell.count < t || cell.people.size() < t) {
            return unit == Unit::Families
                       ? tr("a team's quarter in this report has fewer than %1 families").arg(t)
                       : tr("a team's quarter in this report has fewer than %1 coded sessions or "
                            "practitioners")
                             .arg(t);
        }
    }
    return {};
}
