#include "GuiLauncher.h"

#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoLeftovers.h"
#include "services/DemoDrafts.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/ServiceSignIn.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace {

// Fills the (empty) demo database on a worker thread with its own connection, while a busy
// dialog keeps the window system answered. Returns an error message, or empty on success.
QString createDemo(const QString &path, const DemoGenerator::Options &options) {
    QFuture<QString> future = QtConcurrent::run([path, options]() -> QString {
        try {
            Database database;
            database.open(path);
            DemoGenerator::generate(database, options);
            return {};
        } catch (const StorageError &error) {
            return error.message();
        }
    });
    // Shown only when the work takes more than a moment (QProgressDialog's minimum duration).
    QProgressDialog progress(
        QCoreApplication::translate("GuiLauncher", "Creating the demo database…"), QString(), 0, 0);
    progress.setWindowTitle(QCoreApplication::translate("GuiLauncher", "PracticeCoder"));
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(400);
    progress.setValue(0); // starts the minimum-duration timer
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

// A start-up failure always goes to stderr, so whoever started the app (a desktop launcher's
// log, a script, a test) can see why it stopped. The dialog is added only where someone could
// answer it: on the offscreen and minimal platforms it would wait for ever.
void reportFailure(const QString &text) {
    QTextStream(stderr) << "practicecoder: " << QString(text).replace(u'\n', u' ').simplified()
                        << Qt::endl;
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return;
    MessageBox::critical(nullptr, QCoreApplication::translate("GuiLauncher", "PracticeCoder"),
                         text);
}

// A service database (--database postgresql://…, or the one used last) signs in as File ▸
// Connect does: the keychain, libpq's own sources, then the sign-in prompt.
int runOnServiceDatabase(const ConnectionSpec &spec, Settings &settings) {
    QString problem;
    const std::unique_ptr<Database> database = ServiceSignIn::connect(nullptr, spec, &problem);
    if (!database) {
        reportFailure(
            problem.isEmpty()
                ? QCoreApplication::translate("GuiLauncher", "Signing in to %1 was cancelled.")
                      .arg(spec.displayName())
                : QCoreApplication::translate("GuiLauncher",
                                              "The practice database could not be opened.\n\n%1")
                      .arg(problem));
        return 1;
    }
    settings.setLastDatabase(spec.toUrl());
    MainWindow window(*database);
    window.show();
    window.confirmIdentity();
    return QApplication::exec();
}

} // namespace

int GuiLauncher::run(const QString &databasePath, bool demo) {
    Settings settings;
    QString path = databasePath;
    if (demo)
        path = Database::defaultDemoPath();
    else if (path.isEmpty())
        path =
            settings.lastDatabase().isEmpty() ? Database::defaultPath() : settings.lastDatabase();

    if (!demo) {
        if (const auto spec = ConnectionSpec::parse(path); spec && spec->isPostgres())
            return runOnServiceDatabase(*spec, settings);
    }

    DemoGenerator::Options demoOptions;
    demoOptions.recordingsRoot = settings.recordingsRoot();
    // Noted before anything is made, so that a demo that fails leaves nothing behind, exactly as
    // the demo command does: no empty database, no half-filled demo-recordings folder.
    std::optional<DemoLeftovers> leftovers;
    if (demo)
        leftovers.emplace(path, DemoGenerator::audioFolderFor(path, demoOptions));

    // Whether the failure below is in making the demo, or in opening one made before.
    bool makingDemo = demo && !QFileInfo::exists(path);
    Database database;
    QString failure;
    try {
        // A database named on the command line must exist: a mistyped path would otherwise
        // open a new, empty database that looks as if every session had gone.
        database.open(path, databasePath.isEmpty() ? Database::Mode::CreateIfMissing
                                                   : Database::Mode::ExistingOnly);
        // The demo is made on first use only: a database holding anything is opened as it is,
        // so nobody's demo work is ever overwritten. An empty one is filled.
        if (demo && DemoGenerator::isEmpty(database)) {
            makingDemo = true;
            const QString problem = createDemo(database.path(), demoOptions);
            if (!problem.isEmpty())
                failure = problem;
        }
    } catch (const StorageError &error) {
        failure = error.message();
    }
    if (!failure.isEmpty()) {
        if (makingDemo) {
            database.close(); // SQLite's files can be removed only once it has let go of them
            leftovers->remove();
            reportFailure(QCoreApplication::translate(
                              "GuiLauncher",
                              "The demo database could not be created.\n\n%1\n\nNothing it had "
                              "started was kept.")
                              .arg(failure));
        } else {
            reportFailure(QCoreApplication::translate(
                              "GuiLauncher", "The practice database could not be opened.\n\n%1")
                              .arg(failure));
        }
        return 1;
    }
    if (!demo)
        settings.setLastDatabase(database.spec()->toUrl());

    MainWindow window(database);
    window.show();
    if (makingDemo) {
        // A demo just made gives whoever opens it drafts of their own to carry on, once they
        // have said who they are. Done here, not in the demo generator, so that the demo command
        // still makes the same database from the same seed.
        QObject::connect(
            &window, &MainWindow::identityChosen, &window,
            [&window, &database](const QString &username) {
                try {
                    if (!DemoDrafts::giveTo(database, username).isEmpty())
                        window.refresh();
                } catch (const StorageError &error) {
                    window.statusBar()->showMessage(
                        QCoreApplication::translate("GuiLauncher",
                                                    "No demo drafts could be made for you: %1")
                            .arg(error.message()));
                }
            },
            Qt::SingleShotConnection);
    }
    window.confirmIdentity();
    return QApplication::exec();
}
