#include "ReportCharts.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ReportCharts {

namespace {

// The charts' labels are translated in the "ReportCharts" context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

// QCustomPlot's own default: room for the tick labels at the ends of the axes.
const QMargins baseMargins(15, 15, 15, 15);

void reset(QCustomPlot *plot) {
    plot->clearItems();
    plot->clearPlottables();
    plot->clearGraphs();
    plot->legend->clearItems();
    plot->legend->setVisible(false);
    plot->xAxis->setLabel(QString());
    plot->yAxis->setLabel(QString());
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setRangeReversed(false);
    plot->xAxis->grid()->setVisible(true);
    plot->yAxis->grid()->setVisible(true);
    plot->setInteractions(QCP::Interactions());
    plot->axisRect()->setMinimumMargins(baseMargins);
}

QFont referenceLabelFont(const QCustomPlot *plot) {
    QFont font = plot->xAxis->tickLabelFont();
    font.setPixelSize(std::max(8, font.pixelSize() - 2));
    return font;
}

// The trend charts keep two columns at the right for reference point labels; the factor chart
// keeps it too, so the quarters of both charts line up.
QMargins trendMargins(const QCustomPlot *plot) {
    const int labelWidth =
        QFontMetrics(referenceLabelFont(plot)).horizontalAdvance(QStringLiteral("0.00"));
    return baseMargins + QMargins(0, 0, 2 * labelWidth + 8, 0);
}

void referenceLines(QCustomPlot *plot, const ReportData &data, bool vertical) {
    const QFont font = referenceLabelFont(plot);
    const int lineHeight = QFontMetrics(font).height();
    const int labelWidth = QFontMetrics(font).horizontalAdvance(QStringLiteral("0.00"));
    // Labels sit outside the data (above the skills chart, at the right of the trend) so they
    // never cover a mean or an interval. Labels of points closer than this on the 1-5 scale
    // would touch, so the later one moves to a second row (skills) or column (trend).
    const double close = vertical ? 0.25 : 0.3;
    QList<ReferencePoint> points = data.referencePoints;
    std::sort(points.begin(), points.end(),
              [](const ReferencePoint &a, const ReferencePoint &b) { return a.value < b.value; });
    QList<double> lastInLane = {-100.0, -100.0};
    for (const ReferencePoint &point : points) {
        auto *line = new QCPItemStraightLine(plot);
        line->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.0, Qt::DashLine));
        auto *label = new QCPItemText(plot);
        label->setText(QString::number(point.value, 'f', 2));
        label->setColor(QColor(0x40, 0x40, 0x40));
        label->setFont(font);
        label->setClipToAxisRect(false);
        // The first lane whose last label is far enough away; the second when neither is.
        const int lane = point.value - lastInLane.at(0) >= close ? 0 : 1;
        lastInLane[lane] = point.value;
        if (vertical) {
            line->point1->setCoords(point.value, 0);
            line->point2->setCoords(point.value, 1);
            label->position->setTypeX(QCPItemPosition::ptPlotCoords);
            label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            label->position->setCoords(point.value, 0.0);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setPadding(QMargins(0, 0, 0, lane * lineHeight));
        } else {
            line->point1->setCoords(0, point.value);
            line->point2->setCoords(1, point.value);
            label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            label->position->setTypeY(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(1.0, point.value);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setPadding(QMargins(4 + lane * (labelWidth + 4), 0, 0, 0));
        }
    }
    // Room outside the plot for two rows of labels above the skills chart (and half a label at
    // the right, where the last tick label would otherwise be cut), two columns beside the
    // trend.
    plot->axisRect()->setMinimumMargins(
        vertical ? baseMargins + QMargins(0, 2 * lineHeight, labelWidth / 2, 0)
                 : trendMargins(plot));
}

QSharedPointer<QCPAxisTickerText> quarterTicker(const ReportData &data) {
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < data.trend.size(); ++i)
        ticker->addTick(double(i), data.trend.at(i).quarter.key());
    return ticker;
}

