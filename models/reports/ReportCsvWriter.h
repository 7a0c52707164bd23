#pragma once

#include "ReportData.h"

#include <QIODevice>
#include <QStringList>

// Writes a Practice Report as tidy CSV: one row per figure, with the same disclosure control as
// the PDF. A withheld figure has its n, value and CI blank and says why in its own `suppressed`
// column, so the value column holds only numbers. The columns are described in
// docs/formats.md.
class ReportCsvWriter {
public:
    static QStringList header();
    // Every row, header excluded.
    static QList<QStringList> rows(const ReportData &data);
    // Returns false when the device could not be written.
    static bool write(const ReportData &data, QIODevice *device);
};
