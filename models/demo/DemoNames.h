#pragma once

#include <QString>
#include <QStringList>

// The made-up words of the demo data: people's names, service and team names, coders'
// comments and evidence-note texts. Every name is invented; any likeness to a real person or
// authority is chance. Kept apart from DemoGenerator so the generator reads as rules.
namespace DemoNames {

QStringList firstNames();
QStringList surnames();
// Made-up local authority areas; the first is the one-service demo.
QStringList areas();

struct TeamTemplate {
    QString name;
    QString kind; // ValueSets::teamKinds()
};
// The seven teams of one service, in a fixed order.
QList<TeamTemplate> serviceTeams();

struct UserTemplate {
    QString username;
    QString displayName;
    QString role; // ValueSets::userRoles()
};
// Evaluators and coaches; the first `evaluators` users of the list evaluate.
QList<UserTemplate> users(int evaluators, int coaches, int managers);

// Evidence-note texts for a skill and kind ("strength" or "to_develop"), and general notes.
QStringList noteTexts(const QString &skill, const QString &kind);
QStringList generalNotes();

// The coder's overall comment for a session whose mean score is about `mean`.
QStringList overallComments(double mean);

// Why a skill could not be scored in a session.
QStringList notCodableReasons();

} // namespace DemoNames