// A line with its 95% band, one point per quarter in the order of ReportData::trend. The line
// and both edges of the band are named "<id>", "<id>.lower" and "<id>.upper" so that each can
// be found again (and checked against the report's figures).
void addBandedLine(QCustomPlot *plot, const QString &id, const QString &name, const QColor &colour,
                   const QList<Figure> &figures, int bandAlpha, Qt::PenStyle style, bool band) {
    QVector<double> keys;
    QVector<double> values;
    QVector<double> lower;
    QVector<double> upper;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        keys.append(double(i));
        // NaN breaks the line, so a suppressed quarter shows as a gap rather than a guess.
        values.append(f.available() ? f.value : qQNaN());
        lower.append(f.hasInterval() ? f.lower : qQNaN());
        upper.append(f.hasInterval() ? f.upper : qQNaN());
    }
    if (band) {
        QCPGraph *low = plot->addGraph();
        low->setObjectName(id + QStringLiteral(".lower"));
        low->setData(keys, lower, true);
        low->setPen(Qt::NoPen);
        low->removeFromLegend();
        QCPGraph *high = plot->addGraph();
        high->setObjectName(id + QStringLiteral(".upper"));
        high->setData(keys, upper, true);
        high->setPen(Qt::NoPen);
        QColor fill = colour;
        fill.setAlpha(bandAlpha);
        high->setBrush(fill);
        high->setChannelFillGraph(low);
        high->removeFromLegend();
    }
    QCPGraph *line = plot->addGraph();
    line->setObjectName(id);
    line->setName(name);
    line->setData(keys, values, true);
    line->setPen(QPen(colour, 2.2, style));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 6));
}

// Moves the legend out of the plot into a row of its own, above or below it, `wrap` entries to
// a line. Done once per plot: a chart redrawn on screen keeps the row it already has.
void legendInOwnRow(QCustomPlot *plot, int wrap, bool above) {
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(wrap);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    if (plot->plotLayout()->rowCount() != 1)
        return;
    const int row = above ? 0 : 1;
    if (above)
        plot->plotLayout()->insertRow(0);
    auto *legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(row, 0, legendRow);
    legendRow->addElement(0, 0, plot->legend);
    legendRow->setMargins(QMargins(0, 0, 0, above ? 0 : 4));
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
}

void styleLegend(QCustomPlot *plot, Qt::Alignment alignment) {
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 230));
    plot->legend->setBorderPen(QPen(QColor(0xc0, 0xc0, 0xc0)));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, alignment);
}

// Ticks on the first of a month, a whole number of months apart, labelled "Nov 2026". Sessions
// are placed by their date, so two sessions in one month share the month's single label
// instead of each getting their own, and the step widens until the labels fit.
class MonthTicker : public QCPAxisTicker {
public:
    static double key(const QDate &date) { return double(date.toJulianDay()); }

protected:
    double getTickStep(const QCPRange &range) override {
        const double months = range.size() / 30.44;
        for (int step : {1, 2, 3, 6, 12, 24, 60}) {
            if (months / step <= tickCount())
                return step;
        }
        return 120;
    }
    int getSubTickCount(double) override { return 0; }
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override {
        const int step = std::max(1, int(tickStep));
        const QDate start = QDate::fromJulianDay(qint64(std::ceil(range.lower)));
        QDate month(start.year(), start.month(), 1);
        if (key(month) < range.lower)
            month = month.addMonths(1);
        // Align to the step (quarters start in January, April ...) so ticks do not wander.
        while ((month.year() * 12 + month.month() - 1) % step != 0)
            month = month.addMonths(1);
        QVector<double> ticks;
        for (; key(month) <= range.upper; month = month.addMonths(step))
            ticks.append(key(month));
        return ticks;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override {
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(QDate::fromJulianDay(qint64(tick)), QStringLiteral("MMM yyyy"));
    }
};

} // namespace

QColor okabeIto(int index) {
    static const QList<QColor> colours = {QColor(0x00, 0x00, 0x00), QColor(0xE6, 0x9F, 0x00),
                                          QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                          QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2),
                                          QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7)};
    return colours.at(index % colours.size());
}

QList<QColor> scoreColours() {
    return {okabeIto(6), okabeIto(1), QColor(0xBB, 0xBB, 0xBB), okabeIto(2), okabeIto(5)};
}

void applyStyle(QCustomPlot *plot, int basePixelSize) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(basePixelSize);
    QFont labelFont = font;
    labelFont.setPixelSize(basePixelSize + 1);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(labelFont);
        axis->setBasePen(QPen(QColor(0x50, 0x50, 0x50)));
        axis->setTickPen(QPen(QColor(0x50, 0x50, 0x50)));
        axis->setSubTickPen(Qt::NoPen);
        axis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::SolidLine));
    }
    plot->legend->setFont(font);
    plot->setBackground(Qt::white);
}

