// "My work" (issue 13): a coder's drafts, the recordings waiting for a second coding and the
// feedback they owe, without anything blind coding hides.
#include "CodingTestFixture.h"
#include "policy/DoubleCodingSample.h"
#include "services/MyWork.h"
#include "storage/FeedbackRepository.h"

#include <QTemporaryDir>
#include <QTest>

class tst_MyWork : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsMyDraftsAndNotOthers();
    void listsRecordingsWaitingForASecondCodingByOthersOnly();
    void listsFeedbackOwedUntilItIsGiven();
    void aSecondCodingStartedLeavesTheWaitingList();
    void anOldPrimaryCodingIsNoLongerWaiting();
    void nobodyHasNoWork();

private:
    QList<MyWorkRow> of(qint64 coder, MyWork::Kind kind) const;
    qint64 finalCoding(qint64 recording, qint64 coder, const QString &role);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    qint64 m_aliceDraft = 0;
    qint64 m_bobFinalRecording = 0;
    qint64 m_aliceFinal = 0;
};

QList<MyWorkRow> tst_MyWork::of(qint64 coder, MyWork::Kind kind) const {
    QList<MyWorkRow> rows;
    for (const MyWorkRow &row : MyWork(const_cast<Database &>(m_db)).itemsFor(coder)) {
        if (row.kind == kind)
            rows.append(row);
    }
    return rows;
}

qint64 tst_MyWork::finalCoding(qint64 recording, qint64 coder, const QString &role) {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    const qint64 id = codings.create(recording, coder, role, scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, id, 4);
    codings.finalise(id, codingVersion(codings, id), scheme, coder);
    return id;
}

void tst_MyWork::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("mywork.sqlite")));
    m_fixture.build(m_db);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 draftRecording = m_fixture.addRecording(m_db);
    m_aliceDraft = CodingRepository(m_db).create(draftRecording, m_fixture.alice,
                                                 QStringLiteral("primary"), scheme, -1, -1);
    m_bobFinalRecording = m_fixture.addSampledRecording(m_db);
    finalCoding(m_bobFinalRecording, m_fixture.bob, QStringLiteral("primary"));
    m_aliceFinal = finalCoding(m_fixture.addSampledRecording(m_db), m_fixture.alice,
                               QStringLiteral("primary"));
    m_fixture.addRecording(m_db, false); // no consent: never anyone's work
    // Outside the double-coding sample: final, but nobody is asked to second-code it.
    Recording unsampled = m_fixture.recordingOf();
    unsampled.code = QStringLiteral("R-UNSAMPLED");
    for (int n = 1; DoubleCodingSample::isSampled(unsampled.code); ++n)
        unsampled.code = QStringLiteral("R-UNSAMPLED-%1").arg(n);
    finalCoding(RecordingImport(m_db).add(unsampled), m_fixture.bob, QStringLiteral("primary"));
}

void tst_MyWork::listsMyDraftsAndNotOthers() {
    const QList<MyWorkRow> drafts = of(m_fixture.alice, MyWork::Kind::Draft);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().codingId, m_aliceDraft);
    QVERIFY(!drafts.first().recordingCode.isEmpty());
    QCOMPARE(drafts.first().practitionerName, QStringLiteral("Amira Khan"));
    QVERIFY(of(m_fixture.bob, MyWork::Kind::Draft).isEmpty());
}

void tst_MyWork::listsRecordingsWaitingForASecondCodingByOthersOnly() {
    const QList<MyWorkRow> waiting = of(m_fixture.alice, MyWork::Kind::SecondCoding);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().recordingId, m_bobFinalRecording);
    // Listed by its recording alone: nothing leads to Bob's coding before Alice codes it.
    QCOMPARE(waiting.first().codingId, 0);
    // Bob's own final coding is not his to second-code; Alice's is.
    const QList<MyWorkRow> forBob = of(m_fixture.bob, MyWork::Kind::SecondCoding);
    QCOMPARE(forBob.size(), 1);
    QVERIFY(forBob.first().recordingId != m_bobFinalRecording);
}

void tst_MyWork::listsFeedbackOwedUntilItIsGiven() {
    QList<MyWorkRow> owed = of(m_fixture.alice, MyWork::Kind::Feedback);
    QCOMPARE(owed.size(), 1);
    QCOMPARE(owed.first().codingId, m_aliceFinal);
    const MyWork::Counts counts = MyWork::countsOf(MyWork(m_db).itemsFor(m_fixture.alice));
    QCOMPARE(counts.drafts, 1);
    QCOMPARE(counts.secondCodings, 1);
    QCOMPARE(counts.feedback, 1);
    QCOMPARE(counts.total(), 3);
    FeedbackRepository(m_db).recordFeedbackGiven(
        m_aliceFinal, codingVersion(CodingRepository(m_db), m_aliceFinal), QDate::currentDate());
    QVERIFY(of(m_fixture.alice, MyWork::Kind::Feedback).isEmpty());
}

// The sample takes primary codings finalised in the last 91 days only.
void tst_MyWork::anOldPrimaryCodingIsNoLongerWaiting() {
    const QDate today = QDate::currentDate();
    auto waitingOn = [&](const QDate &day) {
        int count = 0;
        for (const MyWorkRow &row : MyWork(m_db).itemsFor(m_fixture.bob, day))
            count += row.kind == MyWork::Kind::SecondCoding ? 1 : 0;
        return count;
    };
    QCOMPARE(waitingOn(today.addDays(DoubleCodingSample::recentDays)), 1);
    QCOMPARE(waitingOn(today.addDays(DoubleCodingSample::recentDays + 1)), 0);
}

void tst_MyWork::aSecondCodingStartedLeavesTheWaitingList() {
    const qint64 second = CodingRepository(m_db).create(m_bobFinalRecording, m_fixture.alice,
                                                        QStringLiteral("second"),
                                                        CodingSchemeLoader::builtIn(), -1, -1);
    QVERIFY(of(m_fixture.alice, MyWork::Kind::SecondCoding).isEmpty());
    const QList<MyWorkRow> drafts = of(m_fixture.alice, MyWork::Kind::Draft);
    QCOMPARE(drafts.size(), 2);
    QVERIFY(drafts.first().codingId == second || drafts.last().codingId == second);
}

void tst_MyWork::nobodyHasNoWork() {
    QVERIFY(MyWork(m_db).itemsFor(0).isEmpty());
}

QTEST_GUILESS_MAIN(tst_MyWork)
#include "tst_MyWork.moc"
