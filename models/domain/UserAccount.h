#pragma once

#include <QString>

// Someone who signs in to PracticeCoder (an evaluator, coach, manager or administrator), as the
// users table names them; not the practitioner whose practice is coded.
struct UserAccount {
    qint64 id = 0;
    QString username;
    QString displayName;
};
