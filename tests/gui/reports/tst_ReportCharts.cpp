#include "reports/ReportCharts.h"

#include <QTest>
#include <qcustomplot.h>

#include <cmath>

// The Practice Report's charts, read back from the chart objects: every plotted point sits on
// its own row (or quarter) with its own interval, a suppressed figure has neither a point nor
// an interval, and the coaching trajectory's month labels are distinct and do not touch.
class tst_ReportCharts : public QObject {
    Q_OBJECT

private slots:
    void skillsProfileDrawsEachIntervalOnItsOwnRow();
    void distributionDrawsEachShareOnItsOwnRow();
    void trendDrawsEachQuarterWithItsOwnBand();
    void trajectoryPlacesSessionsByDateWithDistinctLabels();
    void trajectoryDrawsTheTeamMeanOnlyWhenAsked();
};

namespace {

Figure figure(double value, double lower = Figure::none, double upper = Figure::none, int n = 9) {
    Figure f;
    f.n = n;
    f.value = value;
    f.lower = lower;
    f.upper = upper;
    return f;
}

Figure suppressed() {
    Figure f;
    f.n = 2;
    f.suppressed = true;
    return f;
}

SkillSummary skill(const QString &key, const QString &name, const Figure &mean) {
    SkillSummary s;
    s.key = key;
    s.name = name;
    s.mean = mean;
    return s;
}

FactorSummary factor(const QString &key, const QString &name, const Figure &mean) {
    FactorSummary f;
    f.key = key;
    f.name = name;
    f.mean = mean;
    return f;
}

// Unsorted, varied values; one skill and one factor suppressed, one skill without an interval.
ReportData reportData() {
    ReportData data;
    data.spec.scope = ReportSpec::Scope::Teams;
    data.spec.teams = {{1, QStringLiteral("CIN North")}};
    data.spec.period = ReportPeriod::ofQuarter(2025, 3);
    data.overall = figure(3.02, 2.71, 3.33);
    data.factors = {factor(QStringLiteral("f1"), QStringLiteral("Care"), figure(2.4, 2.0, 2.8)),
                    factor(QStringLiteral("f2"), QStringLiteral("Control"), suppressed()),
                    factor(QStringLiteral("f3"), QStringLiteral("Child"), figure(4.1, 3.6, 4.6))};
    data.skills = {
        skill(QStringLiteral("evocation"), QStringLiteral("Evocation"), figure(1.67, 1.0, 2.3)),
        skill(QStringLiteral("empathy"), QStringLiteral("Empathy"), figure(4.42, 4.05, 4.79)),
        skill(QStringLiteral("collaboration"), QStringLiteral("Collaboration"), suppressed()),
        skill(QStringLiteral("autonomy"), QStringLiteral("Autonomy"), figure(2.2)),
        skill(QStringLiteral("purposefulness"), QStringLiteral("Purposefulness"),
              figure(3.9, 3.1, 4.7)),
        skill(QStringLiteral("clarity"), QStringLiteral("Clarity about concerns"),
              figure(1.21, 1.05, 1.37)),
        skill(QStringLiteral("child_focus"), QStringLiteral("Child focus"),
              figure(4.9, 4.72, 5.0))};
    const QList<QList<double>> shares = {
        {0.5, 0.25, 0.25, 0, 0}, {0, 0, 0.1, 0.4, 0.5},   {},
        {0.2, 0.5, 0.2, 0.1, 0}, {0, 0.1, 0.2, 0.4, 0.3}, {0.8, 0.2, 0, 0, 0},
        {0, 0, 0, 0.1, 0.9}};
    for (qsizetype i = 0; i < data.skills.size(); ++i) {
        for (int level = 0; level < 5; ++level)
            data.skills[i].distribution.append(
                shares.at(i).isEmpty() ? suppressed() : figure(shares.at(i).at(level)));
    }
    const QList<double> overall = {2.1, Figure::none, 3.8, 2.6, 4.4, Figure::none, 1.9, 3.02};
    for (int q = 0; q < overall.size(); ++q) {
        TrendPoint point;
        point.quarter = ReportPeriod::ofQuarter(2023 + (q + 3) / 4, (q + 3) % 4 + 1);
        point.overall = std::isnan(overall.at(q))
                            ? suppressed()
                            : figure(overall.at(q), overall.at(q) - 0.2 - 0.05 * q,
                                     overall.at(q) + 0.3 + 0.01 * q);
        point.serviceOverall = q == 4 ? suppressed() : figure(3.0 + 0.1 * (q % 3));
        for (int f = 0; f < 3; ++f)
            point.factors.append((q + f) % 4 == 0 ? suppressed()
                                                  : figure(1.5 + 0.4 * f + 0.2 * ((q * 3) % 5),
                                                           1.2 + 0.4 * f, 4.0 + 0.1 * f));
        data.trend.append(point);
    }
    data.hasServiceLine = true;
    return data;
}

template <typename T> T *plottable(QCustomPlot &plot, const QString &objectName) {
    for (int i = 0; i < plot.plottableCount(); ++i) {
        if (plot.plottable(i)->objectName() == objectName)
            return qobject_cast<T *>(plot.plottable(i));
    }
    return nullptr;
}

// Index of the point at key in a graph, or -1.
int indexAt(const QCPGraph *graph, double key) {
    for (int i = 0; i < graph->dataCount(); ++i) {
        if (graph->data()->at(i)->key == key)
            return i;
    }
    return -1;
}

bool same(double actual, double expected) {
    return (std::isnan(actual) && std::isnan(expected)) || std::abs(actual - expected) < 1e-9;
}

QString describe(double actual, double expected) {
    return QStringLiteral("got %1, expected %2").arg(actual).arg(expected);
}

} // namespace

