#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"
#include "storage/MeasuresRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Logging a family's paper questionnaire, correcting it and deleting it. The answers are checked
// against the questionnaire before anything is written, and each change is one transaction; a
// family typed for the first time is added with its first questionnaire.
class MeasureEntry {
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
    // instrument and timepoint (or one changed by someone else meanwhile), Invalid for answers
    // the questionnaire does not allow.
    qint64 add(const InstrumentResponse &response);
    void update(const InstrumentResponse &response);
    void remove(qint64 administrationId);

private:
    Database &m_database;
    MeasuresRepository m_measures;
};
