#include "ReportFormat.h"

#include <QLocale>

QString ReportFormat::mean(const ReportData &data, const Figure &figure) {
    if (figure.suppressed)
        return data.suppressedText();
    if (!figure.available())
        return dash();
    return QString::number(figure.value, 'f', 2);
}

QString ReportFormat::interval(const Figure &figure) {
    if (!figure.hasInterval())
        return {};
    return tr("%1 to %2")
        .arg(QString::number(figure.lower, 'f', 2), QString::number(figure.upper, 'f', 2));
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
    const QString magnitude = QString::number(std::abs(figure.value), 'f', 2);
    if (magnitude == QLatin1String("0.00"))
        return magnitude;
    return (figure.value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
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
    return QString::number(*value, 'f', 2);
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
