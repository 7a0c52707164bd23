#include "common/FileDialog.h"
#include "services/RecordingsFolder.h"
#include "settings/Settings.h"
#include "shell/RecordingsFolderDialog.h"
#include "storage/Database.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// File ▸ Recordings folder…: the organisation's folder saved in the database, this computer's
// place for it saved on this computer, and what audio will be looked for in.
class tst_RecordingsFolderDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void savesTheOrganisationsFolderAndThisComputers();
    void showsWhereAudioIsLookedFor();
    void cancelChangesNothing();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void tst_RecordingsFolderDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db.open(m_dir.filePath(QStringLiteral("folder.sqlite")));
}

void tst_RecordingsFolderDialog::savesTheOrganisationsFolderAndThisComputers() {
    QTemporaryDir share;
    {
        RecordingsFolderDialog dialog(m_db);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("organisationRootField")),
                         QStringLiteral("\\\\council\\share\\recordings"));
        FileDialog::setNextFileName(share.path());
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("browseThisComputerButton")),
            Qt::LeftButton);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("thisComputerRootField"))->text(),
                 QDir::toNativeSeparators(share.path()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    RecordingsFolder folder(m_db);
    QCOMPARE(folder.organisationRoot(), QStringLiteral("\\\\council\\share\\recordings"));
    QCOMPARE(Settings().recordingsRoot(), QDir::cleanPath(share.path()));
    QCOMPARE(folder.root(), QDir::cleanPath(share.path()));

    // Opened again, it shows what was saved.
    RecordingsFolderDialog again(m_db);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("organisationRootField"))->text(),
             QStringLiteral("\\\\council\\share\\recordings"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("thisComputerRootField"))->text(),
             QDir::toNativeSeparators(share.path()));
}

void tst_RecordingsFolderDialog::showsWhereAudioIsLookedFor() {
    RecordingsFolderDialog dialog(m_db);
    auto *organisation = dialog.findChild<QLineEdit *>(QStringLiteral("organisationRootField"));
    auto *thisComputer = dialog.findChild<QLineEdit *>(QStringLiteral("thisComputerRootField"));
    auto *effective = dialog.findChild<QLabel *>(QStringLiteral("effectiveRootLabel"));
    organisation->setText(QStringLiteral("/mnt/recordings"));
    thisComputer->clear();
    QVERIFY2(effective->text().contains(QStringLiteral("/mnt/recordings")),
             qPrintable(effective->text()));
    thisComputer->setText(QStringLiteral("/media/share"));
    QVERIFY2(effective->text().contains(QStringLiteral("/media/share")),
             qPrintable(effective->text()));
    organisation->clear();
    thisComputer->clear();
    QVERIFY2(effective->text().contains(QStringLiteral("beside the database file")),
             qPrintable(effective->text()));
}

void tst_RecordingsFolderDialog::cancelChangesNothing() {
    const QString before = RecordingsFolder(m_db).organisationRoot();
    const QString machineBefore = Settings().recordingsRoot();
    RecordingsFolderDialog dialog(m_db);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("organisationRootField"))
        ->setText(QStringLiteral("/somewhere/else"));
    dialog.findChild<QLineEdit *>(QStringLiteral("thisComputerRootField"))
        ->setText(QStringLiteral("/another/place"));
    dialog.reject();
    QCOMPARE(RecordingsFolder(m_db).organisationRoot(), before);
    QCOMPARE(Settings().recordingsRoot(), machineBefore);
}

QTEST_MAIN(tst_RecordingsFolderDialog)
#include "tst_RecordingsFolderDialog.moc"
