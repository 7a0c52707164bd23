#include "ReportQueries.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString isoDate(const QDate &date) {
    return date.toString(Qt::ISODate);
}

// Recordings first, then their codings. Left to itself SQLite starts from the index on coding
// status, which matches every final coding in ten years, and reads each one's recording to test
// its date: five times slower for a quarter. CROSS JOIN fixes the order in SQLite and is plain
// SQL elsewhere; the join condition is in joinedEffectiveCodings below.
const QString recordingsThenCodings = QStringLiteral(" FROM recordings r CROSS JOIN codings c ");

// The join of recordings r and codings c, and only the codings a report counts.
const QString joinedEffectiveCodings =
    QStringLiteral("c.recording_id = r.id AND ") + ReportQueries::effectiveCodingCondition();

} // namespace

QString ReportQueries::effectiveCodingCondition() {
    return QStringLiteral(
        "c.status = 'final' AND (c.role = 'consensus' OR (c.role = 'primary' AND NOT EXISTS ("
        "SELECT 1 FROM codings k WHERE k.recording_id = c.recording_id AND k.role = 'consensus' "
        "AND k.status = 'final')))");
}

ReportQueries::ReportQueries(const Database &database)
    : m_database(database) {}

QString ReportQueries::filterClause(const ReportFilter &filter, const QString &teamColumn,
                                    const QString &practitionerColumn) {
    if (filter.practitionerId != 0)
        return QStringLiteral(" AND ") + practitionerColumn + QStringLiteral(" = ?");
    if (filter.teamIds.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < filter.teamIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral(" AND ") + teamColumn + QStringLiteral(" IN (") +
           marks.join(QStringLiteral(", ")) + QStringLiteral(")");
}

QString ReportQueries::familyClause(const ReportFilter &filter, const QString &familyColumn) {
    if (filter.isService())
        return {};
    return QStringLiteral(" AND ") + familyColumn +
           QStringLiteral(" IN (SELECT fr.family_id FROM recordings fr WHERE 1 = 1") +
           filterClause(filter, QStringLiteral("fr.team_id"),
                        QStringLiteral("fr.practitioner_id")) +
           QStringLiteral(")");
}

void ReportQueries::bindFilter(QSqlQuery &query, const ReportFilter &filter) {
    if (filter.practitionerId != 0) {
        query.addBindValue(filter.practitionerId);
        return;
    }
    for (qint64 id : filter.teamIds)
        query.addBindValue(id);
}

QString ReportQueries::hiddenClause(const ReportFilter &filter) {
    if (filter.hiddenRecordingIds.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < filter.hiddenRecordingIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral(" AND r.id NOT IN (") + marks.join(QStringLiteral(", ")) +
           QStringLiteral(")");
}

void ReportQueries::bindHidden(QSqlQuery &query, const ReportFilter &filter) {
    for (qint64 id : filter.hiddenRecordingIds)
        query.addBindValue(id);
}

std::vector<ReportCoding> ReportQueries::codings(const ReportFilter &filter, const QDate &from,
                                                 const QDate &to) const {
    // Feedback may be recorded on the primary coding even when a consensus coding counts, so the
    // primary's date is joined in for consensus codings.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, r.id, r.practitioner_id, r.team_id, r.recorded_on, "
                       "c.finalised_at, c.feedback_given_on, pf.feedback_given_on, s.skill_key, "
                       "s.score") +
        recordingsThenCodings +
        QStringLiteral("LEFT JOIN codings pf ON pf.recording_id = c.recording_id AND c.role = "
                       "'consensus' AND pf.role = 'primary' "
                       "LEFT JOIN skill_scores s ON s.coding_id = c.id AND s.score IS NOT NULL "
                       "WHERE r.recorded_on >= ? AND r.recorded_on <= ? AND ") +
        joinedEffectiveCodings +
        filterClause(filter, QStringLiteral("r.team_id"), QStringLiteral("r.practitioner_id")) +
        hiddenClause(filter) + QStringLiteral(" ORDER BY r.recorded_on, c.id"));
    query.setForwardOnly(true);
    query.addBindValue(isoDate(from));
    query.addBindValue(isoDate(to));
    bindFilter(query, filter);
    bindHidden(query, filter);
    Database::exec(query, QStringLiteral("Could not read the codings for the report"));

    std::vector<ReportCoding> result;
    while (Database::next(query)) {
        const qint64 codingId = query.value(0).toLongLong();
        if (result.empty() || result.back().codingId != codingId) {
            ReportCoding coding;
            coding.codingId = codingId;
            coding.recordingId = query.value(1).toLongLong();
            coding.practitionerId = query.value(2).toLongLong();
            coding.teamId = query.value(3).toLongLong();
            coding.recordedOn = SqlValues::dayOf(query.value(4));
            coding.finalisedOn = SqlValues::dayOf(query.value(5));
            coding.feedbackOn = SqlValues::dayOf(query.value(6));
            const QDate primaryFeedback = SqlValues::dayOf(query.value(7));
            if (primaryFeedback.isValid() &&
                (!coding.feedbackOn.isValid() || primaryFeedback < coding.feedbackOn))
                coding.feedbackOn = primaryFeedback;
            result.push_back(std::move(coding));
        }
        if (!query.value(8).isNull())
            result.back().scores.insert(query.value(8).toString(), query.value(9).toInt());
    }
    return result;
}

