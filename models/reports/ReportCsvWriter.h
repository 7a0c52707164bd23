#pragma once

#include "ReportData.h"

#include <QIODevice>
#include <QStringList>

// Writes a Practice Report as tidy CSV: one row per figure, with the same small-number
// suppression as the PDF (a suppressed figure's value is "fewer than N" and its n and CI are
// blank). The columns are described in docs/formats.md.
class ReportCsvWriter {
public:
    static QStringList header();
    // Every row, header excluded.
    static QList<QStringList> rows(const ReportData &data);
    // Returns false when the device could not be written.
    static bool write(const ReportData &data, QIODevice *device);
};
