#pragma once

#include "io/CsvColumn.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

class Database;

// `practicecoder export evidence`: one row per evidence note, with its coding, recording and
// practitioner, the moment (milliseconds and h:mm:ss), kind, skills (separated by `;`) and
// text. Ordered by recording code, coding, then time.
class EvidenceExporter {
    Q_DECLARE_TR_FUNCTIONS(EvidenceExporter)

public:
    static CsvColumns columns();
    static bool write(Database &database, QIODevice *device, QString *error);
    // 754123 -> "0:12:34.123"
    static QString timeText(qint64 ms);
};
