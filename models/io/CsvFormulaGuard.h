#pragma once

#include <QString>

// Keeps CSV cells from running as spreadsheet formulas (CSV injection, as OWASP describes it).
// Text that starts with = + - @, a tab or a carriage return is written with a single quote in
// front, which spreadsheets show as text. Text that already starts with a quote gets one more,
// so the reader can take exactly one quote back off and every text comes back as it was:
// restore(neutralise(s)) == s for every s.
class CsvFormulaGuard {
public:
    // True when a spreadsheet could take the text for a formula, or it starts with a quote.
    static bool needsGuard(const QString &text);
    static QString neutralise(const QString &text);
    static QString restore(const QString &cell);
    // A plain decimal number such as 3, -0.42 or 1.5e-05: safe to write in a number column.
    static bool isNumber(const QString &text);
};
