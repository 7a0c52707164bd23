#include "DoubleCodingSample.h"

#include <QCryptographicHash>

bool DoubleCodingSample::isSampled(const QString &recordingCode) {
    const QByteArray digest =
        QCryptographicHash::hash(recordingCode.toUtf8(), QCryptographicHash::Sha256);
    // The first two bytes as a number from 0 to 65535, spread evenly over 100 buckets.
    const int value =
        (static_cast<unsigned char>(digest.at(0)) << 8) | static_cast<unsigned char>(digest.at(1));
    return value % 100 < sharePercent;
}

bool DoubleCodingSample::wants(const QString &recordingCode, const QDate &finalisedOn,
                               const QDate &today) {
    return finalisedOn.isValid() && finalisedOn.daysTo(today) <= recentDays &&
           isSampled(recordingCode);
}
