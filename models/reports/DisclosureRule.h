#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

#include <map>
#include <utility>

// Where the values behind one figure came from: for each value its team (at the time of the
// session), its day and the person it is about (a practitioner, or a family for family
// measures). The disclosure rule decides from this alone whether the figure may be published.
class SourceTally {
public:
    void add(qint64 teamId, const QDate &day, qint64 personId);

    int count() const { return m_count; }
    int people() const { return int(m_people.size()); }

    // One (team, calendar quarter) cell: how many values and how many distinct people.
    struct Cell {
        int count = 0;
        QSet<qint64> people;
    };
    // Ordered, so that the reason given for a withheld figure is the same on every run.
    const std::map<std::pair<qint64, int>, Cell> &cells() const { return m_cells; }

    // "2025-Q3" for a quarter index as stored in the cells.
    static int quarterIndex(const QDate &day) { return day.year() * 4 + (day.month() - 1) / 3; }
    static QString quarterKey(int index);

private:
    int m_count = 0;
    QSet<qint64> m_people;
    std::map<std::pair<qint64, int>, Cell> m_cells;
};

// The statistical disclosure control of the Practice Report (docs/privacy.md). A figure is
// published when it rests on at least `threshold` values from at least `threshold` distinct
// people. In a manager report (service or teams) it must also be made only of whole cells that
// are themselves publishable: every (team, quarter) cell it draws on holds at least threshold
// values from at least threshold people and lies in a quarter that has ended. Because every
// published figure is then a union of publishable cells, no sum or difference of published
// figures (other teams, other periods, nested ranges) can give back a withheld cell, and the
// same cell is withheld whichever report asks for it. (Reliability needs only enough pairs:
// ReliabilityTable::withhold.)
class DisclosureRule {
    Q_DECLARE_TR_FUNCTIONS(DisclosureRule)

public:
    // What the people in a tally are, for the reason given when a figure is withheld.
    enum class Unit { Sessions, Families };

    DisclosureRule(int threshold, bool managerReport, const QDate &today);

    // An empty string when the figure may be published; otherwise the reason it is withheld,
    // in words, e.g. "fewer than 3 practitioners".
    QString withheldReason(const SourceTally &tally, Unit unit) const;

    int threshold() const { return m_threshold; }
    bool isManagerReport() const { return m_managerReport; }

private:
    int m_threshold;
    bool m_managerReport;
    int m_lastEndedQuarter;
};
