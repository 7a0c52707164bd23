// The "My work" page (issue 13): counts on the navigation bar, and each row opened from the
// keyboard where its work is done.
#include "CodingTestFixture.h"
#include "coding/CodingPage.h"
#include "itemmodels/MyWorkModel.h"
#include "mywork/MyWorkPage.h"
#include "services/CodingSession.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_MyWorkPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theNavigationShowsTheCount();
    void ctrlSixPutsTheKeyboardOnTheList();
    void enterOnADraftOpensIt();
    void enterOnAWaitingRecordingOffersTheSecondCoding();
    void modelPassesTheTester();

private:
    QTableView *table() const {
        return m_window->findChild<QTableView *>(QStringLiteral("myWorkTable"));
    }
    int rowOf(MyWorkRow::Kind kind) const;
    QString focusName() const {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    qint64 m_draft = 0;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MyWorkPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Settings::setSessionCoderUsername(QStringLiteral("alice"));
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("mywork.sqlite")));
    m_fixture.build(m_db);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    m_draft = codings.create(m_fixture.addRecording(m_db), m_fixture.alice,
                             QStringLiteral("primary"), scheme, -1, -1);
    const qint64 bobs = codings.create(m_fixture.addSampledRecording(m_db), m_fixture.bob,
                                       QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, bobs, 4);
    codings.finalise(bobs, codingVersion(codings, bobs), scheme, m_fixture.bob);
}

void tst_MyWorkPage::init() {
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MyWorkPage::cleanup() {
    m_window.reset();
}

int tst_MyWorkPage::rowOf(MyWorkRow::Kind kind) const {
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(MyWorkModel::KindRole).toInt() == static_cast<int>(kind))
            return row;
    }
    return -1;
}

void tst_MyWorkPage::theNavigationShowsTheCount() {
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(static_cast<int>(MainWindow::Page::MyWork))->text(),
             QStringLiteral("My work (2)"));
}

void tst_MyWorkPage::ctrlSixPutsTheKeyboardOnTheList() {
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("myWorkTable"));
    QVERIFY(table()->selectionModel()->hasSelection());
}

void tst_MyWorkPage::enterOnADraftOpensIt() {
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("myWorkTable"));
    const int row = rowOf(MyWorkRow::Kind::Draft);
    QVERIFY(row >= 0);
    table()->setCurrentIndex(table()->model()->index(row, 0));
    QTest::keyClick(table(), Qt::Key_Return);
    auto *coding = qobject_cast<CodingPage *>(m_window->page(MainWindow::Page::Coding));
    QTRY_VERIFY(coding->isVisible());
    QCOMPARE(coding->session()->coding().id, m_draft);
}

void tst_MyWorkPage::enterOnAWaitingRecordingOffersTheSecondCoding() {
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("myWorkTable"));
    const int row = rowOf(MyWorkRow::Kind::SecondCoding);
    QVERIFY(row >= 0);
    table()->setCurrentIndex(table()->model()->index(row, 0));
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_COMPARE(focusName(), QStringLiteral("startCoding"));
    auto *start = qobject_cast<QPushButton *>(QApplication::focusWidget());
    QVERIFY(start->text().contains(QStringLiteral("second")));
}

void tst_MyWorkPage::modelPassesTheTester() {
    MyWorkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MyWorkRow row;
    row.recordingCode = QStringLiteral("R-1");
    row.recordedOn = QDate(2026, 1, 5);
    model.setRows({row, row});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MyWorkModel::RecordingColumn).data().toString(), QStringLiteral("R-1"));
}

QTEST_MAIN(tst_MyWorkPage)
#include "tst_MyWorkPage.moc"
