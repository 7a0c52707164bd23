#pragma once

#include <QDate>
#include <QMap>
#include <QString>

// One administration of a family questionnaire (WAI, SCORE-15 ...) to one respondent at one
// timepoint. Missing items are simply absent from `items`.
struct InstrumentResponse {
    qint64 id = 0;
    qint64 familyId = 0;
    QString familyCode;
    QString respondent; // ValueSets::respondents()
    QString instrumentId;
    int instrumentVersion = 1;
    QString timepoint; // T1, T2, ...
    QDate administeredOn;
    QString mode;           // paper | face_to_face | telephone | interpreter
    qint64 recordingId = 0; // 0 when not linked
    QMap<int, int> items;   // item number -> answered value
    int version = 1;
};
