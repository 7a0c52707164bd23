#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class Database;
class FollowUpRule;

// A T2 that is owed: a family member answered an instrument at T1 and has not yet at T2.
struct FollowUp {
    enum class Status { Upcoming, Due, Overdue };

    qint64 familyId = 0;
    QString familyCode;
    QString respondent;
    QString instrumentId;
    qint64 t1AdministrationId = 0;
    QDate t1Date;
    QDate dueDate;
    // The family's worker: the practitioner of its latest recorded session, and that session's
    // team. Empty when no session with the family is recorded. Filled by FollowUps.
    QString practitionerName;
    QString teamName;
    bool practitionerHasLeft = false;

    // Due from `windowDays` before the due date; overdue from the day after it
    // (FollowUpRule::isOverdue).
    Status statusOn(const QDate &today, int windowDays = 14) const;
    // Positive when overdue, negative while still ahead.
    int daysOverdue(const QDate &today) const { return int(dueDate.daysTo(today)); }
};

// Family measures in the database: one administration of an instrument to one respondent at
// one timepoint, with its answered items (a missing item has no row). Every change of an
// administration and its items happens in one transaction, and answers are checked against
// the instrument's definition before anything is written.
class MeasuresRepository {
    Q_DECLARE_TR_FUNCTIONS(MeasuresRepository)

public:
    explicit MeasuresRepository(Database &database,
                                InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn());

    // Adds an administration, finding or creating the family from response.familyCode when
    // familyId is 0. Returns the new id. Throws StorageError: Kind::Conflict for a second
    // administration with the same family, respondent, instrument and timepoint,
    // Kind::Invalid for answers the instrument does not allow.
    qint64 add(const InstrumentResponse &response);
    // The same, inside a transaction the caller already holds (imports of many rows).
    qint64 addWithinTransaction(const InstrumentResponse &response);
    // Replaces the header and the answers; refuses (Kind::StaleEdit, changing nothing) when
    // someone else changed the administration since it was read (its version moved on), and
    // NotFound when it was deleted.
    void update(const InstrumentResponse &response);
    // Deletes the administration read at `version`; StaleEdit or NotFound as for update().
    void remove(qint64 administrationId, int version);

    std::optional<InstrumentResponse> find(qint64 administrationId) const;
    std::optional<InstrumentResponse> findByKey(qint64 familyId, const QString &respondent,
                                                const QString &instrumentId,
                                                const QString &timepoint) const;
    // Ordered by respondent, instrument, date and timepoint.
    QList<InstrumentResponse> listForFamily(qint64 familyId) const;
    // Every administration, ordered by family code, respondent, instrument and timepoint.
    QList<InstrumentResponse> listAll() const;
    // The family's recordings, newest first, to link an administration to the session it
    // followed.
    struct RecordingChoice {
        qint64 id = 0;
        QString code;
        QDate recordedOn;
    };
    QList<RecordingChoice> recordingsForFamily(qint64 familyId) const;
    // Case codes of the families with at least one administration, sorted.
    QStringList familiesWithMeasures() const;
    // The T2s owed on asOf, as FollowUpRule defines them (the Practice Report counts the same
    // ones): every T1 of a repeated instrument without a T2 for the same family, respondent and
    // instrument. Ordered by due date.
    QList<FollowUp> followUps(const FollowUpRule &rule, const QDate &asOf) const;
    // Each family's worker, as FollowUp describes it, keyed by family id; a practitioner has
    // left when their leaving date is on or before `asOf`.
    struct FamilyWorker {
        QString practitionerName;
        QString teamName;
        bool hasLeft = false;
    };
    QHash<qint64, FamilyWorker> familyWorkers(const QDate &asOf) const;

    const InstrumentCatalogue &catalogue() const { return m_catalogue; }
    // Checks the header and the answers against the value sets and the instrument; returns an
    // empty string when they are acceptable.
    QString problemWith(const InstrumentResponse &response) const;
    static bool isValidTimepoint(const QString &timepoint);

private:
    qint64 insert(const InstrumentResponse &response);
    void writeItems(qint64 administrationId, const QMap<int, int> &items);
    void loadItems(QList<InstrumentResponse> &responses, const QString &where,
                   const QVariantList &values) const;
    // orderBy: text columns, sorted bytewise on every engine (none for a single row).
    QList<InstrumentResponse> select(const QString &where, const QVariantList &values,
                                     const QStringList &orderBy) const;
    QString duplicateMessage(const InstrumentResponse &existing) const;
    [[noreturn]] void refuseStale(qint64 administrationId) const;

    Database &m_database;
    InstrumentCatalogue m_catalogue;
};
