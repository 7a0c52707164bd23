#pragma once

#include "CsvColumn.h"
#include "CsvStream.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct ImportReport;

// Reads RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes, CRLF or LF) from
// UTF-8 text, accepting a byte-order mark, all at once (through CsvStream, which reads a file
// record by record). Each record remembers the line it started on, so
// import errors can name the line a user sees in a text editor or spreadsheet. Quoting is read
// strictly: a guess at what a malformed field meant could shift a value into the wrong column.
class CsvReader {
public:
    using Record = CsvStream::Record;

    // Parses the whole text. Returns false with *error set (naming the line) when a quoted
    // field is never closed, when text follows a closing quote ("Alice"Ok) or a quote appears
    // inside an unquoted field, when a header column is given twice, when the bytes are not
    // valid UTF-8, or when the file is empty.
    bool parse(const QByteArray &data, QString *error);
    bool parseFile(const QString &path, QString *error);

    QStringList header() const { return m_header; }
    const QList<Record> &records() const { return m_records; }

    // Index of a header column, or -1.
    int column(const QString &name) const { return int(m_header.indexOf(name)); }
    // The cell of `record` in the named column; empty when the file has no such column.
    QString value(const Record &record, const QString &name) const;
    // The header columns from `required` that are absent, in order.
    QStringList missingColumns(const QStringList &required) const;
    // For importers, the one place a file's shape is checked: parses the data, then checks that
    // every required column is there, that no column is unknown, and that every record has as
    // many fields as the header, adding each problem to *report with its line (0 for the file
    // as a whole). Text columns get back what CsvWriter neutralised. Returns false when
    // anything was wrong, so the importer stops before touching a row.
    bool parseForImport(const QByteArray &data, const CsvColumns &columns, ImportReport *report);

private:
    bool fail(int line, const QString &reason, QString *error);

    QStringList m_header;
    QList<Record> m_records;
    int m_errorLine = 0;
    QString m_errorReason;
};