std::vector<ReportCodingMeans>
ReportQueries::codingMeans(const ReportFilter &filter, const QDate &from, const QDate &to,
                           const QStringList &skillKeys,
                           const QList<QStringList> &factorSkills) const {
    // Each skill's place in the sums: bit 0 the overall mean, bit f + 1 factor f.
    QHash<QString, int> membership;
    for (const QString &key : skillKeys)
        membership[key] |= 1;
    for (qsizetype f = 0; f < factorSkills.size(); ++f) {
        for (const QString &key : factorSkills.at(f))
            membership[key] |= 1 << (f + 1);
    }
    // Score rows, averaged here rather than by the database: a GROUP BY per coding with a CASE
    // per factor costs SQLite three times as long as handing over the rows, which the covering
    // index skill_scores_coding_score serves without touching the table. The database turns each
    // skill into its membership bits, so no row carries text but the date.
    QString bitsOfSkill = QStringLiteral("CASE s.skill_key");
    for (qsizetype i = 0; i < membership.size(); ++i)
        bitsOfSkill += QStringLiteral(" WHEN ? THEN ?");
    bitsOfSkill += QStringLiteral(" ELSE 0 END");
    if (membership.isEmpty())
        bitsOfSkill = QStringLiteral("0");
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, r.practitioner_id, r.recorded_on, ") + bitsOfSkill +
        QStringLiteral(", s.score, r.team_id") + recordingsThenCodings +
        QStringLiteral("LEFT JOIN skill_scores s ON s.coding_id = c.id AND s.score IS NOT NULL "
                       "WHERE r.recorded_on >= ? AND r.recorded_on <= ? AND ") +
        joinedEffectiveCodings +
        filterClause(filter, QStringLiteral("r.team_id"), QStringLiteral("r.practitioner_id")) +
        hiddenClause(filter));
    query.setForwardOnly(true);
    for (auto it = membership.cbegin(); it != membership.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
    }
    query.addBindValue(isoDate(from));
    query.addBindValue(isoDate(to));
    bindFilter(query, filter);
    bindHidden(query, filter);
    Database::exec(query, QStringLiteral("Could not read the codings for the trend"));

    struct Sums {
        ReportCodingMeans means;
        std::vector<double> sum;
        std::vector<int> n;
    };
    const size_t slotCount = size_t(factorSkills.size()) + 1;
    std::vector<Sums> codings;
    QHash<qint64, size_t> indexOf;
    while (Database::next(query)) {
        const qint64 codingId = query.value(0).toLongLong();
        auto found = indexOf.constFind(codingId);
        if (found == indexOf.cend()) {
            Sums sums;
            sums.means.codingId = codingId;
            sums.means.practitionerId = query.value(1).toLongLong();
            sums.means.recordedOn = SqlValues::dayOf(query.value(2));
            sums.means.teamId = query.value(5).toLongLong();
            sums.sum.assign(slotCount, 0.0);
            sums.n.assign(slotCount, 0);
            found = indexOf.insert(codingId, codings.size());
            codings.push_back(std::move(sums));
        }
        const QVariant score = query.value(4);
        if (score.isNull())
            continue;
        const int bits = query.value(3).toInt();
        Sums &sums = codings[found.value()];
        for (size_t slot = 0; slot < slotCount; ++slot) {
            if (bits & (1 << slot)) {
                sums.sum[slot] += score.toInt();
                ++sums.n[slot];
            }
        }
    }

    std::vector<ReportCodingMeans> result;
    result.reserve(codings.size());
    for (Sums &sums : codings) {
        auto mean = [&](size_t slot) {
            return sums.n[slot] == 0 ? std::optional<double>()
                                     : std::optional<double>(sums.sum[slot] / sums.n[slot]);
        };
        sums.means.overall = mean(0);
        for (size_t slot = 1; slot < slotCount; ++slot)
            sums.means.factors.append(mean(slot));
        result.push_back(std::move(sums.means));
    }
    return result;
}

