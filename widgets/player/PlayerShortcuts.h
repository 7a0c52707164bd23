#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class Settings;

// The player's keyboard actions: each has a settings name, a label for the preferences and a
// default key. USB foot pedals that send key presses work through the same table.
class PlayerShortcuts {
    Q_DECLARE_TR_FUNCTIONS(PlayerShortcuts)

public:
    struct Entry {
        QString name; // settings key under shortcuts/, and the action's objectName suffix
        QString text;
        QKeySequence defaultKey;
    };
    static QList<Entry> entries();
    // The user's key for an action, or its default.
    static QKeySequence key(const Settings &settings, const QString &name);
};