void skillsProfile(QCustomPlot *plot, const ReportData &data) {
    reset(plot);
    // Horizontal dots: skill names sit on the left, where long names stay readable.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Each row's point and interval travel together; QCustomPlot keeps a graph's data sorted by
    // key but an error bar's by index, so both are set from one list sorted here.
    QList<std::pair<double, Figure>> rows;
    const qsizetype count = data.skills.size() + data.factors.size() + 1;
    auto add = [&](qsizetype row, const QString &name, const Figure &figure) {
        const double key = double(count - row);
        ticker->addTick(key, figure.available() ? name
                                                : name + QStringLiteral("\n(") +
                                                      data.suppressedText() + QLatin1Char(')'));
        if (figure.available())
            rows.append({key, figure});
    };
    qsizetype row = 0;
    add(row++, Text::tr("Overall MSW score"), data.overall);
    for (const FactorSummary &factor : data.factors)
        add(row++, Text::tr("%1 (factor)").arg(factor.name), factor.mean);
    for (const SkillSummary &skill : data.skills)
        add(row++, skill.name, skill.mean);
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QVector<double> keys;
    QVector<double> values;
    QVector<double> minus;
    QVector<double> plus;
    for (const auto &[key, figure] : rows) {
        keys.append(key);
        values.append(figure.value);
        // NaN draws no bar at all, where zero would draw whiskers on the dot.
        minus.append(figure.hasInterval() ? figure.value - figure.lower : qQNaN());
        plus.append(figure.hasInterval() ? figure.upper - figure.value : qQNaN());
    }

    QCPGraph *dots = plot->addGraph(plot->yAxis, plot->xAxis);
    dots->setObjectName(QStringLiteral("skillMeans"));
    dots->setName(Text::tr("Mean with 95% confidence interval"));
    dots->setLineStyle(QCPGraph::lsNone);
    dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, okabeIto(5), okabeIto(5), 8));
    dots->setData(keys, values, true);
    auto *errors = new QCPErrorBars(plot->yAxis, plot->xAxis);
    errors->setObjectName(QStringLiteral("skillIntervals"));
    errors->setDataPlottable(dots);
    errors->setErrorType(QCPErrorBars::etValueError);
    errors->setData(minus, plus);
    errors->setPen(QPen(okabeIto(5), 1.6));
    errors->setWhiskerWidth(7);
    errors->removeFromLegend();

    // Separate the overall score and the factors from the skills.
    for (double at : {double(count) - 0.5, double(count - data.factors.size()) - 0.5}) {
        auto *rule = new QCPItemStraightLine(plot);
        rule->point1->setCoords(0, at);
        rule->point2->setCoords(1, at);
        rule->setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 1.0));
    }

    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, double(count) + 0.6);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setRange(1.0, 5.0);
    plot->xAxis->setLabel(Text::tr("Mean score (1 = low, 5 = high), with 95% confidence interval"));
    referenceLines(plot, data, true);
    plot->replot();
}

void distribution(QCustomPlot *plot, const ReportData &data) {
    reset(plot);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const qsizetype count = data.skills.size();
    for (qsizetype i = 0; i < count; ++i) {
        const SkillSummary &skill = data.skills.at(i);
        const bool shown =
            !skill.distribution.isEmpty() && skill.distribution.constFirst().available();
        ticker->addTick(double(count - i), shown ? skill.name
                                                 : skill.name + QStringLiteral("\n(") +
                                                       data.suppressedText() + QLatin1Char(')'));
    }
    const QList<QColor> colours = scoreColours();
    QCPBars *below = nullptr;
    for (int level = 0; level < 5; ++level) {
        auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setObjectName(QStringLiteral("score%1").arg(level + 1));
        bars->setName(Text::tr("Score %1").arg(level + 1));
        bars->setBrush(colours.at(level));
        bars->setPen(QPen(Qt::white, 0.8));
        bars->setWidth(0.62);
        QVector<double> keys;
        QVector<double> values;
        for (qsizetype i = 0; i < count; ++i) {
            const SkillSummary &skill = data.skills.at(i);
            if (level >= skill.distribution.size() || !skill.distribution.at(level).available())
                continue;
            keys.append(double(count - i));
            values.append(100.0 * skill.distribution.at(level).value);
        }
        bars->setData(keys, values);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.4, double(count) + 0.6);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.0, 100.0);
    plot->xAxis->setLabel(Text::tr("Share of scores (%)"));
    // The legend sits in its own row above the bars so it never hides a bar.
    legendInOwnRow(plot, 5, true);
    plot->replot();
}

