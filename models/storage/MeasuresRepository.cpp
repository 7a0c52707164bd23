#include "MeasuresRepository.h"

#include "Database.h"
#include "FamilyRepository.h"
#include "ReportQueries.h"
#include "ScopedTransaction.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "domain/ValueSets.h"
#include "instruments/InstrumentScorer.h"
#include "policy/FollowUpRule.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT a.id, a.family_id, f.case_code, a.respondent, a.instrument_id, a.instrument_version, "
    "a.timepoint, a.administered_on, a.mode, a.recording_id, a.version "
    "FROM instrument_administrations a JOIN families f ON f.id = a.family_id ");

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

InstrumentResponse responseFrom(const QSqlQuery &query) {
    InstrumentResponse response;
    response.id = query.value(0).toLongLong();
    response.familyId = query.value(1).toLongLong();
    response.familyCode = query.value(2).toString();
    response.respondent = query.value(3).toString();
    response.instrumentId = query.value(4).toString();
    response.instrumentVersion = query.value(5).toInt();
    response.timepoint = query.value(6).toString();
    response.administeredOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    response.mode = query.value(8).toString();
    response.recordingId = query.value(9).isNull() ? 0 : query.value(9).toLongLong();
    response.version = query.value(10).toInt();
    return response;
}

} // namespace

FollowUp::Status FollowUp::statusOn(const QDate &today, int windowDays) const {
    if (FollowUpRule::isOverdue(dueDate, today))
        return Status::Overdue;
    if (today >= dueDate.addDays(-windowDays))
        return Status::Due;
    return Status::Upcoming;
}

MeasuresRepository::MeasuresRepository(Database &database, InstrumentCatalogue catalogue)
    : m_database(database)
    , m_catalogue(std::move(catalogue)) {}

bool MeasuresRepository::isValidTimepoint(const QString &timepoint) {
    static const QRegularExpression pattern(QStringLiteral("^T[1-9][0-9]?$"));
    return pattern.match(timepoint).hasMatch();
}

QString MeasuresRepository::problemWith(const InstrumentResponse &response) const {
    if (response.familyId <= 0) {
        const QString problem = FamilyRepository::problemWithCaseCode(response.familyCode);
        if (!problem.isEmpty())
            return problem;
    }
    const InstrumentDefinition *definition = m_catalogue.find(response.instrumentId);
    if (!definition)
        return tr("\"%1\" is not a known questionnaire.").arg(response.instrumentId);
    if (!ValueSets::respondents().contains(response.respondent))
        return tr("\"%1\" is not a respondent (use one of %2).")
            .arg(response.respondent, ValueSets::respondents().join(QStringLiteral(", ")));
    if (!definition->respondents.contains(response.respondent))
        return tr("%1 is not answered by the %2 (it is for: %3).")
            .arg(definition->name, ValueSets::label(response.respondent).toLower(),
                 definition->respondents.join(QStringLiteral(", ")));
    if (!isValidTimepoint(response.timepoint))
        return tr("\"%1\" is not a timepoint (use T1, T2, T3 ...).").arg(response.timepoint);
    if (!response.administeredOn.isValid())
        return tr("The date the questionnaire was completed is missing.");
    if (!ValueSets::administrationModes().contains(response.mode))
        return tr("\"%1\" is not a way of completing a questionnaire (use one of %2).")
            .arg(response.mode, ValueSets::administrationModes().join(QStringLiteral(", ")));
    QString itemProblem;
    if (!InstrumentScorer::validate(*definition, response.items, &itemProblem))
        return itemProblem;
    return QString();
}

QString MeasuresRepository::duplicateMessage(const InstrumentResponse &existing) const {
    const InstrumentDefinition *definition = m_catalogue.find(existing.instrumentId);
    return tr("Family %1 already has %2 from the %3 at %4 (completed %5). Open it from the "
              "family timeline to change it.")
        .arg(existing.familyCode, definition ? definition->name : existing.instrumentId,
             ValueSets::label(existing.respondent).toLower(), existing.timepoint,
             existing.administeredOn.toString(Qt::ISODate));
}

