#include "ValueSets.h"

#include <QCoreApplication>
#include <QHash>

namespace ValueSets {

QStringList teamKinds() {
    return {QStringLiteral("CIN"),         QStringLiteral("CP"),
            QStringLiteral("CLA"),         QStringLiteral("Fostering"),
            QStringLiteral("CareLeavers"), QStringLiteral("Disability"),
            QStringLiteral("Other")};
}

QStringList practitionerRoles() {
    return {QStringLiteral("social_worker"),
            QStringLiteral("senior_social_worker"),
            QStringLiteral("deputy_team_manager"),
            QStringLiteral("team_manager"),
            QStringLiteral("supervising_social_worker"),
            QStringLiteral("young_persons_adviser"),
            QStringLiteral("other")};
}

QStringList employmentTypes() {
    return {QStringLiteral("permanent"), QStringLiteral("agency")};
}

QStringList trainingProgrammes() {
    return {QStringLiteral("mi"), QStringLiteral("msw"), QStringLiteral("coaching")};
}

QStringList caseTypes() {
    return {QStringLiteral("child_in_need"), QStringLiteral("child_protection"),
            QStringLiteral("looked_after"),  QStringLiteral("care_leaver"),
            QStringLiteral("early_help"),    QStringLiteral("other")};
}

QStringList sessionTypes() {
    return {QStringLiteral("home_visit"), QStringLiteral("office"), QStringLiteral("telephone"),
            QStringLiteral("supervision"), QStringLiteral("other")};
}

QStringList selectionReasons() {
    return {QStringLiteral("routine"), QStringLiteral("high_risk"), QStringLiteral("self_selected"),
            QStringLiteral("random")};
}

QStringList practitionerConsents() {
    return {QStringLiteral("given"), QStringLiteral("refused"), QStringLiteral("not_recorded")};
}

QStringList familyConsents() {
    return {QStringLiteral("written"), QStringLiteral("verbal"), QStringLiteral("refused"),
            QStringLiteral("not_recorded")};
}

QStringList codingRoles() {
    return {QStringLiteral("primary"), QStringLiteral("second"), QStringLiteral("consensus")};
}

QStringList codingStatuses() {
    return {QStringLiteral("draft"), QStringLiteral("final")};
}

QStringList noteKinds() {
    return {QStringLiteral("strength"), QStringLiteral("to_develop"), QStringLiteral("note")};
}

QStringList respondents() {
    return {QStringLiteral("mother"),       QStringLiteral("father"),
            QStringLiteral("carer"),        QStringLiteral("young_person"),
            QStringLiteral("practitioner"), QStringLiteral("observer"),
            QStringLiteral("other")};
}

QStringList administrationModes() {
    return {QStringLiteral("paper"), QStringLiteral("face_to_face"), QStringLiteral("telephone"),
            QStringLiteral("interpreter")};
}

QStringList userRoles() {
    return {QStringLiteral("evaluator"), QStringLiteral("coach"), QStringLiteral("manager"),
            QStringLiteral("administrator")};
}

namespace {

// QT_TRANSLATE_NOOP marks the labels for lupdate; translation happens on lookup.
const QHash<QString, const char *> &labels() {
    static const QHash<QString, const char *> table = {
        {QStringLiteral("CIN"), QT_TRANSLATE_NOOP("ValueSets", "Children in Need")},
        {QStringLiteral("CP"), QT_TRANSLATE_NOOP("ValueSets", "Child Protection")},
        {QStringLiteral("CLA"), QT_TRANSLATE_NOOP("ValueSets", "Children Looked After")},
        {QStringLiteral("Fostering"), QT_TRANSLATE_NOOP("ValueSets", "Fostering")},
        {QStringLiteral("CareLeavers"), QT_TRANSLATE_NOOP("ValueSets", "Care leavers")},
        {QStringLiteral("Disability"), QT_TRANSLATE_NOOP("ValueSets", "Disability")},
        {QStringLiteral("Other"), QT_TRANSLATE_NOOP("ValueSets", "Other")},
        {QStringLiteral("social_worker"), QT_TRANSLATE_NOOP("ValueSets", "Social worker")},
        {QStringLiteral("senior_social_worker"),
         QT_TRANSLATE_NOOP("ValueSets", "Senior social worker")},
        {QStringLiteral("deputy_team_manager"),
         QT_TRANSLATE_NOOP("ValueSets", "Deputy team manager")},
        {QStringLiteral("team_manager"), QT_TRANSLATE_NOOP("ValueSets", "Team manager")},
        {QStringLiteral("supervising_social_worker"),
         QT_TRANSLATE_NOOP("ValueSets", "Supervising social worker")},
        {QStringLiteral("young_persons_adviser"),
         QT_TRANSLATE_NOOP("ValueSets", "Young person's adviser")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("ValueSets", "Other")},
        {QStringLiteral("permanent"), QT_TRANSLATE_NOOP("ValueSets", "Permanent")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("ValueSets", "Agency")},
        {QStringLiteral("mi"), QT_TRANSLATE_NOOP("ValueSets", "Motivational interviewing")},
        {QStringLiteral("msw"), QT_TRANSLATE_NOOP("ValueSets", "Motivational Social Work")},
        {QStringLiteral("coaching"), QT_TRANSLATE_NOOP("ValueSets", "Coaching")},
        {QStringLiteral("child_in_need"), QT_TRANSLATE_NOOP("ValueSets", "Child in need")},
        {QStringLiteral("child_protection"), QT_TRANSLATE_NOOP("ValueSets", "Child protection")},
        {QStringLiteral("looked_after"), QT_TRANSLATE_NOOP("ValueSets", "Looked after")},
        {QStringLiteral("care_leaver"), QT_TRANSLATE_NOOP("ValueSets", "Care leaver")},
        {QStringLiteral("early_help"), QT_TRANSLATE_NOOP("ValueSets", "Early help")},
        {QStringLiteral("home_visit"), QT_TRANSLATE_NOOP("ValueSets", "Home visit")},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("ValueSets", "Office")},
        {QStringLiteral("telephone"), QT_TRANSLATE_NOOP("ValueSets", "Telephone")},
        {QStringLiteral("supervision"), QT_TRANSLATE_NOOP("ValueSets", "Supervision")},
        {QStringLiteral("routine"), QT_TRANSLATE_NOOP("ValueSets", "Routine")},
        {QStringLiteral("high_risk"), QT_TRANSLATE_NOOP("ValueSets", "High risk")},
        {QStringLiteral("self_selected"), QT_TRANSLATE_NOOP("ValueSets", "Self-selected")},
        {QStringLiteral("random"), QT_TRANSLATE_NOOP("ValueSets", "Random")},
        {QStringLiteral("given"), QT_TRANSLATE_NOOP("ValueSets", "Given")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("ValueSets", "Refused")},
        {QStringLiteral("not_recorded"), QT_TRANSLATE_NOOP("ValueSets", "Not recorded")},
        {QStringLiteral("written"), QT_TRANSLATE_NOOP("ValueSets", "Written")},
        {QStringLiteral("verbal"), QT_TRANSLATE_NOOP("ValueSets", "Verbal")},
        {QStringLiteral("primary"), QT_TRANSLATE_NOOP("ValueSets", "Primary")},
        {QStringLiteral("second"), QT_TRANSLATE_NOOP("ValueSets", "Second (reliability)")},
        {QStringLiteral("consensus"), QT_TRANSLATE_NOOP("ValueSets", "Consensus")},
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("ValueSets", "Draft")},
        {QStringLiteral("final"), QT_TRANSLATE_NOOP("ValueSets", "Final")},
        {QStringLiteral("strength"), QT_TRANSLATE_NOOP("ValueSets", "Strength")},
        {QStringLiteral("to_develop"), QT_TRANSLATE_NOOP("ValueSets", "To develop")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("ValueSets", "Note")},
        {QStringLiteral("mother"), QT_TRANSLATE_NOOP("ValueSets", "Mother")},
        {QStringLiteral("father"), QT_TRANSLATE_NOOP("ValueSets", "Father")},
        {QStringLiteral("carer"), QT_TRANSLATE_NOOP("ValueSets", "Carer")},
        {QStringLiteral("young_person"), QT_TRANSLATE_NOOP("ValueSets", "Young person")},
        {QStringLiteral("practitioner"), QT_TRANSLATE_NOOP("ValueSets", "Practitioner")},
        {QStringLiteral("observer"), QT_TRANSLATE_NOOP("ValueSets", "Observer")},
        {QStringLiteral("paper"), QT_TRANSLATE_NOOP("ValueSets", "Paper")},
        {QStringLiteral("face_to_face"), QT_TRANSLATE_NOOP("ValueSets", "Face to face")},
        {QStringLiteral("interpreter"), QT_TRANSLATE_NOOP("ValueSets", "With an interpreter")},
        {QStringLiteral("evaluator"), QT_TRANSLATE_NOOP("ValueSets", "Practice evaluator")},
        {QStringLiteral("coach"), QT_TRANSLATE_NOOP("ValueSets", "Coach")},
        {QStringLiteral("manager"), QT_TRANSLATE_NOOP("ValueSets", "Manager")},
        {QStringLiteral("administrator"), QT_TRANSLATE_NOOP("ValueSets", "Administrator")},
    };
    return table;
}

} // namespace

bool hasLabel(const QString &key) {
    return labels().contains(key);
}

QString label(const QString &key) {
    const auto it = labels().constFind(key);
    if (it == labels().constEnd())
        return key;
    return QCoreApplication::translate("ValueSets", it.value());
}

} // namespace ValueSets
