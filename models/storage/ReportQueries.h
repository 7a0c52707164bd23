#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class Database;
class QSqlQuery;

// Which recordings a report covers: the whole service (no teams, no practitioner), one or more
// teams (the team at the time of the recording), or one practitioner.
struct ReportFilter {
    QList<qint64> teamIds;
    qint64 practitionerId = 0;
    // Blind coding: recordings whose codings the reader may not see yet, left out of scores.
    QList<qint64> hiddenRecordingIds;
    bool isService() const { return teamIds.isEmpty() && practitionerId == 0; }
};

// One coding a report counts: a recording's final consensus coding where there is one,
// otherwise its final primary coding. Skills marked "not codable" have no score here.
struct ReportCoding {
    qint64 codingId = 0;
    qint64 recordingId = 0;
    qint64 practitionerId = 0;
    qint64 teamId = 0;
    QDate recordedOn;
    QDate finalisedOn;
    // The earliest "feedback given on" recorded on the recording's primary or consensus coding.
    QDate feedbackOn;
    QHash<QString, int> scores; // skill key -> 1..5
};

// One effective coding reduced to its means: overall (all scored skills) and per factor.
struct ReportCodingMeans {
    qint64 codingId = 0;
    qint64 practitionerId = 0;
    qint64 teamId = 0; // the team at the time of the recording
    QDate recordedOn;
    std::optional<double> overall;
    QList<std::optional<double>> factors;
};

// One questionnaire administration with its answered items.
struct ReportAdministration {
    qint64 id = 0;
    qint64 familyId = 0;
    QString respondent;
    QString instrumentId;
    QString timepoint;
    QDate administeredOn;
    QMap<int, int> items;
};

// One session with a family: when, and whose (team and practitioner at the time).
struct FamilySession {
    qint64 familyId = 0;
    QDate recordedOn;
    qint64 teamId = 0;
    qint64 practitionerId = 0;
};

struct NamedId {
    qint64 id = 0;
    QString name;
};

// The read-only queries behind the Practice Report. Each returns plain rows; the arithmetic is
// done by ReportBuilder, so the same numbers come out whatever the database engine.
class ReportQueries {
public:
    explicit ReportQueries(const Database &database);

    // Effective codings (see ReportCoding) of recordings made from..to inclusive.
    std::vector<ReportCoding> codings(const ReportFilter &filter, const QDate &from,
                                      const QDate &to) const;
    // The same codings as codings(), one row each with its means over skillKeys and over each
    // factor's skills; used for trends, where the single scores are not needed.
    std::vector<ReportCodingMeans> codingMeans(const ReportFilter &filter, const QDate &from,
                                               const QDate &to, const QStringList &skillKeys,
                                               const QList<QStringList> &factorSkills) const;
    // Practitioners in the filter's teams at any time from..to who had not left before from.
    QSet<qint64> activePractitioners(const ReportFilter &filter, const QDate &from,
                                     const QDate &to) const;
    // Administrations of the instruments given from..to, for families seen in the filter.
    std::vector<ReportAdministration> administrations(const ReportFilter &filter,
                                                      const QStringList &instrumentIds,
                                                      const QStringList &respondents,
                                                      const QDate &from, const QDate &to) const;
    // T1 and T2 administrations of one instrument for every family and respondent whose T2 was
    // given from..to, so that the caller can pair them.
    std::vector<ReportAdministration> followUpPairs(const ReportFilter &filter,
                                                    const QString &instrumentId, const QDate &from,
                                                    const QDate &to) const;
    // Draft primary and consensus codings of recordings made from..to: work that will still
    // change the report's figures.
    int draftCodings(const ReportFilter &filter, const QDate &from, const QDate &to) const;
    // Every recorded session with a family, ordered by family then date, so that each
    // questionnaire can be attributed to one team (FamilyAttribution).
    std::vector<FamilySession> familySessions() const;
    // Each family, respondent and instrument (of instrumentIds) with a T1 given on or before
    // asOf and no T2 given on or before asOf (there is at most one T1 of each), ordered by T1
    // date, family code, respondent and instrument. FollowUpRule says when each falls due.
    struct OpenFollowUp {
        qint64 familyId = 0;
        QString familyCode;
        QString respondent;
        QString instrumentId;
        qint64 t1AdministrationId = 0;
        QDate t1;
    };
    std::vector<OpenFollowUp> openFollowUps(const QStringList &instrumentIds,
                                            const QDate &asOf) const;

    // The SQL condition keeping, of codings aliased c, only those a report counts (see
    // ReportCoding); the feedback sheet's trajectory uses the same rule.
    static QString effectiveCodingCondition();

    // Lookups for turning a command line or a combo box into a filter.
    QList<NamedId> teams() const;
    std::optional<NamedId> teamByName(const QString &name) const;
    // name is the practitioner's display name.
    std::optional<NamedId> practitionerByCode(const QString &code) const;
    QList<NamedId> practitioners() const; // name is "CODE: display name"
    // The first and last recording dates of final codings, to offer periods that hold data.
    std::optional<std::pair<QDate, QDate>> codedDateRange() const;

private:
    // Appends " AND <column> IN (?, ...)" or " AND <practitionerColumn> = ?" for the filter.
    static QString filterClause(const ReportFilter &filter, const QString &teamColumn,
                                const QString &practitionerColumn);
    // The same restriction for families: seen in a recording that matches the filter.
    static QString familyClause(const ReportFilter &filter, const QString &familyColumn);
    static void bindFilter(QSqlQuery &query, const ReportFilter &filter);
    // " AND r.id NOT IN (...)" for the filter's hidden recordings, empty when there are none.
    static QString hiddenClause(const ReportFilter &filter);
    static void bindHidden(QSqlQuery &query, const ReportFilter &filter);

    const Database &m_database;
};
