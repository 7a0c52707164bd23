// Item 3 of issue 13: after every page switch and dialog, the keyboard is where the next key is
// expected. Each test drives the main window from the keyboard and checks the focused widget.
#include "CodingTestFixture.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class tst_KeyboardFocus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlOneFocusesTheListWithARowSelected();
    void enterInSearchMovesToTheFirstMatch();
    void oneTabOrDownFromSearchReachesTheList();
    void openingAnotherRecordingAfterCodingFocusesStartCoding();
    void eachPageShortcutFocusesAControlOnThatPage_data();
    void eachPageShortcutFocusesAControlOnThatPage();
    void closingTheAboutDialogReturnsFocus();
    void closingTheConsentDialogReturnsFocus();

private:
    QString focusName() const;
    QWidget *focused() const { return QApplication::focusWidget(); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QTableView *table() const;
    QLineEdit *search() const;

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void tst_KeyboardFocus::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Settings().setCoderUsername(QStringLiteral("alice"));
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("focus.sqlite")));
    m_fixture.build(m_db);
    for (int i = 0; i < 3; ++i)
        m_fixture.addRecording(m_db);
}

void tst_KeyboardFocus::init() {
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The recordings are read off the GUI thread; every case starts with them listed.
    QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 3, 30000);
}

void tst_KeyboardFocus::cleanup() {
    m_window.reset();
}

QString tst_KeyboardFocus::focusName() const {
    if (!focused())
        return QStringLiteral("(nothing)");
    return focused()->objectName().isEmpty()
               ? QString::fromLatin1(focused()->metaObject()->className())
               : focused()->objectName();
}

void tst_KeyboardFocus::press(int key, Qt::KeyboardModifiers modifiers) {
    QWidget *target = focused() ? focused() : m_window.get();
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

QTableView *tst_KeyboardFocus::table() const {
    return m_window->findChild<QTableView *>(QStringLiteral("recordingsTable"));
}

QLineEdit *tst_KeyboardFocus::search() const {
    return m_window->findChild<QLineEdit *>(QStringLiteral("recordingsSearch"));
}

void tst_KeyboardFocus::ctrlOneFocusesTheListWithARowSelected() {
    press(Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->page(MainWindow::Page::Coding)->isVisible());
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
    QVERIFY(table()->currentIndex().isValid());
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
}

void tst_KeyboardFocus::enterInSearchMovesToTheFirstMatch() {
    search()->setFocus();
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsSearch"));
    QTest::keyClicks(search(), QStringLiteral("Amira"));
    press(Qt::Key_Return);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
    QCOMPARE(table()->currentIndex().row(), 0);
    QVERIFY(table()->selectionModel()->isRowSelected(0, QModelIndex()));
    // The next Enter opens it, with "Start coding" ready for the key after.
    press(Qt::Key_Return);
    QTRY_COMPARE(focusName(), QStringLiteral("startCoding"));
}

void tst_KeyboardFocus::oneTabOrDownFromSearchReachesTheList() {
    search()->setFocus();
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsSearch"));
    press(Qt::Key_Tab);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
    search()->setFocus();
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsSearch"));
    press(Qt::Key_Down);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
    QVERIFY(table()->selectionModel()->isRowSelected(0, QModelIndex()));
}

void tst_KeyboardFocus::openingAnotherRecordingAfterCodingFocusesStartCoding() {
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
    table()->selectRow(0);
    press(Qt::Key_Return);
    QTRY_COMPARE(focusName(), QStringLiteral("startCoding"));
    press(Qt::Key_Space); // starts the coding: the keys now score
    QTRY_VERIFY(focusName() != QStringLiteral("startCoding"));
    QVERIFY(m_window->page(MainWindow::Page::Coding)->isAncestorOf(focused()));

    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
    table()->selectRow(1);
    press(Qt::Key_Return);
    QTRY_COMPARE(focusName(), QStringLiteral("startCoding"));
}

void tst_KeyboardFocus::eachPageShortcutFocusesAControlOnThatPage_data() {
    QTest::addColumn<int>("page");
    QTest::newRow("Recordings") << static_cast<int>(MainWindow::Page::Recordings);
    QTest::newRow("Coding") << static_cast<int>(MainWindow::Page::Coding);
    QTest::newRow("Family measures") << static_cast<int>(MainWindow::Page::Measures);
    QTest::newRow("Reports") << static_cast<int>(MainWindow::Page::Reports);
    QTest::newRow("People") << static_cast<int>(MainWindow::Page::People);
}

void tst_KeyboardFocus::eachPageShortcutFocusesAControlOnThatPage() {
    QFETCH(int, page);
    // Start from another page, so that the key has somewhere to move the focus from.
    const int from = page == 0 ? 4 : 0;
    press(Qt::Key_1 + from, Qt::ControlModifier);
    QTRY_VERIFY(m_window->page(static_cast<MainWindow::Page>(from))->isVisible());
    press(Qt::Key_1 + page, Qt::ControlModifier);
    QWidget *shown = m_window->page(static_cast<MainWindow::Page>(page));
    QTRY_VERIFY(shown->isVisible());
    QTRY_VERIFY2(focused() && shown->isAncestorOf(focused()), qPrintable(focusName()));
    QVERIFY(focused()->isVisible());
    // A control that takes keys, whenever the page shows one (the coding page before a recording
    // is chosen has none: the keys then go to the page, whose shortcuts still work).
    bool pageHasControls = false;
    for (const QWidget *child : shown->findChildren<QWidget *>())
        pageHasControls |=
            child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus);
    if (pageHasControls)
        QVERIFY2(focused()->focusPolicy() & Qt::TabFocus, qPrintable(focusName()));
}

void tst_KeyboardFocus::closingTheAboutDialogReturnsFocus() {
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QDialog *>(QStringLiteral("aboutDialog"))) &&
                about->isVisible());
    QTRY_VERIFY(about->isAncestorOf(focused()) || focused() == about);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsTable"));
}

void tst_KeyboardFocus::closingTheConsentDialogReturnsFocus() {
    search()->setFocus();
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsSearch"));
    table()->selectRow(0);
    search()->setFocus();
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsSearch"));
    // The consent dialog runs its own loop: it is answered from inside it.
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        seen = dialog && dialog->objectName() == QStringLiteral("consentDialog");
        if (dialog)
            dialog->reject();
    });
    press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(seen);
    QTRY_COMPARE(focusName(), QStringLiteral("recordingsSearch"));
}

QTEST_MAIN(tst_KeyboardFocus)
#include "tst_KeyboardFocus.moc"
