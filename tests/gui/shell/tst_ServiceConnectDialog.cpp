#include "PostgresTestServer.h"
#include "common/MessageBox.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/PasswordKeychain.h"
#include "shell/ServiceConnectDialog.h"
#include "shell/SignInDialog.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A keychain in memory, so a test can say what it holds and see what was kept or forgotten.
class MemoryKeychain final : public PasswordKeychain {
public:
    QString reason;
    QHash<QString, QString> kept;

    QString unavailableReason() override { return reason; }
    std::optional<QString> read(const QString &account) override {
        if (!reason.isEmpty() || !kept.contains(account))
            return std::nullopt;
        return kept.value(account);
    }
    bool store(const QString &account, const QString &password) override {
        if (!reason.isEmpty())
            return false;
        kept.insert(account, password);
        return true;
    }
    void forget(const QString &account) override { kept.remove(account); }
};

} // namespace

// File ▸ Connect to service database…, against the run's throw-away PostgreSQL cluster: the
// dialog connects and the window names the database; a failure keeps the database that was
// open; the unencrypted-connection warning; the sign-in prompt, the keychain, and that no
// password reaches the settings.
class tst_ServiceConnectDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectsThroughTheDialogAndTheWindowNamesTheDatabase();
    void aFailureIsOneSentenceAndKeepsTheOpenDatabase();
    void warnsBeforeAnUnencryptedConnectionToAnotherComputer();
    void remembersTheDetailsWithoutThePassword();
    void asksForThePasswordWhenTheServerDoes();
    void triesTheKeychainFirstAndForgetsARefusedPassword();
    void thePromptHidesThePasswordAndSaysWhyThereIsNoKeychain();
    void theSystemKeychainAnswers();

private:
    ServiceConnectDialog *openDialog();
    void fill(ServiceConnectDialog *dialog, const ConnectionSpec &spec, const QString &tlsMode);
    // A role that must sign in with a password (right-one), owning a fresh database.
    ConnectionSpec passwordProtectedDatabase();
    QString settingsText() const;

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestServer> m_server;
    Database m_db;
    std::unique_ptr<MainWindow> m_window;
    MemoryKeychain m_keychain;
    QTemporaryDir m_home;
};

void tst_ServiceConnectDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
    m_db.open(m_dir.filePath(QStringLiteral("own.sqlite")));
    PasswordKeychain::setInstance(&m_keychain);
    // No ~/.pgpass or PGPASSWORD of the machine's own may answer for the tests.
    qputenv("PGPASSFILE", m_home.filePath(QStringLiteral("none")).toUtf8());
    qunsetenv("PGPASSWORD");
}

void tst_ServiceConnectDialog::init() {
    m_keychain.reason = QStringLiteral("No keychain in this test.");
    m_keychain.kept.clear();
    MessageBox::clearLastText();
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
}

void tst_ServiceConnectDialog::cleanup() {
    m_window.reset();
}

ServiceConnectDialog *tst_ServiceConnectDialog::openDialog() {
    m_window->findChild<QAction *>(QStringLiteral("connectServiceAction"))->trigger();
    // The one just opened: one closed before may not have been deleted yet.
    const auto dialogs =
        m_window->findChildren<ServiceConnectDialog *>(QStringLiteral("serviceConnectDialog"));
    for (ServiceConnectDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void tst_ServiceConnectDialog::fill(ServiceConnectDialog *dialog, const ConnectionSpec &spec,
                                    const QString &tlsMode) {
    dialog->findChild<QLineEdit *>(QStringLiteral("hostField"))->setText(spec.host());
    dialog->findChild<QSpinBox *>(QStringLiteral("portField"))->setValue(spec.port());
    dialog->findChild<QLineEdit *>(QStringLiteral("databaseField"))->setText(spec.databaseName());
    dialog->findChild<QLineEdit *>(QStringLiteral("userField"))->setText(spec.userName());
    auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("tlsModeField"));
    mode->setCurrentIndex(mode->findData(tlsMode));
    QCOMPARE(mode->currentData().toString(), tlsMode);
}

ConnectionSpec tst_ServiceConnectDialog::passwordProtectedDatabase() {
    static int made = 0;
    const QString user =
        QStringLiteral("pc_gui_sign_in_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    if (!m_server->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-one'").arg(user)))
        qFatal("%s", qPrintable(m_server->problem()));
    const ConnectionSpec own = *ConnectionSpec::parse(m_server->freshDatabaseUrl());
    if (!m_server->exec(
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(own.databaseName(), user)) ||
        !m_server->requirePasswordFor(user))
        qFatal("%s", qPrintable(m_server->problem()));
    return ConnectionSpec::postgres(own.host(), own.port(), own.databaseName(), user);
}

