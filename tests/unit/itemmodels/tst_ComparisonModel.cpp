#include "CodingTestFixture.h"
#include "TestDatabase.h"

#include "itemmodels/ComparisonModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class tst_ComparisonModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void staysEmptyUntilBothCodingsAreFinal();
    void flagsDisagreementsOfTwoOrMore();
    void aSkillScoredByOneCoderOnlyIsNoDisagreement();
    void differentCodedWindowsAreNoticed();

private:
    void codeBoth(bool finaliseSecond, qint64 secondStartMs = -1, qint64 secondEndMs = -1);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    CodingScheme m_scheme = CodingSchemeLoader::builtIn();
    qint64 m_recording = 0;
    int m_round = 0;
};

void tst_ComparisonModel::init() {
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("compare-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
    m_recording = m_fixture.addRecording(m_db);
}

void tst_ComparisonModel::cleanup() {
    m_db.close();
}

void tst_ComparisonModel::codeBoth(bool finaliseSecond, qint64 secondStartMs, qint64 secondEndMs) {
    CodingRepository codings(m_db);
    const qint64 primary =
        codings.create(m_recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, primary, 3);
    codings.saveSkill(primary, codingVersion(codings, primary),
                      {QStringLiteral("autonomy"), 0, QStringLiteral("Inaudible"), QString()});
    codings.finalise(primary, codingVersion(codings, primary), m_scheme, m_fixture.alice);
    const qint64 second = codings.create(m_recording, m_fixture.bob, QStringLiteral("second"),
                                         m_scheme, secondStartMs, secondEndMs);
    CodingTestFixture::scoreAll(codings, second, 3);
    codings.saveSkill(second, codingVersion(codings, second),
                      {QStringLiteral("empathy"), 4, QString(), QString()});
    codings.saveSkill(
        second, codingVersion(codings, second),
        {QStringLiteral("child_focus"), 5, QString(), QStringLiteral("Child central")});
    if (finaliseSecond)
        codings.finalise(second, codingVersion(codings, second), m_scheme, m_fixture.bob);
}

void tst_ComparisonModel::staysEmptyUntilBothCodingsAreFinal() {
    codeBoth(false);
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString reason;
    QVERIFY(!model.load(m_db, m_recording, m_fixture.bob, &reason));
    QVERIFY(!reason.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.load(m_db, m_recording, m_fixture.alice, &reason));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.primary().scores.size(), 0);
}

void tst_ComparisonModel::flagsDisagreementsOfTwoOrMore() {
    codeBoth(true);
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString reason;
    QVERIFY2(model.load(m_db, m_recording, m_fixture.bob, &reason), qPrintable(reason));
    QCOMPARE(model.rowCount(), 7);
    auto rowOf = [&](const QString &key) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.data(model.index(row, 0), ComparisonModel::SkillKeyRole).toString() == key)
                return row;
        return -1;
    };
    QCOMPARE(model.disagreement(rowOf(QStringLiteral("evocation"))), int(ComparisonModel::Agree));
    QCOMPARE(model.disagreement(rowOf(QStringLiteral("empathy"))), int(ComparisonModel::Differ));
    QCOMPARE(model.disagreement(rowOf(QStringLiteral("child_focus"))),
             int(ComparisonModel::Flagged));
    QCOMPARE(model.disagreement(rowOf(QStringLiteral("autonomy"))), int(ComparisonModel::OneSided));
    QCOMPARE(model.exactAgreements(), 4);
    QCOMPARE(model.flaggedCount(), 1);
    const QModelIndex difference =
        model.index(rowOf(QStringLiteral("child_focus")), ComparisonModel::DifferenceColumn);
    QCOMPARE(model.data(difference, ComparisonModel::RawRole).toInt(), 2);
    QVERIFY(model.data(difference).toString().contains(QStringLiteral("2 or more apart")));
    QCOMPARE(
        model.data(model.index(rowOf(QStringLiteral("autonomy")), ComparisonModel::PrimaryColumn))
            .toString(),
        QStringLiteral("Not codable"));
    QVERIFY(model.data(difference, Qt::BackgroundRole).isValid());
    QVERIFY(!model.data(model.index(rowOf(QStringLiteral("evocation")), 1), Qt::BackgroundRole)
                 .isValid());
    QCOMPARE(model.headerData(ComparisonModel::PrimaryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Primary (alice)"));
}

void tst_ComparisonModel::aSkillScoredByOneCoderOnlyIsNoDisagreement() {
    // Autonomy: Alice found it not codable, Bob scored it 3. That is not "two or more points
    // apart", and it is not one of the skills both coders scored.
    codeBoth(true);
    ComparisonModel model;
    QString reason;
    QVERIFY2(model.load(m_db, m_recording, m_fixture.alice, &reason), qPrintable(reason));
    QCOMPARE(model.bothScoredCount(), 6);
    QCOMPARE(model.oneSidedCount(), 1);
    QCOMPARE(model.flaggedCount(), 1); // child focus only, 3 against 5
    int row = 0;
    while (model.data(model.index(row, 0), ComparisonModel::SkillKeyRole).toString() !=
           QLatin1String("autonomy"))
        ++row;
    const QString shown =
        model.data(model.index(row, ComparisonModel::DifferenceColumn)).toString();
    QCOMPARE(shown, QStringLiteral("Scored by one coder only"));
    QVERIFY(!model.windowsDiffer());
}

void tst_ComparisonModel::differentCodedWindowsAreNoticed() {
    codeBoth(true, 28000, 100000);
    ComparisonModel model;
    QString reason;
    QVERIFY2(model.load(m_db, m_recording, m_fixture.alice, &reason), qPrintable(reason));
    QVERIFY(model.windowsDiffer());
    QCOMPARE(model.second().windowStartMs, qint64(28000));
}

QTEST_GUILESS_MAIN(tst_ComparisonModel)
#include "tst_ComparisonModel.moc"
