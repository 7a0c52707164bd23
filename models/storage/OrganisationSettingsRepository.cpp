#include "OrganisationSettingsRepository.h"

#include "Database.h"
#include "ScopedTransaction.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "UserRepository.h"

#include <QSqlQuery>

namespace {

using Repo = OrganisationSettingsRepository;

// Returns an empty string and sets *number when text is a whole number that validate (one of
// ReportSettings' validators) allows; otherwise why not.
template <typename Number>
QString parseWholeNumber(const QString &text, QString (*validate)(int), Number *number) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return Repo::tr("\u201c%1\u201d is not a whole number.").arg(text);
    const QString error = validate(value);
    if (error.isEmpty())
        *number = value;
    return error;
}

QString parseThreshold(const QString &text, int *threshold) {
    return parseWholeNumber(text, &ReportSettings::validateThreshold, threshold);
}

// Returns an empty string and sets *points when text holds allowed reference points. An empty
// value means the organisation chose to show none (ReferencePoint::parse alone would read it as
// the defaults).
QString parsePoints(const QString &text, QList<ReferencePoint> *points) {
    if (text.trimmed().isEmpty()) {
        points->clear();
        return {};
    }
    QString error;
    const QList<ReferencePoint> parsed = ReferencePoint::parse(text, &error);
    if (!error.isEmpty())
        return error;
    error = ReportSettings::validatePoints(parsed);
    if (error.isEmpty())
        *points = parsed;
    return error;
}

QString formatPoints(const QList<ReferencePoint> &points) {
    QStringList lines;
    for (const ReferencePoint &point : points)
        lines.append(QString::number(point.value, 'g', 6) + QStringLiteral(" | ") + point.label +
                     QStringLiteral(" | ") + point.source);
    return lines.join(QLatin1Char('\n'));
}

// A short account of a list of points for the audit log.
QString describePoints(const QList<ReferencePoint> &points) {
    if (points.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (const ReferencePoint &point : points)
        parts.append(QString::number(point.value, 'g', 6) + QStringLiteral(" \"") + point.label +
                     QStringLiteral("\""));
    return parts.join(QStringLiteral(", "));
}

QString parseWeeks(const QString &text, std::optional<int> *weeks) {
    return parseWholeNumber(text, &ReportSettings::validateFollowUpWeeks, weeks);
}

StorageError badSetting(const QString &key, QString reason) {
    const QString name = key == Repo::thresholdKey()       ? Repo::tr("small-number threshold")
                         : key == Repo::followUpWeeksKey() ? Repo::tr("follow-up interval")
                                                           : Repo::tr("reference points");
    if (!reason.endsWith(QLatin1Char('.')))
        reason += QLatin1Char('.');
    return StorageError(
        StorageError::Kind::Invalid,
        Repo::tr("The organisation's %1 setting (%2) stored in the database cannot be used: %3 "
                 "No report is made until it is corrected in Report settings on the Reports "
                 "page.")
            .arg(name, key, reason));
}

// A save refused because the settings changed after the editor read them.
StorageError editConflict() {
    return StorageError(StorageError::Kind::Conflict,
                        Repo::tr("Someone else changed the report settings while you were "
                                 "editing them. Close this window and open it again to see "
                                 "their change."));
}

} // namespace

OrganisationSettingsRepository::OrganisationSettingsRepository(Database &database)
    : m_database(database) {}

std::optional<OrganisationSettingsRepository::Row>
OrganisationSettingsRepository::row(const QString &key) const {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT setting_value, version FROM organisation_settings WHERE setting_key = ?"));
    query.addBindValue(key);
    Database::exec(query, QStringLiteral("Could not read the organisation's settings"));
    if (!Database::next(query))
        return std::nullopt;
    return Row{query.value(0).toString(), query.value(1).toInt()};
}

