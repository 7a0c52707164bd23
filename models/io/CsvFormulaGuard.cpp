#include "CsvFormulaGuard.h"

#include <QRegularExpression>

namespace {

bool startsFormula(QChar first) {
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

bool isGuardChar(QChar first) {
    return startsFormula(first) || first == QLatin1Char('\'');
}

} // namespace

bool CsvFormulaGuard::needsGuard(const QString &text) {
    return !text.isEmpty() && isGuardChar(text.front());
}

QString CsvFormulaGuard::neutralise(const QString &text) {
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

QString CsvFormulaGuard::restore(const QString &cell) {
    // Only a quote the writer could have added is taken off: one followed by a character that
    // makes the writer add it. "'hello" typed by hand stays as it is.
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && isGuardChar(cell.at(1)))
        return cell.mid(1);
    return cell;
}

bool CsvFormulaGuard::isNumber(const QString &text) {
    static const QRegularExpression number(
        QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return number.match(text).hasMatch();
}
