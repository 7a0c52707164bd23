#include "ServiceConnection.h"

#include "storage/Database.h"
#include "storage/PostgresServer.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>

ServiceConnection::Attempt ServiceConnection::open(const ConnectionSpec &spec) {
    Attempt attempt;
    auto database = std::make_unique<Database>();
    try {
        database->open(spec, spec.isPostgres() ? Database::Mode::ExistingOnly
                                               : Database::Mode::CreateIfMissing);
        attempt.outcome = Outcome::Opened;
        attempt.database = std::move(database);
        return attempt;
    } catch (const StorageError &error) {
        // The first line only: a driver's message may go on with the statement it failed on,
        // which tells a social worker nothing.
        attempt.problem = error.message().section(QLatin1Char('\n'), 0, 0).simplified();
    }
    if (spec.isPostgres()) {
        // Asked again of the server, since libpq reports a refused sign-in in words only.
        switch (PostgresServer::signIn(spec)) {
        case PostgresServer::SignIn::PasswordNeeded:
            attempt.outcome = Outcome::PasswordNeeded;
            return attempt;
        case PostgresServer::SignIn::PasswordRefused:
            attempt.outcome = Outcome::PasswordRefused;
            return attempt;
        case PostgresServer::SignIn::Accepted:
        case PostgresServer::SignIn::Failed:
            break;
        }
    }
    attempt.outcome = Outcome::Failed;
    return attempt;
}

bool ServiceConnection::isThisComputer(const QString &host) {
    const QString name = host.trimmed();
    // libpq takes a host that starts with a slash as the folder of a Unix socket.
    return name.isEmpty() || name.startsWith(QLatin1Char('/')) ||
           name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           name == QLatin1String("127.0.0.1") || name == QLatin1String("::1");
}

bool ServiceConnection::isUnencryptedOverNetwork(const ConnectionSpec &spec) {
    if (!spec.isPostgres() || isThisComputer(spec.host()))
        return false;
    const QString mode = spec.sslMode();
    return mode.isEmpty() || mode == QLatin1String("disable") || mode == QLatin1String("allow") ||
           mode == QLatin1String("prefer");
}

QString ServiceConnection::unencryptedWarning(const ConnectionSpec &spec) {
    return tr("The connection to %1 is not encrypted: anyone on the network between this "
              "computer and the server could read the family data that passes along it. Ask "
              "your IT team for a TLS connection, and choose \u201cverify-full\u201d.")
        .arg(spec.host());
}

QString ServiceConnection::describe(const ConnectionSpec &spec) {
    if (!spec.isPostgres())
        return QDir::toNativeSeparators(spec.filePath());
    const QString user = spec.userName().isEmpty() ? QString() : spec.userName() + QLatin1Char('@');
    const QString host = spec.host().isEmpty() ? QStringLiteral("localhost") : spec.host();
    return user + host + QLatin1Char('/') + spec.databaseName();
}

QString ServiceConnection::shortName(const ConnectionSpec &spec) {
    return spec.isPostgres() ? describe(spec) : QFileInfo(spec.filePath()).fileName();
}
