#include "ReportFixture.h"
#include "TestDatabase.h"
#include "storage/FeedbackRepository.h"

#include <QTemporaryDir>
#include <QTest>

// The coaching feedback sheet of a session whose consensus coding counts still shows what the
// coach recorded on the primary coding: its evidence notes, its comment and the feedback date.
class tst_FeedbackRepository : public QObject {
    Q_OBJECT

private slots:
    void consensusKeepsWhatTheCoachRecorded();
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

QTEST_GUILESS_MAIN(tst_FeedbackRepository)
#include "tst_FeedbackRepository.moc"
