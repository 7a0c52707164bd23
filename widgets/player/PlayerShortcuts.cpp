#include "PlayerShortcuts.h"

#include "settings/Settings.h"

QList<PlayerShortcuts::Entry> PlayerShortcuts::entries() {
    auto entry = [](const char *name, const QString &text, const char *key) {
        return Entry{QLatin1String(name), text, QKeySequence(QLatin1String(key))};
    };
    // Digits, plain Up/Down, bare letters, [ ], Enter, Tab and Escape belong to the coding panel.
    return {
        entry("playPause", tr("Play or pause (not while typing)"), "Space"),
        entry("playPauseAnywhere", tr("Play or pause, even while typing"), "Ctrl+Space"),
        entry("skipBack", tr("Skip back (short)"), "Left"),
        entry("skipForward", tr("Skip forward (short)"), "Right"),
        entry("skipBackLong", tr("Skip back (long)"), "Shift+Left"),
        entry("skipForwardLong", tr("Skip forward (long)"), "Shift+Right"),
        entry("faster", tr("Faster (+0.1×)"), "Ctrl+Up"),
        entry("slower", tr("Slower (−0.1×)"), "Ctrl+Down"),
        entry("normalSpeed", tr("Normal speed (1×)"), "Ctrl+0"),
        entry("goToTime", tr("Go to a time…"), "Ctrl+G"),
        entry("zoomIn", tr("Zoom in on the waveform"), "Ctrl+="),
        entry("zoomOut", tr("Zoom out of the waveform"), "Ctrl+-"),
        entry("loop", tr("Loop: set A, set B, clear"), "Ctrl+L"),
        entry("mute", tr("Mute or unmute"), "Ctrl+Shift+M"),
    };
}

QKeySequence PlayerShortcuts::key(const Settings &settings, const QString &name) {
    const QString chosen = settings.shortcut(name);
    if (chosen == QLatin1String("none"))
        return {};
    if (!chosen.isEmpty())
        return QKeySequence(chosen, QKeySequence::PortableText);
    for (const Entry &e : entries()) {
        if (e.name == name)
            return e.defaultKey;
    }
    return {};
}
