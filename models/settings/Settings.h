#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

// The one typed home of user settings: each key, its default and its scope live here, so no
// other class reads QSettings with a string key. Machine-local settings (paths, keys) live in
// QSettings; anything that must be the same for a whole team belongs in the database instead.
class Settings {
public:
    // Uses the application's QSettings; tests pass their own (e.g. an INI file in a temp dir).
    Settings();
    explicit Settings(std::unique_ptr<QSettings> backing);
    ~Settings();

    // Storage
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    // Audio files under this folder are stored relative to it, so a shared drive can be
    // mapped at different places on different machines.
    QString recordingsRoot() const;
    void setRecordingsRoot(const QString &path);

    // Player
    int skipShortMs() const; // default 5000
    void setSkipShortMs(int ms);
    int skipLongMs() const; // default 15000
    void setSkipLongMs(int ms);
    int autoRewindMs() const; // default 2000, 0 to 10000
    void setAutoRewindMs(int ms);
    double volume() const; // 0.0 to 1.0, default 1.0
    void setVolume(double volume);
    // A user-chosen key sequence for a named action; empty means use the default.
    QString shortcut(const QString &action) const;
    void setShortcut(const QString &action, const QString &sequence);

    // Coding
    int defaultWindowMinutes() const; // default 20
    void setDefaultWindowMinutes(int minutes);
    QString coderUsername() const; // defaults to the login name
    void setCoderUsername(const QString &username);

    // Measures
    // The follow-up interval is an organisation setting (OrganisationSettingsRepository); this
    // is the old per-machine one, taken once to carry it over: it returns the value (empty when
    // never set) and forgets it.
    std::optional<int> takeLegacyFollowUpWeeks();
    // A licensed item-text pack (JSON or CSV) whose wording the measures form shows; empty
    // for none.
    QString itemTextPackPath() const;
    void setItemTextPackPath(const QString &path);

    // Reports. The report settings live in the database (OrganisationSettingsRepository); this
    // is only the old per-machine threshold, read once to carry it over. Empty when not set.
    std::optional<int> legacySuppressionThreshold() const;

    // Window layout (QMainWindow::saveGeometry/saveState, QHeaderView::saveState); empty when
    // never saved. A view's state is kept under its own name.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray viewState(const QString &view) const;
    void setViewState(const QString &view, const QByteArray &state);

    void sync();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};