void trendOverall(QCustomPlot *plot, const ReportData &data) {
    reset(plot);
    QList<Figure> overall;
    QList<Figure> service;
    for (const TrendPoint &point : data.trend) {
        overall.append(point.overall);
        service.append(point.serviceOverall);
    }
    if (data.hasServiceLine)
        addBandedLine(plot, QStringLiteral("service"), Text::tr("Whole service"), okabeIto(0),
                      service, 0, Qt::DashLine, false);
    addBandedLine(plot, QStringLiteral("overall"),
                  data.spec.scope == ReportSpec::Scope::Service ? Text::tr("Whole service")
                                                                : data.spec.scopeLabel(),
                  okabeIto(5), overall, 60, Qt::SolidLine, true);
    plot->xAxis->setTicker(quarterTicker(data));
    plot->xAxis->setRange(-0.4, double(data.trend.size()) - 0.6);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(1.0, 5.0);
    plot->yAxis->setLabel(Text::tr("Overall MSW score"));
    referenceLines(plot, data, false);
    styleLegend(plot, Qt::AlignTop | Qt::AlignLeft);
    plot->replot();
}

void trendFactors(QCustomPlot *plot, const ReportData &data) {
    reset(plot);
    const QList<int> colours = {1, 3, 7};
    for (qsizetype f = 0; f < data.factors.size(); ++f) {
        QList<Figure> figures;
        for (const TrendPoint &point : data.trend)
            figures.append(f < point.factors.size() ? point.factors.at(f) : Figure());
        addBandedLine(plot, QStringLiteral("factor:") + data.factors.at(f).key,
                      data.factors.at(f).name, okabeIto(colours.at(int(f) % 3)), figures, 35,
                      Qt::SolidLine, true);
    }
    plot->xAxis->setTicker(quarterTicker(data));
    plot->xAxis->setRange(-0.4, double(data.trend.size()) - 0.6);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(1.0, 5.0);
    plot->yAxis->setLabel(Text::tr("Factor score"));
    plot->axisRect()->setMinimumMargins(trendMargins(plot));
    styleLegend(plot, Qt::AlignTop | Qt::AlignLeft);
    plot->replot();
}

void trajectory(QCustomPlot *plot, const QList<TrajectoryPoint> &points, qint64 currentCodingId,
                const std::optional<MeanLine> &teamMean) {
    reset(plot);
    QSharedPointer<MonthTicker> ticker(new MonthTicker);
    ticker->setTickCount(6);
    QVector<double> keys;
    QVector<double> values;
    QVector<double> currentKeys;
    QVector<double> currentValues;
    for (const TrajectoryPoint &point : points) {
        keys.append(MonthTicker::key(point.recordedOn));
        values.append(point.overall);
        if (point.codingId == currentCodingId) {
            currentKeys.append(keys.constLast());
            currentValues.append(point.overall);
        }
    }
    // Half a month either side keeps the first and last sessions off the plot's edges; a lone
    // session still gets a month's span, so there is a month to label.
    const double from = keys.isEmpty() ? MonthTicker::key(QDate::currentDate()) : keys.constFirst();
    const double to = keys.isEmpty() ? from : keys.constLast();
    const QCPRange range(from - 16, std::max(to + 16, from + 32));

    QCPGraph *line = plot->addGraph();
    line->setObjectName(QStringLiteral("sessions"));
    line->setName(Text::tr("Overall MSW score per session"));
    line->setPen(QPen(okabeIto(5), 2));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, okabeIto(5), okabeIto(5), 7));
    // The repository returns sessions in date order, so the keys are sorted already.
    line->setData(keys, values, true);
    if (!currentKeys.isEmpty()) {
        QCPGraph *mark = plot->addGraph();
        mark->setObjectName(QStringLiteral("thisSession"));
        mark->setName(Text::tr("This session"));
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(okabeIto(6), 2.5), Qt::NoBrush, 14));
        mark->setData(currentKeys, currentValues, true);
    }
    if (teamMean) {
        QCPGraph *team = plot->addGraph();
        team->setObjectName(QStringLiteral("teamMean"));
        team->setName(teamMean->name);
        team->setPen(QPen(okabeIto(0), 1.5, Qt::DashLine));
        team->setData({range.lower, range.upper}, {teamMean->value, teamMean->value}, true);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(range);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(1.0, 5.0);
    plot->yAxis->setLabel(Text::tr("Overall MSW score"));
    // The legend sits under the chart, where it can never hide a session.
    legendInOwnRow(plot, 3, false);
    plot->replot();
}

} // namespace ReportCharts
