#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Adds one or more audio files to the library with the metadata a coding needs: practitioner
// and team at the time, family case code, recorded date, session type, selection reason, and
// both consents with their dates. Required fields are checked with a clear message each; a
// file whose audio (by SHA-256) is already in the library, or that is not audio, is refused
// with its reason while the others are added.
class RecordingImportDialog : public QDialog {
    Q_OBJECT

public:
    RecordingImportDialog(Database &database, const QStringList &files, QWidget *parent = nullptr);

    void addFiles(const QStringList &files);
    QStringList files() const { return m_files; }

    // What is missing or wrong in the form, one message per problem; empty when complete.
    QStringList problems() const;
    // Adds the files; returns the new recording ids. *report lists what was added and refused.
    QList<qint64> importFiles(QString *report);
    QList<qint64> importedIds() const { return m_imported; }

    // The audio file types offered in the file chooser and accepted by drag and drop.
    static QStringList audioPatterns();
    static bool looksLikeAudio(const QString &path);

private:
    void fillChoices();
    void practitionerChanged();
    void updateConsentDates();
    void tryAccept();

    Database &m_database;
    QStringList m_files;
    QList<qint64> m_imported;
    bool m_finished = false;
    bool m_cutShort = false; // some file was added but is cut short: the user must see it
    QListWidget *m_fileList = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_family = nullptr;
    QDateEdit *m_recordedOn = nullptr;
    QComboBox *m_sessionType = nullptr;
    QComboBox *m_selectionReason = nullptr;
    QComboBox *m_practitionerConsent = nullptr;
    QLineEdit *m_practitionerConsentOn = nullptr;
    QComboBox *m_familyConsent = nullptr;
    QLineEdit *m_familyConsentOn = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_import = nullptr;
};
