#include "CheckCommand.h"

#include "storage/StorageError.h"

QString CheckCommand::summary() const {
    return QStringLiteral("Check that a database is whole, without changing it.");
}

int CheckCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    const QString usage = QStringLiteral("practicecoder check --database PATH");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        err() << "practicecoder check: unexpected argument '"
              << parser.positionalArguments().constFirst() << "'. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    auto database = openDatabase(parser, Database::Mode::Inspect);
    if (!database)
        return Failure;
    QStringList integrity;
    QStringList links;
    try {
        integrity = database->integrityProblems();
        links = database->foreignKeyProblems();
    } catch (const StorageError &error) {
        return fail(error.message());
    }
    if (integrity.isEmpty() && links.isEmpty()) {
        out() << "The database " << database->spec()->displayName()
              << " is whole: the integrity check and the foreign key check found no problems."
              << Qt::endl;
        return 0;
    }
    if (!integrity.isEmpty())
        fail(StorageError::damaged(
                 database->path(),
                 QStringLiteral("%1 problem(s) found by the integrity check").arg(integrity.size()))
                 .message());
    else
        fail(QStringLiteral("The database %1 has %2 record(s) that refer to records which no "
                            "longer exist.")
                 .arg(database->path())
                 .arg(links.size()));
    // The details go to stdout, one per line, for whoever is asked to repair the file.
    for (const QString &problem : std::as_const(integrity))
        out() << "integrity: " << problem << "\n";
    for (const QString &problem : std::as_const(links))
        out() << "foreign key: " << problem << "\n";
    out() << Qt::flush;
    return Failure;
}
