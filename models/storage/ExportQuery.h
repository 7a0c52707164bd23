#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// The reads behind `export codings` and `export evidence` (models/exchange): every coding and
// every evidence note, with the recording, practitioner, family and coder they belong to, in
// the order the files list them. Text is given as stored, so the files show exactly what the
// database holds. Throws StorageError when the database cannot be read.
class ExportQuery {
public:
    struct CodingRow {
        QString codingId;
        QString recordingCode;
        QString practitionerCode;
        QString familyCode;
        QString recordedOn;
        QString sessionType;
        QString coder;
        QString role;
        QString status;
        QDateTime finalisedAt;
        QDateTime updatedAt;
        QString comment;
        QString schemeId;
        QString schemeVersion;
        QHash<QString, int> scores; // skill key -> score; a not-codable skill is absent
    };

    struct EvidenceRow {
        qint64 noteId = 0;
        QString codingId;
        QString recordingCode;
        QString practitionerCode;
        QString coder;
        QString codingRole;
        QString status;
        qint64 atMs = 0;
        QString kind;
        QStringList skills; // sorted
        QString body;
    };

    explicit ExportQuery(Database &database)
        : m_database(database) {}

    // Ordered by recording code, then primary, second, consensus, then coding id. Rows are
    // handed to visit as they are read, so an export of years of codings does not hold them
    // all in memory at once.
    void forEachCoding(const std::function<void(const CodingRow &)> &visit) const;
    // Ordered by recording code, coding id, moment, then note id; streamed as forEachCoding.
    void forEachEvidenceNote(const std::function<void(const EvidenceRow &)> &visit) const;
    // The same rows collected in a list, for small databases and tests.
    QList<CodingRow> codings() const;
    QList<EvidenceRow> evidenceNotes() const;

private:
    Database &m_database;
};
