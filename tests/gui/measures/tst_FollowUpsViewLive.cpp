// On a service database, a T1 questionnaire a colleague logs joins the follow-ups list without
// F5, and the follow-up the user had chosen stays chosen. Waits are bounded, never timed.

#include "PostgresTestServer.h"

#include "exchange/MeasuresImporter.h"
#include "itemmodels/FollowUpsModel.h"
#include "measures/FollowUpsView.h"
#include "measures/MeasuresPage.h"
#include "storage/Database.h"

#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_FollowUpsViewLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aColleaguesT1JoinsTheListWithTheChosenRowKept();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_FollowUpsViewLive::initTestCase() {
    // The page reads the user's settings (the old follow-up interval); keep them out of
    // ~/.config.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_FollowUpsViewLive::aColleaguesT1JoinsTheListWithTheChosenRowKept() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(url, Database::Mode::ExistingOnly);
    QVERIFY(MeasuresImporter::importFile(mine, QStringLiteral(PC_TEST_DATA "/measures/scored.csv"))
                .ok());
    MeasuresPage page(mine);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.findChild<QTabWidget *>(QStringLiteral("measuresTabs"))
        ->setCurrentWidget(page.followUps());
    // On 2026-06-01 F002's GHQ-12 and family life rating are overdue (see tst_MeasuresPage).
    page.followUps()->setToday(QDate(2026, 6, 1));
    auto *list = page.findChild<QTableView *>(QStringLiteral("followUpsView"));
    QCOMPARE(list->model()->rowCount(), 2);
    auto instrumentAt = [list](int row) {
        return list->model()
            ->index(row, FollowUpsModel::InstrumentColumn)
            .data(FollowUpsModel::RawValueRole)
            .toString();
    };
    const int ghqRow = instrumentAt(0) == QStringLiteral("ghq-12") ? 0 : 1;
    QCOMPARE(instrumentAt(ghqRow), QStringLiteral("ghq-12"));
    list->selectRow(ghqRow);

    // A colleague logs another family's GHQ-12 at T1, on their own connection.
    const QString csv = m_dir.filePath(QStringLiteral("f004.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("family_code,respondent,instrument,timepoint,administered_on,mode,item_1,item_2,"
               "item_3,item_4,item_5,item_6,item_7,item_8,item_9,item_10,item_11,item_12\n"
               "F004,mother,ghq-12,T1,2026-01-20,paper,1,2,0,1,1,1,2,0,1,2,1,0\n");
    file.close();
    Database theirs;
    theirs.open(url, Database::Mode::ExistingOnly);
    QVERIFY(MeasuresImporter::importFile(theirs, csv).ok());

    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 20000);
    const QModelIndex current = list->currentIndex();
    QCOMPARE(instrumentAt(current.row()), QStringLiteral("ghq-12"));
    QCOMPARE(list->model()
                 ->index(current.row(), FollowUpsModel::FamilyColumn)
                 .data(FollowUpsModel::RawValueRole)
                 .toString(),
             QStringLiteral("F002"));
}

QTEST_MAIN(tst_FollowUpsViewLive)
#include "tst_FollowUpsViewLive.moc"
