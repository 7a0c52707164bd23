#include "CopyDatabaseCommand.h"

#include "storage/DatabaseCopier.h"
#include "storage/StorageError.h"

QString CopyDatabaseCommand::summary() const {
    return QStringLiteral("Copy a whole database into an empty one, SQLite or PostgreSQL.");
}

int CopyDatabaseCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("The database to copy (left unchanged)."),
                                        QStringLiteral("SRC")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"),
        QStringLiteral("The empty database to copy into: a new SQLite file or an empty "
                       "postgresql:// database."),
        QStringLiteral("DST")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help.")));
    const QString usage = QStringLiteral("practicecoder copy-database --from SRC --to DST");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        err() << "practicecoder copy-database: unexpected argument '"
              << parser.positionalArguments().constFirst() << "'. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    std::optional<ConnectionSpec> specs[2];
    const QString options[2] = {QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        const QString value = parser.value(options[i]).trimmed();
        if (value.isEmpty()) {
            err() << "practicecoder copy-database: --" << options[i]
                  << " is required. Usage: " << usage << Qt::endl;
            return UsageError;
        }
        QString problem;
        specs[i] = ConnectionSpec::parse(value, &problem);
        if (!specs[i])
            return fail(problem);
    }
    DatabaseCopier::Result result;
    try {
        result = DatabaseCopier::copy(*specs[0], *specs[1]);
    } catch (const StorageError &error) {
        return fail(error.message());
    }
    out() << "Copied " << specs[0]->displayName() << " to " << specs[1]->displayName()
          << " (schema version " << result.schemaVersion << ")\n";
    for (const DatabaseCopier::Table &table : std::as_const(result.tables))
        out() << table.name << '\t' << table.rows << " rows\tchecksum matches\n";
    out() << "Row counts and checksums match in all " << result.tables.size() << " tables ("
          << result.totalRows() << " rows)." << Qt::endl;
    return 0;
}
