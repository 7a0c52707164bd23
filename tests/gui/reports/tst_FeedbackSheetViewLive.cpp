// On a service database, feedback another coach records leaves the "Feedback due" list beside
// the coaching sheet without F5, and the session the coach had chosen stays chosen. Waits are
// bounded, never timed.

#include "PostgresTestServer.h"
#include "ReportFixture.h"

#include "reports/FeedbackDueList.h"
#include "reports/FeedbackSheetView.h"
#include "services/FeedbackRecording.h"

#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_FeedbackSheetViewLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void feedbackRecordedElsewhereLeavesTheList();

private:
    QTemporaryDir m_config;
    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_FeedbackSheetViewLive::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_FeedbackSheetViewLive::feedbackRecordedElsewhereLeavesTheList() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(url, Database::Mode::ExistingOnly);
    ReportFixture f(mine);
    const qint64 team = f.team(QStringLiteral("Harbour Team"));
    const qint64 family = f.family(QStringLiteral("CASE-1"));
    QList<qint64> codings;
    for (const QString &code : {QStringLiteral("H1"), QStringLiteral("H2"), QStringLiteral("H3")}) {
        const qint64 practitioner = f.practitioner(code, code, team);
        codings.append(
            f.coding(f.recording(practitioner, team, family, QStringLiteral("2025-02-24")),
                     QStringLiteral("primary"), QList<int>(7, 3), QStringLiteral("2025-02-25")));
    }

    FeedbackSheetView view(mine);
    auto *due = view.findChild<FeedbackDueList *>();
    QVERIFY(due);
    due->setToday(QDate(2025, 3, 10));
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableWidget *table = due->table();
    QCOMPARE(table->rowCount(), 3);
    int chosenRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == codings.last())
            chosenRow = row;
    }
    QVERIFY(chosenRow >= 0);
    table->setCurrentCell(chosenRow, 0);

    // Another coach records feedback on the first session, on their own connection.
    Database theirs;
    theirs.open(url, Database::Mode::ExistingOnly);
    FeedbackRecording feedback(theirs);
    const auto sheet = feedback.sheet(codings.first(), f.coder());
    QVERIFY(sheet);
    QString error;
    QVERIFY2(feedback.recordFeedbackGiven(*sheet, QDate(2025, 3, 5), QDate(2025, 3, 10), &error),
             qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 20000);
    QCOMPARE(table->item(table->currentRow(), 0)->data(Qt::UserRole).toLongLong(), codings.last());
}

QTEST_MAIN(tst_FeedbackSheetViewLive)
#include "tst_FeedbackSheetViewLive.moc"
