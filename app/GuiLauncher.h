#pragma once

#include <QString>

// Opens the practice database for the GUI (creating the demo on first use) and shows the main
// window. A database that cannot be opened is explained in a message box, never a crash.
class GuiLauncher {
public:
    int run(const QString &databasePath, bool demo);
};
