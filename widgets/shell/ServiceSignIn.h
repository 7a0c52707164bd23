#pragma once

#include "storage/ConnectionSpec.h"

#include <QString>

#include <memory>

class Database;
class QWidget;

// Signs in to a service database the way the GUI does: a password kept in this computer's
// keychain is tried first (and forgotten when the server refuses it), then libpq's own sources
// (PGPASSWORD, ~/.pgpass, PGPASSFILE), and only when the server still asks, the sign-in prompt
// (SignInDialog), again after a refused password, until the user cancels. A database file opens
// as it is.
class ServiceSignIn {
public:
    // The open database, or nothing with *problem set to one plain sentence (left empty when
    // the user cancelled the prompt).
    static std::unique_ptr<Database> connect(QWidget *parent, const ConnectionSpec &spec,
                                             QString *problem);
};
