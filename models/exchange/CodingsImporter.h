#pragma once

#include "io/CsvColumn.h"
#include "io/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// `practicecoder import codings`: spreadsheet-era coding history, one row per coding. Rows
// bring in their recording (without audio), family and coder when those are new; an unknown
// practitioner is an error. Imported codings are final; a blank score means not codable. All
// rows or none, in one transaction; a row identical to a coding already stored is unchanged,
// so importing the same file twice changes nothing.
class CodingsImporter {
    Q_DECLARE_TR_FUNCTIONS(CodingsImporter)

public:
    // The columns read, with the three `export codings` adds (coding_id, status, scheme) as
    // optional ones; `export codings` writes them all.
    static CsvColumns columns();
    static QString notCodableReason(); // "Not codable (imported)"
    static ImportReport importFile(Database &database, const QString &path);
    static ImportReport importData(Database &database, const QByteArray &data);
};
