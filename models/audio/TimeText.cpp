#include "TimeText.h"

#include <QStringList>

namespace TimeText {

QString format(qint64 ms, bool tenths) {
    ms = qMax<qint64>(0, ms);
    const qint64 totalSeconds = ms / 1000;
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(totalSeconds / 3600)
                       .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
                       .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    if (tenths)
        text += QLatin1Char('.') + QString::number((ms % 1000) / 100);
    return text;
}

QString compact(qint64 ms) {
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    if (seconds >= 3600)
        return format(ms);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

qint64 parse(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return -1;
    const QStringList parts = trimmed.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return -1;
    double seconds = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        bool ok = false;
        const double value = last ? parts.at(i).toDouble(&ok) : parts.at(i).toInt(&ok);
        if (!ok || value < 0 || parts.at(i).isEmpty())
            return -1;
        // Minutes and seconds after the first field must be below 60.
        if (i > 0 && value >= 60)
            return -1;
        seconds = seconds * 60 + value;
    }
    return qRound64(seconds * 1000);
}

} // namespace TimeText
