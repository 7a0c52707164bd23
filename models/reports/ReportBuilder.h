#pragma once

#include "ReportData.h"
#include "ReportSpec.h"
#include "policy/ReferencePoint.h"

#include <QDate>

class Database;

// Turns a ReportSpec into ReportData. Only final codings count, and from each recording only its
// consensus coding where there is a final one, otherwise its primary coding; second codings
// count only towards reliability. Every mean and share the disclosure rule withholds
// (DisclosureRule: too few sessions or practitioners, families for family measures, or in a
// manager report any small or unfinished team-quarter inside it) is blanked and flagged.
class ReportBuilder {
public:
    struct Options {
        int suppressionThreshold = 3;
        QList<ReferencePoint> referencePoints = ReferencePoint::defaults();
        QDate today = QDate::currentDate();
        // The organisation's follow-up interval (ReportSettings); unset means each
        // instrument's own "follow_up.after_weeks".
        std::optional<int> followUpWeeks;
        int trendQuarters = 8;
        int feedbackDays = 7;
    };

    explicit ReportBuilder(const Database &database);
    ReportBuilder(const Database &database, Options options);

    // Throws StorageError when the database cannot be read.
    ReportData build(const ReportSpec &spec) const;

    // The mean and CI of values, blanked when there are fewer than threshold of them.
    static Figure meanFigure(const std::vector<double> &values, int threshold);
    // count / n as a share, blanked when n is below threshold.
    static Figure shareFigure(int count, int n, int threshold);

private:
    const Database &m_database;
    Options m_options;
};