QSet<qint64> ReportQueries::activePractitioners(const ReportFilter &filter, const QDate &from,
                                                const QDate &to) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT DISTINCT m.practitioner_id FROM team_memberships m "
                       "JOIN practitioners p ON p.id = m.practitioner_id "
                       "WHERE m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?) "
                       "AND (p.left_on IS NULL OR p.left_on >= ?)") +
        filterClause(filter, QStringLiteral("m.team_id"), QStringLiteral("m.practitioner_id")));
    query.setForwardOnly(true);
    query.addBindValue(isoDate(to));
    query.addBindValue(isoDate(from));
    query.addBindValue(isoDate(from));
    bindFilter(query, filter);
    Database::exec(query, QStringLiteral("Could not count the active practitioners"));
    QSet<qint64> ids;
    while (Database::next(query))
        ids.insert(query.value(0).toLongLong());
    return ids;
}

namespace {

// Rows are gathered by administration id rather than sorted by it: an ORDER BY would make the
// database sort every answer of the period first.
std::vector<ReportAdministration> readAdministrations(QSqlQuery &query) {
    std::vector<ReportAdministration> result;
    QHash<qint64, size_t> indexOf;
    while (Database::next(query)) {
        const qint64 id = query.value(0).toLongLong();
        auto found = indexOf.constFind(id);
        if (found == indexOf.cend()) {
            ReportAdministration administration;
            administration.id = id;
            administration.familyId = query.value(1).toLongLong();
            administration.respondent = query.value(2).toString();
            administration.instrumentId = query.value(3).toString();
            administration.timepoint = query.value(4).toString();
            administration.administeredOn = SqlValues::dayOf(query.value(5));
            found = indexOf.insert(id, result.size());
            result.push_back(std::move(administration));
        }
        if (!query.value(6).isNull())
            result[found.value()].items.insert(query.value(6).toInt(), query.value(7).toInt());
    }
    return result;
}

QString marks(qsizetype n) {
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list.append(QStringLiteral("?"));
    return list.join(QStringLiteral(", "));
}

const QString administrationColumns = QStringLiteral(
    "SELECT a.id, a.family_id, a.respondent, a.instrument_id, a.timepoint, a.administered_on, "
    "i.item, i.value FROM instrument_administrations a "
    "LEFT JOIN instrument_item_responses i ON i.administration_id = a.id ");

// The T2s given in the period (b) first, through the date index, then each one's T1 and the T2
// itself (a): the few hundred follow-ups of a quarter rather than every SCORE-15 ever given.
const QString followUpColumns = QStringLiteral(
    "SELECT a.id, a.family_id, a.respondent, a.instrument_id, a.timepoint, a.administered_on, "
    "i.item, i.value FROM instrument_administrations b CROSS JOIN instrument_administrations a "
    "LEFT JOIN instrument_item_responses i ON i.administration_id = a.id ");

} // namespace

