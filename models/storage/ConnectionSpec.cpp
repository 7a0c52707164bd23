#include "ConnectionSpec.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QStringList sslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                           QStringLiteral("prefer"),    QStringLiteral("require"),
                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

QString decoded(const QString &part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &part) {
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

std::optional<ConnectionSpec> refuse(QString *problem, const QString &reason) {
    if (problem)
        *problem = reason;
    return std::nullopt;
}

} // namespace

ConnectionSpec ConnectionSpec::sqliteFile(const QString &path) {
    ConnectionSpec spec;
    spec.m_engine = Engine::Sqlite;
    spec.m_filePath = QFileInfo(path).absoluteFilePath();
    return spec;
}

ConnectionSpec ConnectionSpec::postgres(const QString &host, int port, const QString &databaseName,
                                        const QString &userName, const QString &sslMode) {
    ConnectionSpec spec;
    spec.m_engine = Engine::Postgres;
    spec.m_host = host;
    spec.m_port = port;
    spec.m_databaseName = databaseName;
    spec.m_userName = userName;
    spec.m_sslMode = sslMode;
    return spec;
}

std::optional<ConnectionSpec> ConnectionSpec::parse(const QString &value, QString *problem) {
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return refuse(problem, QStringLiteral("No database given."));
    // A URL would otherwise be taken as a relative path, and opening it would make a folder
    // called "postgresql:" beside the user. The URL is not repeated: it may hold a password.
    static const QRegularExpression url(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = url.match(trimmed);
    if (match.hasMatch()) {
        const QString scheme = match.captured(1).toLower();
        if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
            return parsePostgresUrl(trimmed.mid(match.capturedLength()), problem);
        return refuse(problem, QStringLiteral("PracticeCoder cannot open a database at a %1:// "
                                              "address. Give the path of a database file or a "
                                              "postgresql:// address.")
                                   .arg(scheme));
    }
    return sqliteFile(value);
}

std::optional<ConnectionSpec> ConnectionSpec::parsePostgresUrl(const QString &rest,
                                                               QString *problem) {
    const QString passwordRefused = QStringLiteral(
        "The address holds a password, and PracticeCoder never takes a password on the command "
        "line: remove it from the address and give it through PGPASSWORD, ~/.pgpass or "
        "PGPASSFILE instead.");
    const QString expected = QStringLiteral("postgresql://USER@HOST:PORT/DBNAME");

    QString main = rest;
    QString query;
    if (const qsizetype mark = main.indexOf(QLatin1Char('?')); mark >= 0) {
        query = main.mid(mark + 1);
        main.truncate(mark);
    }
    const qsizetype slash = main.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? main.left(slash) : main;
    const QString databaseName = slash >= 0 ? decoded(main.mid(slash + 1)) : QString();

    QString userName;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(QLatin1Char(':')))
            return refuse(problem, passwordRefused);
        userName = decoded(userInfo);
        authority = authority.mid(at + 1);
    }

    QString host = authority;
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        // An IPv6 address, whose own colons are not the port's.
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(problem,
                          QStringLiteral("The host in the PostgreSQL address is not "
                                         "complete: an IPv6 address needs its closing ]."));
        portText = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':')))
            return refuse(problem,
                          QStringLiteral("The PostgreSQL address should read %1.").arg(expected));
        portText = portText.mid(1);
    } else if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        portText = host.mid(colon + 1);
        host = decoded(host.left(colon));
    } else {
        host = decoded(host);
    }

    int port = defaultPostgresPort;
    if (!portText.isEmpty()) {
        bool number = false;
        port = portText.toInt(&number);
        if (!number || port < 1 || port > 65535)
            return refuse(problem, QStringLiteral("The port in the PostgreSQL address must be a "
                                                  "number from 1 to 65535."));
    }
    if (databaseName.isEmpty())
        return refuse(problem, QStringLiteral("The PostgreSQL address names no database: give it "
                                              "as %1.")
                                   .arg(expected));

    QString sslMode;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(pair.left(equals)).toLower();
        const QString value = equals >= 0 ? decoded(pair.mid(equals + 1)) : QString();
        if (key == QLatin1String("password"))
            return refuse(problem, passwordRefused);
        if (key != QLatin1String("sslmode"))
            return refuse(problem, QStringLiteral("PracticeCoder does not understand the option "
                                                  "\"%1\" in the PostgreSQL address; only sslmode "
                                                  "may be given there.")
                                       .arg(key));
        if (!sslModes.contains(value))
            return refuse(problem,
                          QStringLiteral("The sslmode in the PostgreSQL address must be one of "
                                         "disable, allow, prefer, require, verify-ca or "
                                         "verify-full."));
        sslMode = value;
    }
    return postgres(host, port, databaseName, userName, sslMode);
}

ConnectionSpec ConnectionSpec::withPassword(const QString &password) const {
    ConnectionSpec copy = *this;
    copy.m_password = password;
    return copy;
}

QString ConnectionSpec::displayName() const {
    if (m_engine == Engine::Sqlite)
        return m_filePath;
    const QString user = m_userName.isEmpty() ? QString() : encoded(m_userName) + QLatin1Char('@');
    const QString host = m_host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + m_host + QLatin1Char(']')
                             : encoded(m_host);
    // Joined, not .arg()ed: an encoded name holds % signs that a later .arg() would take for
    // its own markers.
    return QStringLiteral("postgresql://") + user + host + QLatin1Char(':') +
           QString::number(m_port) + QLatin1Char('/') + encoded(m_databaseName);
}

QString ConnectionSpec::toUrl() const {
    if (m_engine == Engine::Sqlite || m_sslMode.isEmpty())
        return displayName();
    return displayName() + QStringLiteral("?sslmode=") + m_sslMode;
}

bool ConnectionSpec::operator==(const ConnectionSpec &other) const {
    // The password is left out: the same database is the same, whoever typed what.
    return m_engine == other.m_engine && m_filePath == other.m_filePath && m_host == other.m_host &&
           m_port == other.m_port && m_databaseName == other.m_databaseName &&
           m_userName == other.m_userName && m_sslMode == other.m_sslMode;
}
