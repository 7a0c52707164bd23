#pragma once

#include "ReportTables.h"

#include <QCoreApplication>

// The last page of the Practice Report (and the last section on screen): the report's technical
// words (ICC, κ, α, T1 and T2, SCORE-15, WAI, reliable change, confidence interval and the
// small-number text) in the words a social worker would use, in the order a reader meets them.
class ReportGlossary {
    Q_DECLARE_TR_FUNCTIONS(ReportGlossary)

public:
    // Two columns, the term and what it means; the small-number entry names this report's
    // threshold.
    static ReportTable of(const ReportData &data);
};
