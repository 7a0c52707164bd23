// The demo's drafts for the person opening it (issue 13, item 7).
#include "demo/DemoGenerator.h"
#include "services/DemoDrafts.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/RecordingRepository.h"
#include "storage/UserRepository.h"

#include <QTemporaryDir>
#include <QTest>

class tst_DemoDrafts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void givesANewcomerTwoDraftsOnUncodedRecordings();
    void givesNoMoreOnceTheyHaveTwo();
    void theSameDemoGivesTheSameDrafts();

private:
    void makeDemo(Database &database, const QString &name);
    QStringList draftCodes(Database &database, const QList<qint64> &codingIds);

    QTemporaryDir m_dir;
    QStringList m_newcomerCodes;
    Database m_first;
    Database m_second;
};

void tst_DemoDrafts::makeDemo(Database &database, const QString &name) {
    database.open(m_dir.filePath(name + QStringLiteral(".sqlite")));
    DemoGenerator::Options options;
    options.seed = 7;
    options.endDate = QDate(2026, 6, 30);
    options.audioFolder = m_dir.filePath(name + QStringLiteral("-audio"));
    DemoGenerator::generate(database, options);
}

QStringList tst_DemoDrafts::draftCodes(Database &database, const QList<qint64> &codingIds) {
    QStringList codes;
    for (const qint64 id : codingIds) {
        const auto coding = CodingRepository(database).find(id);
        codes.append(RecordingRepository(database).find(coding->recordingId)->code);
    }
    return codes;
}

void tst_DemoDrafts::initTestCase() {
    QVERIFY(m_dir.isValid());
    makeDemo(m_first, QStringLiteral("first"));
    makeDemo(m_second, QStringLiteral("second"));
}

void tst_DemoDrafts::givesANewcomerTwoDraftsOnUncodedRecordings() {
    QVERIFY(!UserRepository(m_first).find(QStringLiteral("newcomer")));
    const QList<qint64> made = DemoDrafts::giveTo(m_first, QStringLiteral("newcomer"));
    QCOMPARE(made.size(), 2);
    const qint64 newcomer = *UserRepository(m_first).find(QStringLiteral("newcomer"));
    CodingRepository codings(m_first);
    for (const qint64 id : made) {
        const auto coding = codings.find(id);
        QVERIFY(coding);
        QCOMPARE(coding->coderId, newcomer);
        QCOMPARE(coding->status, QStringLiteral("draft"));
        QVERIFY(!coding->notes.isEmpty());
        QCOMPARE(coding->scores.size(), 1);
        // The demo's recordings with real audio come first, so the drafts can be listened to;
        // a colleague holds their primary codings, so these are second codings, blind.
        QVERIFY(!RecordingRepository(m_first).find(coding->recordingId)->audioPath.isEmpty());
        QCOMPARE(coding->role, QStringLiteral("second"));
        QVERIFY(!codings.isVisibleTo(
            *codings.find(codings.codingsOf(coding->recordingId).first().id), newcomer));
    }
    QCOMPARE(codings.recordingsWithDraftBy(newcomer).size(), 2);
    m_newcomerCodes = draftCodes(m_first, made);
}

void tst_DemoDrafts::givesNoMoreOnceTheyHaveTwo() {
    QVERIFY(DemoDrafts::giveTo(m_first, QStringLiteral("newcomer")).isEmpty());
}

void tst_DemoDrafts::theSameDemoGivesTheSameDrafts() {
    // A second demo from the same seed: the same person gets drafts on the same recordings.
    const QList<qint64> second = DemoDrafts::giveTo(m_second, QStringLiteral("newcomer"));
    QCOMPARE(second.size(), 2);
    QCOMPARE(draftCodes(m_second, second), m_newcomerCodes);
}

QTEST_GUILESS_MAIN(tst_DemoDrafts)
#include "tst_DemoDrafts.moc"
