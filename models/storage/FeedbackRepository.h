#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Everything a coaching feedback sheet shows about one final coding.
struct FeedbackSheet {
    struct Score {
        QString skillKey;
        std::optional<int> score;
        QString notCodableReason;
        QString rationale;
    };
    struct Note {
        qint64 id = 0;
        qint64 atMs = 0;
        QString kind; // strength | to_develop | note
        QString body;
        QStringList skillKeys;
    };

    qint64 codingId = 0;
    qint64 recordingId = 0;
    QString recordingCode;
    qint64 practitionerId = 0;
    QString practitionerCode;
    QString practitionerName;
    qint64 teamId = 0;
    QString teamName;
    QDate recordedOn;
    QString coderName;
    QString role;
    qint64 windowStartMs = -1; // -1: the whole recording
    qint64 windowEndMs = -1;
    QDate finalisedOn;
    QDate feedbackGivenOn;
    QString comment;
    QList<Score> scores;
    QList<Note> notes; // in time order
    int version = 0;   // the coding's, for recording the feedback on what was shown
};

// One point of a practitioner's trajectory: a session's overall score.
struct TrajectoryPoint {
    qint64 codingId = 0;
    QDate recordedOn;
    double overall = 0.0;
};

// A final coding whose feedback has not been recorded and is past due.
struct FeedbackDueItem {
    qint64 codingId = 0;
    QString practitionerCode;
    QString practitionerName;
    QString teamName;
    QDate recordedOn;
    QDate finalisedOn;
    QString coderName;
    int daysOverdue = 0;
    qint64 teamId = 0;
    qint64 coderId = 0;
    QDate practitionerLeftOn; // invalid while they still work here
    qint64 coachId = 0;       // 0 when nobody coaches the practitioner
    QString coachName;
};

struct CodingChoice {
    qint64 codingId = 0;
    QDate recordedOn;
    QString recordingCode;
    QString role;
};

// Reads feedback sheets and records when feedback was given. Feedback is given on a recording's
// primary coding, or on its consensus coding where the coders agreed one.
class FeedbackRepository {
public:
    explicit FeedbackRepository(Database &database);

    std::optional<FeedbackSheet> sheet(qint64 codingId) const;
    // Final primary or consensus codings of a practitioner, newest first.
    QList<CodingChoice> finalCodings(qint64 practitionerId) const;
    // The practitioner's overall score per session over all their final codings, oldest first
    // (consensus where there is one, otherwise primary).
    QList<TrajectoryPoint> trajectory(qint64 practitionerId) const;
    // Overall scores of the team's sessions from..to, for the optional team mean.
    QList<double> teamScores(qint64 teamId, const QDate &from, const QDate &to) const;
    // Final primary codings finalised more than `days` days before today with no feedback
    // recorded on the recording, most overdue first.
    QList<FeedbackDueItem> due(const QDate &today, int days = 7) const;
    // Throws StorageError: NotFound when the coding is not a final coding, StaleEdit when it
    // changed since `version` (the sheet shown is out of date).
    void recordFeedbackGiven(qint64 codingId, int version, const QDate &on);

private:
    Database &m_database;
};
