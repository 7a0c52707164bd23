#include "GuiLauncher.h"

#include "common/MessageBox.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

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

} // namespace

int GuiLauncher::run(const QString &databasePath, bool demo) {
    Settings settings;
    QString path = databasePath;
    if (demo)
        path = Database::defaultDemoPath();
    else if (path.isEmpty())
        path =
            settings.lastDatabase().isEmpty() ? Database::defaultPath() : settings.lastDatabase();

    Database database;
    try {
        // A database named on the command line must exist: a mistyped path would otherwise
        // open a new, empty database that looks as if every session had gone.
        database.open(path, databasePath.isEmpty() ? Database::Mode::CreateIfMissing
                                                   : Database::Mode::ExistingOnly);
        // The demo is made on first use only: a database holding anything is opened as it is,
        // so nobody's demo work is ever overwritten. An empty one (new, or left by a creation
        // that failed and rolled back) is filled.
        if (demo && DemoGenerator::isEmpty(database)) {
            DemoGenerator::Options options;
            options.recordingsRoot = settings.recordingsRoot();
            const QString problem = createDemo(database.path(), options);
            if (!problem.isEmpty()) {
                MessageBox::critical(
                    nullptr, QCoreApplication::translate("GuiLauncher", "PracticeCoder"),
                    QCoreApplication::translate("GuiLauncher",
                                                "The demo database could not be created.\n\n%1")
                        .arg(problem));
                return 1;
            }
        }
    } catch (const StorageError &error) {
        MessageBox::critical(nullptr, QCoreApplication::translate("GuiLauncher", "PracticeCoder"),
                             QCoreApplication::translate(
                                 "GuiLauncher", "The practice database could not be opened.\n\n%1")
                                 .arg(error.message()));
        return 1;
    }
    if (!demo)
        settings.setLastDatabase(database.path());

    MainWindow window(database);
    window.show();
    return QApplication::exec();
}
