#pragma once

#include "io/CsvColumn.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// `practicecoder export codings`: one row per coding, with the import columns (so the file
// can be imported elsewhere) followed by coding_id, status and scheme. A not-codable skill is
// blank, as on import. Rows are ordered by recording code, then primary, second, consensus.
class CodingsExporter {
    Q_DECLARE_TR_FUNCTIONS(CodingsExporter)

public:
    static CsvColumns columns();
    static bool write(Database &database, QIODevice *device, QString *error);
    // Each row of the CSV, in its order, read one at a time; with the selection reason (which
    // the SPSS file adds) as a last cell when asked.
    static void forEachRow(Database &database, bool withSelectionReason,
                           const std::function<void(const QStringList &row)> &visit);
};
