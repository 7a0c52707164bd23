#pragma once

#include <QList>
#include <QString>

// The outcome of an all-or-nothing CSV import: either everything was imported, or nothing was
// and every bad row is listed with its line number and reason.
struct ImportReport {
    struct RowError {
        int line = 0; // 0 for a problem with the whole file (e.g. a missing column)
        QString reason;
    };

    QList<RowError> errors;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    // Rows left out on purpose, not in error (e.g. draft codings in an exported file).
    int skipped = 0;
    QString skippedReason;

    bool ok() const { return errors.isEmpty(); }
    void addError(int line, const QString &reason) { errors.append({line, reason}); }
    // "line 4: unknown practitioner P999" lines, one per error, in line order.
    QStringList errorLines() const;
    // One line for a successful import, e.g. "imported 12 rows: 10 added, 2 updated", followed
    // by the skipped rows and why, when there are any.
    QString summary() const;
};
