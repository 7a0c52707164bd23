#include "QuickEntry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace QuickEntry {

bool zeroMeansTen(const InstrumentDefinition &definition) {
    return definition.scaleMin >= 1 && definition.scaleMax == 10;
}

int valueForDigit(int digit, const InstrumentDefinition &definition) {
    return (digit == 0 && zeroMeansTen(definition)) ? 10 : digit;
}

Result parse(const QString &text, const InstrumentDefinition &definition) {
    Result result;
    const QString trimmed = text.trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList tokens;
    const bool separated = trimmed.contains(separators) || definition.itemCount() == 1;
    if (separated) {
        tokens = trimmed.split(separators, Qt::SkipEmptyParts);
    } else {
        for (const QChar character : trimmed)
            tokens.append(QString(character));
    }
    for (const QString &token : std::as_const(tokens)) {
        const int item = result.positions + 1;
        if (item > definition.itemCount()) {
            result.ok = false;
            result.error = QCoreApplication::translate(
                               "QuickEntry", "%1 has %2 items; there are more answers than that")
                               .arg(definition.name)
                               .arg(definition.itemCount());
            return result;
        }
        ++result.positions;
        if (token == QLatin1String(".") || token == QLatin1String("-"))
            continue;
        bool isNumber = false;
        int value = token.toInt(&isNumber);
        if (!isNumber || token.startsWith(QLatin1Char('+')) || token.startsWith(QLatin1Char('-'))) {
            result.ok = false;
            result.error = QCoreApplication::translate("QuickEntry",
                                                       "item %1: \"%2\" is not an answer; type a "
                                                       "number, or . or - for a missing item")
                               .arg(item)
                               .arg(token);
            return result;
        }
        // 0 is never an answer on a 1-10 scale, so it always stands for 10 there.
        value = valueForDigit(value, definition);
        if (!definition.isInRange(value)) {
            result.ok = false;
            result.error =
                QCoreApplication::translate("QuickEntry", "item %1: %2 is outside %3 to %4")
                    .arg(item)
                    .arg(value)
                    .arg(definition.scaleMin)
                    .arg(definition.scaleMax);
            return result;
        }
        result.items.insert(item, value);
    }
    return result;
}

QString format(const QMap<int, int> &items, const InstrumentDefinition &definition) {
    if (items.isEmpty())
        return QString();
    const int last = items.lastKey();
    bool allSingleDigits = true;
    for (int value : items) {
        if (value > 9)
            allSingleDigits = false;
    }
    // A one-item form reads its whole line as one number, so "10" needs no separator there.
    const bool compact = allSingleDigits && definition.itemCount() > 1;
    QStringList parts;
    for (int item = 1; item <= last; ++item)
        parts.append(items.contains(item) ? QString::number(items.value(item))
                                          : QStringLiteral("."));
    return parts.join(compact ? QString() : QStringLiteral(" "));
}

} // namespace QuickEntry
