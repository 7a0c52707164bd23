// On a service database, a recording another evaluator adds appears in the recordings list
// without F5, and the list stays where the user left it: the selected recording, the scroll
// position, the sort and the search. Waits are bounded, never timed.

#include "CodingTestFixture.h"
#include "PostgresTestServer.h"

#include "itemmodels/RecordingsFilterModel.h"
#include "itemmodels/RecordingsModel.h"
#include "recordings/RecordingsView.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class tst_RecordingsViewLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void anotherEvaluatorsRecordingAppearsInPlace();

private:
    std::unique_ptr<PostgresTestServer> m_server;
    QString m_url;
    Database m_db;
    CodingTestFixture m_fixture;
};

void tst_RecordingsViewLive::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    m_url = m_server->freshDatabaseUrl();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server->problem()));
    m_db.open(m_url, Database::Mode::ExistingOnly);
    m_fixture.build(m_db);
}

void tst_RecordingsViewLive::cleanupTestCase() {
    m_db.close();
}

void tst_RecordingsViewLive::anotherEvaluatorsRecordingAppearsInPlace() {
    // Enough rows to scroll.
    for (int i = 0; i < 60; ++i)
        m_fixture.addRecording(m_db, false);
    RecordingsView view(m_db);
    view.resize(1000, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.finishLoading();
    QCOMPARE(view.model()->rowCount(), 60);

    auto *table = view.findChild<QTableView *>(QStringLiteral("recordingsTable"));
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("recordingsSearch"));
    QVERIFY(table && search);
    table->sortByColumn(RecordingsModel::CodeColumn, Qt::DescendingOrder);
    search->setText(QStringLiteral("Amira"));
    const int row = 40;
    table->setFocus();
    table->selectRow(row);
    table->scrollTo(table->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    const qint64 selected = view.currentRecordingId();
    const int scrolled = table->verticalScrollBar()->value();
    QVERIFY(selected > 0);
    QVERIFY(scrolled > 0);

    // Another evaluator, on their own connection, adds a recording.
    Database theirs;
    theirs.open(m_url, Database::Mode::ExistingOnly);
    const qint64 added = m_fixture.addRecording(theirs, true);

    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(added) >= 0, 20000);
    view.finishLoading();
    QCOMPARE(view.model()->rowCount(), 61);
    QCOMPARE(view.filterModel()->rowCount(), 61);
    QCOMPARE(view.currentRecordingId(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(RecordingsModel::CodeColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(search->text(), QStringLiteral("Amira"));
}

QTEST_MAIN(tst_RecordingsViewLive)
#include "tst_RecordingsViewLive.moc"
