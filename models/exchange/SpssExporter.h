#pragma once

#include "SavWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

class Database;

// `practicecoder export codings|measures --out FILE.sav`: the same rows as the CSV export, as
// an SPSS data file for analysts, with a label on every variable and value labels on the coded
// ones: the score levels (the scheme's level descriptors), session types, selection reasons,
// coding roles and statuses, respondents, questionnaires and prorating. Streamed, as the CSV.
class SpssExporter {
    Q_DECLARE_TR_FUNCTIONS(SpssExporter)

public:
    static bool writeCodings(Database &database, QIODevice *device, QString *error);
    static bool writeMeasures(Database &database, QIODevice *device, QString *error);

    // The variables of each file, in the CSV's column order (codings add selection_reason).
    static QList<SavWriter::Variable> codingVariables();
    static QList<SavWriter::Variable> measureVariables();
};
