#include "CliBesideAppRig.h"
#include "PracticeCoderProcess.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CliBesideAppRig;

// Issue 10, item 3: `practicecoder backup` takes a consistent copy of a database that another
// program is writing to: the copy holds what was committed and nothing that was not, passes
// the integrity check, replaces an older copy in one step, and never overwrites the source.
class tst_BackupCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesWhileAnotherProgramIsWriting();
    void replacesAnOlderCopyWhole();
    void refusesToOverwriteTheDatabase_data();
    void refusesToOverwriteTheDatabase();

private:
    PracticeCoderProcess::Result backup(const QString &out);
    int count(const QString &database, const QString &sql);
    bool importStaff(const QString &code);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_database;
};

bool tst_BackupCommand::importStaff(const QString &code) {
    const QString staff = m_dir.filePath(code + QStringLiteral(".csv"));
    QFile file(staff);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("team,team_kind,practitioner_code,display_name,role,employment,joined_on\n");
    file.write(QStringLiteral("North,CIN,%1,Worker %1,social_worker,permanent,2025-01-06\n")
                   .arg(code)
                   .toUtf8());
    file.close();
    return PracticeCoderProcess(m_environment)
               .run({QStringLiteral("import"), QStringLiteral("staff"), staff,
                     QStringLiteral("--database"), m_database})
               .exitCode == 0;
}

PracticeCoderProcess::Result tst_BackupCommand::backup(const QString &out) {
    return PracticeCoderProcess(m_environment)
        .run({QStringLiteral("backup"), QStringLiteral("--database"), m_database,
              QStringLiteral("--out"), out});
}

int tst_BackupCommand::count(const QString &database, const QString &sql) {
    int result = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return result;
}

void tst_BackupCommand::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_environment = PracticeCoderProcess::isolated(m_dir.filePath(QStringLiteral("home")));
    m_database = m_dir.filePath(QStringLiteral("practice.sqlite"));
    QVERIFY(importStaff(QStringLiteral("P001")));
}

void tst_BackupCommand::copiesWhileAnotherProgramIsWriting() {
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    // Another program is in the middle of a write: committed rows, and one not yet committed.
    QSqlDatabase writer =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    writer.setDatabaseName(m_database);
    QVERIFY(writer.open());
    {
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE practitioners SET display_name = 'Not yet "
                                          "saved' WHERE code = 'P001'")));
    }
    const PracticeCoderProcess::Result run = backup(copy);
    {
        QSqlQuery query(writer);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    writer.close();
    writer = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));

    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(integrity(copy), QStringLiteral("ok"));
    QCOMPARE(count(copy, QStringLiteral("SELECT COUNT(*) FROM practitioners WHERE code = 'P001' "
                                        "AND display_name = 'Worker P001'")),
             1);
    QCOMPARE(count(copy, QStringLiteral("SELECT COUNT(*) FROM practitioners WHERE display_name "
                                        "= 'Not yet saved'")),
             0);
    QVERIFY(QFile::permissions(copy) & QFileDevice::ReadOwner);
    QVERIFY(!(QFile::permissions(copy) & QFileDevice::ReadOther));
}

void tst_BackupCommand::replacesAnOlderCopyWhole() {
    const QString copy = m_dir.filePath(QStringLiteral("rotating.sqlite"));
    QVERIFY2(backup(copy).exitCode == 0, "the first copy");
    QVERIFY(importStaff(QStringLiteral("P002")));
    const PracticeCoderProcess::Result second = backup(copy);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(count(copy, QStringLiteral("SELECT COUNT(*) FROM practitioners")), 2);
    QCOMPARE(integrity(copy), QStringLiteral("ok"));
    // No temporary file is left beside it.
    const QStringList left =
        QDir(m_dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void tst_BackupCommand::refusesToOverwriteTheDatabase_data() {
    QTest::addColumn<QString>("suffix");
    QTest::newRow("the database") << QString();
    QTest::newRow("its write-ahead log") << QStringLiteral("-wal");
}

void tst_BackupCommand::refusesToOverwriteTheDatabase() {
    QFETCH(QString, suffix);
    const QByteArray before = sha256Of(m_database);
    const PracticeCoderProcess::Result run = backup(m_database + suffix);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is the database itself"), run.err.constData());
    QCOMPARE(sha256Of(m_database), before);
    QCOMPARE(integrity(m_database), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_BackupCommand)
#include "tst_BackupCommand.moc"
