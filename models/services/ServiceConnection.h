#pragma once

#include "storage/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class Database;

// Connecting to a service database from the GUI: opening it and saying what stopped it in a
// way a sign-in prompt can act on (a password is wanted, or the one given was refused), whether
// the connection would cross the network unencrypted, and how to name the open database to the
// user. The widgets ask the questions (the password, "Connect anyway"); the rules are here, so
// they are tested without a screen.
class ServiceConnection {
    Q_DECLARE_TR_FUNCTIONS(ServiceConnection)

public:
    enum class Outcome {
        Opened,
        // The server asked for a password and neither the spec nor libpq's own sources
        // (PGPASSWORD, ~/.pgpass, PGPASSFILE) gave one.
        PasswordNeeded,
        // The server refused the password that was given.
        PasswordRefused,
        // Anything else (the server does not answer, no such database...): see problem.
        Failed,
    };

    struct Attempt {
        Outcome outcome = Outcome::Failed;
        // One plain sentence when not opened; never holds a password.
        QString problem;
        // The open database when opened.
        std::unique_ptr<Database> database;
    };

    // Opens (and migrates) the spec's database; never throws.
    static Attempt open(const ConnectionSpec &spec);

    // Whether the host is this computer: empty (the Unix socket), a socket folder, localhost,
    // 127.0.0.1 or ::1.
    static bool isThisComputer(const QString &host);
    // Whether connecting would send the family data over the network unencrypted: another
    // computer, and a TLS mode that allows a plain connection (disable, allow, prefer, or none
    // given, which libpq takes as prefer).
    static bool isUnencryptedOverNetwork(const ConnectionSpec &spec);
    // The warning shown before such a connection.
    static QString unencryptedWarning(const ConnectionSpec &spec);

    // How the open database is named in the title and status bars: the file's path, or
    // USER@HOST/DBNAME for a service database. Never holds a password.
    static QString describe(const ConnectionSpec &spec);
    // The shorter name for the title bar: the file's name, or USER@HOST/DBNAME.
    static QString shortName(const ConnectionSpec &spec);
};
