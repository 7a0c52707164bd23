#include "ImportReport.h"

#include <QFile>

#include <algorithm>

QStringList ImportReport::errorLines() const {
    QList<RowError> sorted = errors;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RowError &a, const RowError &b) { return a.line < b.line; });
    QStringList lines;
    for (const RowError &error : sorted) {
        lines.append(error.line > 0
                         ? QStringLiteral("line %1: %2").arg(error.line).arg(error.reason)
                         : error.reason);
    }
    return lines;
}

QString ImportReport::summary() const {
    QString text = QStringLiteral("imported %1 rows: %2 added, %3 updated, %4 unchanged")
                       .arg(added + updated + unchanged)
                       .arg(added)
                       .arg(updated)
                       .arg(unchanged);
    if (skipped > 0)
        text += QStringLiteral("; skipped %1 (%2)").arg(skipped).arg(skippedReason);
    return text;
}

ImportReport ImportReport::fromFile(const QString &path,
                                    const std::function<ImportReport(const QByteArray &)> &import) {
    return streamFile(path, [&import](QIODevice *file) { return import(file->readAll()); });
}

ImportReport ImportReport::streamFile(const QString &path,
                                      const std::function<ImportReport(QIODevice *)> &import) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.addError(0, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return report;
    }
    return import(&file);
}
