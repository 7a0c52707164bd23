#include "ReportFixture.h"
#include "TestDatabase.h"
#include "storage/FeedbackRepository.h"
#include "storage/StorageError.h"

#include <QTemporaryDir>
#include <QTest>

// The coaching feedback sheet of a session whose consensus coding counts still shows what the
// coach recorded on the primary coding: its evidence notes, its comment and the feedback date.
class tst_FeedbackRepository : public QObject {
    Q_OBJECT

private slots:
    void consensusKeepsWhatTheCoachRecorded();
    void feedbackOnAStaleSheetIsRefusedAndTheFirstIsKept();
};

void tst_FeedbackRepository::consensusKeepsWhatTheCoachRecorded() {
    QTemporaryDir dir;
    Database database;
    database.open(TestDatabase::freshLocation(dir, QStringLiteral("feedback.sqlite")));
    ReportFixture f(database);
    const qint64 team = f.team(QStringLiteral("Blue"));
    const qint64 worker = f.practitioner(QStringLiteral("P1"), QStringLiteral("Sam Jones"), team);
    const qint64 recording =
        f.recording(worker, team, f.family(QStringLiteral("F1")), QStringLiteral("2025-02-01"));
    const qint64 primary = f.coding(recording, QStringLiteral("primary"), QList<int>(7, 3),
                                    QStringLiteral("2025-02-05"), QStringLiteral("2025-02-07"));
    f.note(primary, 65000, QStringLiteral("strength"), QStringLiteral("Named the worry plainly."),
           {QStringLiteral("clarity_about_concerns")});
    const qint64 consensus = f.coding(recording, QStringLiteral("consensus"), QList<int>(7, 4),
                                      QStringLiteral("2025-02-20"));

    // The coach wrote the comment on the primary; the consensus coding was saved without one.
    QSqlQuery comments(database.connection());
    QVERIFY(comments.exec(QStringLiteral("UPDATE codings SET comment = CASE role WHEN 'primary' "
                                         "THEN 'Ask about the child''s day next time.' ELSE '' "
                                         "END")));

    const auto sheet = FeedbackRepository(database).sheet(consensus);
    QVERIFY(sheet);
    QCOMPARE(sheet->role, QStringLiteral("consensus"));
    QCOMPARE(sheet->scores.size(), 7);
    QCOMPARE(sheet->scores.constFirst().score, 4); // the consensus scores count
    QCOMPARE(sheet->feedbackGivenOn, QDate(2025, 2, 7));
    QCOMPARE(sheet->comment, QStringLiteral("Ask about the child's day next time."));
    QCOMPARE(sheet->notes.size(), 1);
    QCOMPARE(sheet->notes.constFirst().body, QStringLiteral("Named the worry plainly."));

    // The primary's own sheet is unchanged.
    const auto own = FeedbackRepository(database).sheet(primary);
    QVERIFY(own);
    QCOMPARE(own->notes.size(), 1);
    QCOMPARE(own->scores.constFirst().score, 3);
}

void tst_FeedbackRepository::feedbackOnAStaleSheetIsRefusedAndTheFirstIsKept() {
    QTemporaryDir dir;
    Database database;
    database.open(dir.filePath(QStringLiteral("feedback.sqlite")));
    ReportFixture f(database);
    const qint64 team = f.team(QStringLiteral("Blue"));
    const qint64 worker = f.practitioner(QStringLiteral("P1"), QStringLiteral("Sam Jones"), team);
    const qint64 recording =
        f.recording(worker, team, f.family(QStringLiteral("F1")), QStringLiteral("2025-02-01"));
    const qint64 primary = f.coding(recording, QStringLiteral("primary"), QList<int>(7, 3),
                                    QStringLiteral("2025-02-05"));
    // Two coaches, each with a connection of their own, open the same sheet.
    const std::unique_ptr<Database> other = database.openAnotherConnection();
    const auto mine = FeedbackRepository(database).sheet(primary);
    const auto theirs = FeedbackRepository(*other).sheet(primary);
    QVERIFY(mine && theirs);
    QCOMPARE(mine->version, theirs->version);

    FeedbackRepository(*other).recordFeedbackGiven(primary, theirs->version, QDate(2025, 2, 10));
    try {
        FeedbackRepository(database).recordFeedbackGiven(primary, mine->version,
                                                         QDate(2025, 2, 12));
        QFAIL("feedback recorded on a stale sheet was saved");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::StaleEdit);
        QVERIFY2(error.message().contains(QStringLiteral("Your change was not saved.")),
                 qPrintable(error.message()));
    }
    const auto stored = FeedbackRepository(database).sheet(primary);
    QCOMPARE(stored->feedbackGivenOn, QDate(2025, 2, 10));
    QCOMPARE(stored->version, theirs->version + 1);
}

QTEST_GUILESS_MAIN(tst_FeedbackRepository)
#include "tst_FeedbackRepository.moc"
