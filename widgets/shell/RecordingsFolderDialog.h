#pragma once

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// File ▸ Recordings folder…: where the audio files are. The organisation's recordings folder
// (a UNC or mount path, kept in the database for everyone, audited) and, for this computer
// only, where that folder is here ("On this computer, the recordings folder is at …"). The
// rules are RecordingsFolder's; this dialog only shows and saves them.
class RecordingsFolderDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecordingsFolderDialog(Database &database, QWidget *parent = nullptr);

private:
    void chooseThisComputersFolder();
    void updateEffective();
    void save();

    Database &m_database;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_thisComputer = nullptr;
    QLabel *m_effective = nullptr;
    QLabel *m_problem = nullptr;
    QString m_organisationBefore;
};
