#pragma once

#include <QDialog>
#include <QString>

#include <atomic>

class Database;
class QLabel;
class QPushButton;

// "Locate…" for a recording whose audio file has moved: pick the file, or search a folder (and
// its subfolders) for the file with the recording's SHA-256. The found file is checked against
// the stored hash before the recording is relinked, so the wrong audio can never be attached.
class LocateRecordingDialog : public QDialog {
    Q_OBJECT

public:
    LocateRecordingDialog(Database &database, qint64 recordingId, QWidget *parent = nullptr);

    // Relinks to `path` after checking its hash; false with the reason shown otherwise.
    bool relinkTo(const QString &path);
    // Searches `folder` for an audio file whose SHA-256 is `sha256`; empty when none.
    static QString searchFolder(const QString &folder, const QString &sha256,
                                const std::atomic_bool *cancel = nullptr);

private:
    void pickFile();
    void searchInFolder();

    Database &m_database;
    qint64 m_recordingId;
    QString m_sha256;
    QLabel *m_status = nullptr;
    std::atomic_bool m_cancel = false;
};
