#pragma once

#include "EditConflict.h"
#include "domain/Coding.h"
#include "domain/CodingScheme.h"

#include <QCoreApplication>
#include <QStringList>

// Describes a coded session's stale edits for the conflict dialog. Each edit names the field
// it changes ("skill:empathy", "comment", "window", "note:12", "status"); the description
// compares that field in the coding as stored now with the coding as the user left it.
class CodingConflict {
    Q_DECLARE_TR_FUNCTIONS(CodingConflict)

public:
    static QString skillField(const QString &skillKey);
    static QString noteField(qint64 noteId);
    static QString commentField();
    static QString windowField();
    static QString statusField();

    // fields: in the order the user made the edits, repeats allowed.
    static EditConflict describe(const QString &message, const QStringList &fields,
                                 const Coding &theirs, const Coding &yours,
                                 const CodingScheme &scheme);

private:
    static QString valueOf(const QString &field, const Coding &coding);
    static QString labelOf(const QString &field, const Coding &theirs, const Coding &yours,
                           const CodingScheme &scheme);
};
