#pragma once

#include "policy/ReportSettings.h"
#include "storage/AuditLog.h"
#include "storage/OrganisationSettingsRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// A manager changing the organisation's report settings: the threshold, the reference points
// and the follow-up interval. Opening them reads what every report uses (carrying over a
// stricter threshold this machine kept); saving checks that nobody saved in between.
class ReportSettingsEditing {
public:
    using Versions = OrganisationSettingsRepository::Versions;

    struct Opened {
        ReportSettings settings;
        Versions versions;
        // Stored values that could not be read (their defaults are shown), or why nothing could
        // be read at all.
        QStringList problems;
        // The newest change, when historyRead and anybody has changed them.
        std::optional<AuditLog::Entry> lastChange;
        bool historyRead = false;
    };

    explicit ReportSettingsEditing(Database &database);

    // Never throws: what cannot be read is described in Opened::problems.
    Opened open() const;
    // Saves the settings, with the follow-up interval, as the user who is signed in. Throws
    // StorageError: Invalid when they do not validate, Conflict when someone saved since
    // `expected` was read.
    void save(const ReportSettings &settings, const Versions &expected) const;

private:
    Database &m_database;
};
