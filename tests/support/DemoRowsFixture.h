#pragma once

#include "storage/DemoWriter.h"

// Rows that storage tests write through DemoWriter: one consented home visit, with the ids
// the writer returned for its practitioner, team and family.
namespace DemoRowsFixture {

inline Recording homeVisit(qint64 practitionerId, qint64 teamId, qint64 familyId) {
    Recording recording;
    recording.code = QStringLiteral("R2025-0001");
    recording.recordedOn = QDate(2025, 3, 3);
    recording.practitionerId = practitionerId;
    recording.teamId = teamId;
    recording.familyId = familyId;
    recording.sessionType = QStringLiteral("home_visit");
    recording.selectionReason = QStringLiteral("routine");
    recording.practitionerConsent = QStringLiteral("given");
    recording.practitionerConsentOn = QDate(2025, 3, 1);
    recording.familyConsent = QStringLiteral("verbal");
    recording.familyConsentOn = QDate(2025, 3, 3);
    return recording;
}

} // namespace DemoRowsFixture
