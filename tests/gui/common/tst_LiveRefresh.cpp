// A page in sight reads again as soon as another person commits on a service database; a page
// out of sight reads once, when it is shown again. Waits are bounded, never timed.

#include "PostgresTestServer.h"

#include "common/LiveRefresh.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

class tst_LiveRefresh : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aPageInSightReadsAtOnce();
    void aHiddenPageReadsWhenShown();
    void aHiddenPageThatAlwaysReadsDoesNotWait();

private:
    // Another evaluator's commit, and a wait until this connection has heard it.
    void commitElsewhere();

    std::unique_ptr<PostgresTestServer> m_server;
    QString m_url;
    std::unique_ptr<Database> m_db;
    int m_families = 0;
};

void tst_LiveRefresh::initTestCase() {
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_LiveRefresh::init() {
    m_url = m_server->freshDatabaseUrl();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server->problem()));
    m_db = std::make_unique<Database>();
    m_db->open(m_url, Database::Mode::ExistingOnly);
}

void tst_LiveRefresh::cleanup() {
    m_db.reset();
}

void tst_LiveRefresh::commitElsewhere() {
    QSignalSpy heard(&m_db->changes(), &ChangeNotifier::changed);
    Database theirs;
    theirs.open(m_url, Database::Mode::ExistingOnly);
    FamilyRepository(theirs).findOrCreate(QStringLiteral("F-%1").arg(3000 + ++m_families));
    QTRY_VERIFY_WITH_TIMEOUT(heard.count() >= 1, 20000);
}

void tst_LiveRefresh::aPageInSightReadsAtOnce() {
    QWidget page;
    int reads = 0;
    auto *live = new LiveRefresh(*m_db, &page, [&reads] { ++reads; });
    QVERIFY(live->isLive());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    commitElsewhere();
    QTRY_COMPARE_WITH_TIMEOUT(reads, 1, 20000);
    QVERIFY(!live->isPending());
}

void tst_LiveRefresh::aHiddenPageReadsWhenShown() {
    QWidget page;
    int reads = 0;
    auto *live = new LiveRefresh(*m_db, &page, [&reads] { ++reads; });
    commitElsewhere();
    // The notifier's own signal has been delivered: the page heard it and waits.
    QTRY_VERIFY_WITH_TIMEOUT(live->isPending(), 20000);
    QCOMPARE(reads, 0);
    page.show();
    QCOMPARE(reads, 1);
    QVERIFY(!live->isPending());
    // Hiding and showing again with nothing new reads nothing.
    page.hide();
    page.show();
    QCOMPARE(reads, 1);
}

void tst_LiveRefresh::aHiddenPageThatAlwaysReadsDoesNotWait() {
    QWidget page;
    int reads = 0;
    new LiveRefresh(
        *m_db, &page, [&reads] { ++reads; }, LiveRefresh::When::Always);
    commitElsewhere();
    QTRY_COMPARE_WITH_TIMEOUT(reads, 1, 20000);
    page.show();
    QCOMPARE(reads, 1);
}

QTEST_MAIN(tst_LiveRefresh)
#include "tst_LiveRefresh.moc"
