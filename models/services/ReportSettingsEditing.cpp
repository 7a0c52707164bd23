#include "ReportSettingsEditing.h"

#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

ReportSettingsEditing::ReportSettingsEditing(Database &database)
    : m_database(database) {}

ReportSettingsEditing::Opened ReportSettingsEditing::open() const {
    OrganisationSettingsRepository repository(m_database);
    Opened opened;
    try {
        // Opening the screen counts as a first read: a stricter threshold this machine used to
        // keep is carried over before it is shown.
        const Settings machine;
        try {
            repository.reportSettingsCarryingOver(machine.legacySuppressionThreshold(),
                                                  machine.coderUsername());
        } catch (const StorageError &) {
            // A stored value that cannot be read is reported below, where it can be replaced.
        }
        opened.settings = repository.reportSettingsForEditing(&opened.versions, &opened.problems);
        const QList<AuditLog::Entry> history = repository.history();
        opened.historyRead = true;
        if (!history.isEmpty())
            opened.lastChange = history.first();
    } catch (const StorageError &error) {
        opened.problems.append(error.message());
    }
    return opened;
}

void ReportSettingsEditing::save(const ReportSettings &settings, const Versions &expected) const {
    OrganisationSettingsRepository(m_database)
        .saveReportSettingsWithFollowUp(settings, Settings().coderUsername(), expected);
}
