#include "DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace DateText {

namespace {

int monthFromName(const QString &name) {
    static const QStringList months = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString lower = name.toLower();
    for (int i = 0; i < months.size(); ++i) {
        // "Sept" is common in handwritten case notes, so any start of the name from three
        // letters up is taken.
        if (lower.size() >= 3 && months.at(i).startsWith(lower))
            return i + 1;
    }
    return 0;
}

QDate dateOf(int year, int month, int day) {
    return QDate::isValid(year, month, day) ? QDate(year, month, day) : QDate();
}

} // namespace

QDate parse(const QString &text) {
    const QString trimmed = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression named(
        QStringLiteral("^(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})$"));
    if (const auto m = iso.match(trimmed); m.hasMatch())
        return dateOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dayFirst.match(trimmed); m.hasMatch())
        return dateOf(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
    if (const auto m = named.match(trimmed); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        return month > 0 ? dateOf(m.captured(3).toInt(), month, m.captured(1).toInt()) : QDate();
    }
    return {};
}

QString format(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString examples() {
    return QCoreApplication::translate("DateText", "such as 25/11/2026, 25 Nov 2026 or 2026-11-25");
}

} // namespace DateText
