#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

// Writes an SPSS data file (.sav) with ReadStat, from the same rows a CSV export writes, with a
// label on every variable and value labels on the coded ones. The rows are read twice, one at a
// time, and never held: once to count them and measure the longest text of each column (SPSS
// needs both before the first row), once to write them.
class SavWriter {
    Q_DECLARE_TR_FUNCTIONS(SavWriter)

public:
    struct Variable {
        enum class Type {
            Text,   // written as it is
            Number, // a number, or system-missing when the cell is empty
            Coded,  // one of `codes`, written as firstCode, firstCode + 1, … with value labels
        };
        QString name;  // as in the CSV
        QString label; // what it holds, in words
        Type type = Type::Text;
        int decimals = 0;                       // Number: places shown
        QList<QPair<int, QString>> valueLabels; // Number: labels of some values
        QStringList codes;                      // Coded: the stored keys, in order
        QStringList codeLabels;                 // Coded: a label for each key
        int firstCode = 1;                      // Coded: the number of codes.first()
        bool ordinal = false;                   // Number: a rating rather than a quantity

        static Variable text(const QString &name, const QString &label);
        static Variable number(const QString &name, const QString &label, int decimals = 0);
        // Labelled with ValueSets::label of each key.
        static Variable coded(const QString &name, const QString &label, const QStringList &codes);
    };

    // Calls visit once for each row, in the file's order, with one cell per variable.
    using RowVisitor = std::function<void(const QStringList &row)>;
    // Returns false with *error set when the rows cannot be read (e.g. an unknown instrument).
    using Rows = std::function<bool(const RowVisitor &visit, QString *error)>;

    // Returns false with *error set when a row does not fit (an unknown key in a coded column,
    // text in a number column), the rows changed between the two readings, or the device could
    // not be written.
    static bool write(QIODevice *device, const QList<Variable> &variables, const Rows &rows,
                      QString *error);

    // SPSS keeps at most 120 bytes of a value label; longer ones are cut at a word, with "…".
    static QString fitValueLabel(const QString &label);
};
