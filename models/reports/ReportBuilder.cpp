#include "ReportBuilder.h"

#include "domain/CodingSchemeLoader.h"
#include "instruments/InstrumentCatalogue.h"
#include "instruments/InstrumentScorer.h"
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

    ReportData data;
    data.spec = spec;
    data.suppressionThreshold = threshold;
    data.generatedOn = m_options.today;
    data.referencePoints = m_options.referencePoints;
    data.previousPeriod = period.previous();
    data.asOf = std::min(period.to(), m_options.today);
    data.followUpWeeks = m_options.followUpWeeks;

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
    std::vector<double> overall;
    QList<std::vector<double>> factorValues(data.factors.size());
    QHash<QString, std::vector<double>> skillValues;
    QSet<qint64> observed;
    int feedbackDue = 0;
    int feedbackOnTime = 0;
    // Each coding's means, kept to join the earlier window's for the trend.
    std::vector<ReportCodingMeans> periodMeans;
    periodMeans.reserve(codings.size());
    for (const ReportCoding &coding : codings) {
        ++data.codings;
        observed.insert(coding.practitionerId);
        ReportCodingMeans means;
        means.codingId = coding.codingId;
        means.practitionerId = coding.practitionerId;
        means.recordedOn = coding.recordedOn;
        means.overall = meanOfSkills(coding.scores, skillKeys);
        for (const QStringList &skills : factorSkills)
            means.factors.append(meanOfSkills(coding.scores, skills));
        if (means.overall)
            overall.push_back(*means.overall);
        for (qsizetype f = 0; f < means.factors.size(); ++f) {
            if (means.factors.at(f))
                factorValues[f].push_back(*means.factors.at(f));
        }
        periodMeans.push_back(std::move(means));
        for (auto it = coding.scores.cbegin(); it != coding.scores.cend(); ++it)
            skillValues[it.key()].push_back(it.value());

        // Feedback is counted once it is due: given within the window, or overdue.
        if (coding.finalisedOn.isValid()) {
            const QDate due = coding.finalisedOn.addDays(m_options.feedbackDays);
            if (coding.feedbackOn.isValid() && coding.feedbackOn <= due) {
                ++feedbackDue;
                ++feedbackOnTime;
            } else if (coding.feedbackOn.isValid() || m_options.today > due) {
                ++feedbackDue;
            } else {
                ++data.feedbackNotYetDue;
            }
        }
    }
    // 5. Engagement and family change.
    static const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
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
        std::vector<double> values;
        for (const auto &administration : queries.administrations(
                 filter, {source.instrumentId}, source.respondents, period.from(), period.to())) {
            if (const auto total = totalOf(*definition, administration.items))
                values.push_back(*total);
        }
        // An instrument nobody used in the period is left out rather than shown as empty.
        if (values.empty() && source.instrumentId == QLatin1String("wai-sr-client"))
            continue;
        EngagementSummary summary;
        summary.instrumentId = source.instrumentId;
        summary.name = source.name;
        summary.scaleMin = definition->scaleMin;
        summary.scaleMax = definition->scaleMax;
        summary.mean = meanFigure(values, threshold);
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
        // Pair each family member's T1 with their T2 given in the period.
        std::map<std::pair<qint64, QString>,
                 std::pair<const ReportAdministration *, const ReportAdministration *>>
            pairs;
        const auto administrations =
            queries.followUpPairs(filter, score15->id, period.from(), period.to());
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
            std::vector<double> before;
            std::vector<double> after;
            for (const auto &[key, pair] : pairs) {
                if (!pair.first || !pair.second)
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
                    before.push_back(*b);
                    after.push_back(*a);
                }
            }
            summary.before = meanFigure(before, threshold);
            summary.after = meanFigure(after, threshold);
            const int n = int(before.size());
            summary.change.n = n;
            if (n < threshold) {
                summary.change.suppressed = true;
            } else {
                const PairedChangeResult change = PairedChange::compute(before, after);
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
                    const auto rci =
                        ReliableChange::compute(before[size_t(i)], after[size_t(i)], parameters->sd,
                                                parameters->reliability, summary.higherIsBetter);
                    if (!rci)
                        continue;
                    improved += rci->classification == ReliableChange::Class::ReliableImprovement;
                    deteriorated +=
                        rci->classification == ReliableChange::Class::ReliableDeterioration;
                }
                summary.reliableImprovement = shareFigure(improved, n, threshold);
                summary.reliableDeterioration = shareFigure(deteriorated, n, threshold);
            } else {
                summary.reliableImprovement.n = summary.reliableDeterioration.n = n;
                summary.reliableImprovement.suppressed = summary.reliableDeterioration.suppressed =
                    n < threshold;
            }
            data.familyChange.append(summary);
        }
    }

    // 6. Reliability of the double-coded recordings in the period.
    const ReliabilityQuery reliability(m_database);
    const auto doubleCoded = reliability.pairs(period.from(), period.to(), filter);
    data.reliabilityPairs = int(doubleCoded.size());
    data.reliability = ReliabilityTable::compute(doubleCoded, skillKeys);
    for (ReliabilityRow &row : data.reliability) {
        if (row.nPairs < threshold) {
            ReliabilityRow blank;
            blank.skill = row.skill;
            blank.nPairs = row.nPairs;
            row = blank;
        }
    }

    std::vector<ReportCodingMeans> wider = earlierRead.get();
    wider.insert(wider.end(), std::make_move_iterator(periodMeans.begin()),
                 std::make_move_iterator(periodMeans.end()));
    std::vector<double> previousOverall;
    QSet<qint64> observedSixMonths;
    for (const ReportCodingMeans &coding : wider) {
        if (inRange(coding.recordedOn, sixMonthsFrom, data.asOf))
            observedSixMonths.insert(coding.practitionerId);
        if (coding.overall &&
            inRange(coding.recordedOn, data.previousPeriod.from(), data.previousPeriod.to()))
            previousOverall.push_back(*coding.overall);
    }
    data.practitionersObserved = int(observed.size());
    data.practitionersActive =
        int((queries.activePractitioners(filter, period.from(), period.to()) | observed).size());
    data.overall = meanFigure(overall, threshold);
    data.previousOverall = meanFigure(previousOverall, threshold);
    data.changeOnPrevious.n = std::min(data.overall.n, data.previousOverall.n);
    if (data.overall.available() && data.previousOverall.available())
        data.changeOnPrevious.value = data.overall.value - data.previousOverall.value;
    else
        data.changeOnPrevious.suppressed =
            data.overall.suppressed || data.previousOverall.suppressed;

    for (qsizetype f = 0; f < data.factors.size(); ++f)
        data.factors[f].mean = meanFigure(factorValues.at(f), threshold);
    for (const SchemeSkill &skill : scheme.skills) {
        SkillSummary summary;
        summary.key = skill.key;
        summary.name = skill.name;
        summary.factorKey = skill.factor;
        const std::vector<double> &values = skillValues[skill.key];
        summary.mean = meanFigure(values, threshold);
        for (int level = scheme.scaleMin; level <= scheme.scaleMax; ++level) {
            const int count = int(std::count(values.begin(), values.end(), double(level)));
            summary.distribution.append(shareFigure(count, int(values.size()), threshold));
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
        std::vector<double> quarterOverall;
        QList<std::vector<double>> quarterFactors(data.factors.size());
        for (const ReportCodingMeans &coding : wider) {
            if (!inRange(coding.recordedOn, quarter.from(), quarter.to()))
                continue;
            if (coding.overall)
                quarterOverall.push_back(*coding.overall);
            for (qsizetype f = 0; f < data.factors.size() && f < coding.factors.size(); ++f) {
                if (coding.factors.at(f))
                    quarterFactors[f].push_back(*coding.factors.at(f));
            }
        }
        point.overall = meanFigure(quarterOverall, threshold);
        for (const auto &values : quarterFactors)
            point.factors.append(meanFigure(values, threshold));
        if (data.hasServiceLine) {
            std::vector<double> serviceOverall;
            for (const ReportCodingMeans &coding : service) {
                if (coding.overall && inRange(coding.recordedOn, quarter.from(), quarter.to()))
                    serviceOverall.push_back(*coding.overall);
            }
            point.serviceOverall = meanFigure(serviceOverall, threshold);
        }
        data.trend.append(point);
    }

    // 7. Coverage and timeliness, as at the end of the period (or today, if sooner).
    const QSet<qint64> activeAtEnd = queries.activePractitioners(filter, data.asOf, data.asOf);
    data.practitionersActiveAtEnd = int(activeAtEnd.size());
    data.notObservedSixMonths = int((activeAtEnd - observedSixMonths).size());
    data.feedbackWithinSevenDays = shareFigure(feedbackOnTime, feedbackDue, threshold);
    const QDate t1Before = data.asOf.addDays(-7 * m_options.followUpWeeks);
    data.followUpsOverdue = queries.followUpsOverdue(filter, t1Before.addYears(-1), t1Before);
    return data;
}
