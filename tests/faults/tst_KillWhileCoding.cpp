// kill -9 while coding: a child (this test run again with --coding-child) drives the real
// CodingSession, as the coding page does, printing the number of each edit once the session
// says it is saved. It is killed after a random number of edits, many times over; after each
// kill the database must pass integrity_check and hold every edit the child reported (and at
// most the one in flight besides). The kill-and-check loop is shared with the other kill tests
// (KillHarness.h); tests/unit/storage/tst_CodingCrashSafety does the same at the repository
// level for three fixed points.

#include "CodingTestFixture.h"
#include "KillHarness.h"

#include "services/CodingSession.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int MaxChildEdits = 5000; // a child whose parent died stops by itself
const QStringList &skillKeys() {
    static const QStringList keys = CodingSchemeLoader::builtIn().skillKeys();
    return keys;
}

// Edit i of the child's fixed sequence: a score with a rationale, a note, a window, a comment.
bool edit(CodingSession &session, int i) {
    switch (i % 4) {
    case 0:
        return session.setSkill({skillKeys().at(i % skillKeys().size()), i % 5 + 1, QString(),
                                 QStringLiteral("edit %1").arg(i)});
    case 1: {
        EvidenceNote note;
        note.atMs = qint64(i) * 1000;
        note.kind = QStringLiteral("note");
        note.skills = {skillKeys().at(i % skillKeys().size())};
        note.text = QStringLiteral("note %1").arg(i);
        return session.addNote(note);
    }
    case 2:
        return session.setWindow(i, i + 1200000);
    default:
        return session.setComment(QStringLiteral("comment %1").arg(i));
    }
}

int runChild(const QString &path, qint64 codingId, qint64 coderId) {
    Database database;
    database.open(path);
    CodingSession session(database);
    QString error;
    if (!session.open(codingId, coderId, &error))
        return 2;
    for (int i = 0; i < MaxChildEdits; ++i) {
        // Reported only once it is in the database, never while merely kept on screen.
        if (!edit(session, i) || session.hasUnsavedEdits())
            return 3;
        std::printf("%d\n", i + 1);
        std::fflush(stdout);
    }
    return 0;
}

// What the coding must hold after the first `edits` edits of the sequence; empty when it does.
QString differs(const Coding &coding, int edits) {
    QHash<QString, SkillScore> scores;
    int notes = 0;
    qint64 windowStart = 0;
    QString comment;
    for (int i = 0; i < edits; ++i) {
        switch (i % 4) {
        case 0:
            scores.insert(skillKeys().at(i % skillKeys().size()),
                          {skillKeys().at(i % skillKeys().size()), i % 5 + 1, QString(),
                           QStringLiteral("edit %1").arg(i)});
            break;
        case 1:
            ++notes;
            break;
        case 2:
            windowStart = i;
            break;
        default:
            comment = QStringLiteral("comment %1").arg(i);
        }
    }
    if (coding.scores.size() != scores.size())
        return QStringLiteral("%1 scores, not %2").arg(coding.scores.size()).arg(scores.size());
    for (const SkillScore &score : coding.scores) {
        const SkillScore expected = scores.value(score.skillKey);
        if (score.score != expected.score || score.rationale != expected.rationale)
            return QStringLiteral("%1 is %2 (%3)")
                .arg(score.skillKey)
                .arg(score.score)
                .arg(score.rationale);
    }
    if (coding.notes.size() != notes)
        return QStringLiteral("%1 notes, not %2").arg(coding.notes.size()).arg(notes);
    if (coding.windowStartMs != windowStart)
        return QStringLiteral("window from %1, not %2").arg(coding.windowStartMs).arg(windowStart);
    if (coding.comment != comment)
        return QStringLiteral("comment '%1', not '%2'").arg(coding.comment, comment);
    return {};
}

} // namespace

class tst_KillWhileCoding : public QObject {
    Q_OBJECT

private slots:
    void nothingReportedSavedIsLost();
};

void tst_KillWhileCoding::nothingReportedSavedIsLost() {
    QRandomGenerator random = KillHarness::seeded();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coding.sqlite"));
    CodingTestFixture fixture;
    {
        Database database;
        database.open(path);
        fixture.build(database);
    }
    PracticeCoderProcess child(dir.filePath(QStringLiteral("home")));
    child.setProgram(QCoreApplication::applicationFilePath());
    for (int round = 0; round < 30; ++round) {
        qint64 codingId = 0;
        {
            Database database;
            database.open(path);
            codingId = CodingRepository(database).create(fixture.addRecording(database),
                                                         fixture.alice, QStringLiteral("primary"),
                                                         CodingSchemeLoader::builtIn(), 0, 1200000);
        }
        const int killAfter = random.bounded(1, 60);
        const PracticeCoderProcess::KilledRun run =
            child.runUntilKilled({QStringLiteral("--coding-child"), path, QString::number(codingId),
                                  QString::number(fixture.alice)},
                                 killAfter);
        QVERIFY(run.started);
        QVERIFY2(run.killed, "the child stopped before it was killed");
        const int reported = run.lines.isEmpty() ? 0 : run.lines.last().toInt();
        QVERIFY(reported >= killAfter);

        Database database;
        database.open(path);
        const QString damage = KillHarness::damage(database.connection());
        QVERIFY2(damage.isEmpty(), qPrintable(damage));
        const Coding coding = *CodingRepository(database).find(codingId);
        // Every reported edit is there; the one in flight may or may not be.
        const QString asReported = differs(coding, reported);
        const QString withInFlight = differs(coding, reported + 1);
        QVERIFY2(asReported.isEmpty() || withInFlight.isEmpty(),
                 qPrintable(QStringLiteral("round %1, %2 edits reported: %3")
                                .arg(round)
                                .arg(reported)
                                .arg(asReported)));
    }
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("--coding-child"))
        return runChild(arguments.at(2), arguments.at(3).toLongLong(),
                        arguments.at(4).toLongLong());
    tst_KillWhileCoding test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_KillWhileCoding.moc"
