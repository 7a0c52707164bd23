#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// How report figures are written for people (screen and PDF): two decimals for scores, whole
// percentages for shares, and the suppression text in place of any suppressed number. Negative
// numbers take the typographic minus (U+2212) so that every minus on a page looks the same;
// the CSV writer keeps the ASCII hyphen-minus, which other programs can parse.
class ReportFormat {
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    // "3.42" or "−1.05": a number to `decimals` places with the typographic minus, and never a
    // negative zero ("−0.00" reads as a change where there is none).
    static QString number(double value, int decimals);
    // "0.042", or "< 0.001" where three decimals would print 0.000; "" when there is no p.
    static QString pValue(double p);
    // "3.42", or "fewer than 3", or "–" when there is nothing to show.
    static QString mean(const ReportData &data, const Figure &figure);
    // "2.98 to 3.86", or "" when there is no interval (or it is suppressed).
    static QString interval(const Figure &figure);
    // "25%", or the suppression text.
    static QString share(const ReportData &data, const Figure &figure);
    // "+0.25" / "−0.10".
    static QString signedValue(const ReportData &data, const Figure &figure);
    // The n of a figure, blank when suppressed (the n itself would reveal the small number).
    static QString count(const Figure &figure);
    // A reliability statistic with its pairs: "0.81", the suppression text, or "–".
    static QString statistic(const ReportData &data, int pairs, const std::optional<double> &value,
                             bool percent = false);
    static QString skillName(const ReportData &data, const QString &key);
    static QString date(const QDate &date);
    static QString dash() { return QStringLiteral("–"); }
};
