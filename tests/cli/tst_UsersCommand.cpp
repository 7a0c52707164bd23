#include "CodingTestFixture.h"
#include "PracticeCoderProcess.h"

#include <QTemporaryDir>
#include <QTest>

// `practicecoder users assign-coach | unassign-coach | coaches`, as an administrator's script
// runs them: plain output, one line on failure, a usage error told apart from a failure.
class tst_UsersCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void assignListAndUnassign();
    void mistakesSayWhatIsWrongAndChangeNothing();

private:
    PracticeCoderProcess::Result run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_database;
};

void tst_UsersCommand::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_environment = PracticeCoderProcess::isolated(m_dir.filePath(QStringLiteral("home")));
    m_environment.insert(QStringLiteral("USER"), QStringLiteral("alice"));
    m_database = m_dir.filePath(QStringLiteral("users.sqlite"));
    Database database;
    database.open(m_database);
    CodingTestFixture fixture;
    fixture.build(database);
    UserRepository(database).findOrCreate(QStringLiteral("sam"), QStringLiteral("coach"),
                                          QStringLiteral("Sam Okafor"));
}

PracticeCoderProcess::Result tst_UsersCommand::run(const QStringList &arguments) const {
    return PracticeCoderProcess(m_environment)
        .run(QStringList{QStringLiteral("users")} + arguments +
             QStringList{QStringLiteral("--database"), m_database});
}

void tst_UsersCommand::assignListAndUnassign() {
    PracticeCoderProcess::Result result = run(
        {QStringLiteral("assign-coach"), QStringLiteral("sam"), QStringLiteral("--practitioner"),
         QStringLiteral("P001"), QStringLiteral("--from"), QStringLiteral("2026-01-05")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.outText(), QStringLiteral("sam now coaches P001 from 2026-01-05.\n"));

    result = run({QStringLiteral("coaches")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.outText(),
             QStringLiteral("coach,coach_name,practitioner_code,practitioner_name,assigned_on\n"
                            "sam,Sam Okafor,P001,Amira Khan,2026-01-05\n"));

    result = run({QStringLiteral("unassign-coach"), QStringLiteral("sam"),
                  QStringLiteral("--practitioner"), QStringLiteral("P001")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.outText(), QStringLiteral("sam no longer coaches P001.\n"));
    QCOMPARE(run({QStringLiteral("coaches")}).out.count('\n'), 1);
}

void tst_UsersCommand::mistakesSayWhatIsWrongAndChangeNothing() {
    // No practitioner named: a usage error.
    PracticeCoderProcess::Result result =
        run({QStringLiteral("assign-coach"), QStringLiteral("sam")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QStringLiteral("--practitioner is required")));
    QVERIFY(result.out.isEmpty());
    // Someone who is not a user, a practitioner who does not exist, a date that is not one.
    result = run({QStringLiteral("assign-coach"), QStringLiteral("nobody"),
                  QStringLiteral("--practitioner"), QStringLiteral("P001")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errText(),
             QStringLiteral("practicecoder users: There is no user called nobody.\n"));
    result = run({QStringLiteral("assign-coach"), QStringLiteral("sam"),
                  QStringLiteral("--practitioner"), QStringLiteral("P404")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.errText().contains(QStringLiteral("no practitioner with the code P404")));
    result = run({QStringLiteral("assign-coach"), QStringLiteral("sam"),
                  QStringLiteral("--practitioner"), QStringLiteral("P001"),
                  QStringLiteral("--from"), QStringLiteral("5/1/2026")});
    QCOMPARE(result.exitCode, 1);
    // Ending a coaching that is not there.
    result = run({QStringLiteral("unassign-coach"), QStringLiteral("sam"),
                  QStringLiteral("--practitioner"), QStringLiteral("P001")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.errText().contains(QStringLiteral("nothing was changed")));
    QCOMPARE(run({QStringLiteral("coaches")}).out.count('\n'), 1);
}

QTEST_GUILESS_MAIN(tst_UsersCommand)
#include "tst_UsersCommand.moc"
