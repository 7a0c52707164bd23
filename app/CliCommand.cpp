#include "CliCommand.h"

#include "settings/Settings.h"
#include "storage/StorageError.h"

QTextStream &CliCommand::out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliCommand::err() {
    static QTextStream stream(stderr);
    return stream;
}

int CliCommand::fail(const QString &reason) const {
    QString line = reason.simplified();
    err() << "practicecoder " << name() << ": " << line << Qt::endl;
    return Failure;
}

void CliCommand::addCommonOptions(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(QStringLiteral("database"),
                                        QStringLiteral("The practice database to use."),
                                        QStringLiteral("PATH")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help.")));
}

bool CliCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &usage, int *exitCode) const {
    QStringList own = arguments.mid(1); // drop the program; keep the command as argv[0]
    if (!parser.parse(own)) {
        QString reason = parser.errorText();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        err() << "practicecoder " << name() << ": " << reason << ". Usage: " << usage << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt's help text starts with its own usage line; keep only the option list.
        out() << "Usage: " << usage << "\n\n"
              << summary() << "\n\nOptions:\n"
              << parser.helpText().section(QStringLiteral("Options:\n"), 1) << Qt::flush;
        *exitCode = 0;
        return false;
    }
    return true;
}

std::unique_ptr<Database> CliCommand::openDatabase(const QCommandLineParser &parser,
                                                   Database::Mode mode) const {
    QString path = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("database")) && path.trimmed().isEmpty()) {
        fail(QStringLiteral("--database was given an empty path. Name the database file."));
        return nullptr;
    }
    if (path.isEmpty()) {
        const Settings settings;
        path =
            settings.lastDatabase().isEmpty() ? Database::defaultPath() : settings.lastDatabase();
    }
    // A postgresql:// URL or a mistyped address is refused here, never taken as a file name.
    QString problem;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(path, &problem);
    if (!spec) {
        fail(problem);
        return nullptr;
    }
    auto database = std::make_unique<Database>();
    try {
        database->open(*spec, mode);
    } catch (const StorageError &error) {
        fail(error.message());
        return nullptr;
    }
    return database;
}
