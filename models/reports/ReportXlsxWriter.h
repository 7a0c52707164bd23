#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QString>

// Writes a Practice Report as an Excel workbook (libxlsxwriter): an "About" sheet first (scope,
// period, the disclosure rule and its threshold, when and by which version it was made), then
// one sheet per section of the CSV, holding the same rows with the same numbers. Numbers are
// stored as numbers, formatted as counts, means or percentages; a withheld figure is the text
// "fewer than 3" (or its own reason) with a note on the cell, never a number. docs/formats.md
// describes the sheets.
class ReportXlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportXlsxWriter)

public:
    // Whole or not at all, as every output (OutputFile): false with *error set after any
    // failure, the previous file then untouched and nothing temporary left behind.
    static bool write(const ReportData &data, const QString &path, QString *error);

    // The sheet a CSV section goes to, e.g. "distribution" -> "Score distribution".
    static QString sheetName(const QString &section);
};
