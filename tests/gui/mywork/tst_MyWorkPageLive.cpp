// On a service database, "My work" follows other people's work without F5: a colleague's
// finished coding that now waits for the user's second coding counts on the navigation bar at
// once, even while the page is hidden, and the row the user had chosen stays chosen. Waits are
// bounded, never timed.

#include "CodingTestFixture.h"
#include "PostgresTestServer.h"

#include "itemmodels/MyWorkModel.h"
#include "mywork/MyWorkPage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"

#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class tst_MyWorkPageLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aColleaguesFinishedCodingCountsWithTheChosenRowKept();

private:
    // Bob codes a new recording as primary and finalises it, on his own connection.
    void bobFinalisesACoding();

    std::unique_ptr<PostgresTestServer> m_server;
    QString m_url;
    CodingTestFixture m_fixture;
};

void tst_MyWorkPageLive::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Settings::setSessionCoderUsername(QStringLiteral("alice"));
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_MyWorkPageLive::bobFinalisesACoding() {
    Database theirs;
    theirs.open(m_url, Database::Mode::ExistingOnly);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(theirs);
    // In the double-coding sample, so Alice is asked for its second coding.
    const qint64 coding = codings.create(m_fixture.addSampledRecording(theirs), m_fixture.bob,
                                         QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, coding, 4);
    codings.finalise(coding, codingVersion(codings, coding), scheme, m_fixture.bob);
}

void tst_MyWorkPageLive::aColleaguesFinishedCodingCountsWithTheChosenRowKept() {
    m_url = m_server->freshDatabaseUrl();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(m_url, Database::Mode::ExistingOnly);
    m_fixture.build(mine);
    const qint64 draft = CodingRepository(mine).create(m_fixture.addRecording(mine),
                                                       m_fixture.alice, QStringLiteral("primary"),
                                                       CodingSchemeLoader::builtIn(), -1, -1);

    MainWindow window(mine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const int myWorkRow = static_cast<int>(MainWindow::Page::MyWork);
    QTRY_COMPARE(navigation->item(myWorkRow)->text(), QStringLiteral("My work (1)"));
    auto *page = static_cast<MyWorkPage *>(window.page(MainWindow::Page::MyWork));
    QVERIFY(!page->isVisible());

    // While the page is hidden, the count follows.
    bobFinalisesACoding();
    QTRY_COMPARE_WITH_TIMEOUT(navigation->item(myWorkRow)->text(), QStringLiteral("My work (2)"),
                              20000);

    // In sight, with the draft chosen, the list follows and the draft stays chosen.
    window.showPage(MainWindow::Page::MyWork);
    auto *table = page->findChild<QTableView *>(QStringLiteral("myWorkTable"));
    QTRY_VERIFY(table->isVisible());
    int draftRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(MyWorkModel::CodingIdRole).toLongLong() == draft)
            draftRow = row;
    }
    QVERIFY(draftRow >= 0);
    table->selectRow(draftRow);
    bobFinalisesACoding();
    QTRY_COMPARE_WITH_TIMEOUT(page->total(), 3, 20000);
    QCOMPARE(table->currentIndex().data(MyWorkModel::CodingIdRole).toLongLong(), draft);
    QCOMPARE(table->currentIndex().data(MyWorkModel::KindRole).toInt(),
             static_cast<int>(MyWorkRow::Kind::Draft));
}

QTEST_MAIN(tst_MyWorkPageLive)
#include "tst_MyWorkPageLive.moc"
