// On a service database, the comparison of a double coding follows a change made elsewhere (a
// coding unlocked, corrected and finalised again) without F5, keeping the skill looked at and
// who is ticked as agreeing. Waits are bounded, never timed.

#include "CodingTestFixture.h"
#include "PostgresTestServer.h"

#include "coding/ComparisonView.h"
#include "itemmodels/ComparisonModel.h"

#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class tst_ComparisonViewLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aCorrectionElsewhereShowsInPlace();

private:
    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_ComparisonViewLive::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_ComparisonViewLive::aCorrectionElsewhereShowsInPlace() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(url, Database::Mode::ExistingOnly);
    CodingTestFixture fixture;
    fixture.build(mine);
    const qint64 carol = UserRepository(mine).findOrCreate(QStringLiteral("carol"));
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    const qint64 recording = fixture.addRecording(mine);
    CodingRepository codings(mine);
    qint64 second = 0;
    for (const auto &[coder, role] : {std::pair{fixture.alice, QStringLiteral("primary")},
                                      std::pair{fixture.bob, QStringLiteral("second")}}) {
        const qint64 coding = codings.create(recording, coder, role, scheme, -1, -1);
        CodingTestFixture::scoreAll(codings, coding, 3);
        codings.finalise(coding, codingVersion(codings, coding), scheme, coder);
        second = coding;
    }

    ComparisonView view(mine);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.showRecording(recording, carol, QStringLiteral("R-1"), false));
    auto *table = view.findChild<QTableView *>(QStringLiteral("comparisonTable"));
    QVERIFY(table);
    const int skillRow = 3;
    const QString skill =
        view.model()->index(skillRow, 0).data(ComparisonModel::SkillKeyRole).toString();
    table->setCurrentIndex(view.model()->index(skillRow, 0));
    auto *agreed = view.findChild<QListWidget *>(QStringLiteral("consensusAgreedWith"));
    QVERIFY(agreed && agreed->count() > 0);
    agreed->item(0)->setCheckState(agreed->item(0)->checkState() == Qt::Checked ? Qt::Unchecked
                                                                                : Qt::Checked);
    const Qt::CheckState ticked = agreed->item(0)->checkState();

    // Bob, on his own connection, unlocks his coding, corrects that skill and finalises again.
    Database theirs;
    theirs.open(url, Database::Mode::ExistingOnly);
    CodingRepository theirCodings(theirs);
    theirCodings.unlock(second, codingVersion(theirCodings, second), fixture.bob,
                        QStringLiteral("Scored the wrong part of the visit"));
    theirCodings.saveSkill(second, codingVersion(theirCodings, second),
                           SkillScore{skill, 5, QString(), QString()});
    theirCodings.finalise(second, codingVersion(theirCodings, second), scheme, fixture.bob);

    QTRY_COMPARE_WITH_TIMEOUT(view.model()
                                  ->index(skillRow, ComparisonModel::SecondColumn)
                                  .data(ComparisonModel::RawRole)
                                  .toInt(),
                              5, 20000);
    QCOMPARE(table->currentIndex().row(), skillRow);
    QCOMPARE(agreed->item(0)->checkState(), ticked);
}

QTEST_MAIN(tst_ComparisonViewLive)
#include "tst_ComparisonViewLive.moc"
