#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A period in which a practitioner belonged to a team. An open period has a null toDate.
struct TeamMembership {
    qint64 id = 0;
    qint64 teamId = 0;
    QString teamName;
    QDate fromDate;
    QDate toDate;
};

// A training programme a practitioner started (and perhaps completed).
struct TrainingRecord {
    qint64 id = 0;
    QString programme; // a key from ValueSets::trainingProgrammes()
    QString cohort;
    QDate startedOn;
    QDate completedOn;
};

// A practitioner whose practice is observed. Known in reports by a pseudonymous code.
struct Practitioner {
    qint64 id = 0;
    QString code;
    QString displayName;
    QString role;       // a key from ValueSets::practitionerRoles()
    QString employment; // "permanent" or "agency"
    QDate leftOn;
    QList<TeamMembership> memberships;
    QList<TrainingRecord> training;
    int version = 1;
};