qint64 MeasuresRepository::add(const InstrumentResponse &response) {
    ScopedTransaction transaction(m_database.connection());
    const qint64 id = insert(response);
    transaction.commit();
    return id;
}

qint64 MeasuresRepository::addWithinTransaction(const InstrumentResponse &response) {
    return insert(response);
}

qint64 MeasuresRepository::insert(const InstrumentResponse &response) {
    const QString problem = problemWith(response);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    qint64 familyId = response.familyId;
    if (familyId <= 0) {
        FamilyRepository families(m_database);
        familyId = families.findOrCreate(response.familyCode).id;
    }
    if (const auto existing =
            findByKey(familyId, response.respondent, response.instrumentId, response.timepoint))
        throw StorageError(StorageError::Kind::Conflict, duplicateMessage(*existing));

    const InstrumentDefinition *definition = m_catalogue.find(response.instrumentId);
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO instrument_administrations (family_id, respondent, instrument_id, "
        "instrument_version, timepoint, administered_on, mode, recording_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(familyId);
    query.addBindValue(response.respondent);
    query.addBindValue(response.instrumentId);
    query.addBindValue(definition->version);
    query.addBindValue(response.timepoint);
    query.addBindValue(response.administeredOn.toString(Qt::ISODate));
    query.addBindValue(response.mode);
    query.addBindValue(response.recordingId > 0 ? QVariant(response.recordingId)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(nowUtc());
    Database::exec(query, tr("Could not save the questionnaire"));
    if (!Database::next(query))
        throw StorageError(StorageError::Kind::Query, tr("Could not save the questionnaire"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    writeItems(id, response.items);
    return id;
}

void MeasuresRepository::writeItems(qint64 administrationId, const QMap<int, int> &items) {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO instrument_item_responses (administration_id, item, value) VALUES (?, ?, ?)"));
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        query.bindValue(0, administrationId);
        query.bindValue(1, it.key());
        query.bindValue(2, it.value());
        Database::exec(query, tr("Could not save the answer to item %1").arg(it.key()));
    }
}

void MeasuresRepository::update(const InstrumentResponse &response) {
    const QString problem = problemWith(response);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    ScopedTransaction transaction(m_database.connection());
    qint64 familyId = response.familyId;
    if (familyId <= 0)
        familyId = FamilyRepository(m_database).findOrCreate(response.familyCode).id;
    if (const auto existing =
            findByKey(familyId, response.respondent, response.instrumentId, response.timepoint);
        existing && existing->id != response.id)
        throw StorageError(StorageError::Kind::Conflict, duplicateMessage(*existing));

    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE instrument_administrations SET family_id = ?, respondent = ?, instrument_id = ?, "
        "timepoint = ?, administered_on = ?, mode = ?, recording_id = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    query.addBindValue(familyId);
    query.addBindValue(response.respondent);
    query.addBindValue(response.instrumentId);
    query.addBindValue(response.timepoint);
    query.addBindValue(response.administeredOn.toString(Qt::ISODate));
    query.addBindValue(response.mode);
    query.addBindValue(response.recordingId > 0 ? QVariant(response.recordingId)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(response.id);
    query.addBindValue(response.version);
    Database::exec(query, tr("Could not save the questionnaire"));
    if (query.numRowsAffected() != 1)
        refuseStale(response.id);
    QSqlQuery clear = m_database.prepare(
        QStringLiteral("DELETE FROM instrument_item_responses WHERE administration_id = ?"));
    clear.addBindValue(response.id);
    Database::exec(clear, tr("Could not save the questionnaire"));
    writeItems(response.id, response.items);
    transaction.commit();
}

void MeasuresRepository::refuseStale(qint64 administrationId) const {
    QSqlQuery row = m_database.prepare(
        QStringLiteral("SELECT f.case_code FROM instrument_administrations a JOIN families f ON "
                       "f.id = a.family_id WHERE a.id = ?"));
    row.addBindValue(administrationId);
    Database::exec(row, tr("Could not read the questionnaire"));
    if (!Database::next(row))
        throw StorageError(StorageError::Kind::NotFound,
                           tr("This questionnaire was deleted by someone else since you opened "
                              "it. Your change was not saved."));
    throw StorageError::staleQuestionnaire(row.value(0).toString());
}

void MeasuresRepository::remove(qint64 administrationId, int version) {
    ScopedTransaction transaction(m_database.connection());
    // Checked first, so that answers are not deleted from a questionnaire someone else changed.
    QSqlQuery check =
        m_database.prepare(QStringLiteral("UPDATE instrument_administrations SET version = version "
                                          "+ 1 WHERE id = ? AND version = ?"));
    check.addBindValue(administrationId);
    check.addBindValue(version);
    Database::exec(check, tr("Could not delete the questionnaire"));
    if (check.numRowsAffected() != 1)
        refuseStale(administrationId);
    // Items go explicitly as well as by cascade, so a connection without foreign keys (a
    // PostgreSQL setup that differs) cannot leave orphans.
    QSqlQuery items = m_database.prepare(
        QStringLiteral("DELETE FROM instrument_item_responses WHERE administration_id = ?"));
    items.addBindValue(administrationId);
    Database::exec(items, tr("Could not delete the questionnaire"));
    QSqlQuery query =
        m_database.prepare(QStringLiteral("DELETE FROM instrument_administrations WHERE id = ?"));
    query.addBindValue(administrationId);
    Database::exec(query, tr("Could not delete the questionnaire"));
    if (query.numRowsAffected() != 1)
        refuseStale(administrationId);
    transaction.commit();
}

QList<InstrumentResponse> MeasuresRepository::select(const QString &where,
                                                     const QVariantList &values,
                                                     const QStringList &orderBy) const {
    // Text in the order of its bytes, as SQLite sorts it, whatever the server's locale.
    QStringList order;
    for (const QString &column : orderBy)
        order.append(m_database.dialect().bytewiseOrder(column));
    QSqlQuery query = m_database.prepare(
        selectColumns + where +
        (order.isEmpty() ? QString()
                         : QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        query.addBindValue(value);
    Database::exec(query, tr("Could not read the questionnaires"));
    QList<InstrumentResponse> responses;
    while (Database::next(query))
        responses.append(responseFrom(query));
    loadItems(responses, where, values);
    return responses;
}

void MeasuresRepository::loadItems(QList<InstrumentResponse> &responses, const QString &where,
                                   const QVariantList &values) const {
    if (responses.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < responses.size(); ++i)
        index.insert(responses.at(i).id, i);
    // One query for all the answers, filtered like the administrations, rather than one query
    // per administration.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT r.administration_id, r.item, r.value "
                       "FROM instrument_item_responses r "
                       "JOIN instrument_administrations a ON a.id = r.administration_id "
                       "JOIN families f ON f.id = a.family_id ") +
        where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    Database::exec(query, tr("Could not read the answers"));
    while (Database::next(query)) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            responses[it.value()].items.insert(query.value(1).toInt(), query.value(2).toInt());
    }
}

std::optional<InstrumentResponse> MeasuresRepository::find(qint64 administrationId) const {
    const auto found = select(QStringLiteral("WHERE a.id = ?"), {administrationId}, {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<InstrumentResponse> MeasuresRepository::findByKey(qint64 familyId,
                                                                const QString &respondent,
                                                                const QString &instrumentId,
                                                                const QString &timepoint) const {
    const auto found = select(QStringLiteral("WHERE a.family_id = ? AND a.respondent = ? AND "
                                             "a.instrument_id = ? AND a.timepoint = ?"),
                              {familyId, respondent, instrumentId, timepoint}, {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<InstrumentResponse> MeasuresRepository::listForFamily(qint64 familyId) const {
    return select(QStringLiteral("WHERE a.family_id = ?"), {familyId},
                  {QStringLiteral("a.respondent"), QStringLiteral("a.instrument_id"),
                   QStringLiteral("a.administered_on"), QStringLiteral("a.timepoint")});
}

QList<InstrumentResponse> MeasuresRepository::listAll() const {
    return select(QString(), {},
                  {QStringLiteral("f.case_code"), QStringLiteral("a.respondent"),
                   QStringLiteral("a.instrument_id"), QStringLiteral("a.timepoint"),
                   QStringLiteral("a.administered_on")});
}

QList<MeasuresRepository::RecordingChoice>
MeasuresRepository::recordingsForFamily(qint64 familyId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, code, recorded_on FROM recordings WHERE family_id = ? "
                       "ORDER BY recorded_on DESC, ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("code")));
    query.addBindValue(familyId);
    Database::exec(query, tr("Could not list the family's recordings"));
    QList<RecordingChoice> choices;
    while (Database::next(query))
        choices.append({query.value(0).toLongLong(), query.value(1).toString(),
                        QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    return choices;
}

QStringList MeasuresRepository::familiesWithMeasures() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            // GROUP BY rather than DISTINCT: PostgreSQL allows ordering a DISTINCT list only by
            // the very expressions it selects.
            "SELECT f.case_code FROM families f JOIN instrument_administrations a "
            "ON a.family_id = f.id GROUP BY f.case_code ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("f.case_code")));
    Database::exec(query, tr("Could not list the families"));
    QStringList codes;
    while (Database::next(query))
        codes.append(query.value(0).toString());
    return codes;
}

QHash<qint64, MeasuresRepository::FamilyWorker>
MeasuresRepository::familyWorkers(const QDate &asOf) const {
    // The latest session per family: the one no later session (by date, then id) follows.
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT r.family_id, p.display_name, p.left_on, t.name FROM recordings r "
        "JOIN practitioners p ON p.id = r.practitioner_id JOIN teams t ON t.id = r.team_id "
        "WHERE NOT EXISTS (SELECT 1 FROM recordings later WHERE later.family_id = r.family_id "
        "AND (later.recorded_on > r.recorded_on OR (later.recorded_on = r.recorded_on AND "
        "later.id > r.id)))"));
    query.setForwardOnly(true);
    Database::exec(query, tr("Could not find each family's practitioner"));
    QHash<qint64, FamilyWorker> workers;
    while (Database::next(query)) {
        const QDate leftOn = SqlValues::dayOf(query.value(2));
        workers.insert(query.value(0).toLongLong(),
                       {query.value(1).toString(), query.value(3).toString(),
                        leftOn.isValid() && leftOn <= asOf});
    }
    return workers;
}

QList<FollowUp> MeasuresRepository::followUps(const FollowUpRule &rule, const QDate &asOf) const {
    QList<FollowUp> result;
    for (const auto &open :
         ReportQueries(m_database).openFollowUps(rule.repeatedInstruments(), asOf)) {
        FollowUp followUp;
        followUp.t1AdministrationId = open.t1AdministrationId;
        followUp.familyId = open.familyId;
        followUp.familyCode = open.familyCode;
        followUp.respondent = open.respondent;
        followUp.instrumentId = open.instrumentId;
        followUp.t1Date = open.t1;
        followUp.dueDate = rule.dueDate(open.instrumentId, open.t1);
        result.append(followUp);
    }
    // Intervals differ between instruments, so T1 order is not always due order.
    std::stable_sort(result.begin(), result.end(),
                     [](const FollowUp &x, const FollowUp &y) { return x.dueDate < y.dueDate; });
    return result;
}
