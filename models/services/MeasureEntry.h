#pragma once

#include "EditConflict.h"
#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"
#include "storage/MeasuresRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Logging a family's paper questionnaire, correcting it and deleting it. The answers are checked
// against the questionnaire before anything is written, and each change is one transaction; a
// family typed for the first time is added with its first questionnaire.
class MeasureEntry {
    Q_DECLARE_TR_FUNCTIONS(MeasureEntry)

public:
    using RecordingChoice = MeasuresRepository::RecordingChoice;

    explicit MeasureEntry(Database &database,
                          InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn());

    // Every family's case code, for completing what is typed. Throws StorageError.
    QStringList familyCaseCodes() const;
    // The family's recordings, newest first, to link a questionnaire to the session it followed;
    // nullopt when no family has that case code yet. Throws StorageError.
    std::optional<QList<RecordingChoice>> recordingsForFamily(const QString &caseCode) const;

    // Throw StorageError: Conflict for a second questionnaire with the same family, respondent,
    // instrument and timepoint, StaleEdit for one changed by someone else since it was read at
    // response.version (nothing is changed), Invalid for answers the questionnaire does not
    // allow.
    qint64 add(const InstrumentResponse &response);
    void update(const InstrumentResponse &response);
    void remove(qint64 administrationId, int version);
    // The questionnaire as stored now (after a StaleEdit); nullopt when it was deleted.
    std::optional<InstrumentResponse> find(qint64 administrationId) const;
    // The fields where the stored questionnaire (theirs) and the user's (yours) differ, of
    // those either side changed from what the user opened (base).
    static EditConflict describeConflict(const QString &message, const InstrumentResponse &base,
                                         const InstrumentResponse &theirs,
                                         const InstrumentResponse &yours);

private:
    Database &m_database;
    MeasuresRepository m_measures;
};
