#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// What a demo run may create, noted before it starts, so that a failed run (a full disk, say)
// removes exactly that and leaves nothing behind: no empty database, no half-filled
// demo-recordings folder, no folders made for them. Anything that was there before is left
// alone. The `demo` command and the GUI's --demo share it, so both clean up the same way.
class DemoLeftovers {
public:
    DemoLeftovers(const QString &databasePath, const QString &audioFolder);

    // Call only once every connection to the database is closed: SQLite removes nothing of its
    // own while one is open, and removing its files under it would lose its locks.
    void remove() const;

private:
    void noteMissingFolders(const QString &folder);

    QString m_database;
    bool m_databaseExisted;
    QString m_audioFolder;
    QSet<QString> m_audioBefore;
    QStringList m_newFolders; // parents before children
};
