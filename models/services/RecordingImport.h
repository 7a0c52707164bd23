#pragma once

#include "domain/Practitioner.h"
#include "domain/Recording.h"
#include "domain/Team.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Adding practice recordings to the library, and pointing one at its audio again when the file
// has moved. The rules live here: a recording needs its date, practitioner, team, family,
// session type and selection reason; the same audio (by SHA-256) is never added twice, not even
// after its consent was withdrawn; a code is given when none is.
class RecordingImport {
    Q_DECLARE_TR_FUNCTIONS(RecordingImport)

public:
    explicit RecordingImport(Database &database);

    // The choices offered when adding a recording. Throw StorageError.
    QList<Practitioner> practitioners() const;
    QList<Team> teams() const;
    QStringList familyCaseCodes() const;
    // The team `practitionerId` belonged to on `on`; 0 when none.
    qint64 teamOn(qint64 practitionerId, const QDate &on) const;
    // Why `caseCode` cannot be a family's case code; empty when it can.
    static QString problemWithCaseCode(const QString &caseCode);

    // Adds the recording and sets its id (and its code when empty). Throws StorageError:
    // Conflict when the audio's SHA-256 or the code is already stored (the message names the
    // existing recording), Invalid when a required field is missing.
    qint64 add(Recording &recording);

    // What became of one audio file offered for the library.
    struct FileOutcome {
        qint64 recordingId = 0; // 0 when the file was not added
        QString code;           // the new recording's code
        QString problem;        // why it was not added, in words for the user
        QString cutShort;       // added, but the audio ends early: what the user must know
    };
    // Reads the file (to hash it and learn its length), then adds it with `details` (everything
    // but the audio), finding or creating the family by `familyCaseCode`. Never throws: a file
    // that is not audio, audio already in the library and refused details come back as the
    // outcome's problem. All or nothing: the family is created in the same transaction as the
    // recording, so a file refused leaves nothing behind.
    FileOutcome addFile(const QString &path, const Recording &details,
                        const QString &familyCaseCode, const QString &recordingsRoot);

    // What is known about a file before it is added: enough to fill in its row and to warn
    // about it. Reads the whole file once (to find where the sound stops), so it takes about as
    // long as adding it; never throws.
    struct FileCheck {
        QString problem;        // why it cannot be added at all; empty when it can
        qint64 durationMs = -1; // the length of the sound the file really holds
        QString cutShort;       // "Sound stops at 0:37 although the file says 3:00."; or empty
        QDate suggestedDate;    // when it was probably recorded
        bool dateFromRecording = false; // from the file's own tags, not when it was last changed
    };
    static FileCheck check(const QString &path);
    // The day a file's tags say it was recorded: FFmpeg's `creation_time` (an instant, taken
    // in local time) or else its `date` (a day). Invalid when neither names a whole day.
    static QDate dateFromTags(const QString &creationTime, const QString &date);

    std::optional<Recording> find(qint64 recordingId) const;
    // Points the recording at `path` (stored relative to `recordingsRoot` when inside it),
    // whose contents hash to `sha256`, audited as `userId`. Throws StorageError.
    void relink(qint64 recordingId, const QString &path, const QString &sha256,
                const QString &recordingsRoot, qint64 userId);

private:
    Database &m_database;
};
