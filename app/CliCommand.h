#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

// One `practicecoder SUBCOMMAND` for automation (e.g. a scheduled quarterly export). A command
// prints plain, parseable output on stdout and, on failure, one line on stderr and a non-zero
// exit status. Commands run under QCoreApplication, so they never need a display.
class CliCommand {
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for `practicecoder --help`.
    virtual QString summary() const = 0;
    // arguments[0] is the program, arguments[1] the command name; the rest are its own.
    virtual int run(const QStringList &arguments) = 0;
    // A command that draws (PDF reports) needs a QApplication; main() then creates one on the
    // offscreen platform when there is no display, so scheduled runs still work.
    virtual bool needsGui() const { return false; }

protected:
    // Adds --database PATH and --help, the options every command shares.
    static void addCommonOptions(QCommandLineParser &parser);
    // Parses arguments[1..] (the command name and its options). On a usage error, prints one
    // line and returns false with *exitCode set; on --help prints help and sets *exitCode 0.
    bool parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                        const QString &usage, int *exitCode) const;
    // Opens --database (or, when the option is not given, the user's last database or the
    // default). An empty --database is an error, never a fall-back: an unset variable in a
    // scheduled job must not quietly pick another database. Only a command that may create
    // the database passes CreateIfMissing; for the others a missing file is "No database at
    // PATH.". Prints one line and returns null when it cannot be opened.
    std::unique_ptr<Database>
    openDatabase(const QCommandLineParser &parser,
                 Database::Mode mode = Database::Mode::ExistingOnly) const;

    static QTextStream &out();
    static QTextStream &err();
    // Prints "practicecoder NAME: reason" on stderr and returns the failure exit status.
    int fail(const QString &reason) const;
    // Exit status for a usage error, distinct from a failure of the work itself.
    static constexpr int UsageError = 2;
    static constexpr int Failure = 1;
};
