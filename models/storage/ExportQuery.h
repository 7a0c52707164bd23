#pragma once

#include "domain/InstrumentResponse.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// The reads behind `export codings`, `export evidence` and `export measures` (models/exchange):
// every coding and every evidence note, with the recording, practitioner, family and coder they
// belong to, in the order the files list them. Text is given as stored, so the files show exactly
// what the database holds. Throws StorageError when the database cannot be read.
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
        QString selectionReason;    // why the session was chosen for coding (the recording's)
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

    // Ordered by recording code, then primary, second, consensus, then coding id, with the
    // scores of the given skills (others are not read). Rows are handed to visit as they are
    // read, and only the current one is held, so an export of years of codings costs the same
    // memory as one of a month.
    void forEachCoding(const QStringList &skills,
                       const std::function<void(const CodingRow &)> &visit) const;
    // Ordered by recording code, coding id, moment, then note id; streamed as forEachCoding.
    void forEachEvidenceNote(const std::function<void(const EvidenceRow &)> &visit) const;
    // The first administration (in the export's order) of a questionnaire not among
    // knownInstruments, so an export can refuse before writing anything.
    struct UnknownInstrument {
        QString familyCode;
        QString instrumentId;
    };
    std::optional<UnknownInstrument>
    firstUnknownInstrument(const QStringList &knownInstruments) const;
    // Every questionnaire administration with its answers, ordered by family code, respondent,
    // instrument, timepoint and date; streamed as forEachCoding. Only the identifying fields,
    // the date, the mode and the answers are filled in.
    void forEachAdministration(const std::function<void(const InstrumentResponse &)> &visit) const;
    // The same rows collected in a list, for small databases and tests.
    QList<CodingRow> codings(const QStringList &skills) const;
    QList<EvidenceRow> evidenceNotes() const;

private:
    QSqlQuery streamed(const QString &sql) const;

    Database &m_database;
};
