// kill -9 while importing: the real practicecoder binary imports a staff file of many rows and
// is killed at a random moment, many times over, each time on a fresh copy of the same
// database. After each kill the database must pass integrity_check and hold either the whole
// file or none of it; an import that said it finished must have stored all of it.

#include "KillHarness.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace {

constexpr int Rows = 800;

int practitioners(const QString &path, QString *damage) {
    Database database;
    database.open(path);
    *damage = KillHarness::damage(database.connection());
    QSqlQuery count(database.connection());
    return count.exec(QStringLiteral("SELECT COUNT(*) FROM practitioners")) && count.next()
               ? count.value(0).toInt()
               : -1;
}

} // namespace

class tst_KillWhileImporting : public QObject {
    Q_OBJECT

private slots:
    void anImportIsAllOrNothing();
};

void tst_KillWhileImporting::anImportIsAllOrNothing() {
    QRandomGenerator random = KillHarness::seeded();
    QTemporaryDir dir;
    const QString staff = dir.filePath(QStringLiteral("staff.csv"));
    {
        QFile file(staff);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("team,team_kind,practitioner_code,display_name,role,employment,joined_on\n");
        for (int i = 0; i < Rows; ++i)
            file.write(QStringLiteral("Team %1,CIN,P%2,Practitioner %2,social_worker,permanent,"
                                      "2024-01-08\n")
                           .arg(i % 12)
                           .arg(i, 5, 10, QLatin1Char('0'))
                           .toUtf8());
    }
    // An empty database, closed cleanly, copied afresh for every run.
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    {
        Database database;
        database.open(pristine);
    }
    auto freshCopy = [&](int round) {
        const QString path = dir.filePath(QStringLiteral("run-%1.sqlite").arg(round));
        QFile::copy(pristine, path);
        return path;
    };
    auto arguments = [&](const QString &path) {
        return QStringList{QStringLiteral("import"), QStringLiteral("staff"), staff,
                           QStringLiteral("--database"), path};
    };

    // One run to the end: it must store everything, and says how long a run takes here, so
    // that the kills below land before, during and after the work.
    QElapsedTimer timer;
    timer.start();
    const QString whole = freshCopy(0);
    const PracticeCoderProcess practicecoder(dir.filePath(QStringLiteral("home")));
    const PracticeCoderProcess::KilledRun full =
        practicecoder.runUntilKilled(arguments(whole), 0, 60000);
    const int fullMs = int(timer.elapsed());
    QVERIFY(full.started);
    QVERIFY2(!full.killed, "the import did not finish within a minute");
    QString damage;
    QCOMPARE(practitioners(whole, &damage), Rows);
    QVERIFY2(damage.isEmpty(), qPrintable(damage));

    int wholeRuns = 0;
    int emptyRuns = 0;
    for (int round = 1; round <= 14; ++round) {
        const QString path = freshCopy(round);
        const int killAfterMs = random.bounded(fullMs * 5 / 4 + 1);
        const PracticeCoderProcess::KilledRun run =
            practicecoder.runUntilKilled(arguments(path), 0, killAfterMs);
        QVERIFY(run.started);
        const int stored = practitioners(path, &damage);
        QVERIFY2(damage.isEmpty(), qPrintable(QStringLiteral("round %1, killed after %2 ms: %3")
                                                  .arg(round)
                                                  .arg(killAfterMs)
                                                  .arg(damage)));
        QVERIFY2(stored == 0 || stored == Rows,
                 qPrintable(QStringLiteral("round %1, killed after %2 ms: %3 of %4 rows stored")
                                .arg(round)
                                .arg(killAfterMs)
                                .arg(stored)
                                .arg(Rows)));
        // An import that said it was done (or ended by itself) kept everything.
        if (!run.killed || !run.lines.isEmpty())
            QCOMPARE(stored, Rows);
        (stored == Rows ? wholeRuns : emptyRuns) += 1;
    }
    qInfo("%d runs stored the whole file, %d stored nothing", wholeRuns, emptyRuns);
}

QTEST_GUILESS_MAIN(tst_KillWhileImporting)
#include "tst_KillWhileImporting.moc"
