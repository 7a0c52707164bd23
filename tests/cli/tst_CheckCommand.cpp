#include "CliBesideAppRig.h"
#include "PracticeCoderProcess.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CliBesideAppRig;

// Issue 10, item 3: `practicecoder check` runs SQLite's integrity and foreign-key checks,
// reports them plainly, exits 0 only when both are clean, and never changes the file. (A
// damaged file is tst_DamagedDatabase's case.)
class tst_CheckCommand : public QObject {
    Q_OBJECT

private slots:
    void init();
    void aWholeDatabasePasses();
    void aBrokenLinkFails();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_database;
};

void tst_CheckCommand::init() {
    QVERIFY(m_dir.isValid());
    m_environment = PracticeCoderProcess::isolated(m_dir.filePath(QStringLiteral("home")));
    const QString staff = m_dir.filePath(QStringLiteral("staff.csv"));
    QFile file(staff);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("team,team_kind,practitioner_code,display_name,role,employment,joined_on\n"
               "North,CIN,P001,Pat Example,social_worker,permanent,2025-01-06\n"
               "North,CIN,P002,Sam Example,social_worker,agency,2025-02-03\n");
    file.close();
    m_database = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    const PracticeCoderProcess::Result made =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("import"), QStringLiteral("staff"), staff,
                  QStringLiteral("--database"), m_database});
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

void tst_CheckCommand::aWholeDatabasePasses() {
    const QByteArray before = sha256Of(m_database);
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("check"), QStringLiteral("--database"), m_database});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("is whole"));
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(sha256Of(m_database), before);
}

void tst_CheckCommand::aBrokenLinkFails() {
    // Another program, with foreign keys off, removes the team the memberships point to.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM teams")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("breaker"));

    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("check"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("refer to records which no longer exist"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.out.contains("foreign key: "), run.out.constData());
}

QTEST_GUILESS_MAIN(tst_CheckCommand)
#include "tst_CheckCommand.moc"
