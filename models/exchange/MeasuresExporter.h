#pragma once

#include "instruments/InstrumentCatalogue.h"
#include "io/CsvColumn.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// `practicecoder export measures`: every administration scored, as a tidy long CSV with one row
// per scale (the total and each subscale) and the columns
// family_code,respondent,instrument,timepoint,administered_on,scale,value,items_answered,prorated.
// `value` is given to 2 decimals and is empty when the scale is not scorable.
class MeasuresExporter {
    Q_DECLARE_TR_FUNCTIONS(MeasuresExporter)

public:
    // Returns false with *error set when the database cannot be read or a write fails.
    static bool write(Database &database, QIODevice *device, QString *error);
    static CsvColumns columns();
    // Each row of the CSV, in its order, read one at a time. Returns false with *error set,
    // before any row, when a questionnaire this version does not know has answers.
    static bool forEachRow(Database &database,
                           const std::function<void(const QStringList &row)> &visit,
                           QString *error);

private:
    static bool refuseUnknown(const QString &familyCode, const QString &instrumentId,
                              QString *error);
};