std::vector<ReportAdministration> ReportQueries::administrations(const ReportFilter &filter,
                                                                 const QStringList &instrumentIds,
                                                                 const QStringList &respondents,
                                                                 const QDate &from,
                                                                 const QDate &to) const {
    if (instrumentIds.isEmpty() || respondents.isEmpty())
        return {};
    QSqlQuery query = m_database.prepare(
        administrationColumns + QStringLiteral("WHERE a.instrument_id IN (") +
        marks(instrumentIds.size()) + QStringLiteral(") AND a.respondent IN (") +
        marks(respondents.size()) +
        QStringLiteral(") AND a.administered_on >= ? AND a.administered_on <= ?") +
        familyClause(filter, QStringLiteral("a.family_id")));
    query.setForwardOnly(true);
    for (const QString &id : instrumentIds)
        query.addBindValue(id);
    for (const QString &respondent : respondents)
        query.addBindValue(respondent);
    query.addBindValue(isoDate(from));
    query.addBindValue(isoDate(to));
    bindFilter(query, filter);
    Database::exec(query, QStringLiteral("Could not read the questionnaires for the report"));
    return readAdministrations(query);
}

std::vector<ReportAdministration> ReportQueries::followUpPairs(const ReportFilter &filter,
                                                               const QString &instrumentId,
                                                               const QDate &from,
                                                               const QDate &to) const {
    QSqlQuery query = m_database.prepare(
        followUpColumns +
        QStringLiteral("WHERE b.instrument_id = ? AND b.timepoint = 'T2' AND b.administered_on "
                       ">= ? AND b.administered_on <= ? AND a.family_id = b.family_id AND "
                       "a.respondent = b.respondent AND a.instrument_id = b.instrument_id AND "
                       "a.timepoint IN ('T1', 'T2')") +
        familyClause(filter, QStringLiteral("a.family_id")));
    query.setForwardOnly(true);
    query.addBindValue(instrumentId);
    query.addBindValue(isoDate(from));
    query.addBindValue(isoDate(to));
    bindFilter(query, filter);
    Database::exec(query, QStringLiteral("Could not read the follow-up questionnaires"));
    return readAdministrations(query);
}

int ReportQueries::draftCodings(const ReportFilter &filter, const QDate &from,
                                const QDate &to) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT COUNT(*) FROM recordings r JOIN codings c ON c.recording_id = r.id "
                       "WHERE r.recorded_on >= ? AND r.recorded_on <= ? AND c.status = 'draft' "
                       "AND c.role IN ('primary', 'consensus')") +
        filterClause(filter, QStringLiteral("r.team_id"), QStringLiteral("r.practitioner_id")));
    query.addBindValue(isoDate(from));
    query.addBindValue(isoDate(to));
    bindFilter(query, filter);
    Database::exec(query, QStringLiteral("Could not count the draft codings"));
    return Database::next(query) ? query.value(0).toInt() : 0;
}

