#include "ReferencePoint.h"

#include <QStringList>

QList<ReferencePoint> ReferencePoint::defaults() {
    const QString source =
        tr("Islington Motivational Social Work evaluation, 101 coded cases (Tilda Goldberg "
           "Centre)");
    return {{2.64, tr("Before training"), source},
            {2.97, tr("After motivational interviewing training alone"), source},
            {3.11, tr("MSW with coaching and better conditions"), source}};
}

QList<ReferencePoint> ReferencePoint::parse(const QString &text, QString *error) {
    if (text.trimmed().isEmpty())
        return defaults();
    QList<ReferencePoint> points;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('|'));
        bool ok = false;
        const double value = parts.value(0).trimmed().toDouble(&ok);
        if (!ok || parts.size() < 2 || parts.at(1).trimmed().isEmpty()) {
            if (error)
                *error =
                    tr("reference point line %1: expected \"value | label | source\"").arg(i + 1);
            return {};
        }
        points.append({value, parts.at(1).trimmed(), parts.value(2).trimmed()});
    }
    return points;
}
