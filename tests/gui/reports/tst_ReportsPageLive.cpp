// On a service database, the Reports page does not work a heavy report out again by itself when
// someone else changes the data: it says the report on screen is out of date and offers
// Refresh, which builds it again. Waits are bounded, never timed.

#include "PostgresTestServer.h"
#include "ReportFixture.h"

#include "reports/ReportsPage.h"
#include "storage/FamilyRepository.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ReportsPageLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherPersonsChangeMarksTheReportOutOfDate();

private:
    QTemporaryDir m_config;
    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_ReportsPageLive::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_ReportsPageLive::anotherPersonsChangeMarksTheReportOutOfDate() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(url, Database::Mode::ExistingOnly);
    ReportFixture fixture(mine);
    const qint64 team = fixture.team(QStringLiteral("Harbour Team"));
    const qint64 family = fixture.family(QStringLiteral("CASE-1"));
    for (const QString &code : {QStringLiteral("H1"), QStringLiteral("H2")}) {
        const qint64 practitioner = fixture.practitioner(code, code, team);
        const qint64 recording =
            fixture.recording(practitioner, team, family, QStringLiteral("2025-02-10"));
        fixture.coding(recording, QStringLiteral("primary"), QList<int>(7, 3),
                       QStringLiteral("2025-02-12"));
    }

    ReportsPage page(mine);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.finishWork();
    QVERIFY(page.report().has_value());
    auto *outOfDate = page.findChild<QWidget *>(QStringLiteral("reportOutOfDate"));
    QVERIFY(outOfDate);
    QVERIFY(!outOfDate->isVisible());
    QSignalSpy rebuilt(&page, &ReportsPage::reportShown);

    // Someone else adds a family, on their own connection.
    Database theirs;
    theirs.open(url, Database::Mode::ExistingOnly);
    FamilyRepository(theirs).findOrCreate(QStringLiteral("CASE-2"));

    QTRY_VERIFY_WITH_TIMEOUT(outOfDate->isVisible(), 20000);
    // Not worked out again by itself: nothing is being read, nothing was rebuilt.
    QVERIFY(!page.property("loading").toBool());
    QCOMPARE(rebuilt.count(), 0);

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("reportRefreshButton")),
                      Qt::LeftButton);
    page.finishWork();
    QTRY_COMPARE_WITH_TIMEOUT(rebuilt.count(), 1, 20000);
    QVERIFY(!outOfDate->isVisible());
}

QTEST_MAIN(tst_ReportsPageLive)
#include "tst_ReportsPageLive.moc"
