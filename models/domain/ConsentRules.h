#pragma once

#include "domain/Recording.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// What a recording's two consents allow: whether it may be coded, whether its consent was
// withdrawn and its audio purged, and what to tell someone who runs into either. Pure rules on
// a Recording, so storage, services and screens all give the same answer in the same words.
class ConsentRules {
    Q_DECLARE_TR_FUNCTIONS(ConsentRules)

public:
    // Why the recording cannot be coded, in words for the coder; empty when it can.
    static QString consentProblem(const Recording &recording);
    // True when consent was withdrawn and the audio purged: a refused consent, a stored hash
    // (kept so the same audio cannot come back unnoticed) and no audio path.
    static bool isWithdrawn(const Recording &recording);
    // The date of the refusal or withdrawal (the later of the two when both refused).
    static QDate withdrawnOn(const Recording &recording);
    // "Consent for recording X was withdrawn on D, and its audio and codings were deleted."
    static QString withdrawnNotice(const Recording &recording);
    // What to tell someone adding audio that `existing` already has (by SHA-256).
    static QString duplicateAudioMessage(const Recording &existing);
};
