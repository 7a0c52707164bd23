#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Database;

// One line of the recordings list: a recording with the names and codes it refers to, and a
// summary of its codings. Keys (session type, consents, status) are stored as keys; views turn
// them into words.
struct RecordingListRow {
    qint64 id = 0;
    QString code;
    QDate recordedOn;
    qint64 practitionerId = 0;
    QString practitionerCode;
    QString practitionerName;
    qint64 teamId = 0; // the team at the time of the recording
    QString teamName;
    qint64 familyId = 0;
    QString familyCode;
    QString sessionType;
    QString selectionReason;
    QString practitionerConsent;
    QDate practitionerConsentOn;
    QString familyConsent;
    QDate familyConsentOn;
    QString audioPath;      // as stored: empty when there is no audio (imported history)
    qint64 durationMs = -1; // -1 when unknown
    // A stored path that does not resolve to an existing file. Never set here: storage only
    // reads rows, and RecordingLibrary looks for the files.
    bool audioMissing = false;
    QString codingStatus; // a key from RecordingListQuery::codingStatuses()
    int codingCount = 0;
};

// Reads the recordings list in one query with joins, without touching the audio files. Read-only:
// writes go through the repositories. Throws StorageError when the database cannot be read.
class RecordingListQuery {
public:
    explicit RecordingListQuery(const Database &database);

    QList<RecordingListRow> all() const;

    // The summary status of a recording's codings, in the order of progress:
    // not_started (no coding), draft (codings, none final), final (a final primary coding),
    // double_coded (final primary and second codings), consensus (a final consensus coding).
    static QStringList codingStatuses();
    static QString codingStatus(int codings, bool primaryFinal, bool secondFinal,
                                bool consensusFinal);

private:
    const Database &m_database;
};
