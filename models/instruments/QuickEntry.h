#pragma once

#include "InstrumentDefinition.h"

#include <QMap>
#include <QString>

// The quick-entry line of the measures form: a whole paper form typed as one line, either as a
// run of digits ("54321...") or separated by spaces or commas ("5 4 3 2 1"), with "." or "-"
// for a missing item. On a 1-10 scale "0" means 10 (0 is never an answer there), and a
// one-item questionnaire takes the whole line as its answer, so "10" works there as typed.
namespace QuickEntry {

struct Result {
    bool ok = true;
    QString error;        // set when !ok, e.g. "item 4: 6 is outside 1 to 5"
    QMap<int, int> items; // answered items only
    int positions = 0;    // answers and gaps typed so far
};

Result parse(const QString &text, const InstrumentDefinition &definition);
// The line for a set of answers: a run of digits when every answer is one digit, otherwise
// space-separated; "." for a gap up to the last answered item.
QString format(const QMap<int, int> &items, const InstrumentDefinition &definition);
// The value a single digit key stands for on this scale (0 means 10 on a 1-10 scale).
int valueForDigit(int digit, const InstrumentDefinition &definition);
// True when the instrument needs "0 means 10" (a scale from 1 to 10).
bool zeroMeansTen(const InstrumentDefinition &definition);

} // namespace QuickEntry
