// Help ▸ Keyboard shortcuts (issue 13, item 7): every key the main window answers is listed, as
// it is now, and a key the user changed is marked.
#include "CodingTestFixture.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_ShortcutsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyShortcutOfTheWindowIsListed();
    void aChangedKeyIsShownAsChanged();
    void searchNarrowsTheTable();

private:
    ShortcutsDialog *openDialog() const;
    int rowWith(QTableWidget *table, const QString &keys, const QString &action) const;

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ShortcutsDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("keys.sqlite")));
    CodingTestFixture().build(m_db);
}

void tst_ShortcutsDialog::init() {
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_ShortcutsDialog::cleanup() {
    m_window.reset();
}

ShortcutsDialog *tst_ShortcutsDialog::openDialog() const {
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    return m_window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
}

int tst_ShortcutsDialog::rowWith(QTableWidget *table, const QString &keys,
                                 const QString &action) const {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ShortcutsDialog::KeysColumn)->text() == keys &&
            table->item(row, ShortcutsDialog::ActionColumn)->text() == action)
            return row;
    }
    return -1;
}

void tst_ShortcutsDialog::everyShortcutOfTheWindowIsListed() {
    ShortcutsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTableWidget *table = dialog->table();
    int expected = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++expected;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        QVERIFY2(rowWith(table, keys.join(QStringLiteral(", ")), text.trimmed()) >= 0,
                 qPrintable(action->objectName() + QStringLiteral(": ") + keys.join(u' ')));
    }
    for (const QShortcut *shortcut : m_window->findChildren<QShortcut *>())
        expected += shortcut->keys().isEmpty() ? 0 : 1;
    QVERIFY(expected > 20); // the pages' keys, not only the menus'
    QCOMPARE(table->rowCount(), expected);
    QVERIFY(rowWith(table, QStringLiteral("Ctrl+1"), QStringLiteral("Recordings")) >= 0);
}

void tst_ShortcutsDialog::aChangedKeyIsShownAsChanged() {
    // The player reads its keys when it is made: change one, then build the window again.
    Settings().setShortcut(QStringLiteral("goToTime"), QStringLiteral("F7"));
    cleanup();
    init();
    QTableWidget *table = openDialog()->table();
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, ShortcutsDialog::KeysColumn)->text() == QStringLiteral("F7"))
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(!table->item(row, ShortcutsDialog::ChangedColumn)->text().isEmpty());
    QVERIFY(rowWith(table, QStringLiteral("Ctrl+G"), table->item(row, 0)->text()) < 0);
    Settings().setShortcut(QStringLiteral("goToTime"), QString());
}

void tst_ShortcutsDialog::searchNarrowsTheTable() {
    ShortcutsDialog *dialog = openDialog();
    QTableWidget *table = dialog->table();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsSearch")),
                     QStringLiteral("Ctrl+1"));
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->isRowHidden(row)) {
            ++shown;
            QVERIFY(table->item(row, ShortcutsDialog::KeysColumn)
                        ->text()
                        .contains(QStringLiteral("Ctrl+1")));
        }
    }
    QCOMPARE(shown, 1);
}

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_ShortcutsDialog.moc"