std::vector<FamilySession> ReportQueries::familySessions() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT family_id, recorded_on, team_id, practitioner_id FROM recordings "
                       "WHERE family_id IS NOT NULL ORDER BY family_id, recorded_on, id"));
    query.setForwardOnly(true);
    Database::exec(query, QStringLiteral("Could not read the families' sessions"));
    std::vector<FamilySession> result;
    while (Database::next(query)) {
        result.push_back({query.value(0).toLongLong(), SqlValues::dayOf(query.value(1)),
                          query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    return result;
}

std::vector<ReportQueries::OpenFollowUp>
ReportQueries::openFollowUps(const QStringList &instrumentIds, const QDate &asOf) const {
    if (instrumentIds.isEmpty())
        return {};
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT a.family_id, f.case_code, a.respondent, a.instrument_id, a.id, "
                       "a.administered_on FROM instrument_administrations a JOIN families f ON "
                       "f.id = a.family_id WHERE a.timepoint = 'T1' AND a.administered_on <= ? "
                       "AND a.instrument_id IN (") +
        marks(instrumentIds.size()) +
        QStringLiteral(") AND NOT EXISTS (SELECT 1 FROM instrument_administrations b WHERE "
                       "b.family_id = a.family_id AND b.respondent = a.respondent AND "
                       "b.instrument_id = a.instrument_id AND b.timepoint = 'T2' AND "
                       "b.administered_on <= ?) "
                       "ORDER BY a.administered_on, %1, %2, %3")
            .arg(m_database.dialect().bytewiseOrder(QStringLiteral("f.case_code")),
                 m_database.dialect().bytewiseOrder(QStringLiteral("a.respondent")),
                 m_database.dialect().bytewiseOrder(QStringLiteral("a.instrument_id"))));
    query.setForwardOnly(true);
    query.addBindValue(isoDate(asOf));
    for (const QString &id : instrumentIds)
        query.addBindValue(id);
    query.addBindValue(isoDate(asOf));
    Database::exec(query, QStringLiteral("Could not list the follow-ups that are owed"));
    std::vector<OpenFollowUp> result;
    while (Database::next(query)) {
        result.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toLongLong(), SqlValues::dayOf(query.value(5))});
    }
    return result;
}

QList<NamedId> ReportQueries::teams() const {
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT id, name FROM teams ORDER BY ") +
                           m_database.dialect().bytewiseOrder(QStringLiteral("name")));
    Database::exec(query, QStringLiteral("Could not list the teams"));
    QList<NamedId> result;
    while (Database::next(query))
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

std::optional<NamedId> ReportQueries::teamByName(const QString &name) const {
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT id, name FROM teams WHERE name = ?"));
    query.addBindValue(name.trimmed());
    Database::exec(query, QStringLiteral("Could not look up the team"));
    if (!Database::next(query))
        return std::nullopt;
    return NamedId{query.value(0).toLongLong(), query.value(1).toString()};
}

std::optional<NamedId> ReportQueries::practitionerByCode(const QString &code) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, display_name FROM practitioners WHERE code = ?"));
    query.addBindValue(code.trimmed());
    Database::exec(query, QStringLiteral("Could not look up the practitioner"));
    if (!Database::next(query))
        return std::nullopt;
    return NamedId{query.value(0).toLongLong(), query.value(1).toString()};
}

QList<NamedId> ReportQueries::practitioners() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, code, display_name FROM practitioners ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("code")));
    Database::exec(query, QStringLiteral("Could not list the practitioners"));
    QList<NamedId> result;
    while (Database::next(query)) {
        result.append(
            {query.value(0).toLongLong(),
             query.value(1).toString() + QStringLiteral(": ") + query.value(2).toString()});
    }
    return result;
}

std::optional<std::pair<QDate, QDate>> ReportQueries::codedDateRange() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT MIN(r.recorded_on), MAX(r.recorded_on) FROM recordings r "
                       "JOIN codings c ON c.recording_id = r.id WHERE c.status = 'final'"));
    Database::exec(query, QStringLiteral("Could not read the coded period"));
    if (!Database::next(query) || query.value(0).isNull())
        return std::nullopt;
    return std::make_pair(SqlValues::dayOf(query.value(0)), SqlValues::dayOf(query.value(1)));
}
