#pragma once

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A PostgreSQL server for tests that need one. When PC_TEST_POSTGRES_URL (or the ctest fixture's
// file, see sharedServerUrl()) names a server (a
// postgresql://USER@HOST:PORT/DBNAME URL of a user who may create databases), that one is used.
// Otherwise a throw-away cluster is made: initdb into a QTemporaryDir, trust authentication for
// the `postgres` user, listening only on 127.0.0.1 on a free port, its socket in the same
// folder. Run as root, initdb and pg_ctl run as the `postgres` OS user (PostgreSQL refuses to
// run as root), with the folder given to that user. The destructor stops the cluster at once and
// removes the folder. The machine's own cluster (port 5432, /var/lib/postgresql) is never
// touched.
//
// Each test gets databases of its own from freshDatabaseUrl(). They are made with ICU's en-GB
// collation, as a council's server set up in a British locale would be, so that a query that
// sorts text by the server's locale instead of bytewise shows up in a test.
class PostgresTestServer {
public:
    PostgresTestServer() {
        const QString given = sharedServerUrl();
        if (!given.isEmpty())
            useGivenServer(given);
        else
            startCluster();
    }

    ~PostgresTestServer() {
        {
            QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
            admin.close();
        }
        if (!m_adminConnection.isEmpty())
            QSqlDatabase::removeDatabase(m_adminConnection);
        if (m_started)
            run(m_binDir + QStringLiteral("/pg_ctl"),
                {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w")});
    }

    PostgresTestServer(const PostgresTestServer &) = delete;
    PostgresTestServer &operator=(const PostgresTestServer &) = delete;

    // The server a whole ctest run shares: PC_TEST_POSTGRES_URL, or the URL in the file that
    // PC_TEST_POSTGRES_URL_FILE names (written by the ctest fixture "pg",
    // tests/support/postgres-test-cluster.sh); empty when neither is set, and a test run alone
    // then starts a cluster of its own.
    static QString sharedServerUrl() {
        const QString url = qEnvironmentVariable("PC_TEST_POSTGRES_URL");
        if (!url.isEmpty())
            return url;
        const QString urlFile = qEnvironmentVariable("PC_TEST_POSTGRES_URL_FILE");
        if (urlFile.isEmpty())
            return {};
        QFile file(urlFile);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).trimmed();
    }

    // False, with problem() saying why, when no server could be had.
    bool isRunning() const { return m_running; }
    QString problem() const { return m_problem; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }

    // The URL of the database `name` on this server (which need not exist).
    QString urlFor(const QString &name) const {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(name);
    }
    // A database name not used on this server yet (nothing is created).
    QString unusedDatabaseName() {
        static QAtomicInteger<int> counter;
        return QStringLiteral("pc_test_%1_%2")
            .arg(QCoreApplication::applicationPid())
            .arg(counter.fetchAndAddRelaxed(1));
    }
    QString unusedDatabaseUrl() { return urlFor(unusedDatabaseName()); }
    // Creates a new, empty database and returns its URL; empty (with problem()) on failure.
    QString freshDatabaseUrl() {
        const QString name = unusedDatabaseName();
        if (!exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                 "LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'en-GB'")
                      .arg(name)))
            return {};
        m_created.append(name);
        return urlFor(name);
    }

    // On the run's shared cluster, drops the databases freshDatabaseUrl() made: dozens of tests
    // make hundreds, and a cluster grown by gigabytes is slow to remove at the end of the run.
    // FORCE, because a test that failed may have left a connection open. Call it while the
    // application object still exists (TestDatabase does, from a post routine).
    void dropCreatedDatabases() {
        if (m_started)
            return;
        for (const QString &name : std::as_const(m_created))
            exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        m_created.clear();
    }

    // Runs one statement on the server's maintenance database, as the server's superuser.
    bool exec(const QString &sql) {
        if (!m_running)
            return false;
        QSqlQuery query(admin());
        if (query.exec(sql))
            return true;
        m_problem = query.lastError().text();
        return false;
    }
    // Runs statements in order in the database `name`, as the server's superuser, outside
    // PracticeCoder (to put a database into a state a test needs); false, with problem(), at
    // the first that fails.
    bool execIn(const QString &name, const QStringList &statements) {
        const QString connection = QStringLiteral("postgres-test-server-") + name;
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_host);
            db.setPort(m_port);
            db.setUserName(m_user);
            db.setDatabaseName(name);
            ok = db.open();
            if (!ok)
                m_problem = db.lastError().text();
            for (const QString &sql : statements) {
                if (!ok)
                    break;
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    m_problem = sql + QStringLiteral(": ") + query.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }
    // Makes the server ask `user` for a password over TCP (scram-sha-256), ahead of the trust
    // rule every other user keeps. Only on a cluster this object started; false otherwise.
    bool requirePasswordFor(const QString &user) {
        // The run's shared cluster keeps its folder's name beside its URL file (see
        // tests/support/postgres-test-cluster.sh); a cluster of this object's own is in m_dir.
        QString data;
        if (m_started) {
            data = dataDir();
        } else {
            const QString urlFile = qEnvironmentVariable("PC_TEST_POSTGRES_URL_FILE");
            QFile folder(QFileInfo(urlFile).dir().filePath(QStringLiteral("folder")));
            if (urlFile.isEmpty() || !folder.open(QIODevice::ReadOnly))
                return false;
            data = QString::fromUtf8(folder.readAll()).trimmed() + QStringLiteral("/data");
        }
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly))
            return false;
        const QByteArray rules = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        hba.write("host all " + user.toUtf8() + " 127.0.0.1/32 scram-sha-256\n" + rules);
        hba.close();
        return exec(QStringLiteral("SELECT pg_reload_conf()"));
    }
    // The first column of the first row of a query on the maintenance database.
    QVariant value(const QString &sql) {
        QSqlQuery query(admin());
        if (!query.exec(sql) || !query.next()) {
            m_problem = query.lastError().text();
            return {};
        }
        return query.value(0);
    }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    QSqlDatabase admin() {
        if (m_adminConnection.isEmpty()) {
            m_adminConnection = QStringLiteral("postgres-test-server-admin");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
            db.setHostName(m_host);
            db.setPort(m_port);
            db.setUserName(m_user);
            db.setDatabaseName(m_adminDatabase);
            if (!db.open())
                m_problem = db.lastError().text();
        }
        return QSqlDatabase::database(m_adminConnection, false);
    }

    void useGivenServer(const QString &url) {
        // postgresql://USER@HOST:PORT/DBNAME, with no password (libpq finds it).
        QString rest = url.section(QStringLiteral("://"), 1);
        m_user = rest.section(QLatin1Char('@'), 0, 0);
        rest = rest.section(QLatin1Char('@'), 1);
        const QString hostPort = rest.section(QLatin1Char('/'), 0, 0);
        m_adminDatabase = rest.section(QLatin1Char('/'), 1).section(QLatin1Char('?'), 0, 0);
        m_host = hostPort.section(QLatin1Char(':'), 0, 0);
        m_port = hostPort.contains(QLatin1Char(':')) ? hostPort.section(QLatin1Char(':'), 1).toInt()
                                                     : 5432;
        if (m_adminDatabase.isEmpty())
            m_adminDatabase = QStringLiteral("postgres");
        m_running = admin().isOpen();
    }

    static QString findBinDir() {
        // The newest installed server.
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        QString best;
        QVersionNumber bestVersion;
        for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QVersionNumber version = QVersionNumber::fromString(entry);
            if (QFile::exists(root.filePath(entry + QStringLiteral("/bin/initdb"))) &&
                version > bestVersion) {
                best = root.filePath(entry + QStringLiteral("/bin"));
                bestVersion = version;
            }
        }
        return best;
    }

    static int freePort() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof(address);
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        ::close(fd);
        return port == 5432 ? 0 : port;
    }

    // Runs a server program, as the postgres OS user when this process is root.
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_dir->path());
        if (::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), program} +
                              arguments);
        else
            process.start(program, arguments);
        const bool finished = process.waitForFinished(120000);
        const QString text = QString::fromLocal8Bit(process.readAll());
        if (output)
            *output = text;
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    // A test that crashes (or aborts on an exception) never reaches the destructor: a small
    // shell stays behind to stop the cluster and remove its folder once this process is gone.
    void startWatchdog() {
        const QString asPostgres =
            ::geteuid() == 0 ? QStringLiteral("runuser -u postgres -- ") : QString();
        const QString script =
            QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 2; done; "
                           "%2'%3/pg_ctl' stop -D '%4' -m immediate -w; rm -rf '%5'")
                .arg(QCoreApplication::applicationPid())
                .arg(asPostgres, m_binDir, dataDir(), m_dir->path());
        QProcess watchdog;
        watchdog.setProgram(QStringLiteral("sh"));
        watchdog.setArguments({QStringLiteral("-c"), script});
        // Not holding the test's output open, so ctest does not wait for it.
        watchdog.setStandardInputFile(QProcess::nullDevice());
        watchdog.setStandardOutputFile(QProcess::nullDevice());
        watchdog.setStandardErrorFile(QProcess::nullDevice());
        watchdog.startDetached();
    }

    void startCluster() {
        m_binDir = findBinDir();
        if (m_binDir.isEmpty()) {
            m_problem = QStringLiteral("No PostgreSQL server is installed (no initdb under "
                                       "/usr/lib/postgresql); install the postgresql package or "
                                       "set PC_TEST_POSTGRES_URL.");
            return;
        }
        m_dir = std::make_unique<QTemporaryDir>();
        if (::geteuid() == 0) {
            QProcess chown;
            chown.start(QStringLiteral("chown"),
                        {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir->path()});
            if (!chown.waitForFinished(30000) || chown.exitCode() != 0) {
                m_problem = QStringLiteral("Could not give the cluster's folder to the postgres "
                                           "user.");
                return;
            }
        }
        QString output;
        if (!run(m_binDir + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("--auth=trust"),
                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 &output)) {
            m_problem = QStringLiteral("initdb failed: ") + output;
            return;
        }
        m_host = QStringLiteral("127.0.0.1");
        m_user = QStringLiteral("postgres");
        m_adminDatabase = QStringLiteral("postgres");
        // Another program may take the free port between the look and the start: try again.
        for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
            m_port = freePort();
            if (m_port == 0)
                continue;
            const QString options =
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                    .arg(m_port)
                    .arg(m_dir->path());
            m_started =
                run(m_binDir + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("start"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options},
                    &output);
        }
        if (!m_started) {
            m_problem = QStringLiteral("pg_ctl start failed: ") + output;
            return;
        }
        startWatchdog();
        m_running = admin().isOpen();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_adminDatabase;
    QString m_adminConnection;
    QString m_problem;
    QStringList m_created;
    bool m_started = false;
    bool m_running = false;
};
