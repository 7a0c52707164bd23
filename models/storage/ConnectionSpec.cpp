#include "ConnectionSpec.h"

#include <QFileInfo>
#include <QRegularExpression>

ConnectionSpec ConnectionSpec::sqliteFile(const QString &path) {
    ConnectionSpec spec;
    spec.m_engine = Engine::Sqlite;
    spec.m_filePath = QFileInfo(path).absoluteFilePath();
    return spec;
}

std::optional<ConnectionSpec> ConnectionSpec::parse(const QString &value, QString *problem) {
    const auto refuse = [problem](const QString &reason) -> std::optional<ConnectionSpec> {
        if (problem)
            *problem = reason;
        return std::nullopt;
    };
    if (value.trimmed().isEmpty())
        return refuse(QStringLiteral("No database given."));
    // A URL would otherwise be taken as a relative path, and opening it would make a folder
    // called "postgresql:" beside the user. The URL is not repeated: it may hold a password.
    static const QRegularExpression url(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = url.match(value.trimmed());
    if (match.hasMatch()) {
        const QString scheme = match.captured(1).toLower();
        if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
            return refuse(QStringLiteral("This version of PracticeCoder cannot connect to a "
                                         "PostgreSQL service database. Give the path of a "
                                         "database file."));
        return refuse(QStringLiteral("PracticeCoder cannot open a database at a %1:// address. "
                                     "Give the path of a database file.")
                          .arg(scheme));
    }
    return sqliteFile(value);
}
