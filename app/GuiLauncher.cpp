#include "GuiLauncher.h"

#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QMessageBox>

int GuiLauncher::run(const QString &databasePath, bool demo)
{
    Settings settings;
    QString path = databasePath;
    if (demo)
        path = Database::defaultDemoPath();
    else if (path.isEmpty())
        path = settings.lastDatabase().isEmpty() ? Database::defaultPath()
                                                 : settings.lastDatabase();

    Database database;
    try {
        database.open(path);
    } catch (const StorageError &error) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiLauncher", "PracticeCoder"),
                              QApplication::translate("GuiLauncher",
                                                      "The practice database could not be "
                                                      "opened.\n\n%1")
                                  .arg(error.message()));
        return 1;
    }
    if (!demo)
        settings.setLastDatabase(database.path());

    MainWindow window(database);
    window.show();
    return QApplication::exec();
}
