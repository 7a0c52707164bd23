#include "SpssExporter.h"

#include "CodingsExporter.h"
#include "MeasuresExporter.h"
#include "domain/CodingSchemeLoader.h"
#include "domain/ValueSets.h"
#include "instruments/InstrumentCatalogue.h"

QList<SavWriter::Variable> SpssExporter::codingVariables() {
    using Variable = SavWriter::Variable;
    QList<Variable> variables = {
        Variable::text(QStringLiteral("recording_code"), tr("Recording code")),
        Variable::text(QStringLiteral("practitioner_code"), tr("Practitioner code")),
        Variable::text(QStringLiteral("family_code"), tr("Family case code")),
        Variable::text(QStringLiteral("recorded_on"), tr("Date of the session (YYYY-MM-DD)")),
        Variable::coded(QStringLiteral("session_type"), tr("Type of session"),
                        ValueSets::sessionTypes()),
        Variable::text(QStringLiteral("coder"), tr("Coder (user name)")),
        Variable::coded(QStringLiteral("coding_role"), tr("Coding role"), ValueSets::codingRoles()),
        Variable::text(QStringLiteral("coded_on"),
                       tr("Date coded (YYYY-MM-DD); a draft's last change")),
    };
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    for (const SchemeSkill &skill : scheme.skills) {
        Variable score =
            Variable::number(skill.key, tr("%1 score (%2 to %3; blank when not codable)")
                                            .arg(skill.name)
                                            .arg(scheme.scaleMin)
                                            .arg(scheme.scaleMax));
        score.ordinal = true;
        for (auto level = skill.levels.cbegin(); level != skill.levels.cend(); ++level)
            score.valueLabels.append({level.key(), level.value()});
        variables.append(score);
    }
    variables << Variable::text(QStringLiteral("comment"), tr("Coder's comment"))
              << Variable::number(QStringLiteral("coding_id"), tr("Coding number"))
              << Variable::coded(QStringLiteral("status"), tr("Coding status"),
                                 ValueSets::codingStatuses())
              << Variable::text(QStringLiteral("scheme"), tr("Coding scheme and version"))
              << Variable::coded(QStringLiteral("selection_reason"),
                                 tr("Why the session was selected for coding"),
                                 ValueSets::selectionReasons());
    return variables;
}

QList<SavWriter::Variable> SpssExporter::measureVariables() {
    using Variable = SavWriter::Variable;
    Variable instrument = Variable::coded(QStringLiteral("instrument"), tr("Questionnaire"),
                                          InstrumentCatalogue::builtIn().ids());
    instrument.codeLabels.clear();
    for (const QString &id : instrument.codes)
        instrument.codeLabels.append(InstrumentCatalogue::builtIn().find(id)->name);
    Variable prorated =
        Variable::coded(QStringLiteral("prorated"), tr("Score prorated for unanswered items"),
                        {QStringLiteral("false"), QStringLiteral("true")});
    prorated.codeLabels = {tr("No"), tr("Yes")};
    prorated.firstCode = 0;
    return {
        Variable::text(QStringLiteral("family_code"), tr("Family case code")),
        Variable::coded(QStringLiteral("respondent"), tr("Who answered"), ValueSets::respondents()),
        instrument,
        Variable::text(QStringLiteral("timepoint"),
                       tr("Time point (T1 at the start, T2 at follow-up)")),
        Variable::text(QStringLiteral("administered_on"), tr("Date answered (YYYY-MM-DD)")),
        Variable::text(QStringLiteral("scale"), tr("Scale (total or a subscale)")),
        Variable::number(QStringLiteral("value"),
                         tr("Scale score (blank when too few items were answered)"), 2),
        Variable::number(QStringLiteral("items_answered"), tr("Items answered")),
        prorated};
}

bool SpssExporter::writeCodings(Database &database, QIODevice *device, QString *error) {
    return SavWriter::write(
        device, codingVariables(),
        [&](const SavWriter::RowVisitor &visit, QString *) {
            CodingsExporter::forEachRow(database, true, visit);
            return true;
        },
        error);
}

bool SpssExporter::writeMeasures(Database &database, QIODevice *device, QString *error) {
    return SavWriter::write(
        device, measureVariables(),
        [&](const SavWriter::RowVisitor &visit, QString *readError) {
            return MeasuresExporter::forEachRow(database, visit, readError);
        },
        error);
}