ReportSettings OrganisationSettingsRepository::reportSettings() const {
    ReportSettings settings;
    if (const auto stored = row(thresholdKey())) {
        const QString error = parseThreshold(stored->value, &settings.suppressionThreshold);
        if (!error.isEmpty())
            throw badSetting(thresholdKey(), error);
    }
    if (const auto stored = row(referencePointsKey())) {
        const QString error = parsePoints(stored->value, &settings.referencePoints);
        if (!error.isEmpty())
            throw badSetting(referencePointsKey(), error);
    }
    if (const auto stored = row(followUpWeeksKey())) {
        const QString error = parseWeeks(stored->value, &settings.followUpWeeks);
        if (!error.isEmpty())
            throw badSetting(followUpWeeksKey(), error);
    }
    return settings;
}

ReportSettings
OrganisationSettingsRepository::reportSettingsForEditing(Versions *versions,
                                                         QStringList *problems) const {
    ReportSettings settings;
    Versions found;
    if (const auto stored = row(thresholdKey())) {
        found.suppressionThreshold = stored->version;
        const QString error = parseThreshold(stored->value, &settings.suppressionThreshold);
        if (!error.isEmpty() && problems)
            problems->append(
                tr("The stored small-number threshold cannot be used (%1); the default is shown.")
                    .arg(error));
    }
    if (const auto stored = row(referencePointsKey())) {
        found.referencePoints = stored->version;
        const QString error = parsePoints(stored->value, &settings.referencePoints);
        if (!error.isEmpty() && problems)
            problems->append(
                tr("The stored reference points cannot be used (%1); the published points are "
                   "shown.")
                    .arg(error));
    }
    if (const auto stored = row(followUpWeeksKey())) {
        found.followUpWeeks = stored->version;
        const QString error = parseWeeks(stored->value, &settings.followUpWeeks);
        if (!error.isEmpty() && problems)
            problems->append(tr("The stored follow-up interval cannot be used (%1); each "
                                "instrument's own is shown.")
                                 .arg(error));
    }
    if (versions)
        *versions = found;
    return settings;
}

OrganisationSettingsRepository::Versions OrganisationSettingsRepository::versions() const {
    Versions found;
    if (const auto stored = row(thresholdKey()))
        found.suppressionThreshold = stored->version;
    if (const auto stored = row(referencePointsKey()))
        found.referencePoints = stored->version;
    if (const auto stored = row(followUpWeeksKey()))
        found.followUpWeeks = stored->version;
    return found;
}

bool OrganisationSettingsRepository::saveReportSettings(const ReportSettings &settings,
                                                        const QString &username,
                                                        std::optional<Versions> expected) {
    const ReportSettings clean = settings.normalised();
    const QString error = clean.validate();
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, error);
    return save(clean.suppressionThreshold, clean.referencePoints, std::nullopt, username,
                QStringLiteral("change_report_settings"), expected);
}

bool OrganisationSettingsRepository::saveReportSettingsWithFollowUp(
    const ReportSettings &settings, const QString &username, std::optional<Versions> expected) {
    const ReportSettings clean = settings.normalised();
    const QString error = clean.validate();
    if (!error.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, error);
    return save(clean.suppressionThreshold, clean.referencePoints,
                FollowUpChange(clean.followUpWeeks), username,
                QStringLiteral("change_report_settings"), expected);
}

