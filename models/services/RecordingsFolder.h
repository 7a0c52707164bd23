#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class Database;
class Settings;

// Where the audio files are. Audio stays on the council's file share, not in the database, and
// the database stores paths relative to the organisation's recordings folder (a UNC or mount
// path, an organisation setting kept in the database). Each computer may say where that folder
// is on it ("On this computer, the recordings folder is at …", a machine setting), since one
// share is mounted at different places on different machines. A relative audio path resolves
// against this computer's folder, else the organisation's, else (for a database file) the
// database's own folder.
class RecordingsFolder {
    Q_DECLARE_TR_FUNCTIONS(RecordingsFolder)

public:
    // Reads and writes the organisation's folder in database and this computer's through
    // settings (the application's own when none is given).
    explicit RecordingsFolder(Database &database, Settings *settings = nullptr);
    ~RecordingsFolder();
    RecordingsFolder(const RecordingsFolder &) = delete;
    RecordingsFolder &operator=(const RecordingsFolder &) = delete;

    // The organisation's folder as stored; empty when none. Reading it never throws: a
    // database that cannot be read gives none, and the pages say what is wrong with it.
    QString organisationRoot() const;
    // Saves it, audited under the acting user. Throws StorageError.
    void setOrganisationRoot(const QString &root);
    // Where the organisation's folder is on this computer; empty when not said.
    QString thisComputersRoot() const;
    void setThisComputersRoot(const QString &root);

    // The folder audio paths are taken against on this computer: its own, else the
    // organisation's; empty when neither is set.
    QString root() const;
    static QString rootFrom(const QString &thisComputers, const QString &organisations);

    // The absolute path of a stored audio path on this computer; empty when it cannot be placed.
    QString resolve(const QString &stored) const;
    // The path to store for an audio file: relative to root() when under it, else as it is.
    QString toStored(const QString &absolutePath) const;

private:
    Database &m_database;
    Settings *m_settings;
    std::unique_ptr<Settings> m_ownSettings;
};
