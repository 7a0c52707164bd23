#include "ReportFormat.h"

#include <QLocale>

QString ReportFormat::number(double value, int decimals) {
    const QString magnitude = QString::number(std::abs(value), 'f', decimals);
    if (value >= 0 || magnitude == QString::number(0.0, 'f', decimals))
        return magnitude;
    return QChar(0x2212) + magnitude;
}

QString ReportFormat::pValue(double p) {
    if (std::isnan(p))
        return {};
    if (p < 0.001)
        return QStringLiteral("< 0.001");
    return QString::number(p, 'f', 3);
}

QString ReportFormat::mean(const ReportData &data, const Figure &figure) {
    if (figure.suppressed)
        return data.suppressedText();
    if (!figure.available())
        return dash();
    return number(figure.value, 2);
}

QString ReportFormat::interval(const Figure &figure) {
    if (!figure.hasInterval())
        return {};
    return tr("%1 to %2").arg(number(figure.lower, 2), number(figure.upper, 2));
}

QString ReportFormat::share(const ReportData &data, const Figure &figure) {
    if (figure.suppressed)
        return data.suppressedText();
    if (!figure.available())
        return dash();
    return QString::number(std::lround(100.0 * figure.value)) + QLatin1Char('%');
}

QString ReportFormat::signedValue(const ReportData &data, const Figure &figure) {
    if (figure.suppressed)
        return data.suppressedText();
    if (!figure.available())
        return dash();
    const QString text = number(figure.value, 2);
    // Zero takes no sign; a negative already has its minus.
    if (figure.value <= 0 || text == number(0.0, 2))
        return text;
    return QLatin1Char('+') + text;
}

QString ReportFormat::count(const Figure &figure) {
    return figure.suppressed ? QString() : QString::number(figure.n);
}

QString ReportFormat::statistic(const ReportData &data, int pairs,
                                const std::optional<double> &value, bool percent) {
    if (data.isSuppressedPairs(pairs))
        return data.suppressedText();
    if (!value)
        return dash();
    if (percent)
        return QString::number(std::lround(100.0 * *value)) + QLatin1Char('%');
    return number(*value, 2);
}

QString ReportFormat::skillName(const ReportData &data, const QString &key) {
    if (key == ReliabilityTable::overallKey)
        return tr("Overall");
    for (const SkillSummary &skill : data.skills) {
        if (skill.key == key)
            return skill.name;
    }
    return key;
}

QString ReportFormat::date(const QDate &date) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}
