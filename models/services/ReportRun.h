#pragma once

#include "policy/ReportSettings.h"
#include "reports/ReliabilityTable.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportData.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Running a Practice Report, the same way from the Reports page and from `practicecoder report`:
// what can be reported on (scopes and quarters), the organisation's report settings and the
// builder options made from them (built here once, so a scheduled report suppresses exactly
// what a manager's desktop does), the report itself, and writing its CSV whole or not at all.
// Also the inter-rater reliability table on its own, for `practicecoder reliability`.
class ReportRun {
public:
    struct ScopeChoice {
        enum class Kind { Service, Team, Practitioner };
        Kind kind = Kind::Service;
        QString name; // a team's name, or "CODE: display name" for a practitioner
        QString key;  // "service", "team:NAME" or "practitioner:CODE", as resolve() reads
    };
    // What the Reports page offers.
    struct Choices {
        QList<ScopeChoice> scopes;    // the service, then each team, then each practitioner
        QList<ReportPeriod> quarters; // newest first, at least the last eight
        int openingQuarter = 0;       // index of the last quarter that has ended
        ReportPeriod range;           // the date range to start with: the last whole quarter
    };

    explicit ReportRun(Database &database);

    // Throws StorageError when the database cannot be read.
    Choices choices(const QDate &today) const;

    // The organisation's report settings. When the database has none yet, this machine's older
    // stricter threshold is carried over first (see OrganisationSettingsRepository). Throws
    // StorageError naming a stored setting that cannot be read.
    ReportSettings settings() const;
    static ReportBuilder::Options options(const ReportSettings &settings);

    // Resolves "service", "team:NAME" (repeatable) or "practitioner:CODE" over a period; nullopt
    // with *error set when a scope is unknown or a manager report would cover part of a quarter.
    std::optional<ReportSpec> spec(const QStringList &scopes, const ReportPeriod &period,
                                   QString *error) const;
    // Builds the report under the organisation's settings. Throws StorageError.
    ReportData build(const ReportSpec &spec) const;
    // The report as `viewerId` may read it: a practitioner's report leaves out the sessions the
    // viewer is still coding a second time (blind coding, CodingVisibility) and names them in
    // the spec's hiddenRecordingCodes. Throws StorageError.
    ReportData buildFor(const ReportSpec &spec, qint64 viewerId) const;

    // Whole or not at all: false with *error set, the previous file then untouched.
    static bool writeCsv(const ReportData &data, const QString &path, QString *error);

    // Agreement between primary and second coders of recordings made from..to (either may be
    // null), with rows under the organisation's threshold withheld. Throws StorageError.
    QList<ReliabilityRow> reliability(const QDate &from, const QDate &to) const;
    static bool writeReliabilityCsv(const QList<ReliabilityRow> &rows,
                                    const ReliabilityTable::Extent &extent, const QString &path,
                                    QString *error);

    // A stamp of the database's state, and whether it is unchanged since one was taken, so a
    // page shows its report again without rebuilding it when nobody wrote in between.
    QString changeStamp() const;
    bool unchangedSince(const QString &stamp) const;

private:
    Database &m_database;
};