void tst_ReportCharts::skillsProfileDrawsEachIntervalOnItsOwnRow() {
    const ReportData data = reportData();
    QCustomPlot plot;
    plot.resize(700, 500);
    ReportCharts::applyStyle(&plot, 11);
    ReportCharts::skillsProfile(&plot, data);
    auto *dots = plottable<QCPGraph>(plot, QStringLiteral("skillMeans"));
    auto *errors = plottable<QCPErrorBars>(plot, QStringLiteral("skillIntervals"));
    QVERIFY(dots);
    QVERIFY(errors);
    QCOMPARE(errors->dataPlottable(), dots);
    // Error bars pair with the dots by index, so both must hold one entry per dot.
    QCOMPARE(errors->dataCount(), dots->dataCount());

    // Rows from the top: overall, the factors, then the skills.
    QList<std::pair<QString, Figure>> rows = {{QStringLiteral("Overall MSW score"), data.overall}};
    for (const FactorSummary &f : data.factors)
        rows.append({f.name + QStringLiteral(" (factor)"), f.mean});
    for (const SkillSummary &s : data.skills)
        rows.append({s.name, s.mean});
    const auto ticks = qSharedPointerDynamicCast<QCPAxisTickerText>(plot.yAxis->ticker())->ticks();
    int shown = 0;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const auto &[name, expected] = rows.at(row);
        const double key = double(rows.size() - row);
        // The row's label and its point share the key.
        QVERIFY2(ticks.value(key).startsWith(name), qPrintable(name));
        const int i = indexAt(dots, key);
        if (!expected.available()) {
            QVERIFY2(i < 0, qPrintable(name + QStringLiteral(" is suppressed but drawn")));
            QVERIFY(ticks.value(key).contains(data.suppressedText()));
            continue;
        }
        ++shown;
        QVERIFY2(i >= 0, qPrintable(name + QStringLiteral(" has no point")));
        QVERIFY2(same(dots->data()->at(i)->value, expected.value), qPrintable(name));
        const QCPErrorBarsData bar = errors->data()->at(i);
        const double lower = dots->data()->at(i)->value - bar.errorMinus;
        const double upper = dots->data()->at(i)->value + bar.errorPlus;
        if (expected.hasInterval()) {
            QVERIFY2(same(lower, expected.lower), qPrintable(name + QStringLiteral(" lower: ") +
                                                             describe(lower, expected.lower)));
            QVERIFY2(same(upper, expected.upper), qPrintable(name + QStringLiteral(" upper: ") +
                                                             describe(upper, expected.upper)));
        } else {
            // No interval: no bar at all, not a zero-length one with whiskers.
            QVERIFY2(std::isnan(bar.errorMinus) && std::isnan(bar.errorPlus),
                     qPrintable(name + QStringLiteral(" has an interval it does not have")));
        }
    }
    QCOMPARE(dots->dataCount(), shown);
}

