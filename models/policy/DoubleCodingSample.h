#pragma once

#include <QDate>
#include <QString>

// Which coded sessions are wanted for a second coding. Services double-code a sample, about one
// session in five (the published MSW research double-coded 21%), not every session: listing
// every single-coded recording put 695 items on a new evaluator's "My work".
// - One in five, chosen by the recording's code (its SHA-256), so every evaluator's list names
//   the same recordings and nobody picks the easy ones.
// - Only while the primary coding is recent (finalised in the last 91 days), while a
//   disagreement can still change the feedback the practitioner gets.
class DoubleCodingSample {
public:
    static constexpr int sharePercent = 20;
    static constexpr int recentDays = 91;

    static bool isSampled(const QString &recordingCode);
    // True when the recording is in the sample and its primary coding, finalised on
    // `finalisedOn`, is still recent on `today`.
    static bool wants(const QString &recordingCode, const QDate &finalisedOn, const QDate &today);
};
