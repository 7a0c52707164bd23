#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "itemmodels/EvidenceNotesModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class tst_EvidenceNotesModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sortedByTimeWithLabels();
    void secondCoderNeverSeesTheFirstCodersNotes();

private:
    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
};

void tst_EvidenceNotesModel::initTestCase() {
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("notes.sqlite")));
    m_fixture.build(m_db);
}

void tst_EvidenceNotesModel::sortedByTimeWithLabels() {
    EvidenceNotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScheme(CodingSchemeLoader::builtIn());
    EvidenceNote late{1,
                      1,
                      3725000,
                      {QStringLiteral("empathy")},
                      QStringLiteral("strength"),
                      QStringLiteral("Reflects feelings"),
                      1};
    EvidenceNote early{2,
                       1,
                       65000,
                       {QStringLiteral("child_focus"), QStringLiteral("autonomy")},
                       QStringLiteral("to_develop"),
                       QStringLiteral("Child not mentioned"),
                       1};
    model.setNotes({late, early});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, EvidenceNotesModel::TimeColumn)).toString(),
             QStringLiteral("1:05"));
    QCOMPARE(model.data(model.index(1, EvidenceNotesModel::TimeColumn)).toString(),
             QStringLiteral("1:02:05"));
    QCOMPARE(model.data(model.index(0, EvidenceNotesModel::TimeColumn), EvidenceNotesModel::RawRole)
                 .toLongLong(),
             65000);
    QCOMPARE(model.data(model.index(0, EvidenceNotesModel::KindColumn)).toString(),
             QStringLiteral("To develop"));
    QCOMPARE(model.data(model.index(0, EvidenceNotesModel::KindColumn), EvidenceNotesModel::RawRole)
                 .toString(),
             QStringLiteral("to_develop"));
    QCOMPARE(model.data(model.index(0, EvidenceNotesModel::SkillsColumn)).toString(),
             QStringLiteral("Child focus, Autonomy"));
    QCOMPARE(model.rowOf(1), 1);
    QCOMPARE(model.noteAt(0).id, 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_EvidenceNotesModel::secondCoderNeverSeesTheFirstCodersNotes() {
    CodingRepository codings(m_db);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 recording = m_fixture.addRecording(m_db);
    const qint64 primary =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), scheme, -1, -1);
    EvidenceNote note;
    note.codingId = primary;
    note.atMs = 1000;
    note.kind = QStringLiteral("strength");
    note.text = QStringLiteral("Alice's evidence");
    addNoteNow(codings, note);
    CodingTestFixture::scoreAll(codings, primary, 4);
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.alice);
    const qint64 second =
        codings.create(recording, m_fixture.bob, QStringLiteral("second"), scheme, -1, -1);

    EvidenceNotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.showCoding(codings, primary, m_fixture.bob));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.showCoding(codings, second, m_fixture.bob));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.showCoding(codings, primary, m_fixture.alice));
    QCOMPARE(model.rowCount(), 1);

    CodingTestFixture::scoreAll(codings, second, 3);
    codings.finalise(second, codingVersion(codings, second), scheme, m_fixture.bob);
    QVERIFY(model.showCoding(codings, primary, m_fixture.bob));
    QCOMPARE(model.data(model.index(0, EvidenceNotesModel::TextColumn)).toString(),
             QStringLiteral("Alice's evidence"));
}

QTEST_GUILESS_MAIN(tst_EvidenceNotesModel)
#include "tst_EvidenceNotesModel.moc"
