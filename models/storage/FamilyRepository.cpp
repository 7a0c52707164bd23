#include "FamilyRepository.h"

#include "Database.h"
#include "SqlDialect.h"
#include "StorageError.h"
#include "domain/ValueSets.h"

#include <QSqlQuery>

namespace {

Family familyFrom(const QSqlQuery &query) {
    Family family;
    family.id = query.value(0).toLongLong();
    family.caseCode = query.value(1).toString();
    family.caseType = query.value(2).toString();
    family.version = query.value(3).toInt();
    return family;
}

} // namespace

FamilyRepository::FamilyRepository(Database &database)
    : m_database(database) {}

QString FamilyRepository::problemWithCaseCode(const QString &caseCode) {
    const QString code = caseCode.trimmed();
    if (code.isEmpty())
        return tr("The family case code is empty.");
    if (code.size() > maxCaseCodeLength)
        return tr("The family case code is longer than %1 characters.").arg(maxCaseCodeLength);
    if (FieldRules::hasControlCharacter(code))
        return tr("The family case code holds a control character.");
    return QString();
}

std::optional<Family> FamilyRepository::findByCaseCode(const QString &caseCode) const {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT id, case_code, case_type, version FROM families WHERE case_code = ?"));
    query.addBindValue(caseCode.trimmed());
    Database::exec(query, tr("Could not look up the family"));
    if (!Database::next(query))
        return std::nullopt;
    return familyFrom(query);
}

std::optional<Family> FamilyRepository::findById(qint64 id) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, case_code, case_type, version FROM families WHERE id = ?"));
    query.addBindValue(id);
    Database::exec(query, tr("Could not look up the family"));
    if (!Database::next(query))
        return std::nullopt;
    return familyFrom(query);
}

Family FamilyRepository::findOrCreate(const QString &caseCode, const QString &caseType,
                                      bool *created) {
    if (created)
        *created = false;
    const QString problem = problemWithCaseCode(caseCode);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    if (auto existing = findByCaseCode(caseCode))
        return *existing;
    const QString type = caseType.isEmpty() ? QStringLiteral("other") : caseType;
    if (!ValueSets::caseTypes().contains(type))
        throw StorageError(StorageError::Kind::Invalid, tr("\"%1\" is not a case type.").arg(type));
    Family family;
    family.caseCode = caseCode.trimmed();
    family.caseType = type;
    // Another writer may add the same family between the look-up and the insert; then the
    // insert returns no row and theirs is found instead.
    QSqlQuery insert = m_database.prepare(
        m_database.dialect().insertOrIgnore(
            QStringLiteral("families"), {QStringLiteral("case_code"), QStringLiteral("case_type")},
            {QStringLiteral("case_code")}) +
        QStringLiteral(" RETURNING id"));
    insert.addBindValue(family.caseCode);
    insert.addBindValue(family.caseType);
    Database::exec(insert, tr("Could not add the family %1").arg(family.caseCode));
    if (!Database::next(insert)) {
        insert.finish();
        if (auto theirs = findByCaseCode(family.caseCode))
            return *theirs;
        throw StorageError(StorageError::Kind::Query,
                           tr("Could not add the family %1").arg(family.caseCode));
    }
    family.id = insert.value(0).toLongLong();
    if (created)
        *created = true;
    return family;
}

QStringList FamilyRepository::caseCodes() const {
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT case_code FROM families ORDER BY ") +
                           m_database.dialect().bytewiseOrder(QStringLiteral("case_code")));
    Database::exec(query, tr("Could not list the families"));
    QStringList codes;
    while (Database::next(query))
        codes.append(query.value(0).toString());
    return codes;
}
