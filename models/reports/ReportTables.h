#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One table of a Practice Report as people read it: the words and figures of every cell, already
// formatted (ReportFormat) and with suppressed figures already replaced by their text.
struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    QList<double> widths;   // relative column widths, for pages
    QList<bool> alignRight; // per column; when unset, every column but the first is right-aligned
    QList<int> emphasisedRows;

    bool isRightAligned(int column) const { return column > 0 && alignRight.value(column, true); }
    friend bool operator==(const ReportTable &, const ReportTable &) = default;
};

// The report's tables, built once from ReportData, so that the screen and the PDF show the same
// cells in the same words: a figure withheld on one is withheld on the other, and a wording
// changed here changes on both.
struct ReportTables {
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    ReportTable references;   // 1. the overall score read against the reference points
    ReportTable skills;       // 2. factors, then skills
    ReportTable distribution; // 3. share of scores at each level
    ReportTable trend;        // 4. by quarter
    ReportTable engagement;   // 5. engagement measures
    ReportTable familyChange; // 5. T1 to T2 change, one row per scale
    ReportTable reliability;  // 6. the ICCs, with their intervals and bands
    ReportTable coverage;     // 7.

    // "SDQ: change from T1 to T2"; empty when there is no family measure.
    QString familyChangeCaption;
    // Under the change table: who the pairs are and how reliable change is judged.
    QString familyChangeNote;
    // When no scale's change may be shown, why (each reason the figures carry); else empty.
    QString familyChangeWithheld;
    QString reliabilityNote;

    // 6. the other measures of agreement (kappa, alpha, the same score, within one point).
    ReportTable reliabilityAgreement;
    // Names the rows shown that rest on fewer than ReliabilityTable::fewPairs pairs; else empty.
    QString reliabilityCaution;
    // The last page: the report's technical words in plain terms.
    ReportTable glossary;

    static ReportTables of(const ReportData &data);
};
