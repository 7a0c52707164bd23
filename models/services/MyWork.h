#pragma once

#include "storage/MyWorkQuery.h"

#include <QDate>
#include <QList>

class Database;

// "My work": what is waiting for the person using PracticeCoder. Their draft codings, the
// recordings in the double-coding sample whose second coding they could do
// (DoubleCodingSample), and the feedback they owe on their final codings. Blind: a coding is listed
// only when CodingVisibility lets the viewer see it, and a recording waiting for a second coding is
// listed by its recording alone, never by the primary coder's scores.
class MyWork {
public:
    using Kind = MyWorkRow::Kind;

    struct Counts {
        int drafts = 0;
        int secondCodings = 0;
        int feedback = 0;
        int total() const { return drafts + secondCodings + feedback; }
    };

    explicit MyWork(Database &database);

    // The viewer's work, drafts first, then second codings, then feedback. Empty for a viewer
    // with no user yet (0). Throws StorageError.
    QList<MyWorkRow> itemsFor(qint64 viewerId) const;
    // The same, worked out on `today` (the sample takes recent primary codings only).
    QList<MyWorkRow> itemsFor(qint64 viewerId, const QDate &today) const;
    // The viewer, as CodingVisibility knows them (0 when they have no user yet).
    qint64 viewerId() const;
    static Counts countsOf(const QList<MyWorkRow> &items);

private:
    Database &m_database;
};