void tst_ReportCharts::distributionDrawsEachShareOnItsOwnRow() {
    const ReportData data = reportData();
    QCustomPlot plot;
    plot.resize(700, 500);
    ReportCharts::distribution(&plot, data);
    const qsizetype count = data.skills.size();
    for (int level = 0; level < 5; ++level) {
        auto *bars = plottable<QCPBars>(plot, QStringLiteral("score%1").arg(level + 1));
        QVERIFY(bars);
        int shown = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const SkillSummary &s = data.skills.at(i);
            const Figure &share = s.distribution.at(level);
            const double key = double(count - i);
            auto it = bars->data()->findBegin(key, false);
            const bool found = it != bars->data()->constEnd() && it->key == key;
            if (!share.available()) {
                QVERIFY2(!found, qPrintable(s.name + QStringLiteral(" is suppressed but drawn")));
                continue;
            }
            ++shown;
            QVERIFY2(found, qPrintable(s.name));
            QVERIFY2(same(it->value, 100.0 * share.value), qPrintable(s.name));
        }
        QCOMPARE(bars->dataCount(), shown);
    }
}

void tst_ReportCharts::trendDrawsEachQuarterWithItsOwnBand() {
    const ReportData data = reportData();
    QCustomPlot plot;
    plot.resize(700, 300);
    auto check = [&](const QString &id, const QList<Figure> &figures, bool band) {
        auto *line = plottable<QCPGraph>(plot, id);
        auto *lower = plottable<QCPGraph>(plot, id + QStringLiteral(".lower"));
        auto *upper = plottable<QCPGraph>(plot, id + QStringLiteral(".upper"));
        QVERIFY2(line, qPrintable(id));
        QCOMPARE(bool(lower), band);
        QCOMPARE(bool(upper), band);
        QCOMPARE(line->dataCount(), int(figures.size()));
        for (qsizetype q = 0; q < figures.size(); ++q) {
            const Figure &expected = figures.at(q);
            const QString where = id + QLatin1Char(' ') + data.trend.at(q).quarter.key();
            const int i = indexAt(line, double(q));
            QVERIFY2(i >= 0, qPrintable(where));
            // A suppressed quarter is a gap (NaN), never a value.
            QVERIFY2(same(line->data()->at(i)->value,
                          expected.available() ? expected.value : Figure::none),
                     qPrintable(where));
            if (!band)
                continue;
            QVERIFY2(same(lower->data()->at(indexAt(lower, double(q)))->value,
                          expected.hasInterval() ? expected.lower : Figure::none),
                     qPrintable(where + QStringLiteral(" lower")));
            QVERIFY2(same(upper->data()->at(indexAt(upper, double(q)))->value,
                          expected.hasInterval() ? expected.upper : Figure::none),
                     qPrintable(where + QStringLiteral(" upper")));
        }
        // The quarter labels run in the same order as the points.
        const auto ticks =
            qSharedPointerDynamicCast<QCPAxisTickerText>(plot.xAxis->ticker())->ticks();
        for (qsizetype q = 0; q < data.trend.size(); ++q)
            QCOMPARE(ticks.value(double(q)), data.trend.at(q).quarter.key());
    };

    ReportCharts::trendOverall(&plot, data);
    QList<Figure> overall;
    QList<Figure> service;
    for (const TrendPoint &point : data.trend) {
        overall.append(point.overall);
        service.append(point.serviceOverall);
    }
    check(QStringLiteral("overall"), overall, true);
    check(QStringLiteral("service"), service, false);

    ReportCharts::trendFactors(&plot, data);
    for (qsizetype f = 0; f < data.factors.size(); ++f) {
        QList<Figure> figures;
        for (const TrendPoint &point : data.trend)
            figures.append(point.factors.at(f));
        check(QStringLiteral("factor:") + data.factors.at(f).key, figures, true);
    }
}

namespace {

QList<TrajectoryPoint> trajectoryPoints() {
    // Two sessions in November 2026 (the month that was labelled twice), a gap, and a run of
    // monthly sessions that would crowd a label per session.
    QList<TrajectoryPoint> points;
    const QList<QDate> dates = {QDate(2024, 9, 3),   QDate(2024, 10, 8),  QDate(2024, 11, 12),
                                QDate(2024, 12, 10), QDate(2025, 1, 14),  QDate(2025, 2, 11),
                                QDate(2025, 3, 11),  QDate(2025, 4, 8),   QDate(2025, 5, 13),
                                QDate(2025, 9, 9),   QDate(2026, 3, 17),  QDate(2026, 11, 3),
                                QDate(2026, 11, 24), QDate(2026, 11, 24), QDate(2026, 12, 1)};
    for (qsizetype i = 0; i < dates.size(); ++i)
        points.append({100 + i, dates.at(i), 1.5 + 0.37 * double((i * 7) % 10)});
    return points;
}

} // namespace

