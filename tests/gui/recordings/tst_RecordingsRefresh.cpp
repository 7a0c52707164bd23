// Coming back to the Recordings page shows what changed while the user was elsewhere (in this
// program or another), keeps the selected recording and the scroll position, and does not read
// the list again when nothing changed.

#include "CodingTestFixture.h"

#include "itemmodels/RecordingsModel.h"
#include "recordings/RecordingsView.h"
#include "shell/MainWindow.h"

#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_RecordingsRefresh : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingChangedNothingRead();
    void aChangeHereIsShownOnReturn();
    void aChangeByAnotherConnectionIsShownOnReturn();

private:
    void goTo(MainWindow::Page page);
    QTableView *table() const;

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_recordings;
};

void tst_RecordingsRefresh::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db.open(m_dir.filePath(QStringLiteral("refresh.sqlite")));
    m_fixture.build(m_db);
    // Enough rows to scroll.
    for (int i = 0; i < 80; ++i)
        m_recordings.append(m_fixture.addRecording(m_db, false));
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->resize(1200, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->recordingsView()->finishLoading();
}

void tst_RecordingsRefresh::cleanupTestCase() {
    m_window.reset();
    m_db.close();
}

void tst_RecordingsRefresh::goTo(MainWindow::Page page) {
    QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page)),
                    Qt::ControlModifier);
    QTRY_COMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 m_window->page(page));
}

QTableView *tst_RecordingsRefresh::table() const {
    return m_window->findChild<QTableView *>(QStringLiteral("recordingsTable"));
}

void tst_RecordingsRefresh::nothingChangedNothingRead() {
    QSignalSpy resets(m_window->recordingsView()->model(), &QAbstractItemModel::modelReset);
    goTo(MainWindow::Page::People);
    goTo(MainWindow::Page::Recordings);
    QCOMPARE(resets.count(), 0);
    QVERIFY(!m_window->recordingsView()->refreshIfChanged());
}

void tst_RecordingsRefresh::aChangeHereIsShownOnReturn() {
    // Select a recording far down and scroll to it, as a user would.
    const int row = 60;
    table()->setFocus();
    table()->selectRow(row);
    table()->scrollTo(table()->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    const qint64 selected = m_window->recordingsView()->currentRecordingId();
    const int scrolled = table()->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    goTo(MainWindow::Page::People);
    RecordingRepository(m_db).updateConsent(selected, QStringLiteral("given"), QDate(2024, 3, 1),
                                            QStringLiteral("verbal"), QDate(2024, 3, 2));
    QSignalSpy resets(m_window->recordingsView()->model(), &QAbstractItemModel::modelReset);
    goTo(MainWindow::Page::Recordings);
    QTRY_COMPARE(resets.count(), 1);

    QCOMPARE(m_window->recordingsView()->currentRecordingId(), selected);
    QCOMPARE(table()->verticalScrollBar()->value(), scrolled);
    const QModelIndex consent =
        table()->model()->index(table()->currentIndex().row(), RecordingsModel::ConsentColumn);
    QCOMPARE(consent.data().toString(), QStringLiteral("Given / Verbal 2024-03-02"));
}

void tst_RecordingsRefresh::aChangeByAnotherConnectionIsShownOnReturn() {
    goTo(MainWindow::Page::Measures);
    {
        // Another program (or a scheduled import) writing the same file.
        const std::unique_ptr<Database> other = m_db.openAnotherConnection();
        QSqlQuery update(other->connection());
        QVERIFY(update.exec(QStringLiteral("UPDATE recordings SET code = 'REC-OTHER' WHERE id = %1")
                                .arg(m_recordings.first())));
    }
    goTo(MainWindow::Page::Recordings);
    m_window->recordingsView()->finishLoading();
    const RecordingsModel *model = m_window->recordingsView()->model();
    const int row = model->rowOf(m_recordings.first());
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, RecordingsModel::CodeColumn).data().toString(),
             QStringLiteral("REC-OTHER"));
}

QTEST_MAIN(tst_RecordingsRefresh)
#include "tst_RecordingsRefresh.moc"