bool OrganisationSettingsRepository::save(std::optional<int> threshold,
                                          const std::optional<QList<ReferencePoint>> &points,
                                          const FollowUpChange &followUpWeeks,
                                          const QString &username, const QString &action,
                                          const std::optional<Versions> &expected) {
    ScopedTransaction transaction(m_database.connection());
    const std::optional<Row> storedThreshold = row(thresholdKey());
    const std::optional<Row> storedPoints = row(referencePointsKey());
    const std::optional<Row> storedWeeks = row(followUpWeeksKey());
    if (expected) {
        const Versions now{storedThreshold ? storedThreshold->version : 0,
                           storedPoints ? storedPoints->version : 0,
                           storedWeeks ? storedWeeks->version : 0};
        if (!(now == *expected))
            throw editConflict();
    }

    QStringList changes;
    if (threshold) {
        const QString value = QString::number(*threshold);
        if (!storedThreshold || storedThreshold->value != value) {
            write(thresholdKey(), value, storedThreshold);
            const QString before =
                storedThreshold
                    ? storedThreshold->value
                    : QStringLiteral("%1 (default)").arg(ReportSettings().suppressionThreshold);
            changes.append(QStringLiteral("suppression threshold %1 -> %2").arg(before, value));
        }
    }
    if (points) {
        const QString value = formatPoints(*points);
        if (!storedPoints || storedPoints->value != value) {
            write(referencePointsKey(), value, storedPoints);
            QString before = QStringLiteral("published defaults");
            if (storedPoints) {
                QList<ReferencePoint> old;
                before = parsePoints(storedPoints->value, &old).isEmpty()
                             ? describePoints(old)
                             : QStringLiteral("unreadable value");
            }
            changes.append(
                QStringLiteral("reference points %1 -> %2").arg(before, describePoints(*points)));
        }
    }
    if (followUpWeeks) {
        const QString change = writeFollowUpWeeks(*followUpWeeks, storedWeeks);
        if (!change.isEmpty())
            changes.append(change);
    }
    if (changes.isEmpty())
        return false;
    const QString who = username.trimmed();
    if (!who.isEmpty())
        changes.append(QStringLiteral("by %1").arg(who));
    AuditLog(m_database)
        .append(userId(who), action, auditEntity(), 0, changes.join(QStringLiteral("; ")));
    transaction.commit();
    return true;
}

void OrganisationSettingsRepository::write(const QString &key, const QString &value,
                                           const std::optional<Row> &current) {
    if (current) {
        // The version guard catches a save that slipped in between reading and writing.
        QSqlQuery update = m_database.prepare(
            QStringLiteral("UPDATE organisation_settings SET setting_value = ?, updated_at = ?, "
                           "version = version + 1 WHERE setting_key = ? AND version = ?"));
        update.addBindValue(SqlValues::text(value));
        update.addBindValue(SqlValues::nowUtc());
        update.addBindValue(key);
        update.addBindValue(current->version);
        Database::exec(update, QStringLiteral("Could not save the setting %1").arg(key));
        if (update.numRowsAffected() != 1)
            throw StorageError(StorageError::Kind::Conflict,
                               tr("Someone else changed the report settings at the same time. "
                                  "Nothing was saved; please try again."));
        return;
    }
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO organisation_settings (setting_key, setting_value, updated_at, "
                       "version) VALUES (?, ?, ?, 1)"));
    insert.addBindValue(key);
    insert.addBindValue(SqlValues::text(value));
    insert.addBindValue(SqlValues::nowUtc());
    Database::exec(insert, QStringLiteral("Could not save the setting %1").arg(key));
}

ReportSettings
OrganisationSettingsRepository::reportSettingsCarryingOver(std::optional<int> legacyThreshold,
                                                           const QString &username) {
    // The old per-machine setting was clamped to at most 50 when it was read, so a larger
    // stored number meant 50; below the floor it never protected anyone more than the default.
    const std::optional<int> carried =
        legacyThreshold && *legacyThreshold >= ReportSettings::minimumThreshold
            ? std::optional<int>(std::min(*legacyThreshold, ReportSettings::maximumThreshold))
            : std::nullopt;
    if (carried && !row(thresholdKey())) {
        try {
            const Versions now = versions();
            save(*carried, std::nullopt, std::nullopt, username,
                 QStringLiteral("carry_over_report_settings"),
                 Versions{0, now.referencePoints, now.followUpWeeks});
        } catch (const StorageError &error) {
            // Another machine saved a threshold first; theirs stands.
            if (error.kind() != StorageError::Kind::Conflict &&
                error.kind() != StorageError::Kind::Constraint)
                throw;
        }
    }
    return reportSettings();
}

void OrganisationSettingsRepository::saveFollowUpWeeks(std::optional<int> weeks,
                                                       const QString &username) {
    if (weeks) {
        const QString error = ReportSettings::validateFollowUpWeeks(*weeks);
        if (!error.isEmpty())
            throw StorageError(StorageError::Kind::Invalid, error);
    }
    save(std::nullopt, std::nullopt, FollowUpChange(weeks), username,
         QStringLiteral("change_report_settings"), std::nullopt);
}

