#include "CliBesideAppRig.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <sys/stat.h>

namespace CliBesideAppRig {

namespace {

// Runs fn with a fresh connection of this test process to the database, closed afterwards.
template <typename Fn> auto withConnection(const QString &database, Fn fn) {
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("rig-%1").arg(counter.fetchAndAddRelaxed(1));
    struct Remove {
        QString name;
        ~Remove() { QSqlDatabase::removeDatabase(name); }
    } remove{name};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    db.open();
    auto result = fn(db);
    db.close();
    db = QSqlDatabase();
    return result;
}

} // namespace

QList<qint64> draftCodings(const QString &database) {
    return withConnection(database, [](QSqlDatabase &db) {
        QList<qint64> ids;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id FROM codings WHERE status = 'draft' ORDER BY id"));
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    });
}

int storedScore(const QString &database, qint64 codingId, const QString &skill) {
    return withConnection(database, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT score FROM skill_scores WHERE coding_id = ? AND skill_key = ?"));
        query.addBindValue(codingId);
        query.addBindValue(skill);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    });
}

QString integrity(const QString &database) {
    return withConnection(database, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
            return QStringLiteral("(the check could not run)");
        return query.value(0).toString();
    });
}

QByteArray sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

ino_t inodeOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_ino;
}

bool holdsPosixLock(qint64 pid, const QString &path) {
    const ino_t inode = inodeOf(path);
    QFile locks(QStringLiteral("/proc/locks"));
    if (inode == 0 || !locks.open(QIODevice::ReadOnly))
        return false;
    // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128": the pid, then major:minor:inode.
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(1) != "POSIX")
            continue;
        if (fields.at(4).toLongLong() != pid)
            continue;
        if (fields.at(5).split(':').value(2).toULongLong() == inode)
            return true;
    }
    return false;
}

App::~App() {
    if (m_process.state() != QProcess::NotRunning)
        kill9();
}

QString App::readLine(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_buffer.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return QString();
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_buffer.append(m_process.readAllStandardOutput());
    }
    const qsizetype end = m_buffer.indexOf('\n');
    const QString line = QString::fromUtf8(m_buffer.left(end));
    m_buffer.remove(0, end + 1);
    return line;
}

bool App::start(const QString &database, const QProcessEnvironment &environment, QString *error) {
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(PC_FAULT_APP), {database});
    if (!m_process.waitForStarted(30000)) {
        *error = m_process.errorString();
        return false;
    }
    const QString line = readLine(120000);
    if (line == QLatin1String("ready"))
        return true;
    *error = QStringLiteral("the application did not start: '%1' %2")
                 .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
    return false;
}

bool App::score(qint64 codingId, const QString &skill, int level, QString *error) {
    const QString command = QStringLiteral("score %1 %2 %3").arg(codingId).arg(skill).arg(level);
    m_process.write(command.toUtf8() + '\n');
    const QString line = readLine(60000);
    if (line == QStringLiteral("committed %1 %2 %3").arg(codingId).arg(skill).arg(level))
        return true;
    *error = QStringLiteral("'%1' answered '%2'").arg(command, line);
    return false;
}

bool App::quit() {
    m_process.write("quit\n");
    m_process.closeWriteChannel();
    return m_process.waitForFinished(60000) && m_process.exitCode() == 0;
}

void App::kill9() {
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(30000);
}

} // namespace CliBesideAppRig
