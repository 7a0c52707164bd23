#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct ImportReport;

// Reads RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes, CRLF or LF) from
// UTF-8 text, accepting a byte-order mark. Each record remembers the line it started on, so
// import errors can name the line a user sees in a text editor or spreadsheet.
class CsvReader {
public:
    struct Record {
        int line = 0; // 1-based line number where the record starts
        QStringList fields;
    };

    // Parses the whole text. Returns false with *error set (naming the line) when a quoted
    // field is never closed, when the bytes are not valid UTF-8, or when the file is empty.
    bool parse(const QByteArray &data, QString *error);
    bool parseFile(const QString &path, QString *error);

    QStringList header() const { return m_header; }
    const QList<Record> &records() const { return m_records; }

    // Index of a header column, or -1.
    int column(const QString &name) const { return int(m_header.indexOf(name)); }
    // The header columns from `required` that are absent, in order.
    QStringList missingColumns(const QStringList &required) const;
    // For importers: parses the data and checks the required columns, adding each problem to
    // *report (line 0 for the file as a whole, line 1 for each missing header column).
    // Returns false when anything was wrong, so the importer stops before touching a row.
    bool parseForImport(const QByteArray &data, const QStringList &required, ImportReport *report);

private:
    QStringList m_header;
    QList<Record> m_records;
};
