#include "DemoNames.h"

#include <QHash>

namespace DemoNames {

QStringList firstNames() {
    return {QStringLiteral("Aisha"),     QStringLiteral("Ben"),    QStringLiteral("Chloe"),
            QStringLiteral("Daniel"),    QStringLiteral("Efua"),   QStringLiteral("Fatima"),
            QStringLiteral("Gareth"),    QStringLiteral("Hannah"), QStringLiteral("Imran"),
            QStringLiteral("Jess"),      QStringLiteral("Kwame"),  QStringLiteral("Laura"),
            QStringLiteral("Mehmet"),    QStringLiteral("Nadia"),  QStringLiteral("Owen"),
            QStringLiteral("Priya"),     QStringLiteral("Rachel"), QStringLiteral("Sinead"),
            QStringLiteral("Tom"),       QStringLiteral("Uzma"),   QStringLiteral("Victoria"),
            QStringLiteral("Wei"),       QStringLiteral("Yusuf"),  QStringLiteral("Zara"),
            QStringLiteral("Amara"),     QStringLiteral("Callum"), QStringLiteral("Deborah"),
            QStringLiteral("Eleni"),     QStringLiteral("Femi"),   QStringLiteral("Grace"),
            QStringLiteral("Harpreet"),  QStringLiteral("Isla"),   QStringLiteral("Joseph"),
            QStringLiteral("Kerry"),     QStringLiteral("Lewis"),  QStringLiteral("Marta"),
            QStringLiteral("Niamh"),     QStringLiteral("Olu"),    QStringLiteral("Paul"),
            QStringLiteral("Rosa"),      QStringLiteral("Samir"),  QStringLiteral("Tanya"),
            QStringLiteral("Agnieszka"), QStringLiteral("Bethan"), QStringLiteral("Dev"),
            QStringLiteral("Funmi"),     QStringLiteral("Helen"),  QStringLiteral("Jamal"),
            QStringLiteral("Katie"),     QStringLiteral("Leon"),   QStringLiteral("Maryam"),
            QStringLiteral("Nathan"),    QStringLiteral("Ruth"),   QStringLiteral("Simone")};
}

QStringList surnames() {
    return {QStringLiteral("Adeyemi"),   QStringLiteral("Barker"),   QStringLiteral("Chowdhury"),
            QStringLiteral("Doherty"),   QStringLiteral("Ellis"),    QStringLiteral("Fernandes"),
            QStringLiteral("Griffiths"), QStringLiteral("Hussain"),  QStringLiteral("Iqbal"),
            QStringLiteral("Jenkins"),   QStringLiteral("Kowalski"), QStringLiteral("Lloyd"),
            QStringLiteral("Mensah"),    QStringLiteral("Nowak"),    QStringLiteral("O'Brien"),
            QStringLiteral("Patel"),     QStringLiteral("Quinn"),    QStringLiteral("Rahman"),
            QStringLiteral("Stewart"),   QStringLiteral("Thompson"), QStringLiteral("Usman"),
            QStringLiteral("Vaughan"),   QStringLiteral("Walsh"),    QStringLiteral("Yilmaz"),
            QStringLiteral("Zhou"),      QStringLiteral("Akhtar"),   QStringLiteral("Boateng"),
            QStringLiteral("Campbell"),  QStringLiteral("Davies"),   QStringLiteral("Evans"),
            QStringLiteral("Francis"),   QStringLiteral("Gordon"),   QStringLiteral("Hughes"),
            QStringLiteral("Ibrahim"),   QStringLiteral("Johnson"),  QStringLiteral("Kaur"),
            QStringLiteral("Lindqvist"), QStringLiteral("Murphy"),   QStringLiteral("Nwosu"),
            QStringLiteral("Okafor"),    QStringLiteral("Price"),    QStringLiteral("Reid"),
            QStringLiteral("Shah"),      QStringLiteral("Turner"),   QStringLiteral("Ward"),
            QStringLiteral("Begum"),     QStringLiteral("Costa"),    QStringLiteral("Morgan")};
}

QStringList areas() {
    return {QStringLiteral("Northbrook"), QStringLiteral("Eastwater"),
            QStringLiteral("Highfold"),   QStringLiteral("Marlow Vale"),
            QStringLiteral("Kingsmere"),  QStringLiteral("Ashgrove"),
            QStringLiteral("Riverside"),  QStringLiteral("Stonebridge"),
            QStringLiteral("Wexcombe"),   QStringLiteral("Fairholm")};
}

QList<TeamTemplate> serviceTeams() {
    return {{QStringLiteral("CIN North"), QStringLiteral("CIN")},
            {QStringLiteral("CIN South"), QStringLiteral("CIN")},
            {QStringLiteral("CIN East"), QStringLiteral("CIN")},
            {QStringLiteral("CIN West"), QStringLiteral("CIN")},
            {QStringLiteral("Child Protection"), QStringLiteral("CP")},
            {QStringLiteral("Children Looked After"), QStringLiteral("CLA")},
            {QStringLiteral("Disabled Children"), QStringLiteral("Disability")}};
}

QList<UserTemplate> users(int evaluators, int coaches, int managers) {
    const QStringList first = {
        QStringLiteral("Eva"),    QStringLiteral("Sam"),    QStringLiteral("Ruth"),
        QStringLiteral("Tomasz"), QStringLiteral("Adaeze"), QStringLiteral("Martin"),
        QStringLiteral("Leila"),  QStringLiteral("Gwen"),   QStringLiteral("Hamid"),
        QStringLiteral("Clare"),  QStringLiteral("Dylan"),  QStringLiteral("Farah"),
        QStringLiteral("Iain"),   QStringLiteral("Joy"),    QStringLiteral("Kofi"),
        QStringLiteral("Lucy"),   QStringLiteral("Mina"),   QStringLiteral("Neil"),
        QStringLiteral("Orla"),   QStringLiteral("Pete")};
    const QStringList last = {
        QStringLiteral("Morgan"),   QStringLiteral("Okafor"),  QStringLiteral("Begum"),
        QStringLiteral("Hughes"),   QStringLiteral("Nnamdi"),  QStringLiteral("Price"),
        QStringLiteral("Haddad"),   QStringLiteral("Rees"),    QStringLiteral("Karimi"),
        QStringLiteral("Fletcher"), QStringLiteral("Owusu"),   QStringLiteral("Siddiqui"),
        QStringLiteral("Mackay"),   QStringLiteral("Adebayo"), QStringLiteral("Asante"),
        QStringLiteral("Bennett"),  QStringLiteral("Sato"),    QStringLiteral("Carver"),
        QStringLiteral("Brennan"),  QStringLiteral("Lowe")};
    QList<UserTemplate> result;
    const int total = evaluators + coaches + managers;
    for (int i = 0; i < total; ++i) {
        const QString given = first.at(i % first.size());
        const QString family = last.at((i + i / first.size()) % last.size());
        QString role = QStringLiteral("evaluator");
        if (i >= evaluators + coaches)
            role = QStringLiteral("manager");
        else if (i >= evaluators)
            role = QStringLiteral("coach");
        QString username = given.toLower() + QLatin1Char('.') + family.toLower();
        if (i >= first.size())
            username += QString::number(i / first.size() + 1);
        result.append({username, given + QLatin1Char(' ') + family, role});
    }
    return result;
}

QStringList noteTexts(const QString &skill, const QString &kind) {
    using Texts = QHash<QString, QStringList>;
    static const Texts strengths = {
        {QStringLiteral("evocation"),
         {QStringLiteral(
              "Asks the parent why the change matters to them and waits for the answer."),
          QStringLiteral("Draws out the parent's own ideas before offering any."),
          QStringLiteral("Picks up the parent's change talk and asks for more.")}},
        {QStringLiteral("empathy"),
         {QStringLiteral(
              "Reflects the parent's frustration accurately; the parent visibly relaxes."),
          QStringLiteral("Names the worry behind the anger without judging it."),
          QStringLiteral("A warm, accurate reflection of how hard the week has been.")}},
        {QStringLiteral("collaboration"),
         {QStringLiteral("Agrees the next steps with the parent rather than for them."),
          QStringLiteral("Checks that the plan makes sense to the parent before moving on."),
          QStringLiteral("Builds on the parent's suggestion for the school run.")}},
        {QStringLiteral("autonomy"),
         {QStringLiteral("Makes clear the choice of support is the parent's."),
          QStringLiteral("Offers options and asks which would suit the family."),
          QStringLiteral("Respects the parent's decision while staying clear about the limits.")}},
        {QStringLiteral("purposefulness"),
         {QStringLiteral("Sets out the purpose of the visit at the start."),
          QStringLiteral(
              "Brings the conversation back to the plan without cutting the parent off."),
          QStringLiteral("Summarises what has been agreed before leaving.")}},
        {QStringLiteral("clarity_about_concerns"),
         {QStringLiteral("States the concern about the children plainly, with the evidence."),
          QStringLiteral("Explains what would happen if things do not change, without threat."),
          QStringLiteral("Is honest about the conference outcome while staying kind.")}},
        {QStringLiteral("child_focus"),
         {QStringLiteral("Asks what the children would say about home at the moment."),
          QStringLiteral("Keeps the baby's routine at the centre of the discussion."),
          QStringLiteral("Brings the young person's wishes into the plan.")}},
    };
    static const Texts toDevelop = {
        {QStringLiteral("evocation"),
         {QStringLiteral("Gives reasons for change before asking for the parent's own."),
          QStringLiteral("Misses the parent's change talk about the drinking.")}},
        {QStringLiteral("empathy"),
         {QStringLiteral("Moves on quickly when the parent becomes upset."),
          QStringLiteral("A reflection here could have eased the tension.")}},
        {QStringLiteral("collaboration"),
         {QStringLiteral("The plan is presented as decided; the parent's view is not sought."),
          QStringLiteral("Talks over the parent's suggestion.")}},
        {QStringLiteral("autonomy"),
         {QStringLiteral("Tells the parent which course to attend rather than offering a choice."),
          QStringLiteral("Advice given without permission.")}},
        {QStringLiteral("purposefulness"),
         {QStringLiteral("The visit drifts; the agreed agenda is not returned to."),
          QStringLiteral("No summary of what was agreed at the end.")}},
        {QStringLiteral("clarity_about_concerns"),
         {QStringLiteral("The concern about supervision is hinted at but never named."),
          QStringLiteral("Softens the concern so much that the parent may not have heard it.")}},
        {QStringLiteral("child_focus"),
         {QStringLiteral("The children are not mentioned for the first ten minutes."),
          QStringLiteral(
              "The discussion stays on the adults' relationship; the child's day is lost.")}},
    };
    const Texts &table = kind == QLatin1String("strength") ? strengths : toDevelop;
    return table.value(skill, {QStringLiteral("See the recording at this point.")});
}

QStringList generalNotes() {
    return {QStringLiteral("Interruption: phone call; the conversation restarts here."),
            QStringLiteral("A child comes into the room; worth listening to in supervision."),
            QStringLiteral("Good example for the team's practice development session."),
            QStringLiteral("Background noise makes the next minute hard to hear."),
            QStringLiteral("The interpreter joins here.")};
}

QStringList overallComments(double mean) {
    if (mean < 2.5)
        return {QStringLiteral("A directive session. The worker did most of the talking; more "
                               "open questions and reflections would help the parent engage."),
                QStringLiteral("The concerns were raised but the parent's view was rarely "
                               "sought. Focus for coaching: evocation and collaboration.")};
    if (mean < 3.3)
        return {QStringLiteral("A solid session with clear purpose. Some good reflections; "
                               "evocation is the next skill to work on."),
                QStringLiteral("Clear about the concerns and kept the child in mind. More "
                               "reflections would strengthen the relationship."),
                QStringLiteral("Mixed: warm at the start, more directive once the concerns came "
                               "up. Worth discussing in coaching.")};
    return {QStringLiteral("A strong session: warm, honest about the concerns and focused on the "
                           "children throughout. A good example to share."),
            QStringLiteral("Skilful use of reflections and summaries; the parent did much of the "
                           "thinking about what needs to change.")};
}

QStringList notCodableReasons() {
    return {QStringLiteral("Recording inaudible for most of the coded window"),
            QStringLiteral("Recording stopped before this part of the visit"),
            QStringLiteral("Session conducted mainly through an interpreter"),
            QStringLiteral("Topic did not come up in the coded window")};
}

} // namespace DemoNames
