#pragma once

#include "io/FieldRules.h"

#include "domain/Family.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Database;

// Families, known only by their pseudonymous case code. Measures, imports and recordings find
// a family by its code and create it on first use, so an evaluator never has to set a family
// up before logging a questionnaire.
class FamilyRepository {
    Q_DECLARE_TR_FUNCTIONS(FamilyRepository)

public:
    explicit FamilyRepository(Database &database);

    std::optional<Family> findByCaseCode(const QString &caseCode) const;
    std::optional<Family> findById(qint64 id) const;
    // Finds the family or adds it (case type "other" unless given). Runs inside the caller's
    // transaction when there is one, and is safe while another connection adds the same
    // family: *created is then false, and their row is returned. Throws StorageError
    // (Kind::Invalid) for an empty or over-long code.
    Family findOrCreate(const QString &caseCode, const QString &caseType = QString(),
                        bool *created = nullptr);
    // Every case code, sorted, for completion in forms.
    QStringList caseCodes() const;

    // The rule a case code must meet; returns an empty string when it is acceptable. It is the
    // imports' rule for codes (FieldRules), so a code typed here can always be exported and
    // imported again.
    static QString problemWithCaseCode(const QString &caseCode);
    static constexpr int maxCaseCodeLength = FieldRules::maxCodeLength;

private:
    Database &m_database;
};