void OrganisationSettingsRepository::carryOverFollowUpWeeks(std::optional<int> legacyWeeks,
                                                            const QString &username) {
    if (!legacyWeeks || !ReportSettings::validateFollowUpWeeks(*legacyWeeks).isEmpty())
        return;
    const Versions now = versions();
    if (now.followUpWeeks != 0)
        return; // the organisation already has an interval: it stands
    try {
        save(std::nullopt, std::nullopt, FollowUpChange(legacyWeeks), username,
             QStringLiteral("carry_over_report_settings"),
             Versions{now.suppressionThreshold, now.referencePoints, 0});
    } catch (const StorageError &error) {
        // Another machine saved an interval (or other settings) first; theirs stands.
        if (error.kind() != StorageError::Kind::Conflict &&
            error.kind() != StorageError::Kind::Constraint)
            throw;
    }
}

QString OrganisationSettingsRepository::writeFollowUpWeeks(std::optional<int> weeks,
                                                           const std::optional<Row> &stored) {
    const QString own = QStringLiteral("each instrument's own");
    const QString before = stored ? stored->value : own;
    const QString after = weeks ? QString::number(*weeks) : own;
    if (weeks) {
        if (stored && stored->value == after)
            return {};
        write(followUpWeeksKey(), after, stored);
    } else {
        if (!stored)
            return {};
        QSqlQuery remove = m_database.prepare(QStringLiteral(
            "DELETE FROM organisation_settings WHERE setting_key = ? AND version = ?"));
        remove.addBindValue(followUpWeeksKey());
        remove.addBindValue(stored->version);
        Database::exec(remove, QStringLiteral("Could not clear the follow-up interval"));
    }
    return QStringLiteral("follow-up interval %1 -> %2").arg(before, after);
}

QList<AuditLog::Entry> OrganisationSettingsRepository::history() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, at_utc, user_id, action, entity, entity_id, detail "
                       "FROM audit_log WHERE entity = ? ORDER BY id DESC"));
    query.addBindValue(auditEntity());
    Database::exec(query, QStringLiteral("Could not read the audit log"));
    QList<AuditLog::Entry> entries;
    while (Database::next(query)) {
        AuditLog::Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.atUtc = SqlValues::toInstant(query.value(1));
        entry.userId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).isNull() ? 0 : query.value(5).toLongLong();
        entry.detail = query.value(6).toString();
        entries.append(entry);
    }
    return entries;
}

QString OrganisationSettingsRepository::recordingsRoot() const {
    const auto stored = row(recordingsRootKey());
    return stored ? stored->value.trimmed() : QString();
}

bool OrganisationSettingsRepository::saveRecordingsRoot(const QString &root,
                                                        const QString &username) {
    const QString value = root.trimmed();
    ScopedTransaction transaction(m_database.connection());
    const std::optional<Row> stored = row(recordingsRootKey());
    const QString before = stored ? stored->value : QString();
    if (before == value)
        return false;
    if (value.isEmpty()) {
        QSqlQuery remove = m_database.prepare(
            QStringLiteral("DELETE FROM organisation_settings WHERE setting_key = ?"));
        remove.addBindValue(recordingsRootKey());
        Database::exec(remove, QStringLiteral("Could not remove the recordings folder"));
    } else {
        write(recordingsRootKey(), value, stored);
    }
    const QString who = username.trimmed();
    const auto shown = [](const QString &path) {
        return path.isEmpty() ? QStringLiteral("none") : QStringLiteral("\"%1\"").arg(path);
    };
    QString detail = QStringLiteral("recordings folder %1 -> %2").arg(shown(before), shown(value));
    if (!who.isEmpty())
        detail += QStringLiteral("; by %1").arg(who);
    AuditLog(m_database)
        .append(userId(who), QStringLiteral("change_recordings_root"), auditEntity(), 0, detail);
    transaction.commit();
    return true;
}

qint64 OrganisationSettingsRepository::userId(const QString &username) const {
    // Only a known user is linked; the name is in the detail either way, so an unknown one
    // (a server's service account) is not added as a user of the application.
    if (username.isEmpty())
        return 0;
    return UserRepository(m_database).find(username).value_or(0);
}
