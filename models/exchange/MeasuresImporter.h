#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"
#include "io/CsvColumn.h"
#include "io/CsvStream.h"
#include "io/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QMap>
#include <QString>

#include <optional>

class Database;
class FamilyRepository;
class MeasuresRepository;

// `practicecoder import measures FILE.csv`: questionnaire answers logged elsewhere (a
// spreadsheet, another system), one administration per row with the columns
// family_code,respondent,instrument,timepoint,administered_on,mode,item_1 ... item_N.
// All or nothing: every bad row is reported with its line number and, if there is any, nothing
// is written. The file is read once, as a stream: rows are checked and written inside one
// transaction as they are read, holding only each row's key for the duplicate check. Unknown
// families are created. A row identical to one already in the database counts as unchanged, so
// importing the same file twice changes nothing.
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

private:
    struct FixedColumns {
        int family, respondent, instrument, timepoint, date, mode;
    };
    // Reads the file in one pass, writing good rows as it goes (see MeasuresImporter.cpp).
    static ImportReport importDevice(Database &database, QIODevice *device,
                                     const InstrumentCatalogue &catalogue);
    // The row's values, or nothing with each problem in *report.
    static std::optional<InstrumentResponse> readRow(const CsvStream::Record &record,
                                                     const InstrumentCatalogue &catalogue,
                                                     const QMap<int, int> &itemColumns, int widest,
                                                     const FixedColumns &at, ImportReport *report);
    // Adds the row, or counts it unchanged when the database holds the same answers.
    static void writeRow(Database &database, MeasuresRepository &repository,
                         FamilyRepository &families, const InstrumentResponse &response, int line,
                         QList<ImportReport::RowError> *problems, int *added, int *unchanged);
};
