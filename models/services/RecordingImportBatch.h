#pragma once

#include "RecordingImport.h"
#include "domain/Recording.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The files of one "Add recordings" dialog, each with its own details: practitioner, team,
// family, date, session type, why it was chosen and both consents. What the user typed into a
// row is remembered field by field, so that "apply to all" fills the other rows without
// quietly overwriting what was set on them; the dialog asks first. A file cut short, or one
// that cannot be added at all, starts unticked.
class RecordingImportBatch {
    Q_DECLARE_TR_FUNCTIONS(RecordingImportBatch)

public:
    enum class Field {
        Practitioner,
        Team,
        Family,
        RecordedOn,
        SessionType,
        SelectionReason,
        PractitionerConsent, // with its date
        FamilyConsent,       // with its date
    };

    struct Row {
        QString path;
        RecordingImport::FileCheck check;
        Recording details; // everything but the audio; familyId is found when added
        QString familyCaseCode;
        bool ticked = true;
        QSet<int> setByUser; // the Fields the user gave on this row

        QString fileName() const;
        bool userSet(Field field) const { return setByUser.contains(int(field)); }
        bool canBeAdded() const { return check.problem.isEmpty(); }
    };

    // Adds a row for path, already checked; false when the file is already in the batch.
    bool addFile(const QString &path, const RecordingImport::FileCheck &check);
    const QList<Row> &rows() const { return m_rows; }
    int size() const { return int(m_rows.size()); }
    void setTicked(int row, bool ticked);
    QList<int> tickedRows() const;

    // The user edited row's details: each field whose value changed is now the user's.
    void edit(int row, const Recording &details, const QString &familyCaseCode);

    // The details every file of one visit usually shares: practitioner, team, session type,
    // why it was chosen, and the consents. Family and date differ from file to file.
    static QList<Field> sharedFields();
    // The other rows on which applying `from`'s shared details would replace a value the user
    // set there, by file name.
    QStringList wouldOverwrite(int from) const;
    // Copies from's shared details to every other row; values the user set on a row are
    // replaced only when overwrite is true.
    void applyToAll(int from, bool overwrite);

    // What is missing or wrong in a row's details, one sentence each; empty when complete.
    QStringList problems(int row) const;
    // Whether a consent given this way needs the date it was given on.
    static bool consentNeedsDate(const QString &consent);

private:
    static bool same(const Row &a, const Row &b, Field field);
    static void copy(const Row &from, Row &to, Field field);

    QList<Row> m_rows;
};
