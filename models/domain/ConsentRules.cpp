#include "ConsentRules.h"

#include <QStringList>

QString ConsentRules::consentProblem(const Recording &recording) {
    QStringList missing;
    if (recording.practitionerConsent == QLatin1String("refused"))
        missing.append(tr("the practitioner refused consent"));
    else if (recording.practitionerConsent != QLatin1String("given"))
        missing.append(tr("the practitioner's consent is not recorded"));
    if (recording.familyConsent == QLatin1String("refused"))
        missing.append(tr("the family refused consent"));
    else if (recording.familyConsent != QLatin1String("written") &&
             recording.familyConsent != QLatin1String("verbal"))
        missing.append(tr("the family's consent is not recorded"));
    if (missing.isEmpty())
        return {};
    return tr("Recording %1 cannot be coded: %2. A recording can be coded only when both the "
              "practitioner and the family have given consent.")
        .arg(recording.code, missing.join(tr(" and ")));
}

bool ConsentRules::isWithdrawn(const Recording &recording) {
    const QString refused = QStringLiteral("refused");
    return (recording.practitionerConsent == refused || recording.familyConsent == refused) &&
           !recording.audioSha256.isEmpty() && recording.audioPath.isEmpty();
}

QDate ConsentRules::withdrawnOn(const Recording &recording) {
    QDate on;
    if (recording.practitionerConsent == QLatin1String("refused"))
        on = recording.practitionerConsentOn;
    if (recording.familyConsent == QLatin1String("refused") &&
        (!on.isValid() || recording.familyConsentOn > on))
        on = recording.familyConsentOn;
    return on;
}

QString ConsentRules::withdrawnNotice(const Recording &recording) {
    const QDate on = withdrawnOn(recording);
    if (!on.isValid())
        return tr("Consent for recording %1 was withdrawn, and its audio and codings were "
                  "deleted.")
            .arg(recording.code);
    return tr("Consent for recording %1 was withdrawn on %2, and its audio and codings were "
              "deleted.")
        .arg(recording.code, on.toString(Qt::ISODate));
}

QString ConsentRules::duplicateAudioMessage(const Recording &existing) {
    if (isWithdrawn(existing) && withdrawnOn(existing).isValid())
        return tr("This audio belonged to recording %1, whose consent was withdrawn on %2. It "
                  "was deleted then and cannot be added again.")
            .arg(existing.code, withdrawnOn(existing).toString(Qt::ISODate));
    if (isWithdrawn(existing))
        return tr("This audio belonged to recording %1, whose consent was withdrawn. It was "
                  "deleted then and cannot be added again.")
            .arg(existing.code);
    return tr("This audio is already in the library as recording %1.").arg(existing.code);
}
