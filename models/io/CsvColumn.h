#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One column of a CSV file the application writes or reads, with the kind of value it holds.
// The kind is declared by the file's owner, never guessed from a cell, because the writer
// neutralises text that a spreadsheet would run as a formula and the reader must undo exactly
// that, in exactly the same columns (see CsvFormulaGuard).
struct CsvColumn {
    enum class Kind { Text, Number };

    QString name;
    Kind kind = Kind::Text;
    // For imports: a missing required column is an error; an optional one may be left out.
    bool required = true;

    static CsvColumn text(const QString &name) { return {name, Kind::Text, true}; }
    static CsvColumn number(const QString &name) { return {name, Kind::Number, true}; }
    CsvColumn optional() const { return {name, kind, false}; }

    // For a file whose header is built elsewhere: every column is text except those named in
    // numberColumns.
    static QList<CsvColumn> fromNames(const QStringList &names, const QStringList &numberColumns);
    static QStringList names(const QList<CsvColumn> &columns);
};

using CsvColumns = QList<CsvColumn>;