void tst_ReportCharts::trajectoryPlacesSessionsByDateWithDistinctLabels() {
    const QList<TrajectoryPoint> points = trajectoryPoints();
    for (const int width : {420, 700, 1100}) {
        QCustomPlot plot;
        plot.resize(width, 260);
        ReportCharts::applyStyle(&plot, 11);
        ReportCharts::trajectory(&plot, points, 112, std::nullopt);
        plot.replot();

        auto *sessions = plottable<QCPGraph>(plot, QStringLiteral("sessions"));
        QVERIFY(sessions);
        QCOMPARE(sessions->dataCount(), int(points.size()));
        for (qsizetype i = 0; i < points.size(); ++i) {
            // Same-day sessions share a key; each keeps its own value.
            const double key = double(points.at(i).recordedOn.toJulianDay());
            bool found = false;
            for (int d = 0; d < sessions->dataCount(); ++d)
                found = found || (sessions->data()->at(d)->key == key &&
                                  same(sessions->data()->at(d)->value, points.at(i).overall));
            QVERIFY2(found, qPrintable(points.at(i).recordedOn.toString(Qt::ISODate)));
        }
        auto *mark = plottable<QCPGraph>(plot, QStringLiteral("thisSession"));
        QVERIFY(mark);
        QCOMPARE(mark->dataCount(), 1);
        QCOMPARE(mark->data()->at(0)->key, double(points.at(12).recordedOn.toJulianDay()));
        QCOMPARE(mark->data()->at(0)->value, points.at(12).overall);

        const QVector<double> ticks = plot.xAxis->tickVector();
        const QVector<QString> labels = plot.xAxis->tickVectorLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        const QFontMetrics metrics(plot.xAxis->tickLabelFont());
        for (qsizetype t = 1; t < ticks.size(); ++t) {
            const double gap =
                plot.xAxis->coordToPixel(ticks.at(t)) - plot.xAxis->coordToPixel(ticks.at(t - 1));
            const double needed = (metrics.horizontalAdvance(labels.at(t)) +
                                   metrics.horizontalAdvance(labels.at(t - 1))) /
                                  2.0;
            QVERIFY2(gap > needed, qPrintable(QStringLiteral("%1 and %2 touch at width %3")
                                                  .arg(labels.at(t - 1), labels.at(t))
                                                  .arg(width)));
        }
        // Every session lies inside the axis range.
        QVERIFY(plot.xAxis->range().contains(double(points.constFirst().recordedOn.toJulianDay())));
        QVERIFY(plot.xAxis->range().contains(double(points.constLast().recordedOn.toJulianDay())));
    }
}

void tst_ReportCharts::trajectoryDrawsTheTeamMeanOnlyWhenAsked() {
    QCustomPlot plot;
    plot.resize(700, 260);
    ReportCharts::trajectory(&plot, trajectoryPoints(), 100, std::nullopt);
    QVERIFY(!plottable<QCPGraph>(plot, QStringLiteral("teamMean")));
    QVERIFY(plot.legend->visible());

    ReportCharts::trajectory(&plot, trajectoryPoints(), 100,
                             ReportCharts::MeanLine{QStringLiteral("Team mean, 2026-Q4"), 3.25});
    auto *team = plottable<QCPGraph>(plot, QStringLiteral("teamMean"));
    QVERIFY(team);
    QVERIFY(team->dataCount() >= 2);
    for (int i = 0; i < team->dataCount(); ++i)
        QCOMPARE(team->data()->at(i)->value, 3.25);
    // It spans the whole chart and is named in the legend.
    QCOMPARE(team->data()->at(0)->key, plot.xAxis->range().lower);
    QCOMPARE(team->data()->at(team->dataCount() - 1)->key, plot.xAxis->range().upper);
    QVERIFY(plot.legend->hasItemWithPlottable(team));
    QCOMPARE(team->name(), QStringLiteral("Team mean, 2026-Q4"));
    // Drawn again for the next session, the chart holds one of each line, not two.
    ReportCharts::trajectory(&plot, trajectoryPoints(), 101,
                             ReportCharts::MeanLine{QStringLiteral("Team mean, 2024-Q3"), 2.5});
    QCOMPARE(plot.graphCount(), 3);
}

QTEST_MAIN(tst_ReportCharts)
#include "tst_ReportCharts.moc"
