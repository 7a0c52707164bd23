// Crash safety: a child process (this test run again with --crash-child) makes coding edits in
// a loop, printing the number of each edit once it is committed, and is killed with SIGKILL.
// The parent reopens the database, runs PRAGMA integrity_check and checks that every committed
// edit is there and at most the one in flight is missing.

#include "CodingTestFixture.h"
#include "KillHarness.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

int runChild(const QString &path, qint64 codingId) {
    const QStringList skillKeys = CodingSchemeLoader::builtIn().skillKeys();
    Database database;
    database.open(path);
    CodingRepository codings(database);
    for (int edit = 0;; ++edit) {
        switch (edit % 3) {
        case 0:
            codings.saveSkill(codingId, codingVersion(codings, codingId),
                              {skillKeys.at(edit % 7), edit % 5 + 1, QString(),
                               QStringLiteral("edit %1").arg(edit)});
            break;
        case 1: {
            EvidenceNote note;
            note.codingId = codingId;
            note.atMs = edit * 1000;
            note.kind = QStringLiteral("note");
            note.skills = {skillKeys.at(edit % 7)};
            note.text = QStringLiteral("note %1").arg(edit);
            addNoteNow(codings, note);
            break;
        }
        default:
            codings.setWindow(codingId, codingVersion(codings, codingId), edit, edit + 1200000);
            break;
        }
        std::printf("%d\n", edit + 1);
        std::fflush(stdout);
    }
}

} // namespace

class tst_CodingCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killedMidCodingLosesAtMostTheEditInFlight_data();
    void killedMidCodingLosesAtMostTheEditInFlight();
};

void tst_CodingCrashSafety::killedMidCodingLosesAtMostTheEditInFlight_data() {
    QTest::addColumn<int>("editsBeforeKill");
    QTest::newRow("early") << 5;
    QTest::newRow("later") << 150;
    QTest::newRow("much later") << 600;
}

void tst_CodingCrashSafety::killedMidCodingLosesAtMostTheEditInFlight() {
    QFETCH(int, editsBeforeKill);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    qint64 codingId = 0;
    int baseVersion = 0;
    {
        Database database;
        database.open(path);
        CodingTestFixture fixture;
        fixture.build(database);
        codingId = CodingRepository(database).create(fixture.addRecording(database), fixture.alice,
                                                     QStringLiteral("primary"),
                                                     CodingSchemeLoader::builtIn(), 0, 1200000);
        baseVersion = CodingRepository(database).find(codingId)->version;
    }

    const KillHarness::Run run = KillHarness::runUntilKilled(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--crash-child"), path, QString::number(codingId)}, editsBeforeKill);
    QVERIFY(run.started);
    QVERIFY2(run.killed, "the child stopped before it was killed");
    const int committed = run.lines.last().toInt();
    QVERIFY(committed >= editsBeforeKill);

    Database database;
    database.open(path);
    const QString damage = KillHarness::damage(database.connection());
    QVERIFY2(damage.isEmpty(), qPrintable(damage));

    const Coding coding = *CodingRepository(database).find(codingId);
    const int stored = coding.version - baseVersion;
    // Every reported edit is there; at most one more (committed but not yet reported).
    QVERIFY2(stored == committed || stored == committed + 1,
             qPrintable(QStringLiteral("stored %1 edits, %2 reported").arg(stored).arg(committed)));
    const int notes = (stored + 1) / 3;
    QCOMPARE(int(coding.notes.size()), notes);
    for (const SkillScore &score : coding.scores)
        QVERIFY(score.isScored());
    QVERIFY(coding.windowEndMs > coding.windowStartMs);
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--crash-child"))
        return runChild(arguments.at(2), arguments.at(3).toLongLong());
    tst_CodingCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_CodingCrashSafety.moc"
