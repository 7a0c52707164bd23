#pragma once

#include "services/RecordingImportBatch.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class Database;
class DateField;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

// Adds audio files to the library, many at once, each with its own details: practitioner and
// team at the time, family case code, recorded date, session type, selection reason, and both
// consents with their dates. The files are a table, one row each; the form below edits the
// chosen row, and "Apply to all files" copies the details a visit's files share to the others,
// asking before it replaces what was set on them. The recorded date is suggested from the
// file, and says where the suggestion came from. A file cut short is flagged, and left
// unticked, before anything is added. Each file is added whole or not at all, with a line
// for each one that was not.
class RecordingImportDialog : public QDialog {
    Q_OBJECT

public:
    RecordingImportDialog(Database &database, const QStringList &files, QWidget *parent = nullptr);

    void addFiles(const QStringList &files);
    QStringList files() const;
    // Chooses the row the form below edits.
    void setCurrentFile(int row);
    int currentFile() const { return m_current; }
    const RecordingImportBatch &batch() const { return m_batch; }

    // What is missing or wrong, one message per problem (the file's name first); empty when
    // every ticked file can be added.
    QStringList problems() const;
    // Adds the ticked files; returns the new recording ids. *report lists what was added and
    // refused.
    QList<qint64> importFiles(QString *report);
    QList<qint64> importedIds() const { return m_imported; }

    // The audio file types offered in the file chooser and accepted by drag and drop.
    static QStringList audioPatterns();
    static bool looksLikeAudio(const QString &path);
    // The local audio files among dropped ones.
    static QStringList audioFiles(const class QMimeData *mime);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildForm();
    void fillChoices();
    void practitionerChanged();
    void updateConsentDates();
    void formEdited();
    void showRow(int row);
    void refreshRow(int row);
    void applyToAll();
    void tryAccept();
    Recording formDetails() const;

    Database &m_database;
    RecordingImportBatch m_batch;
    QList<qint64> m_imported;
    int m_current = -1;
    bool m_loading = false;
    bool m_finished = false;
    QTableWidget *m_table = nullptr;
    QWidget *m_form = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_family = nullptr;
    DateField *m_recordedOn = nullptr;
    QLabel *m_dateSource = nullptr;
    QComboBox *m_sessionType = nullptr;
    QComboBox *m_selectionReason = nullptr;
    QComboBox *m_practitionerConsent = nullptr;
    DateField *m_practitionerConsentOn = nullptr;
    QComboBox *m_familyConsent = nullptr;
    DateField *m_familyConsentOn = nullptr;
    QPushButton *m_applyToAll = nullptr;
    QCheckBox *m_stopOnFailure = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_import = nullptr;
};
