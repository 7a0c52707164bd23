#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

// The outcome of an all-or-nothing CSV import: either everything was imported, or nothing was
// and every bad row is listed with its line number and reason.
struct ImportReport {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
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

    // Reads the file at path and hands its bytes to import; a file that cannot be read gives a
    // report with that one error, naming the file.
    static ImportReport fromFile(const QString &path,
                                 const std::function<ImportReport(const QByteArray &)> &import);
    // The same, handing over the open file to be read as a stream.
    static ImportReport streamFile(const QString &path,
                                   const std::function<ImportReport(QIODevice *)> &import);
};
