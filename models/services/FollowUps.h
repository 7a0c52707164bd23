#pragma once

#include "instruments/InstrumentCatalogue.h"
#include "storage/MeasuresRepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The T2 follow-ups a family still owes, as FollowUpRule defines them (the Practice Report counts
// the same ones), worked out with the organisation's follow-up interval.
class FollowUps {
public:
    explicit FollowUps(Database &database,
                       InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn());

    struct List {
        // The organisation's interval in weeks; nullopt when each questionnaire's own applies.
        std::optional<int> intervalWeeks;
        // Ordered by due date, each with the family's worker (FollowUp::practitionerName).
        QList<FollowUp> followUps;
    };
    // Throws StorageError.
    List owedOn(const QDate &today) const;

    // The interval used to be kept on each machine: hands this machine's `legacyWeeks` to the
    // organisation, as `username`, unless it already has one. Throws StorageError.
    void carryOverInterval(std::optional<int> legacyWeeks, const QString &username);

private:
    Database &m_database;
    InstrumentCatalogue m_catalogue;
};