QString tst_ServiceConnectDialog::settingsText() const {
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void tst_ServiceConnectDialog::connectsThroughTheDialogAndTheWindowNamesTheDatabase() {
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("own.sqlite")));
    const ConnectionSpec target = *ConnectionSpec::parse(m_server->freshDatabaseUrl());
    ServiceConnectDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fill(dialog, target, QStringLiteral("disable"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    // This computer: no warning about encryption.
    QVERIFY(MessageBox::lastText().isEmpty());
    const QString name =
        QStringLiteral("%1@%2/%3").arg(target.userName(), target.host(), target.databaseName());
    QTRY_VERIFY2(m_window->windowTitle().startsWith(name), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->database().spec()->isPostgres());
    QCOMPARE(m_window->database().spec()->databaseName(), target.databaseName());
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY2(label->text().contains(name), qPrintable(label->text()));
    // Opened again next time, as its address.
    QCOMPARE(Settings().lastDatabase(), m_window->database().spec()->toUrl());
}

void tst_ServiceConnectDialog::aFailureIsOneSentenceAndKeepsTheOpenDatabase() {
    const ConnectionSpec missing = *ConnectionSpec::parse(m_server->unusedDatabaseUrl());
    ServiceConnectDialog *dialog = openDialog();
    fill(dialog, missing, QStringLiteral("disable"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("connectProblem"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("There is no database")),
             qPrintable(problem->text()));
    QCOMPARE(problem->text().count(QStringLiteral(". ")), 0);
    // Nothing typed is lost, and the database already open stays open.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("databaseField"))->text(),
             missing.databaseName());
    QCOMPARE(&m_window->database(), &m_db);
    QVERIFY(m_db.isOpen());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("own.sqlite")));
    dialog->reject();
}

void tst_ServiceConnectDialog::warnsBeforeAnUnencryptedConnectionToAnotherComputer() {
    ServiceConnectDialog *dialog = openDialog();
    // Never reached: the test says Cancel to the warning.
    fill(dialog,
         ConnectionSpec::postgres(QStringLiteral("practice-db.council.invalid"), 5432,
                                  QStringLiteral("practice"), QStringLiteral("alice")),
         QStringLiteral("prefer"));
    const int prompts = SignInDialog::promptsAsked();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().startsWith(
                 QStringLiteral("The connection to practice-db.council.invalid is not encrypted")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(MessageBox::lastButtonTexts(),
             QStringList({QStringLiteral("Cancel"), QStringLiteral("Connect anyway")}));
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::Cancel);
    // Cancel connects to nothing and keeps the dialog as it was.
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("connectProblem"))->isVisible());
    QCOMPARE(SignInDialog::promptsAsked(), prompts);
    QCOMPARE(&m_window->database(), &m_db);

    // With TLS required there is nothing to warn about.
    MessageBox::clearLastText();
    fill(dialog, *ConnectionSpec::parse(m_server->unusedDatabaseUrl()), QStringLiteral("disable"));
    dialog->findChild<QLineEdit *>(QStringLiteral("hostField"))
        ->setText(QStringLiteral("localhost"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QVERIFY(MessageBox::lastText().isEmpty());
    dialog->reject();
}

void tst_ServiceConnectDialog::remembersTheDetailsWithoutThePassword() {
    const ConnectionSpec target = passwordProtectedDatabase();
    ServiceConnectDialog *dialog = openDialog();
    fill(dialog, target, QStringLiteral("disable"));
    SignInDialog::setNextAnswer(SignInDialog::Answer{QStringLiteral("right-one"), false});
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->database().spec()->userName(), target.userName());

    // The next time the dialog opens, it is filled in with the same details.
    ServiceConnectDialog again(m_window.get());
    QCOMPARE(again.spec(),
             ConnectionSpec::postgres(target.host(), target.port(), target.databaseName(),
                                      target.userName(), QStringLiteral("disable")));
    const QString stored = settingsText();
    QVERIFY(stored.contains(target.databaseName()));
    QVERIFY(!stored.contains(QStringLiteral("right-one")));
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("right-one")));
}

void tst_ServiceConnectDialog::asksForThePasswordWhenTheServerDoes() {
    const ConnectionSpec target = passwordProtectedDatabase();
    ServiceConnectDialog *dialog = openDialog();
    fill(dialog, target, QStringLiteral("disable"));
    const int prompts = SignInDialog::promptsAsked();
    // A wrong password first: the prompt comes back, and the right one opens the database.
    SignInDialog::setNextAnswer(SignInDialog::Answer{QStringLiteral("wrong-one"), false});
    SignInDialog::setNextAnswer(SignInDialog::Answer{QStringLiteral("right-one"), true});
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->database().spec()->userName(), target.userName());
    QCOMPARE(SignInDialog::promptsAsked(), prompts + 2);
    // Without a keychain, the tick is not kept anywhere.
    QVERIFY(m_keychain.kept.isEmpty());
    QVERIFY(!settingsText().contains(QStringLiteral("right-one")));

    // Cancelling the prompt connects to nothing and says nothing more.
    ServiceConnectDialog *second = openDialog();
    fill(second, target, QStringLiteral("disable"));
    SignInDialog::setNextAnswer(std::nullopt);
    QTest::mouseClick(second->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QCOMPARE(SignInDialog::promptsAsked(), prompts + 3);
    QVERIFY(second->isVisible());
    QVERIFY(!second->findChild<QLabel *>(QStringLiteral("connectProblem"))->isVisible());
    second->reject();
}

