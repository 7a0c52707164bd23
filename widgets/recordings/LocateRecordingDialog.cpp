#include "LocateRecordingDialog.h"

#include "RecordingImportDialog.h"
#include "audio/AudioProbe.h"
#include "common/FileDialog.h"
#include "services/ActingUser.h"
#include "services/RecordingImport.h"
#include "services/RecordingsFolder.h"
#include "settings/Settings.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LocateRecordingDialog::LocateRecordingDialog(Database &database, qint64 recordingId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_recordingId(recordingId) {
    setObjectName(QStringLiteral("locateRecordingDialog"));
    setWindowTitle(tr("Locate recording"));
    auto *layout = new QVBoxLayout(this);
    const auto recording = RecordingImport(database).find(recordingId);
    m_sha256 = recording ? recording->audioSha256 : QString();
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(recording
                       ? tr("The audio of recording <b>%1</b> was expected at<br><tt>%2</tt><br>"
                            "Pick the file where it is now, or let PracticeCoder search a "
                            "folder for it (the file is recognised by its contents, so it may "
                            "have been renamed).")
                             .arg(recording->code.toHtmlEscaped(),
                                  QDir::toNativeSeparators(recording->audioPath).toHtmlEscaped())
                       : tr("The recording no longer exists."));
    layout->addWidget(intro);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("locateStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *pick = buttons->addButton(tr("Choose the file…"), QDialogButtonBox::ActionRole);
    QPushButton *search = buttons->addButton(tr("Search a folder…"), QDialogButtonBox::ActionRole);
    search->setEnabled(!m_sha256.isEmpty());
    connect(pick, &QPushButton::clicked, this, &LocateRecordingDialog::pickFile);
    connect(search, &QPushButton::clicked, this, &LocateRecordingDialog::searchInFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_cancel = true;
        reject();
    });
    layout->addWidget(buttons);
    resize(520, 220);
}

bool LocateRecordingDialog::relinkTo(const QString &path) {
    QString error;
    const QString sha = AudioProbe::sha256(path, &error);
    if (sha.isEmpty()) {
        m_status->setText(error);
        return false;
    }
    try {
        const Settings settings;
        RecordingImport(m_database)
            .relink(m_recordingId, path, sha, RecordingsFolder(m_database).root(),
                    ActingUser::idOf(m_database, settings.coderUsername()));
    } catch (const StorageError &storageError) {
        m_status->setText(storageError.message());
        return false;
    }
    return true;
}

QString LocateRecordingDialog::searchFolder(const QString &folder, const QString &sha256,
                                            const std::atomic_bool *cancel) {
    QDirIterator it(folder, RecordingImportDialog::audioPatterns(), QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancel && *cancel)
            return {};
        const QString path = it.next();
        if (AudioProbe::sha256(path, nullptr, cancel).compare(sha256, Qt::CaseInsensitive) == 0)
            return path;
    }
    return {};
}

void LocateRecordingDialog::pickFile() {
    const QString path = FileDialog::openFileName(
        this, tr("Choose the recording's audio"), QString(),
        tr("Audio (%1)").arg(RecordingImportDialog::audioPatterns().join(QLatin1Char(' '))));
    if (!path.isEmpty() && relinkTo(path))
        accept();
}

void LocateRecordingDialog::searchInFolder() {
    const QString folder = FileDialog::existingFolder(this, tr("Search which folder?"), QString());
    if (folder.isEmpty())
        return;
    m_status->setText(tr("Searching %1…").arg(QDir::toNativeSeparators(folder)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString found = searchFolder(folder, m_sha256, &m_cancel);
    QApplication::restoreOverrideCursor();
    if (found.isEmpty()) {
        m_status->setText(
            tr("No file in %1 has this recording's audio.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (relinkTo(found))
        accept();
}
