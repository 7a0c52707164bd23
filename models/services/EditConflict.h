#pragma once

#include <QList>
#include <QString>

// An edit refused because someone else saved the same record first: what the user was told,
// and, for each field the user changed, what is stored now ("theirs") beside what the user
// made it ("yours"), as words a person can compare.
struct EditConflict {
    struct Field {
        QString label;
        QString theirs;
        QString yours;
    };

    QString message;
    QList<Field> fields;
};
