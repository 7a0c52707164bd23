// kill -9 in the middle of a transaction: a writer (pc_concurrent_editor halfway) adds a whole
// coding with its scores and notes and then family questionnaires, all in one transaction, and
// is killed after a random number of them, before it commits. Nothing it wrote may remain, and
// nothing may stay locked: on PostgreSQL the server rolls the dead client's transaction back,
// on SQLite the next connection does. A writer afterwards saves to the same tables at once.

#include "KillHarness.h"
#include "SharedDatabase.h"

#include "domain/CodingSchemeLoader.h"
#include "storage/CodingRepository.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/MeasuresRepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_KillMidTransaction : public QObject {
    Q_OBJECT

private slots:
    void aKilledWriterLeavesNothing_data();
    void aKilledWriterLeavesNothing();

private:
    std::unique_ptr<PostgresTestServer> m_server;
};

namespace {

int count(Database &database, const QString &sql) {
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

void tst_KillMidTransaction::aKilledWriterLeavesNothing_data() {
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void tst_KillMidTransaction::aKilledWriterLeavesNothing() {
    QFETCH(bool, postgres);
    QRandomGenerator random = KillHarness::seeded();
    QTemporaryDir dir;
    // An SQLite file, or a fresh database on a throw-away PostgreSQL cluster.
    QString problem;
    const QString location = sharedDatabase(postgres, dir, m_server, &problem);
    QVERIFY2(!location.isEmpty(), qPrintable(problem));

    QProcess setup;
    setup.start(QStringLiteral(PC_CONCURRENT_EDITOR),
                {QStringLiteral("setup"), location, QStringLiteral("1"), QStringLiteral("1")});
    QVERIFY(setup.waitForFinished(60000));
    QCOMPARE(setup.exitCode(), 0);
    QString recording;
    QString coder;
    for (const QString &line : QString::fromUtf8(setup.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QLatin1String("recording ")))
            recording = line.mid(10);
        else if (line.startsWith(QLatin1String("coder ")))
            coder = line.mid(6);
    }
    QVERIFY(!recording.isEmpty() && !coder.isEmpty());

    Database database;
    database.open(*ConnectionSpec::parse(location));
    const int codings = count(database, QStringLiteral("SELECT COUNT(*) FROM codings"));
    const int scores = count(database, QStringLiteral("SELECT COUNT(*) FROM skill_scores"));
    const int notes = count(database, QStringLiteral("SELECT COUNT(*) FROM evidence_notes"));
    const int questionnaires =
        count(database, QStringLiteral("SELECT COUNT(*) FROM instrument_administrations"));
    const int answers =
        count(database, QStringLiteral("SELECT COUNT(*) FROM instrument_item_responses"));
    const int families = count(database, QStringLiteral("SELECT COUNT(*) FROM families"));

    for (int round = 0; round < 3; ++round) {
        const int killAfter = int(random.bounded(1, 8));
        const KillHarness::Run run = KillHarness::runUntilKilled(
            QStringLiteral(PC_CONCURRENT_EDITOR),
            {QStringLiteral("halfway"), location, recording, coder, QStringLiteral("20")},
            killAfter);
        QVERIFY(run.started);
        QVERIFY2(run.killed, "the writer ended before it was killed");
        QVERIFY(run.lines.size() >= killAfter);
        QCOMPARE(run.lines.first(), QByteArray("coding"));

        // Nothing of the killed transaction is there, seen from a connection that was open
        // all along; and nothing it locked stays locked (the reads and the write below would
        // wait for it, or fail as busy).
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM codings")), codings);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM skill_scores")), scores);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM evidence_notes")), notes);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM instrument_administrations")),
                 questionnaires);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM instrument_item_responses")),
                 answers);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM families")), families);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM evidence_notes WHERE body "
                                                "= 'half-applied'")),
                 0);
        if (!postgres)
            QCOMPARE(KillHarness::damage(database.connection()), QString());
    }
    // The same coding the killed writer was adding can now be added, at once.
    const qint64 id = CodingRepository(database).create(recording.toLongLong(), coder.toLongLong(),
                                                        QStringLiteral("primary"),
                                                        CodingSchemeLoader::builtIn(), 0, 1200000);
    QVERIFY(id > 0);
}

QTEST_GUILESS_MAIN(tst_KillMidTransaction)
#include "tst_KillMidTransaction.moc"
