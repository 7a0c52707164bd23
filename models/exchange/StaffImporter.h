#pragma once

#include "io/CsvColumn.h"
#include "io/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// `practicecoder import staff`: teams and practitioners from a CSV with the columns
// team,team_kind,practitioner_code,display_name,role,employment,joined_on. A practitioner who
// exists (matched by code) is updated, and moved to the named team from joined_on when the
// team differs; one who does not is added. All rows or none, in one transaction.
class StaffImporter {
    Q_DECLARE_TR_FUNCTIONS(StaffImporter)

public:
    static CsvColumns columns();
    static ImportReport importFile(Database &database, const QString &path);
    static ImportReport importData(Database &database, const QByteArray &data);
};
