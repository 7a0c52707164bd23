#pragma once

#include "AuditLog.h"
#include "policy/ReportSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Reads and writes the organisation's report settings (organisation_settings): the small-number
// suppression threshold under "reports/suppressionThreshold" (a whole number as text) and the
// reference points under "reports/referencePoints" (one "value | label | source" line each, as
// ReferencePoint::parse reads), and the follow-up interval under "reports/followUpWeeks". A key
// that is not stored gives its default. A stored value that cannot be read is an error, never a
// quiet default: the threshold is a privacy control, and a report must not go out under a rule
// nobody chose. Every save is audited.
class OrganisationSettingsRepository {
    Q_DECLARE_TR_FUNCTIONS(OrganisationSettingsRepository)

public:
    static QString thresholdKey() { return QStringLiteral("reports/suppressionThreshold"); }
    static QString referencePointsKey() { return QStringLiteral("reports/referencePoints"); }
    // Weeks from T1 to T2 for repeated instruments; not stored means each instrument's own.
    static QString followUpWeeksKey() { return QStringLiteral("reports/followUpWeeks"); }
    // Where the organisation keeps its audio: a UNC or mount path (\\council\share\recordings,
    // /mnt/recordings). Not stored means none: audio paths resolve beside the database.
    static QString recordingsRootKey() { return QStringLiteral("audio/recordingsRoot"); }
    // Audit entries of report setting changes carry this entity.
    static QString auditEntity() { return QStringLiteral("organisation_settings"); }

    // Each stored row's version (0 when the key is not stored), read when an edit starts and
    // checked when it is saved, so two managers cannot silently overwrite each other.
    struct Versions {
        int suppressionThreshold = 0;
        int referencePoints = 0;
        int followUpWeeks = 0;
        friend bool operator==(const Versions &, const Versions &) = default;
    };

    explicit OrganisationSettingsRepository(Database &database);

    // The settings every report uses. Throws StorageError (Invalid) naming the setting when a
    // stored value cannot be read or is outside what is allowed.
    ReportSettings reportSettings() const;
    // For the settings screen: a stored value that cannot be read falls back to its default and
    // is described in *problems instead of throwing, so the manager can see it and replace it.
    ReportSettings reportSettingsForEditing(Versions *versions, QStringList *problems) const;
    Versions versions() const;

    // Saves each setting that is not stored or differs from what is stored, with one audit_log
    // row saying who changed what, all in one transaction. Returns false when nothing needed
    // writing. Throws StorageError: Invalid when the settings do not validate (nothing is
    // written), Conflict when expected is given and someone saved since it was read.
    bool saveReportSettings(const ReportSettings &settings, const QString &username,
                            std::optional<Versions> expected = std::nullopt);
    // The same, and the follow-up interval too (settings.followUpWeeks; unset goes back to each
    // instrument's own), all in one transaction with one audit row: what the Report settings
    // screen saves.
    bool saveReportSettingsWithFollowUp(const ReportSettings &settings, const QString &username,
                                        std::optional<Versions> expected = std::nullopt);

    // The settings for a report made on this machine. Before report settings lived in the
    // database each machine kept its own threshold; when the database has none yet and this
    // machine's old threshold (legacyThreshold) is a stricter valid one, it is saved to the
    // database (audited as carried over) so nobody's stricter threshold drops to the default.
    ReportSettings reportSettingsCarryingOver(std::optional<int> legacyThreshold,
                                              const QString &username);

    // Saves the organisation's follow-up interval (audited); nullopt goes back to each
    // instrument's own. Throws StorageError (Invalid) for weeks outside 1 to 104.
    void saveFollowUpWeeks(std::optional<int> weeks, const QString &username);
    // Before the interval lived in the database each machine kept its own. When the database
    // has none yet, this machine's old valid interval is saved (audited as carried over).
    void carryOverFollowUpWeeks(std::optional<int> legacyWeeks, const QString &username);

    // The organisation's recordings folder; empty when none is stored.
    QString recordingsRoot() const;
    // Stores it (audited); an empty root removes it. Returns false when it was already so.
    bool saveRecordingsRoot(const QString &root, const QString &username);

    // The audit entries of report setting changes, newest first.
    QList<AuditLog::Entry> history() const;

private:
    struct Row {
        QString value;
        int version = 0;
    };
    std::optional<Row> row(const QString &key) const;
    // A follow-up interval to save: nullopt inside means each instrument's own.
    using FollowUpChange = std::optional<std::optional<int>>;
    // Writes the given settings (any may be absent: left as stored) with one audit row.
    bool save(std::optional<int> threshold, const std::optional<QList<ReferencePoint>> &points,
              const FollowUpChange &followUpWeeks, const QString &username, const QString &action,
              const std::optional<Versions> &expected);
    void write(const QString &key, const QString &value, const std::optional<Row> &current);
    // Writes or removes the stored interval; returns the audit text, empty when unchanged.
    QString writeFollowUpWeeks(std::optional<int> weeks, const std::optional<Row> &stored);
    qint64 userId(const QString &username) const;

    Database &m_database;
};
