#pragma once

#include "domain/InstrumentResponse.h"

#include <QDate>
#include <QString>

// A SCORE-15 from a family's mother, every item answered, for the family measures services.
inline InstrumentResponse score15(const QString &family, const QString &timepoint,
                                  const QDate &date) {
    InstrumentResponse response;
    response.familyCode = family;
    response.respondent = QStringLiteral("mother");
    response.instrumentId = QStringLiteral("score-15");
    response.timepoint = timepoint;
    response.administeredOn = date;
    response.mode = QStringLiteral("paper");
    for (int item = 1; item <= 15; ++item)
        response.items.insert(item, 1 + item % 5);
    return response;
}
