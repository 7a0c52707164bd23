// kill -9 while withdrawing consent: a child (this test run again with --withdrawing-child)
// withdraws the family's consent on a list of recordings through the real ConsentWithdrawal,
// printing each recording's id once it is done, and is killed after a random number of them,
// many times over. After each kill the database must pass integrity_check; every reported
// withdrawal must be complete (codings, notes and audit text gone, consent refused), and every
// other recording either wholly withdrawn (the one in flight) or wholly untouched.

#include "CodingTestFixture.h"
#include "KillHarness.h"

#include "services/ConsentWithdrawal.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int RecordingsPerRound = 6;
const QString Reason = QStringLiteral("the mother asked us to rescore");

int runChild(const QString &path, const QString &peaks, qint64 userId, const QStringList &ids) {
    Database database;
    database.open(path);
    ConsentWithdrawal withdrawal(database);
    withdrawal.setPeakCacheDirectory(peaks);
    for (const QString &id : ids) {
        withdrawal.withdraw(id.toLongLong(), ConsentWithdrawal::Party::Family, QDate::currentDate(),
                            userId);
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
    }
    return 0;
}

int scalar(Database &database, const QString &sql, qint64 recordingId) {
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(recordingId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

// "withdrawn", "untouched" or what is half-done about the recording.
QString stateOf(Database &database, qint64 recordingId) {
    const int codings =
        scalar(database, QStringLiteral("SELECT COUNT(*) FROM codings WHERE recording_id = ?"),
               recordingId);
    const int notes = scalar(database,
                             QStringLiteral("SELECT COUNT(*) FROM evidence_notes n JOIN codings c "
                                            "ON c.id = n.coding_id WHERE c.recording_id = ?"),
                             recordingId);
    const int refused = scalar(database,
                               QStringLiteral("SELECT COUNT(*) FROM recordings WHERE id = ? AND "
                                              "family_consent = 'refused'"),
                               recordingId);
    const int withdrawals = scalar(database,
                                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                                  "'recording' AND action = 'withdraw_consent' "
                                                  "AND entity_id = ?"),
                                   recordingId);
    if (codings == 0 && notes == 0 && refused == 1 && withdrawals == 1)
        return QStringLiteral("withdrawn");
    if (codings == 2 && notes == 3 && refused == 0 && withdrawals == 0)
        return QStringLiteral("untouched");
    return QStringLiteral("half done: %1 codings, %2 notes, refused %3, %4 audit rows")
        .arg(codings)
        .arg(notes)
        .arg(refused)
        .arg(withdrawals);
}

} // namespace

class tst_KillWhileWithdrawing : public QObject {
    Q_OBJECT

private slots:
    void aWithdrawalIsAllOrNothing();
};

void tst_KillWhileWithdrawing::aWithdrawalIsAllOrNothing() {
    QRandomGenerator random = KillHarness::seeded();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("withdraw.sqlite"));
    const QString peaks = dir.filePath(QStringLiteral("peaks"));
    CodingTestFixture fixture;
    {
        Database database;
        database.open(path);
        fixture.build(database);
    }
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    int withdrawnInAll = 0;
    QStringList allIds;
    for (int round = 0; round < 20; ++round) {
        // Recordings with a final coding (unlocked once, with a typed reason, and finalised
        // again) and a draft second coding, each with evidence notes.
        QStringList ids;
        {
            Database database;
            database.open(path);
            CodingRepository codings(database);
            for (int i = 0; i < RecordingsPerRound; ++i) {
                const qint64 recording = fixture.addRecording(database);
                const qint64 primary = codings.create(recording, fixture.alice,
                                                      QStringLiteral("primary"), scheme, 0, 60000);
                CodingTestFixture::scoreAll(codings, primary, 3);
                for (int n = 0; n < 2; ++n)
                    addNoteNow(codings, EvidenceNote{0,
                                                     primary,
                                                     1000 * n,
                                                     {},
                                                     QStringLiteral("note"),
                                                     QStringLiteral("Mother says"),
                                                     1});
                codings.finalise(primary, codingVersion(codings, primary), scheme, fixture.alice);
                codings.unlock(primary, codingVersion(codings, primary), fixture.alice, Reason);
                codings.finalise(primary, codingVersion(codings, primary), scheme, fixture.alice);
                const qint64 second = codings.create(recording, fixture.bob,
                                                     QStringLiteral("second"), scheme, 0, 60000);
                addNoteNow(codings, EvidenceNote{0,
                                                 second,
                                                 500,
                                                 {},
                                                 QStringLiteral("note"),
                                                 QStringLiteral("Child present"),
                                                 1});
                ids.append(QString::number(recording));
            }
        }
        const int killAfter = random.bounded(RecordingsPerRound);
        PracticeCoderProcess child(dir.filePath(QStringLiteral("home")));
        child.setProgram(QCoreApplication::applicationFilePath());
        const PracticeCoderProcess::KilledRun run =
            child.runUntilKilled(QStringList{QStringLiteral("--withdrawing-child"), path, peaks,
                                             QString::number(fixture.alice)} +
                                     ids,
                                 killAfter);
        QVERIFY(run.started);

        Database database;
        database.open(path);
        const QString damage = KillHarness::damage(database.connection());
        QVERIFY2(damage.isEmpty(), qPrintable(damage));
        int inFlight = 0;
        for (const QString &id : std::as_const(ids)) {
            const QString state = stateOf(database, id.toLongLong());
            const bool reported = run.lines.contains(id.toUtf8());
            QVERIFY2(state == QLatin1String("withdrawn") ||
                         (!reported && state == QLatin1String("untouched")),
                     qPrintable(QStringLiteral("round %1, recording %2 (%3): %4")
                                    .arg(round)
                                    .arg(id)
                                    .arg(reported ? QStringLiteral("reported")
                                                  : QStringLiteral("not reported"))
                                    .arg(state)));
            if (state == QLatin1String("withdrawn")) {
                ++withdrawnInAll;
                inFlight += reported ? 0 : 1;
            }
        }
        // The typed unlock reason went with each withdrawn coding (its audit row stays, blank);
        // every recording left untouched, in this round or before, still has its own.
        allIds += ids;
        int untouched = 0;
        for (const QString &id : std::as_const(allIds))
            untouched += stateOf(database, id.toLongLong()) == QLatin1String("untouched") ? 1 : 0;
        QSqlQuery reasons(database.connection());
        reasons.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail = ?"));
        reasons.addBindValue(Reason);
        QVERIFY(reasons.exec() && reasons.next());
        QCOMPARE(reasons.value(0).toInt(), untouched);
        // At most the one in flight was done without being reported.
        QVERIFY2(inFlight <= 1,
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(inFlight)));
        // Withdrawals happen in order: none after the first one left untouched.
        bool sawUntouched = false;
        for (const QString &id : std::as_const(ids)) {
            const bool left = stateOf(database, id.toLongLong()) == QLatin1String("untouched");
            QVERIFY2(!(sawUntouched && !left), "a later withdrawal went through first");
            sawUntouched = sawUntouched || left;
        }
    }
    qInfo("%d recordings withdrawn across the rounds", withdrawnInAll);
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 5 && arguments.at(1) == QLatin1String("--withdrawing-child"))
        return runChild(arguments.at(2), arguments.at(3), arguments.at(4).toLongLong(),
                        arguments.mid(5));
    tst_KillWhileWithdrawing test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_KillWhileWithdrawing.moc"
