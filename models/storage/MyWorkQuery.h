#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Database;

// One thing on a coder's "My work" list. No scores, notes or comments: the list only says what
// is waiting, so it shows nothing blind coding would hide.
struct MyWorkRow {
    enum class Kind { Draft, SecondCoding, Feedback };
    Kind kind = Kind::Draft;
    qint64 recordingId = 0;
    qint64 codingId = 0; // the coder's own coding; 0 for a second coding not yet started
    QString recordingCode;
    QString practitionerName;
    QString teamName;
    QDate recordedOn;
    QString role;   // the coding's role (primary | second | consensus); "second" when waiting
    QDate sinceDay; // draft: last changed; second: primary finalised; feedback: finalised
};

// Reads a coder's work: their drafts, the recordings whose second coding they could do, and the
// feedback they owe on their final codings. Read-only. Throws StorageError.
class MyWorkQuery {
public:
    explicit MyWorkQuery(Database &database);

    // The coder's draft codings, most recently changed first.
    QList<MyWorkRow> drafts(qint64 coderId) const;
    // Recordings with consent whose primary coding, by someone else, is final and which have no
    // second coding yet, oldest first.
    QList<MyWorkRow> awaitingSecondCoding(qint64 coderId) const;
    // The coder's final primary and consensus codings whose feedback has not been given, oldest
    // first.
    QList<MyWorkRow> feedbackOwed(qint64 coderId) const;

private:
    QList<MyWorkRow> read(MyWorkRow::Kind kind, const QString &sql, qint64 coderId,
                          const QString &what) const;

    Database &m_database;
};