void tst_ServiceConnectDialog::triesTheKeychainFirstAndForgetsARefusedPassword() {
    m_keychain.reason.clear();
    const ConnectionSpec target = passwordProtectedDatabase();
    const QString account = PasswordKeychain::accountFor(target);
    QVERIFY(!account.contains(QStringLiteral("right-one")));
    const int prompts = SignInDialog::promptsAsked();

    // Ticked at the prompt: kept in the keychain.
    ServiceConnectDialog *dialog = openDialog();
    fill(dialog, target, QStringLiteral("disable"));
    SignInDialog::setNextAnswer(SignInDialog::Answer{QStringLiteral("right-one"), true});
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->database().spec()->userName(), target.userName());
    QCOMPARE(SignInDialog::promptsAsked(), prompts + 1);
    QCOMPARE(m_keychain.kept.value(account), QStringLiteral("right-one"));

    // Next time the keychain's password is used without asking.
    ServiceConnectDialog *next = openDialog();
    fill(next, target, QStringLiteral("disable"));
    QTest::mouseClick(next->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!next->isVisible());
    QCOMPARE(SignInDialog::promptsAsked(), prompts + 1);

    // Changed on the server: the kept one is refused, forgotten, and the user is asked.
    m_keychain.kept.insert(account, QStringLiteral("old-one"));
    ServiceConnectDialog *stale = openDialog();
    fill(stale, target, QStringLiteral("disable"));
    SignInDialog::setNextAnswer(SignInDialog::Answer{QStringLiteral("right-one"), false});
    QTest::mouseClick(stale->findChild<QPushButton *>(QStringLiteral("connectButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!stale->isVisible());
    QCOMPARE(SignInDialog::promptsAsked(), prompts + 2);
    QVERIFY(!m_keychain.kept.contains(account));
}

void tst_ServiceConnectDialog::thePromptHidesThePasswordAndSaysWhyThereIsNoKeychain() {
    const ConnectionSpec target = ConnectionSpec::postgres(
        QStringLiteral("127.0.0.1"), 5432, QStringLiteral("practice"), QStringLiteral("alice"));
    {
        SignInDialog prompt(target, QStringLiteral("No keychain service here."), false);
        auto *password = prompt.findChild<QLineEdit *>(QStringLiteral("passwordField"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        auto *remember = prompt.findChild<QCheckBox *>(QStringLiteral("rememberPasswordBox"));
        QCOMPARE(remember->text(), QStringLiteral("Remember in this computer's keychain"));
        QVERIFY(!remember->isEnabled());
        QCOMPARE(remember->toolTip(), QStringLiteral("No keychain service here."));
        QCOMPARE(prompt.findChild<QLabel *>(QStringLiteral("keychainProblem"))->text(),
                 QStringLiteral("No keychain service here."));
        QVERIFY(!prompt.findChild<QLabel *>(QStringLiteral("signInRefused")));
        QTest::keyClicks(password, QStringLiteral("typed"));
        QCOMPARE(prompt.answer().password, QStringLiteral("typed"));
        QVERIFY(!prompt.answer().remember);
    }
    SignInDialog prompt(target, QString(), true);
    auto *remember = prompt.findChild<QCheckBox *>(QStringLiteral("rememberPasswordBox"));
    QVERIFY(remember->isEnabled());
    remember->setChecked(true);
    QVERIFY(prompt.answer().remember);
    QVERIFY(prompt.findChild<QLabel *>(QStringLiteral("signInRefused")));
    QVERIFY(!prompt.findChild<QLabel *>(QStringLiteral("keychainProblem")));
}

void tst_ServiceConnectDialog::theSystemKeychainAnswers() {
    // Where there is no keychain service (as on CI), the real one says so in a sentence and
    // keeps nothing; where there is one, it works. Either way nothing breaks or blocks.
    PasswordKeychain::setInstance(nullptr);
    PasswordKeychain &system = PasswordKeychain::instance();
    const QString reason = system.unavailableReason();
    const QString account = QStringLiteral("postgresql://tst_ServiceConnectDialog@nowhere:1/x");
    if (reason.isEmpty()) {
        QVERIFY(system.store(account, QStringLiteral("secret")));
        QCOMPARE(system.read(account), std::optional<QString>(QStringLiteral("secret")));
        system.forget(account);
        QVERIFY(!system.read(account));
    } else {
        QVERIFY(reason.endsWith(QLatin1Char('.')));
        QVERIFY(!system.store(account, QStringLiteral("secret")));
        QVERIFY(!system.read(account));
    }
    PasswordKeychain::setInstance(&m_keychain);
}

QTEST_MAIN(tst_ServiceConnectDialog)
#include "tst_ServiceConnectDialog.moc"
