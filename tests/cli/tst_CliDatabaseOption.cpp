#include "CliBesideAppRig.h"
#include "PracticeCoderProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CliBesideAppRig;

// Issue 10, items 6 and 11: --database never silently means another database. An empty path
// is an error (an unset variable in a cron job), a command that reads refuses a path with no
// database instead of creating an empty one, and only an import (or demo) creates one. And a
// command that succeeds prints nothing on standard error, even with XDG_RUNTIME_DIR unset (as
// under cron).
class tst_CliDatabaseOption : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anEmptyPathIsAnError_data();
    void anEmptyPathIsAnError();
    void readingCommandsRefuseAMissingDatabase_data();
    void readingCommandsRefuseAMissingDatabase();
    void anImportCreatesANewDatabase();
    void aSuccessfulCommandIsQuietWithoutARuntimeFolder_data();
    void aSuccessfulCommandIsQuietWithoutARuntimeFolder();
    void aFullDiskIsNotCalledADamagedDatabase();
    void aServiceAddressIsRefusedNotTakenForAFile_data();
    void aServiceAddressIsRefusedNotTakenForAFile();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_staff;
    QString m_database;
    QString m_demo;
};

void tst_CliDatabaseOption::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_environment = PracticeCoderProcess::isolated(m_dir.filePath(QStringLiteral("home")));
    m_staff = m_dir.filePath(QStringLiteral("staff.csv"));
    QFile staff(m_staff);
    QVERIFY(staff.open(QIODevice::WriteOnly));
    staff.write("team,team_kind,practitioner_code,display_name,role,employment,joined_on\n"
                "North,CIN,P001,Pat Example,social_worker,permanent,2025-01-06\n");
    staff.close();
    m_database = m_dir.filePath(QStringLiteral("practice.sqlite"));
    const PracticeCoderProcess::Result made =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("import"), QStringLiteral("staff"), m_staff,
                  QStringLiteral("--database"), m_database});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const PracticeCoderProcess::Result demo =
        PracticeCoderProcess(m_environment).makeDemo(m_demo, QStringLiteral("2025-06-30"));
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void tst_CliDatabaseOption::anEmptyPathIsAnError_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("codings")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("staff"),
                                           m_staff};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    // The application itself refuses before it opens a window.
    QTest::newRow("application") << QStringList();
}

void tst_CliDatabaseOption::anEmptyPathIsAnError() {
    QFETCH(QStringList, arguments);
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_environment)
            .run(arguments + QStringList{QStringLiteral("--database"), QString()});
    QVERIFY(run.finished);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("--database was given an empty path"), run.err.constData());
    // Nothing fell back to the default database.
    const QString data = m_environment.value(QStringLiteral("XDG_DATA_HOME"));
    QVERIFY(
        !QFile::exists(data + QStringLiteral("/PracticeCoder/PracticeCoder/practicecoder.sqlite")));
}

void tst_CliDatabaseOption::readingCommandsRefuseAMissingDatabase_data() {
    QTest::addColumn<QStringList>("arguments");
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("codings")};
    QTest::newRow("report") << QStringList{QStringLiteral("report"),
                                           QStringLiteral("--scope"),
                                           QStringLiteral("service"),
                                           QStringLiteral("--quarter"),
                                           QStringLiteral("2025-Q1"),
                                           QStringLiteral("--out"),
                                           out};
    QTest::newRow("reliability") << QStringList{QStringLiteral("reliability")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                                           m_dir.filePath(QStringLiteral("copy.sqlite"))};
}

void tst_CliDatabaseOption::readingCommandsRefuseAMissingDatabase() {
    QFETCH(QStringList, arguments);
    const QString missing = m_dir.filePath(QStringLiteral("typo/practise.sqlite"));
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_environment)
            .run(arguments + QStringList{QStringLiteral("--database"), missing});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("No database at %1.").arg(missing)),
             run.err.constData());
    QVERIFY(!QFile::exists(missing));
    QVERIFY2(!QDir(m_dir.filePath(QStringLiteral("typo"))).exists(), "no folder was created");
}

void tst_CliDatabaseOption::anImportCreatesANewDatabase() {
    const QString created = m_dir.filePath(QStringLiteral("new/practice.sqlite"));
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("import"), QStringLiteral("staff"), m_staff,
                  QStringLiteral("--database"), created});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::exists(created));
}

void tst_CliDatabaseOption::aSuccessfulCommandIsQuietWithoutARuntimeFolder_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("codings")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("report") << QStringList{QStringLiteral("report"),
                                           QStringLiteral("--scope"),
                                           QStringLiteral("service"),
                                           QStringLiteral("--quarter"),
                                           QStringLiteral("2025-Q1"),
                                           QStringLiteral("--out"),
                                           m_dir.filePath(QStringLiteral("quiet.pdf"))};
}

void tst_CliDatabaseOption::aSuccessfulCommandIsQuietWithoutARuntimeFolder() {
    QFETCH(QStringList, arguments);
    QProcessEnvironment environment = m_environment;
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(environment)
            .run(arguments + QStringList{QStringLiteral("--database"), m_demo});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
}

void tst_CliDatabaseOption::aFullDiskIsNotCalledADamagedDatabase() {
    // No file may grow past 2 KB (SIGXFSZ ignored, so a write fails with EFBIG as on a full
    // disk), so SQLite cannot make the shared-memory file it needs to open the database.
    const QString copy = m_dir.filePath(QStringLiteral("full-disk.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    PracticeCoderProcess full(m_environment);
    full.setFileSizeLimit(2048);
    const PracticeCoderProcess::Result run = full.run(
        {QStringLiteral("export"), QStringLiteral("codings"), QStringLiteral("--database"), copy});
    QVERIFY(run.finished);
    const QString err = run.errText();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!err.contains(QStringLiteral("not a PracticeCoder database")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("damaged")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("The disk could not be read or written")),
             qPrintable(err));
}

void tst_CliDatabaseOption::aServiceAddressIsRefusedNotTakenForAFile_data() {
    QTest::addColumn<QStringList>("arguments");
    // An import may create its database, so it would have made a folder "postgresql:".
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("staff"),
                                           m_staff};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("codings")};
    QTest::newRow("application") << QStringList();
}

void tst_CliDatabaseOption::aServiceAddressIsRefusedNotTakenForAFile() {
    QFETCH(QStringList, arguments);
    const QString folder = QDir::current().filePath(QStringLiteral("postgresql:"));
    const Run run = practicecoder(
        arguments + QStringList{QStringLiteral("--database"),
                                QStringLiteral("postgresql://amira:s3cret@db.example/practice")},
        m_environment);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("never takes a password"), run.err.constData());
    QVERIFY2(!run.err.contains("s3cret"), run.err.constData());
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
}

QTEST_GUILESS_MAIN(tst_CliDatabaseOption)
#include "tst_CliDatabaseOption.moc"
