#include "ReportBuilder.h"

#include "DisclosureRule.h"
#include "FamilyAttribution.h"
#include "domain/CodingSchemeLoader.h"
#include "instruments/InstrumentCatalogue.h"
#include "instruments/InstrumentScorer.h"
#include "policy/FollowUpRule.h"
#include "stats/Descriptive.h"
#include "stats/PairedChange.h"
#include "stats/ReliableChange.h"
#include "storage/Database.h"
#include "storage/ReliabilityQuery.h"
#include "storage/ReportQueries.h"

#include <QSet>

#include <algorithm>
#include <future>
#include <iterator>
#include <limits>
#include <map>
#include <memory>

namespace {

std::optional<double> meanOfSkills(const QHash<QString, int> &scores, const QStringList &skills) {
    double sum = 0.0;
    int n = 0;
    for (const QString &skill : skills) {
        const auto it = scores.constFind(skill);
        if (it != scores.cend()) {
            sum += it.value();
            ++n;
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

const QStringList parentRespondents = {QStringLiteral("mother"), QStringLiteral("father"),
                                       QStringLiteral("carer")};

// The values behind one figure and where each came from, for the disclosure rule.
struct Tallied {
    std::vector<double> values;
    SourceTally sources;
    void add(double value, qint64 teamId, const QDate &day, qint64 personId) {
        values.push_back(value);
        sources.add(teamId, day, personId);
    }
};

// Blanks a figure the rule withholds, keeping only why.
Figure withheld(Figure figure, const QString &reason) {
    if (reason.isEmpty())
        return figure;
    Figure blank;
    blank.n = figure.n;
    blank.suppressed = true;
    blank.withheldReason = reason;
    return blank;
}

} // namespace

ReportBuilder::ReportBuilder(const Database &database)
    : ReportBuilder(database, Options()) {}

ReportBuilder::ReportBuilder(const Database &database, Options options)
    : m_database(database)
    , m_options(std::move(options)) {}

Figure ReportBuilder::meanFigure(const std::vector<double> &values, int threshold) {
    Figure figure;
    figure.n = int(values.size());
    if (figure.n < threshold || values.empty()) {
        figure.suppressed = figure.n < threshold;
        return figure;
    }
    const MeanCi m = Descriptive::meanCi(values);
    figure.value = m.mean;
    if (m.hasInterval()) {
        figure.lower = m.lower;
        figure.upper = m.upper;
    }
    return figure;
}

Figure ReportBuilder::shareFigure(int count, int n, int threshold) {
    Figure figure;
    figure.n = n;
    if (n < threshold || n == 0) {
        figure.suppressed = n < threshold;
        return figure;
    }
    figure.value = double(count) / double(n);
    return figure;
}

ReportData ReportBuilder::build(const ReportSpec &spec) const {
    const int threshold = std::max(1, m_options.suppressionThreshold);
    // The built-in scheme and instruments are read from resources once, not per report.
    static const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const QStringList skillKeys = scheme.skillKeys();
    const ReportQueries queries(m_database);
    const ReportFilter filter = spec.filter();
    const ReportPeriod &period = spec.period;
    const DisclosureRule rule(threshold, spec.isManagerReport(), m_options.today);
    // The service line beside a coaching report is a service figure: the managers' rule.
    const DisclosureRule serviceRule(threshold, true, m_options.today);
    // ReportSpec::resolve refuses other periods for managers; a spec made some other way still
    // publishes nothing, because the whole-cell rule only holds for whole quarters.
    const QString periodRefused =
        spec.isManagerReport() ? ReportSpec::managerPeriodError(period) : QString();
    auto reasonOf = [&](const SourceTally &sources, DisclosureRule::Unit unit) {
        return periodRefused.isEmpty() ? rule.withheldReason(sources, unit) : periodRefused;
    };
    auto meanOf = [&](const Tallied &tally, DisclosureRule::Unit unit) {
        return withheld(meanFigure(tally.values, 1), reasonOf(tally.sources, unit));
    };
    auto shareOf = [&](int count, const Tallied &tally, DisclosureRule::Unit unit) {
        return withheld(shareFigure(count, int(tally.values.size()), 1),
                        reasonOf(tally.sources, unit));
    };
    using Unit = DisclosureRule::Unit;

    ReportData data;
    data.spec = spec;
    data.suppressionThreshold = threshold;
    data.generatedOn = m_options.today;
    data.referencePoints = m_options.referencePoints;
    data.previousPeriod = period.previous();
    data.asOf = std::min(period.to(), m_options.today);
    // The built-in instruments all follow up after 16 weeks; the organisation may choose its own.
    data.followUpWeeks = m_options.followUpWeeks.value_or(16);

    for (const auto &factor : scheme.factors)
        data.factors.append({factor.key, factor.name, scheme.skillsInFactor(factor.key), {}});

    // The period is read score by score; the wider window (previous period, trend, six-month
    // look-back) only as each coding's means, which keeps ten years of data quick.
    const QList<ReportPeriod> quarters = period.trailingQuarters(m_options.trendQuarters);
    const QDate sixMonthsFrom = data.asOf.addMonths(-6).addDays(1);
    const QDate readFrom = std::min(
        {period.from(), data.previousPeriod.from(), quarters.constFirst().from(), sixMonthsFrom});
    QList<QStringList> factorSkills;
    for (const auto &factor : data.factors)
        factorSkills.append(factor.skillKeys);
    // The time before the period (previous quarter, trend, six-month look-back) is the biggest
    // read of the report, so it runs on a second connection on another thread while this one
    // reads the period, the families and reliability. The period itself is read score by score
    // here and not again there; asOf never falls after the period, so nothing later is needed.
    // Sections 5 and 6 come before 4 for that reason.
    // (The future is waited for even if this thread throws, so the references stay valid.)
    const QDate earlierTo = period.from().addDays(-1);
    std::future<std::vector<ReportCodingMeans>> earlierRead = std::async(std::launch::async, [&] {
        const std::unique_ptr<Database> connection = m_database.openAnotherConnection();
        return ReportQueries(*connection)
            .codingMeans(filter, readFrom, earlierTo, skillKeys, factorSkills);
    });
    const std::vector<ReportCoding> codings = queries.codings(filter, period.from(), period.to());

    auto inRange = [](const QDate &date, const QDate &from, const QDate &to) {
        return date >= from && date <= to;
    };

    // 1, 2 and 3: the period itself.
    Tallied overall;
    QList<Tallied> factorValues(data.factors.size());
    QHash<QString, Tallied> skillValues;
    QSet<qint64> observed;
    Tallied feedbackDue; // 1 for feedback on time, 0 for late or overdue
    Tallied turnaround;  // days from the session to its final coding
    int feedbackOnTime = 0;
    // Each coding's means, kept to join the earlier window's for the trend.
    std::vector<ReportCodingMeans> periodMeans;
    periodMeans.reserve(codings.size());
    for (const ReportCoding &coding : codings) {
        ++data.codings;
        observed.insert(coding.practitionerId);
        auto add = [&](Tallied &tally, double value) {
            tally.add(value, coding.teamId, coding.recordedOn, coding.practitionerId);
        };
        ReportCodingMeans means;
        means.codingId = coding.codingId;
        means.practitionerId = coding.practitionerId;
        means.teamId = coding.teamId;
        means.recordedOn = coding.recordedOn;
        means.overall = meanOfSkills(coding.scores, skillKeys);
        for (const QStringList &skills : factorSkills)
            means.factors.append(meanOfSkills(coding.scores, skills));
        if (means.overall)
            add(overall, *means.overall);
        for (qsizetype f = 0; f < means.factors.size(); ++f) {
            if (means.factors.at(f))
                add(factorValues[f], *means.factors.at(f));
        }
        periodMeans.push_back(std::move(means));
        for (auto it = coding.scores.cbegin(); it != coding.scores.cend(); ++it)
            add(skillValues[it.key()], it.value());

        // Feedback is counted once it is due: given within the window, or overdue.
        if (coding.finalisedOn.isValid()) {
            add(turnaround, double(coding.recordedOn.daysTo(coding.finalisedOn)));
            const QDate due = coding.finalisedOn.addDays(m_options.feedbackDays);
            if (coding.feedbackOn.isValid() && coding.feedbackOn <= due) {
                add(feedbackDue, 1.0);
                ++feedbackOnTime;
            } else if (coding.feedbackOn.isValid() || m_options.today > due) {
                add(feedbackDue, 0.0);
            } else {
                ++data.feedbackNotYetDue;
            }
        }
    }
    // 5. Engagement and family change. Each form counts for the one team (and practitioner)
    // whose session it followed.
    static const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    const FamilyAttribution attribution(queries.familySessions());
    // The session a form is attributed to, when it falls within this report's scope.
    // A family with no recorded session belongs to no team: it counts for the service only.
    auto attributedOn = [&](qint64 familyId, const QDate &day) {
        auto session = attribution.sessionFor(familyId, day);
        if (!session && filter.isService())
            session = FamilySession{familyId, day, 0, 0};
        if (session && !FamilyAttribution::matches(filter, *session))
            session.reset();
        return session;
    };
    auto attributed = [&](const ReportAdministration &administration) {
        return attributedOn(administration.familyId, administration.administeredOn);
    };
    auto totalOf = [](const InstrumentDefinition &definition, const QMap<int, int> &items) {
        const QList<ScaleScore> scores = InstrumentScorer::score(definition, items);
        return scores.isEmpty() ? std::optional<double>() : scores.constFirst().value;
    };
    struct EngagementSource {
        QString instrumentId;
        QStringList respondents;
        QString name;
    };
    const QList<EngagementSource> engagementSources = {
        {QStringLiteral("wai-s-client"), parentRespondents,
         ReportData::tr("Parents' working alliance (WAI-S)")},
        {QStringLiteral("wai-sr-client"), parentRespondents,
         ReportData::tr("Parents' working alliance (WAI-SR)")},
        {QStringLiteral("observer-engagement"),
         {QStringLiteral("observer")},
         ReportData::tr("Observer rating of engagement")}};
    for (const EngagementSource &source : engagementSources) {
        const InstrumentDefinition *definition = catalogue.find(source.instrumentId);
        if (!definition)
            continue;
        Tallied values;
        for (const auto &administration : queries.administrations(
                 {}, {source.instrumentId}, source.respondents, period.from(), period.to())) {
            const auto session = attributed(administration);
            if (!session)
                continue;
            if (const auto total = totalOf(*definition, administration.items))
                values.add(*total, session->teamId, administration.administeredOn,
                           administration.familyId);
        }
        // An instrument nobody used in the period is left out rather than shown as empty.
        if (values.values.empty() && source.instrumentId == QLatin1String("wai-sr-client"))
            continue;
        EngagementSummary summary;
        summary.instrumentId = source.instrumentId;
        summary.name = source.name;
        summary.scaleMin = definition->scaleMin;
        summary.scaleMax = definition->scaleMax;
        summary.mean = meanOf(values, Unit::Families);
        for (const auto &reference : definition->referenceValues) {
            if (reference.scale == definition->total.key || reference.scale.isEmpty() ||
                reference.scale == QLatin1String("total")) {
                summary.referenceLabel = reference.label;
                summary.referenceValue = reference.value;
                summary.referenceSource = reference.source;
            }
        }
        data.engagement.append(summary);
    }

    if (const InstrumentDefinition *score15 = catalogue.find(QStringLiteral("score-15"))) {
        // Pair each family member's T1 with their T2 given in the period; the pair belongs to
        // the team whose session the T2 followed.
        std::map<std::pair<qint64, QString>,
                 std::pair<const ReportAdministration *, const ReportAdministration *>>
            pairs;
        const auto administrations =
            queries.followUpPairs({}, score15->id, period.from(), period.to());
        for (const auto &administration : administrations) {
            auto &pair = pairs[{administration.familyId, administration.respondent}];
            (administration.timepoint == QLatin1String("T1") ? pair.first : pair.second) =
                &administration;
        }
        for (const auto &scale : score15->scales()) {
            FamilyChangeSummary summary;
            summary.instrumentId = score15->id;
            summary.instrumentName = score15->name;
            summary.scaleKey = scale.key;
            summary.scaleName = scale.name;
            summary.higherIsBetter = score15->higherIsBetter();
            Tallied before;
            std::vector<double> after;
            for (const auto &[key, pair] : pairs) {
                if (!pair.first || !pair.second)
                    continue;
                const auto session = attributed(*pair.second);
                if (!session)
                    continue;
                auto scaleValue = [&](const ReportAdministration *administration) {
                    for (const auto &score :
                         InstrumentScorer::score(*score15, administration->items)) {
                        if (score.key == scale.key)
                            return score.value;
                    }
                    return std::optional<double>();
                };
                const auto b = scaleValue(pair.first);
                const auto a = scaleValue(pair.second);
                if (b && a) {
                    before.add(*b, session->teamId, pair.second->administeredOn, key.first);
                    after.push_back(*a);
                }
            }
            const QString reason = reasonOf(before.sources, Unit::Families);
            const int n = int(after.size());
            summary.before = withheld(meanFigure(before.values, 1), reason);
            summary.after = withheld(meanFigure(after, 1), reason);
            summary.change.n = n;
            if (!reason.isEmpty()) {
                summary.change = withheld(summary.change, reason);
            } else {
                const PairedChangeResult change = PairedChange::compute(before.values, after);
                summary.change.value = change.meanDifference;
                if (change.valid) {
                    summary.change.lower = change.lower;
                    summary.change.upper = change.upper;
                    summary.p = change.p;
                }
            }
            int improved = 0;
            int deteriorated = 0;
            const auto parameters = score15->reliableChangeFor(scale.key);
            if (parameters) {
                summary.provisionalReliableChange = parameters->provisional;
                for (int i = 0; i < n; ++i) {
                    const auto rci = ReliableChange::compute(
                        before.values[size_t(i)], after[size_t(i)], parameters->sd,
                        parameters->reliability, summary.higherIsBetter);
                    if (!rci)
                        continue;
                    improved += rci->classification == ReliableChange::Class::ReliableImprovement;
                    deteriorated +=
                        rci->classification == ReliableChange::Class::ReliableDeterioration;
                }
                summary.reliableImprovement = shareOf(improved, before, Unit::Families);
                summary.reliableDeterioration = shareOf(deteriorated, before, Unit::Families);
            } else {
                summary.reliableImprovement.n = summary.reliableDeterioration.n = n;
                summary.reliableImprovement = withheld(summary.reliableImprovement, reason);
                summary.reliableDeterioration = withheld(summary.reliableDeterioration, reason);
            }
            data.familyChange.append(summary);
        }
    }

    // 6. Reliability of the double-coded recordings in the period.
    const ReliabilityQuery reliability(m_database);
    const auto doubleCoded = reliability.pairs(period.from(), period.to(), filter);
    data.reliabilityPairs = int(doubleCoded.size());
    data.reliability = ReliabilityTable::compute(doubleCoded, skillKeys);
    ReliabilityTable::withhold(
        data.reliability, periodRefused.isEmpty() ? threshold : std::numeric_limits<int>::max());

    std::vector<ReportCodingMeans> wider = earlierRead.get();
    wider.insert(wider.end(), std::make_move_iterator(periodMeans.begin()),
                 std::make_move_iterator(periodMeans.end()));
    Tallied previousOverall;
    QSet<qint64> observedSixMonths;
    for (const ReportCodingMeans &coding : wider) {
        if (inRange(coding.recordedOn, sixMonthsFrom, data.asOf))
            observedSixMonths.insert(coding.practitionerId);
        if (coding.overall &&
            inRange(coding.recordedOn, data.previousPeriod.from(), data.previousPeriod.to()))
            previousOverall.add(*coding.overall, coding.teamId, coding.recordedOn,
                                coding.practitionerId);
    }
    data.practitionersObserved = int(observed.size());
    data.practitionersActive =
        int((queries.activePractitioners(filter, period.from(), period.to()) | observed).size());
    data.overall = meanOf(overall, Unit::Sessions);
    data.previousOverall = meanOf(previousOverall, Unit::Sessions);
    data.changeOnPrevious.n = std::min(data.overall.n, data.previousOverall.n);
    data.draftsOutstanding = queries.draftCodings(filter, period.from(), period.to());
    if (data.isIncomplete()) {
        // Not a privacy rule: a part-period against a whole one is not a change.
        data.changeOnPrevious.withheldReason = ReportData::tr("the period is incomplete");
    } else if (data.overall.available() && data.previousOverall.available()) {
        data.changeOnPrevious.value = data.overall.value - data.previousOverall.value;
    } else if (data.overall.suppressed || data.previousOverall.suppressed) {
        data.changeOnPrevious = withheld(
            data.changeOnPrevious,
            data.overall.suppressed ? data.overall.withheldReason
                                    : ReportData::tr("the previous period's figure is withheld"));
    }

    for (qsizetype f = 0; f < data.factors.size(); ++f)
        data.factors[f].mean = meanOf(factorValues.at(f), Unit::Sessions);
    for (const SchemeSkill &skill : scheme.skills) {
        SkillSummary summary;
        summary.key = skill.key;
        summary.name = skill.name;
        summary.factorKey = skill.factor;
        const Tallied &values = skillValues[skill.key];
        summary.mean = meanOf(values, Unit::Sessions);
        for (int level = scheme.scaleMin; level <= scheme.scaleMax; ++level) {
            const int count =
                int(std::count(values.values.begin(), values.values.end(), double(level)));
            summary.distribution.append(shareOf(count, values, Unit::Sessions));
        }
        data.skills.append(summary);
    }

    // 4. Trend, with the service line beside a team's or practitioner's own.
    std::vector<ReportCodingMeans> service;
    data.hasServiceLine = !filter.isService();
    if (data.hasServiceLine)
        service = queries.codingMeans({}, quarters.constFirst().from(), period.to(), skillKeys, {});
    for (const ReportPeriod &quarter : quarters) {
        TrendPoint point;
        point.quarter = quarter;
        Tallied quarterOverall;
        QList<Tallied> quarterFactors(data.factors.size());
        for (const ReportCodingMeans &coding : wider) {
            if (!inRange(coding.recordedOn, quarter.from(), quarter.to()))
                continue;
            if (coding.overall)
                quarterOverall.add(*coding.overall, coding.teamId, coding.recordedOn,
                                   coding.practitionerId);
            for (qsizetype f = 0; f < data.factors.size() && f < coding.factors.size(); ++f) {
                if (coding.factors.at(f))
                    quarterFactors[f].add(*coding.factors.at(f), coding.teamId, coding.recordedOn,
                                          coding.practitionerId);
            }
        }
        point.overall = meanOf(quarterOverall, Unit::Sessions);
        for (const auto &values : quarterFactors)
            point.factors.append(meanOf(values, Unit::Sessions));
        // A part-quarter plotted beside whole ones reads as a change that has not happened yet.
        // Manager scopes already withhold a quarter that has not ended (DisclosureRule); a
        // coaching report withholds one that has not ended or whose drafts would still move it.
        if (!spec.isManagerReport()) {
            point.incomplete = ReportData::incompleteText(
                ReportData::tr("quarter"), quarter.to(), quarter.to() < m_options.today,
                queries.draftCodings(filter, quarter.from(), quarter.to()));
        }
        if (!point.incomplete.isEmpty()) {
            const QString reason = quarter.key() + QStringLiteral(" is ") +
                                   point.incomplete.left(1).toLower() + point.incomplete.mid(1);
            // A figure already withheld for privacy keeps that reason.
            if (!point.overall.suppressed)
                point.overall = withheld(point.overall, reason);
            for (Figure &factor : point.factors) {
                if (!factor.suppressed)
                    factor = withheld(factor, reason);
            }
        }
        if (data.hasServiceLine) {
            Tallied serviceOverall;
            for (const ReportCodingMeans &coding : service) {
                if (coding.overall && inRange(coding.recordedOn, quarter.from(), quarter.to()))
                    serviceOverall.add(*coding.overall, coding.teamId, coding.recordedOn,
                                       coding.practitionerId);
            }
            point.serviceOverall =
                withheld(meanFigure(serviceOverall.values, 1),
                         serviceRule.withheldReason(serviceOverall.sources, Unit::Sessions));
        }
        data.trend.append(point);
    }

    // 7. Coverage and timeliness, as at the end of the period (or today, if sooner).
    const QSet<qint64> activeAtEnd = queries.activePractitioners(filter, data.asOf, data.asOf);
    data.practitionersActiveAtEnd = int(activeAtEnd.size());
    data.notObservedSixMonths = int((activeAtEnd - observedSixMonths).size());
    data.codingTurnaroundDays = meanOf(turnaround, Unit::Sessions);
    data.feedbackWithinSevenDays = shareOf(feedbackOnTime, feedbackDue, Unit::Sessions);
    // Overdue as FollowUpRule defines it, the same rule the follow-up list uses.
    const FollowUpRule followUpRule(catalogue, m_options.followUpWeeks);
    for (const auto &open : queries.openFollowUps(followUpRule.repeatedInstruments(), data.asOf)) {
        if (FollowUpRule::isOverdue(followUpRule.dueDate(open.instrumentId, open.t1), data.asOf) &&
            attributedOn(open.familyId, open.t1))
            ++data.followUpsOverdue;
    }
    return data;
}
