#pragma once

#include <QString>
#include <QStringList>

// The fixed value sets of the practice world, as the keys stored in the database and used in
// CSV files, with their user-facing labels. The schema's CHECK constraints hold the same keys.
namespace ValueSets {

QStringList teamKinds();
QStringList practitionerRoles();
QStringList employmentTypes();
QStringList trainingProgrammes();
QStringList caseTypes();
QStringList sessionTypes();
QStringList selectionReasons();
QStringList practitionerConsents();
QStringList familyConsents();
QStringList codingRoles();
QStringList codingStatuses();
QStringList noteKinds();
QStringList respondents();
QStringList administrationModes();
QStringList userRoles();

// A translated, human-readable label for any key above; the key itself when unknown.
QString label(const QString &key);
bool hasLabel(const QString &key);

} // namespace ValueSets
