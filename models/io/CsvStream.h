#pragma once

#include "CsvColumn.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

// Reads RFC 4180 CSV from a device one record at a time, holding no more than one chunk of the
// file, so that an import of a million rows costs the memory of a few thousand. It is the one
// CSV parser: CsvReader reads a whole text through it. UTF-8 with or without a byte-order
// mark; quoted fields, doubled quotes, newlines inside quotes, CRLF or LF. Each record
// remembers the line it started on. Quoting is read strictly, as CsvReader documents.
class CsvStream {
public:
    struct Record {
        int line = 0; // 1-based line number where the record starts
        QStringList fields;
    };

    explicit CsvStream(QIODevice *device);

    // The first record, trimmed: false (with the failure set) when the file is empty or
    // damaged, or when a column is named twice.
    bool readHeader();
    const QStringList &header() const { return m_header; }
    // For CsvReader, which has read the header itself.
    void setHeader(const QStringList &header) { m_header = header; }
    int column(const QString &name) const { return int(m_header.indexOf(name)); }

    // The next record; false at the end of the file or at the first damage. Empty lines are
    // not records.
    bool next(Record *record);

    // Set when the text cannot be read as CSV: the line (0 for the whole file) and why. A file
    // that is not UTF-8 anywhere is reported as such, even after damage earlier in it, as
    // reading the whole text at once would.
    bool failed() const { return m_failed; }
    int errorLine() const { return m_errorLine; }
    QString errorReason() const { return m_errorReason; }

    // For importers: the header's required and unknown columns, each problem in *problems
    // (line 1), and the indexes of the known text columns (whose cells get back what
    // CsvWriter neutralised).
    struct HeaderCheck {
        QList<std::pair<int, QString>> problems;
        QList<qsizetype> textColumns;
    };
    HeaderCheck checkHeader(const CsvColumns &columns) const;
    // The problem with a record's shape (its field count), or empty; restores its text cells.
    QString checkRecord(Record *record, const QList<qsizetype> &textColumns) const;

private:
    bool fill();
    void tokenize(const QString &text, bool last);
    void fail(int line, const QString &reason);
    void endField();
    void endRecord();

    QIODevice *m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_started = false;
    bool m_atEnd = false;
    QString m_carry; // a quote at the end of a chunk, which the next chunk may double
    QList<Record> m_ready;
    qsizetype m_readyAt = 0;

    Record m_current;
    QString m_field;
    bool m_inQuotes = false;
    bool m_closedQuote = false;
    int m_line = 1;
    int m_quoteStartLine = 0;

    QStringList m_header;
    bool m_failed = false;
    int m_errorLine = 0;
    QString m_errorReason;
};
