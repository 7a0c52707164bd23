#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class Database;

// The one typed home of settings (after KeePassXC's Config): every key, its scope and its
// default live in one table (Settings::entry), so no other class reads QSettings with a string
// key. A machine setting (paths, keys, the player) is kept in QSettings on this computer. An
// organisation setting changes figures that must be the same for everyone (the follow-up
// interval, the suppression threshold), so it is kept in the database, audited, through
// OrganisationSettingsRepository; it can only be read or written once a database is attached.
class Settings : public QObject {
    Q_OBJECT

public:
    enum class Scope { Machine, Organisation };
    Q_ENUM(Scope)

    enum class Key {
        LastDatabase,
        RecordingsRoot,
        SkipShortMs,
        SkipLongMs,
        AutoRewindMs,
        Volume,
        Shortcut, // a family: one value per action name
        DefaultWindowMinutes,
        CoderUsername,
        ItemTextPack,
        WindowGeometry,
        WindowState,
        ViewState, // a family: one value per view name
        SuppressionThreshold,
        FollowUpWeeks,
        Identity,          // a family: who the user is, one value per database
        PauseWhileTyping,  // pause the recording while a note is typed; resume when it is added
        ServiceConnection, // the service database last connected to, as a URL without password
        OrganisationRecordingsRoot, // where the organisation keeps its audio (UNC or mount path)
    };
    Q_ENUM(Key)

    struct Entry {
        Key key;
        QString name; // the QSettings key, or the organisation_settings key
        Scope scope;
        QVariant defaultValue; // invalid: empty (for FollowUpWeeks, each instrument's own)
        QVariant minimum;      // both invalid when the value is not a bounded number
        QVariant maximum;
        bool family = false; // the value is kept per sub-key, under name + "/" + sub-key
    };

    // The table: one entry for every key.
    static const Entry &entry(Key key);
    static QList<Key> keys();

    // Uses the application's QSettings; tests pass their own (e.g. an INI file in a temp dir).
    explicit Settings(QObject *parent = nullptr);
    explicit Settings(std::unique_ptr<QSettings> backing, QObject *parent = nullptr);
    ~Settings() override;

    // Organisation settings are read from and saved to this database, audited under
    // coderUsername(). The database must outlive this object (or be detached with nullptr).
    void attachDatabase(Database *database);

    // The stored value, or the entry's default; numbers are held inside their bounds. For a
    // family key, subKey names the member. Reading or writing an organisation key without a
    // database throws std::logic_error; an unreadable or invalid organisation value throws
    // StorageError, as OrganisationSettingsRepository does.
    QVariant value(Key key, const QString &subKey = QString()) const;
    // Stores value (clamped to the bounds); an invalid or empty value goes back to the default.
    // Emits changed(key) when what is stored changed.
    void setValue(Key key, const QVariant &value, const QString &subKey = QString());

    // Storage
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    // On this computer, the recordings folder is at this path: where the organisation's
    // recordings folder (Key::OrganisationRecordingsRoot) is mapped here. Audio files under it
    // are stored relative to it, so a shared drive can be mapped at different places on
    // different machines. Use RecordingsFolder for where audio is found.
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
    // The session's chosen identity when the GUI has set one, else the stored name, else the
    // login name.
    QString coderUsername() const;
    void setCoderUsername(const QString &username);
    // Who the user said they are in one database (named by `databaseKey`), on this machine;
    // empty when they have not said.
    QString identityFor(const QString &databaseKey) const;
    void setIdentityFor(const QString &databaseKey, const QString &username);
    // The person this running program acts as, once chosen in the GUI; empty for none. Kept in
    // memory only: the command line never sets it, so it keeps acting as the stored name or the
    // login name, whatever was chosen in a window.
    static QString sessionCoderUsername();
    static void setSessionCoderUsername(const QString &username);

    // Measures
    // The follow-up interval is an organisation setting (Key::FollowUpWeeks); this is the old
    // per-machine one, taken once to carry it over: it returns the value (empty when never set)
    // and forgets it.
    std::optional<int> takeLegacyFollowUpWeeks();
    // A licensed item-text pack (JSON or CSV) whose wording the measures form shows; empty
    // for none.
    QString itemTextPackPath() const;
    void setItemTextPackPath(const QString &path);

    // Reports. The threshold is an organisation setting (Key::SuppressionThreshold); this is
    // only the old per-machine threshold, read once to carry it over. Empty when not set.
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

signals:
    void changed(Settings::Key key);

private:
    QString storedName(const Entry &entry, const QString &subKey) const;
    QVariant organisationValue(const Entry &entry) const;
    bool setOrganisationValue(const Entry &entry, const QVariant &value);
    Database &organisationDatabase(const Entry &entry) const;

    std::unique_ptr<QSettings> m_settings;
    Database *m_database = nullptr;
};
