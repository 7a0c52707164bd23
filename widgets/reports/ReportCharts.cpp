#include "ReportCharts.h"

#include <QCoreApplication>
#include <QFontMetrics>
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

void addBandedLine(QCustomPlot *plot, const QString &name, const QColor &colour,
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
        low->setData(keys, lower, true);
        low->setPen(Qt::NoPen);
        low->removeFromLegend();
        QCPGraph *high = plot->addGraph();
        high->setData(keys, upper, true);
        high->setPen(Qt::NoPen);
        QColor fill = colour;
        fill.setAlpha(bandAlpha);
        high->setBrush(fill);
        high->setChannelFillGraph(low);
        high->removeFromLegend();
    }
    QCPGraph *line = plot->addGraph();
    line->setName(name);
    line->setData(keys, values, true);
    line->setPen(QPen(colour, 2.2, style));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 6));
}

void styleLegend(QCustomPlot *plot, Qt::Alignment alignment) {
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 230));
    plot->legend->setBorderPen(QPen(QColor(0xc0, 0xc0, 0xc0)));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, alignment);
}

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
    QVector<double> keys;
    QVector<double> values;
    QVector<double> minus;
    QVector<double> plus;
    const qsizetype count = data.skills.size() + data.factors.size() + 1;
    auto add = [&](qsizetype row, const QString &name, const Figure &figure) {
        const double key = double(count - row);
        ticker->addTick(key, figure.available() ? name
                                                : name + QStringLiteral("\n(") +
                                                      data.suppressedText() + QLatin1Char(')'));
        if (!figure.available())
            return;
        keys.append(key);
        values.append(figure.value);
        minus.append(figure.hasInterval() ? figure.value - figure.lower : 0.0);
        plus.append(figure.hasInterval() ? figure.upper - figure.value : 0.0);
    };
    qsizetype row = 0;
    add(row++, Text::tr("Overall MSW score"), data.overall);
    for (const FactorSummary &factor : data.factors)
        add(row++, Text::tr("%1 (factor)").arg(factor.name), factor.mean);
    for (const SkillSummary &skill : data.skills)
        add(row++, skill.name, skill.mean);

    QCPGraph *dots = plot->addGraph(plot->yAxis, plot->xAxis);
    dots->setName(Text::tr("Mean with 95% confidence interval"));
    dots->setLineStyle(QCPGraph::lsNone);
    dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, okabeIto(5), okabeIto(5), 8));
    dots->setData(keys, values); // keys run downwards, so let QCustomPlot sort them
    auto *errors = new QCPErrorBars(plot->yAxis, plot->xAxis);
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
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(5);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    // The legend sits in its own row above the bars so it never hides a bar.
    if (plot->plotLayout()->rowCount() == 1) {
        auto *legendRow = new QCPLayoutGrid;
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, legendRow);
        legendRow->addElement(0, 0, plot->legend);
        legendRow->setMargins(QMargins(0, 0, 0, 0));
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
    }
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
        addBandedLine(plot, Text::tr("Whole service"), okabeIto(0), service, 0, Qt::DashLine,
                      false);
    addBandedLine(plot,
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
        addBandedLine(plot, data.factors.at(f).name, okabeIto(colours.at(int(f) % 3)), figures, 35,
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

} // namespace ReportCharts
