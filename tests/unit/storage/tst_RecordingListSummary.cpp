// The stored coding summary of the recordings list (migration 005, RecordingListSummary) is
// written with every change of codings, in the same transaction, and always agrees with a count
// of the codings themselves; the list shows the progress it stores.

#include "CodingTestFixture.h"

#include "storage/RecordingListQuery.h"
#include "storage/StorageError.h"
#include "storage/WithdrawalRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_RecordingListSummary : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsEveryCodingWrite();
    void aFailedWriteLeavesTheSummaryAsItWas();

private:
    // The summary row of a recording, as "codings/primary/second/consensus", or "none".
    QString stored(qint64 recordingId) const;
    // The same, counted from the codings.
    QString counted(qint64 recordingId) const;
    QString statusInList(qint64 recordingId) const;

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
};

void tst_RecordingListSummary::init() {
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("summary.sqlite")));
    m_fixture.build(m_db);
}

void tst_RecordingListSummary::cleanup() {
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("summary.sqlite")));
}

QString tst_RecordingListSummary::stored(qint64 recordingId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT codings, primary_final, second_final, consensus_final "
                                 "FROM recording_list_summary WHERE recording_id = ?"));
    query.addBindValue(recordingId);
    if (!query.exec())
        return QStringLiteral("error");
    if (!query.next())
        return QStringLiteral("none");
    return QStringLiteral("%1/%2/%3/%4")
        .arg(query.value(0).toInt())
        .arg(query.value(1).toInt())
        .arg(query.value(2).toInt())
        .arg(query.value(3).toInt());
}

QString tst_RecordingListSummary::counted(qint64 recordingId) const {
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*), "
                       "SUM(CASE WHEN role = 'primary' AND status = 'final' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN role = 'second' AND status = 'final' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN role = 'consensus' AND status = 'final' THEN 1 ELSE 0 END) "
                       "FROM codings WHERE recording_id = ?"));
    query.addBindValue(recordingId);
    if (!query.exec() || !query.next())
        return QStringLiteral("error");
    if (query.value(0).toInt() == 0)
        return QStringLiteral("none");
    return QStringLiteral("%1/%2/%3/%4")
        .arg(query.value(0).toInt())
        .arg(query.value(1).toInt())
        .arg(query.value(2).toInt())
        .arg(query.value(3).toInt());
}

QString tst_RecordingListSummary::statusInList(qint64 recordingId) const {
    for (const RecordingListRow &row : RecordingListQuery(m_db).all()) {
        if (row.id == recordingId)
            return row.codingStatus;
    }
    return {};
}

void tst_RecordingListSummary::followsEveryCodingWrite() {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 recording = m_fixture.addRecording(m_db);
    const qint64 other = m_fixture.addRecording(m_db);
    CodingRepository codings(m_db);
    QCOMPARE(stored(recording), QStringLiteral("none"));
    QCOMPARE(statusInList(recording), QStringLiteral("not_started"));

    const qint64 primary =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), scheme, 0, 1200000);
    QCOMPARE(stored(recording), QStringLiteral("1/0/0/0"));
    QCOMPARE(statusInList(recording), QStringLiteral("draft"));

    CodingTestFixture::scoreAll(codings, primary, 4);
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.alice);
    QCOMPARE(stored(recording), QStringLiteral("1/1/0/0"));
    QCOMPARE(statusInList(recording), QStringLiteral("final"));

    codings.unlock(primary, codingVersion(codings, primary), m_fixture.alice,
                   QStringLiteral("A score was mistyped"));
    QCOMPARE(stored(recording), QStringLiteral("1/0/0/0"));
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.alice);

    const qint64 second =
        codings.create(recording, m_fixture.bob, QStringLiteral("second"), scheme, 0, 1200000);
    CodingTestFixture::scoreAll(codings, second, 3);
    codings.finalise(second, codingVersion(codings, second), scheme, m_fixture.bob);
    QCOMPARE(stored(recording), QStringLiteral("2/1/1/0"));
    QCOMPARE(statusInList(recording), QStringLiteral("double_coded"));

    const qint64 consensus = codings.createConsensus(recording, m_fixture.alice, scheme);
    CodingTestFixture::scoreAll(codings, consensus, 4);
    codings.finalise(consensus, codingVersion(codings, consensus), scheme, m_fixture.alice);
    QCOMPARE(stored(recording), QStringLiteral("3/1/1/1"));
    QCOMPARE(statusInList(recording), QStringLiteral("consensus"));
    QCOMPARE(stored(other), QStringLiteral("none"));

    // Withdrawing consent deletes the codings, and the summary with them.
    WithdrawalRepository(m_db).purge(recording, true, QDate(2024, 5, 1), m_fixture.alice,
                                     QString());
    QCOMPARE(stored(recording), QStringLiteral("none"));
    QCOMPARE(statusInList(recording), QStringLiteral("not_started"));
    QCOMPARE(stored(recording), counted(recording));
}

void tst_RecordingListSummary::aFailedWriteLeavesTheSummaryAsItWas() {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 recording = m_fixture.addRecording(m_db);
    CodingRepository codings(m_db);
    const qint64 primary =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), scheme, 0, 1200000);
    // Finalising with no scores is refused: nothing of it may reach the summary.
    QVERIFY_THROWS_EXCEPTION(
        StorageError,
        codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.alice));
    QCOMPARE(stored(recording), QStringLiteral("1/0/0/0"));
    QCOMPARE(stored(recording), counted(recording));
}

QTEST_GUILESS_MAIN(tst_RecordingListSummary)
#include "tst_RecordingListSummary.moc"
