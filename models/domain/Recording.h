#pragma once

#include <QDate>
#include <QString>

// An audio recording of one practice session, with the consents that allow it to be coded.
struct Recording {
    qint64 id = 0;
    QString code;
    QString audioPath; // relative to the recordings root when under it; empty for history
    QString audioSha256;
    qint64 durationMs = -1; // -1 when unknown
    QDate recordedOn;
    qint64 practitionerId = 0;
    qint64 teamId = 0; // the team at the time of the recording
    qint64 familyId = 0;
    QString sessionType;         // ValueSets::sessionTypes()
    QString selectionReason;     // ValueSets::selectionReasons()
    QString practitionerConsent; // given | refused | not_recorded
    QDate practitionerConsentOn;
    QString familyConsent; // written | verbal | refused | not_recorded
    QDate familyConsentOn;
    int version = 1;

    // A recording may be coded only when both consents are recorded as given.
    bool consentAllowsCoding() const {
        return practitionerConsent == QLatin1String("given") &&
               (familyConsent == QLatin1String("written") ||
                familyConsent == QLatin1String("verbal"));
    }
};
