#include "ReportRun.h"

#include "CodingVisibility.h"
#include "domain/CodingSchemeLoader.h"
#include "io/OutputFile.h"
#include "reports/ReportCsvWriter.h"
#include "settings/Settings.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"
#include "storage/ReliabilityQuery.h"
#include "storage/ReportQueries.h"

#include <algorithm>

ReportRun::ReportRun(Database &database)
    : m_database(database) {}

ReportRun::Choices ReportRun::choices(const QDate &today) const {
    const ReportQueries queries(m_database);
    Choices choices;
    choices.scopes.append({ScopeChoice::Kind::Service, QString(), QStringLiteral("service")});
    for (const NamedId &team : queries.teams())
        choices.scopes.append(
            {ScopeChoice::Kind::Team, team.name, QString(QStringLiteral("team:") + team.name)});
    for (const NamedId &practitioner : queries.practitioners()) {
        choices.scopes.append({ScopeChoice::Kind::Practitioner, practitioner.name,
                               QString(QStringLiteral("practitioner:") +
                                       practitioner.name.section(QStringLiteral(": "), 0, 0))});
    }
    const auto range = queries.codedDateRange();
    const QDate last = range ? range->second : today;
    QDate first = range ? range->first : last.addYears(-1);
    // The most recent quarter first; at least the last eight quarters are offered.
    first = std::min(first, last.addMonths(-21));
    ReportPeriod quarter = ReportPeriod::quarterContaining(last);
    // Open on the last quarter that has ended: a quarter still under way is incomplete, and
    // managers see none of its figures until it ends (docs/privacy.md).
    int opening = -1;
    while (quarter.to() >= first) {
        if (opening < 0 && quarter.to() < today)
            opening = int(choices.quarters.size());
        choices.quarters.append(quarter);
        quarter = quarter.previous();
    }
    choices.openingQuarter = std::max(0, opening);
    // A date range starts as whole quarters too, the only ranges a manager report covers.
    choices.range = ReportPeriod::quarterContaining(today).previous();
    return choices;
}

ReportSettings ReportRun::settings() const {
    const Settings machine;
    return OrganisationSettingsRepository(m_database)
        .reportSettingsCarryingOver(machine.legacySuppressionThreshold(), machine.coderUsername());
}

ReportBuilder::Options ReportRun::options(const ReportSettings &settings) {
    ReportBuilder::Options options;
    options.suppressionThreshold = settings.suppressionThreshold;
    options.referencePoints = settings.referencePoints;
    options.followUpWeeks = settings.followUpWeeks;
    return options;
}

std::optional<ReportSpec> ReportRun::spec(const QStringList &scopes, const ReportPeriod &period,
                                          QString *error) const {
    return ReportSpec::resolve(ReportQueries(m_database), scopes, period, error);
}

ReportData ReportRun::build(const ReportSpec &spec) const {
    return ReportBuilder(m_database, options(settings())).build(spec);
}

ReportData ReportRun::buildFor(const ReportSpec &spec, qint64 viewerId) const {
    if (spec.scope != ReportSpec::Scope::Practitioner)
        return build(spec);
    ReportSpec blind = spec;
    for (const auto &hidden :
         CodingVisibility(m_database).hiddenRecordingsOf(spec.practitioner.id, viewerId)) {
        blind.hiddenRecordingIds.append(hidden.id);
        blind.hiddenRecordingCodes.append(hidden.code);
    }
    return build(blind);
}

bool ReportRun::writeCsv(const ReportData &data, const QString &path, QString *error) {
    return OutputFile::write(
        path,
        [&data](QIODevice *device, QString *) { return ReportCsvWriter::write(data, device); },
        error);
}

QList<ReliabilityRow> ReportRun::reliability(const QDate &from, const QDate &to) const {
    auto rows = ReliabilityTable::compute(ReliabilityQuery(m_database).pairs(from, to),
                                          CodingSchemeLoader::builtIn().skillKeys());
    // The organisation's small-number threshold applies here as in the report.
    ReliabilityTable::withhold(
        rows, OrganisationSettingsRepository(m_database).reportSettings().suppressionThreshold);
    return rows;
}

bool ReportRun::writeReliabilityCsv(const QList<ReliabilityRow> &rows,
                                    const ReliabilityTable::Extent &extent, const QString &path,
                                    QString *error) {
    return OutputFile::write(
        path,
        [&rows, &extent](QIODevice *device, QString *) {
            return ReliabilityTable::writeCsv(device, extent, rows);
        },
        error);
}

QString ReportRun::changeStamp() const {
    return m_database.changes().stamp();
}

bool ReportRun::unchangedSince(const QString &stamp) const {
    return m_database.changes().unchangedSince(stamp);
}
