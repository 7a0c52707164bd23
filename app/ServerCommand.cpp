#include "ServerCommand.h"

#include "services/ServiceDatabaseSetup.h"
#include "storage/StorageError.h"

QString ServerCommand::summary() const {
    return QStringLiteral("Set up a service database on PostgreSQL (server create).");
}

int ServerCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("create"),
                                 QStringLiteral("Create the database, the group roles and the "
                                                "schema, as far as they are missing."));
    const QString usage =
        QStringLiteral("practicecoder server create --database postgresql://USER@HOST:PORT/DBNAME");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("create")}) {
        err() << "practicecoder server: expected 'create'. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    // No fall-back to the last database used: this creates things on a server, so it must be
    // told which.
    if (!parser.isSet(QStringLiteral("database"))) {
        err() << "practicecoder server: --database is required. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    QString problem;
    const std::optional<ConnectionSpec> spec =
        ConnectionSpec::parse(parser.value(QStringLiteral("database")), &problem);
    if (!spec)
        return fail(problem);
    try {
        const ServiceDatabaseSetup::Outcome outcome = ServiceDatabaseSetup::create(*spec);
        for (const QString &line : outcome.lines())
            out() << line << "\n";
        out() << Qt::flush;
    } catch (const StorageError &error) {
        return fail(error.message());
    }
    return 0;
}
