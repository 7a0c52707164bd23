#include "FieldRules.h"

#include <QRegularExpression>

namespace {

qsizetype firstControl(const QString &value, bool freeText) {
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (FieldRules::isControlCharacter(value.at(i), freeText))
            return i;
    }
    return -1;
}

QString problemWithText(const QString &column, const QString &value, int maxLength, bool freeText) {
    const qsizetype control = firstControl(value, freeText);
    if (control >= 0) {
        // Name the character by its code: printing it would garble the message.
        return FieldRules::tr("%1 holds a control character (U+%2) at character %3")
            .arg(column)
            .arg(uint(value.at(control).unicode()), 4, 16, QLatin1Char('0'))
            .arg(control + 1);
    }
    if (value.size() > maxLength)
        return FieldRules::tr("%1 is %2 characters long; the most is %3")
            .arg(column)
            .arg(value.size())
            .arg(maxLength);
    return QString();
}

} // namespace

bool FieldRules::isControlCharacter(QChar c, bool inFreeText) {
    const char16_t u = c.unicode();
    if (inFreeText && (u == u'\t' || u == u'\n' || u == u'\r'))
        return false;
    return u < 0x20 || u == 0x7f;
}

bool FieldRules::hasControlCharacter(const QString &value) {
    return firstControl(value, false) >= 0;
}

QDate FieldRules::earliestRecordingDate() {
    return QDate(2000, 1, 1);
}

QDate FieldRules::earliestMembershipDate() {
    return QDate(1950, 1, 1);
}

QDate FieldRules::latestDate() {
    return QDate::currentDate().addYears(1);
}

QString FieldRules::problemWithCode(const QString &column, const QString &value) {
    return problemWithText(column, value, maxCodeLength, false);
}

QString FieldRules::problemWithName(const QString &column, const QString &value) {
    return problemWithText(column, value, maxNameLength, false);
}

QString FieldRules::problemWithFreeText(const QString &column, const QString &value) {
    return problemWithText(column, value, maxFreeTextLength, true);
}

QDate FieldRules::date(const QString &column, const QString &text, const QDate &earliest,
                       QString *problem) {
    // [0-9], not \d: \d also matches other scripts' digits, which QDate does not read.
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date =
        isoDate.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        *problem = tr("%1 \"%2\" is not a date (YYYY-MM-DD)").arg(column, text);
        return QDate();
    }
    const QDate latest = latestDate();
    if (date < earliest || date > latest) {
        *problem =
            tr("%1 %2 is outside %3 to %4")
                .arg(column, text, earliest.toString(Qt::ISODate), latest.toString(Qt::ISODate));
        return QDate();
    }
    problem->clear();
    return date;
}

QDate FieldRules::recordingDate(const QString &column, const QString &text, QString *problem) {
    return date(column, text, earliestRecordingDate(), problem);
}

QDate FieldRules::membershipDate(const QString &column, const QString &text, QString *problem) {
    return date(column, text, earliestMembershipDate(), problem);
}
