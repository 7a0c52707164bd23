#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The demo data set as plain values, before anything is written: DemoPlanner decides it,
// DemoGenerator stores it. Indexes refer to positions in DemoPlan's lists; ids are not known
// until the rows are inserted.
namespace DemoPlan {

struct Service {
    QString name;
};

struct Team {
    int service = 0;
    QString name;
    QString kind;
    double effect = 0; // how much better or worse than average the team's practice is
};

struct User {
    QString username;
    QString displayName;
    QString role;
    double bias = 0; // an evaluator's leniency
};

struct Membership {
    int team = 0;
    QDate from;
    QDate to; // null while open
};

struct Training {
    QString programme;
    QString cohort;
    QDate startedOn;
    QDate completedOn; // null while in progress
};

struct Practitioner {
    QString code;
    QString displayName;
    QString role;
    QString employment;
    QDate joinedOn;
    QDate leftOn; // null while in post
    QList<Membership> memberships;
    QList<Training> training;
    double baseline = 0; // skill level before any training
    bool observed = true;
    QDate miCompleted, mswStarted, coachingStarted;
};

struct Family {
    QString caseCode;
    QString caseType;
    int practitioner = 0;
    QDate firstSeen;
};

struct Score {
    QString skill;
    int score = 0; // 0 when not codable
    QString notCodableReason;
};

struct Note {
    qint64 atMs = 0;
    QString kind;
    QStringList skills;
    QString text;
    QDateTime createdAt;
};

struct Coding {
    int coder = 0;
    QString role;
    bool final = true;
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    QDateTime createdAt, updatedAt, finalisedAt;
    qint64 activeMs = 0;
    QString comment;
    QDate feedbackGivenOn;
    QList<Score> scores;
    QList<Note> notes;
};

struct Recording {
    QString code;
    int practitioner = 0;
    int team = 0;
    int family = 0;
    QDate recordedOn;
    QString sessionType;
    QString selectionReason;
    QString practitionerConsent;
    QDate practitionerConsentOn;
    QString familyConsent;
    QDate familyConsentOn;
    qint64 durationMs = -1; // -1 when unknown
    QDateTime createdAt;
    int clip = -1; // index into DemoAudio::clips() for the recordings with real audio
    QList<Coding> codings;
};

struct Administration {
    int family = 0;
    QString respondent;
    QString instrument;
    QString timepoint;
    QDate administeredOn;
    QString mode;
    int recording = -1;
    QDateTime createdAt;
    QList<QPair<int, int>> items; // item number, answer
};

struct Data {
    QList<Service> services;
    QList<Team> teams;
    QList<User> users;
    QList<Practitioner> practitioners;
    QList<Family> families;
    QList<Recording> recordings;
    QList<Administration> administrations;
};

} // namespace DemoPlan
