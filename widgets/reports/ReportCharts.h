#pragma once

#include "reports/ReportData.h"
#include "services/FeedbackRecording.h"

#include <QColor>
#include <QList>

#include <optional>

class QCustomPlot;

// The Practice Report's charts, drawn the same way on screen and in the PDF (where
// QCustomPlot::toPainter keeps them vector). Colours come from the Okabe-Ito palette, which
// stays distinguishable with the common forms of colour blindness; suppressed figures are
// simply not drawn and are labelled "fewer than N" instead.
namespace ReportCharts {

// Okabe & Ito (2008): black, orange, sky blue, bluish green, yellow, blue, vermillion,
// reddish purple.
QColor okabeIto(int index);
// Five colours for scores 1..5, diverging from vermillion (low) to blue (high).
QList<QColor> scoreColours();

// Each mean skill score as a dot with its 95% CI, with the reference points as lines.
void skillsProfile(QCustomPlot *plot, const ReportData &data);
// The share of scores at each level, one stacked bar per skill.
void distribution(QCustomPlot *plot, const ReportData &data);
// The overall score by quarter with its 95% CI band (and the service line beside a team's).
void trendOverall(QCustomPlot *plot, const ReportData &data);
// The three factor composites by quarter, with lighter CI bands.
void trendFactors(QCustomPlot *plot, const ReportData &data);

// A level drawn across a chart and named in its legend, e.g. the team's mean for the quarter.
using MeanLine = FeedbackRecording::TeamMean;

// A practitioner's overall score at each of their coded sessions, placed by date under month
// labels, with the session in hand ringed and, when given, the team's mean as a dashed line.
void trajectory(QCustomPlot *plot, const QList<TrajectoryPoint> &points, qint64 currentCodingId,
                const std::optional<MeanLine> &teamMean);

// Font sizes are set in pixels so that the charts scale with the painter when printed.
void applyStyle(QCustomPlot *plot, int basePixelSize);

} // namespace ReportCharts
