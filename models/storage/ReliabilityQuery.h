#pragma once

#include "ReportQueries.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// A double-coded recording: its final primary coding (rater 1) and final second coding
// (rater 2). Only skills both coders scored appear: a skill either coder marked "not codable"
// has no entry in either map.
struct DoubleCodedRecording {
    qint64 recordingId = 0;
    QDate recordedOn;
    QHash<QString, int> primary;
    QHash<QString, int> second;
    // Each coding's mean over every skill it scored (primary, second), for the overall row.
    std::optional<std::pair<double, double>> overall;
};

// Reads the double-coded pairs that inter-rater reliability is computed from.
class ReliabilityQuery {
public:
    explicit ReliabilityQuery(const Database &database);

    // Recordings made from..to (either may be null for "no limit") that match the filter.
    std::vector<DoubleCodedRecording> pairs(const QDate &from = {}, const QDate &to = {},
                                            const ReportFilter &filter = {}) const;

private:
    QStringList skillKeys() const;

    const Database &m_database;
};
