// On a service database, the coding page says quietly when someone else saves the coding open
// on it, without reloading what the coder sees; the coder's own saves never raise it, and it
// goes once the conflict is resolved on the next save. Waits are bounded, never timed.

#include "CodingTestFixture.h"
#include "PostgresTestServer.h"

#include "coding/CodingPage.h"
#include "common/ConflictDialog.h"
#include "services/CodingSession.h"
#include "storage/ChangeNotifier.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class tst_CodingChangeWatch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherPersonsSaveShowsTheBannerUntilResolved();

private:
    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_CodingChangeWatch::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_CodingChangeWatch::anotherPersonsSaveShowsTheBannerUntilResolved() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(url, Database::Mode::ExistingOnly);
    CodingTestFixture fixture;
    fixture.build(mine);
    const qint64 recording = fixture.addRecording(mine);
    const qint64 id =
        CodingRepository(mine).create(recording, fixture.alice, QStringLiteral("primary"),
                                      CodingSchemeLoader::builtIn(), 0, 1200000);

    CodingPage page(mine);
    page.setCoderUsername(QStringLiteral("alice"));
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openCoding(id);
    QVERIFY(page.session()->isOpen());
    auto *banner = page.findChild<QLabel *>(QStringLiteral("changedElsewhereBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // The coder's own save is announced too, and is not someone else's change.
    {
        QSignalSpy heard(&mine.changes(), &ChangeNotifier::changed);
        QVERIFY(page.session()->setSkill(SkillScore{QStringLiteral("evocation"), 3, {}, {}}));
        QTRY_VERIFY_WITH_TIMEOUT(heard.count() >= 1, 20000);
        QVERIFY(!banner->isVisible());
    }

    // Alice, signed in on another machine, scores the same coding there.
    Database theirs;
    theirs.open(url, Database::Mode::ExistingOnly);
    CodingRepository theirCodings(theirs);
    theirCodings.saveSkill(id, codingVersion(theirCodings, id),
                           SkillScore{QStringLiteral("empathy"), 4, {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY(banner->text().contains(QStringLiteral("Someone else changed this coded session")));
    // Nothing is reloaded under the coder.
    QCOMPARE(page.session()->skill(QStringLiteral("empathy")).score, 0);

    // The next save meets the conflict; once the coder has chosen, the banner goes.
    ConflictDialog::setNextChoice(ConflictDialog::Choice::TakeTheirs);
    page.session()->setSkill(SkillScore{QStringLiteral("evocation"), 5, {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(!page.session()->hasConflict(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    QCOMPARE(page.session()->skill(QStringLiteral("empathy")).score, 4);
}

QTEST_MAIN(tst_CodingChangeWatch)
#include "tst_CodingChangeWatch.moc"
