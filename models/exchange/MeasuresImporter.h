#pragma once

#include "instruments/InstrumentCatalogue.h"
#include "io/CsvColumn.h"
#include "io/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// `practicecoder import measures FILE.csv`: questionnaire answers logged elsewhere (a
// spreadsheet, another system), one administration per row with the columns
// family_code,respondent,instrument,timepoint,administered_on,mode,item_1 ... item_N.
// All or nothing: every bad row is reported with its line number and, if there is any, nothing
// is written. Unknown families are created. A row identical to one already in the database
// counts as unchanged, so importing the same file twice changes nothing.
class MeasuresImporter {
    Q_DECLARE_TR_FUNCTIONS(MeasuresImporter)

public:
    // Scores against the built-in questionnaires.
    static ImportReport importFile(Database &database, const QString &path);
    static ImportReport
    importData(Database &database, const QByteArray &data,
               const InstrumentCatalogue &catalogue = InstrumentCatalogue::builtIn());
    static QStringList headerColumns(); // the fixed columns before item_1
    // Every column a file may have: the fixed ones, then item_1 ... item_N for the widest
    // instrument in the catalogue.
    static CsvColumns columns(const InstrumentCatalogue &catalogue);
};
