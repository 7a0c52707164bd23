#pragma once

#include "CsvColumn.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV in UTF-8 with LF line ends, quoting only the fields that need it. Each
// cell is written by its column's kind: text that a spreadsheet would run as a formula is
// neutralised (CsvFormulaGuard), numbers are written as they are, and NUL and other control
// characters (except tab and line breaks) are left out, so they never reach an export.
class CsvWriter {
public:
    CsvWriter(QIODevice *device, CsvColumns columns);

    void writeHeader();
    // One cell per column, in the columns' order.
    void writeRow(const QStringList &fields);
    // The cell as it is written for a column of this kind.
    static QString cell(const QString &value, CsvColumn::Kind kind);
    // RFC 4180 quoting alone.
    static QString escape(const QString &field);
    // False once any write has failed (e.g. a full disk); callers must check before success.
    bool ok() const { return m_ok; }

private:
    void writeLine(const QStringList &cells);

    QIODevice *m_device;
    CsvColumns m_columns;
    bool m_ok = true;
};
