// Issue 13, item 7: on first start with a database the user says who they are; the choice is
// shown in the status bar, remembered for that database on this machine, and can be changed.
#include "services/ActingUser.h"
#include "settings/Settings.h"
#include "shell/IdentityDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class tst_IdentityDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartShowsThePickerWithTheLoginNameAsANewName();
    void theLoginNameIsChosenWhenItIsAUser();
    void theChoiceIsShownAndRemembered();
    void changingItFromTheStatusBarWorks();
    void changingItFromTheFileMenuWorks();
    void addingMyselfMakesAUser();
    void anotherDatabaseAsksAgain();

private:
    IdentityDialog *openDialog() const;
    QString identityText() const;
    void pick(IdentityDialog *dialog, const QString &username);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_IdentityDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("people.sqlite")));
    UserRepository users(m_db);
    users.findOrCreate(QStringLiteral("eva.morgan"), QStringLiteral("evaluator"),
                       QStringLiteral("Eva Morgan"));
    users.findOrCreate(QStringLiteral("tom.hale"), QStringLiteral("coach"),
                       QStringLiteral("Tom Hale"));
}

void tst_IdentityDialog::init() {
    // Each test is a first start: nothing remembered, nobody chosen in this process.
    QSettings().clear();
    Settings::setSessionCoderUsername(QString());
    qputenv("USER", "zed.new");
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_IdentityDialog::cleanup() {
    m_window.reset();
}

IdentityDialog *tst_IdentityDialog::openDialog() const {
    IdentityDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY(
            (dialog = m_window->findChild<IdentityDialog *>(QStringLiteral("identityDialog"))) &&
            dialog->isVisible());
    }();
    return dialog;
}

QString tst_IdentityDialog::identityText() const {
    return m_window->findChild<QToolButton *>(QStringLiteral("identityButton"))->text();
}

void tst_IdentityDialog::pick(IdentityDialog *dialog, const QString &username) {
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("identityList"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == username)
            list->setCurrentRow(row);
    }
    QCOMPARE(dialog->username(), username);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("identityOk")),
                      Qt::LeftButton);
}

void tst_IdentityDialog::firstStartShowsThePickerWithTheLoginNameAsANewName() {
    m_window->confirmIdentity();
    IdentityDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("identityNew"))->isChecked());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("identityNewUsername"))->text(),
             QStringLiteral("zed.new"));
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("identityList"))->count(), 2);
    dialog->reject();
}

void tst_IdentityDialog::theLoginNameIsChosenWhenItIsAUser() {
    qputenv("USER", "tom.hale");
    m_window->confirmIdentity();
    IdentityDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("identityListed"))->isChecked());
    QCOMPARE(dialog->username(), QStringLiteral("tom.hale"));
    dialog->reject();
}

void tst_IdentityDialog::theChoiceIsShownAndRemembered() {
    QSignalSpy chosen(m_window.get(), &MainWindow::identityChosen);
    m_window->confirmIdentity();
    pick(openDialog(), QStringLiteral("eva.morgan"));
    QTRY_COMPARE(identityText(), QStringLiteral("Coding as Eva Morgan"));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("eva.morgan"));
    QCOMPARE(Settings().coderUsername(), QStringLiteral("eva.morgan"));

    // The next start (a new process: nothing chosen in memory) asks nothing.
    m_window.reset();
    Settings::setSessionCoderUsername(QString());
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QSignalSpy again(m_window.get(), &MainWindow::identityChosen);
    m_window->confirmIdentity();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).at(0).toString(), QStringLiteral("eva.morgan"));
    QVERIFY(!m_window->findChild<IdentityDialog *>());
    QCOMPARE(identityText(), QStringLiteral("Coding as Eva Morgan"));
}

void tst_IdentityDialog::changingItFromTheStatusBarWorks() {
    ActingUser::choose(m_db, QStringLiteral("eva.morgan"));
    m_window->confirmIdentity();
    QTRY_COMPARE(identityText(), QStringLiteral("Coding as Eva Morgan"));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("identityButton")),
                      Qt::LeftButton);
    IdentityDialog *dialog = openDialog();
    QCOMPARE(dialog->username(), QStringLiteral("eva.morgan")); // the current one is shown
    pick(dialog, QStringLiteral("tom.hale"));
    QTRY_COMPARE(identityText(), QStringLiteral("Coding as Tom Hale"));
    QCOMPARE(Settings().coderUsername(), QStringLiteral("tom.hale"));
    QCOMPARE(ActingUser::remembered(m_db), QStringLiteral("tom.hale"));
}

void tst_IdentityDialog::changingItFromTheFileMenuWorks() {
    m_window->findChild<QAction *>(QStringLiteral("changeIdentityAction"))->trigger();
    pick(openDialog(), QStringLiteral("eva.morgan"));
    QTRY_COMPARE(identityText(), QStringLiteral("Coding as Eva Morgan"));
}

void tst_IdentityDialog::addingMyselfMakesAUser() {
    m_window->confirmIdentity();
    IdentityDialog *dialog = openDialog();
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("identityNewName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Zed Newman"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("identityOk")),
                      Qt::LeftButton);
    QTRY_COMPARE(identityText(), QStringLiteral("Coding as Zed Newman"));
    const auto user = UserRepository(m_db).findUser(QStringLiteral("zed.new"));
    QVERIFY(user);
    QCOMPARE(user->displayName, QStringLiteral("Zed Newman"));
    QCOMPARE(user->role, QStringLiteral("evaluator"));
}

void tst_IdentityDialog::anotherDatabaseAsksAgain() {
    ActingUser::choose(m_db, QStringLiteral("eva.morgan"));
    m_window->confirmIdentity();
    QVERIFY(!m_window->findChild<IdentityDialog *>());
    QVERIFY(m_window->switchDatabase(m_dir.filePath(QStringLiteral("another.sqlite"))));
    IdentityDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->reject();
}

QTEST_MAIN(tst_IdentityDialog)
#include "tst_IdentityDialog.moc"
