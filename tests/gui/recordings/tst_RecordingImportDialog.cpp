// Adding recordings to the library (required fields, duplicates by SHA-256, files that are not
// audio) and relinking moved audio with "Locate…".

#include "CodingTestFixture.h"

#include "audio/AudioProbe.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "recordings/LocateRecordingDialog.h"
#include "recordings/RecordingImportDialog.h"
#include "recordings/RecordingLibraryActions.h"
#include "recordings/RecordingsView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_RecordingImportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void requiredFieldsAreNamed();
    void addsAudioOnceOnly();
    void refusesAFileThatIsNotAudio();
    void flagsAFileCutShort();
    void locateFindsTheMovedFileByItsContents();
    void spreadsheetImportsGiveTheSameReportAsTheCommandLine();

private:
    QString makeTone(const QString &name, int seconds, int frequency);
    void fill(RecordingImportDialog &dialog);
    int recordingCount();

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
};

void tst_RecordingImportDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_db.open(m_dir.filePath(QStringLiteral("import.sqlite")));
    m_fixture.build(m_db);
}

QString tst_RecordingImportDialog::makeTone(const QString &name, int seconds, int frequency) {
    const QString path = m_dir.filePath(name);
    QProcess sox;
    sox.start(QStringLiteral("sox"),
              {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"),
               QStringLiteral("-c"), QStringLiteral("1"), path, QStringLiteral("synth"),
               QString::number(seconds), QStringLiteral("sine"), QString::number(frequency)});
    if (!sox.waitForFinished(30000) || sox.exitCode() != 0)
        return {};
    return path;
}

int tst_RecordingImportDialog::recordingCount() {
    QSqlQuery query(m_db.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM recordings")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

void tst_RecordingImportDialog::fill(RecordingImportDialog &dialog) {
    auto *practitioner = dialog.findChild<QComboBox *>(QStringLiteral("importPractitioner"));
    practitioner->setCurrentIndex(practitioner->findData(m_fixture.practitionerId));
    dialog.findChild<QLineEdit *>(QStringLiteral("importFamily"))
        ->setText(QStringLiteral("F-2001"));
    auto choose = [&dialog](const char *name, const char *key) {
        auto *combo = dialog.findChild<QComboBox *>(QLatin1String(name));
        combo->setCurrentIndex(combo->findData(QLatin1String(key)));
    };
    choose("importSessionType", "home_visit");
    choose("importSelectionReason", "random");
    choose("importPractitionerConsent", "given");
    choose("importFamilyConsent", "verbal");
    dialog.findChild<QLineEdit *>(QStringLiteral("importPractitionerConsentOn"))
        ->setText(QStringLiteral("2024-03-01"));
    dialog.findChild<QLineEdit *>(QStringLiteral("importFamilyConsentOn"))
        ->setText(QStringLiteral("2024-03-02"));
}

void tst_RecordingImportDialog::requiredFieldsAreNamed() {
    RecordingImportDialog dialog(m_db, {});
    const QStringList problems = dialog.problems();
    const QString text = problems.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Add at least one audio file")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Choose the practitioner")));
    QVERIFY(text.contains(QStringLiteral("family's case code")));
    QVERIFY(text.contains(QStringLiteral("session type")));
    QVERIFY(text.contains(QStringLiteral("why this session was selected")));
    QVERIFY(text.contains(QStringLiteral("practitioner's consent")));
    QVERIFY(text.contains(QStringLiteral("family's consent")));

    // Choosing the practitioner fills in the team they were in; a consent date is then needed.
    fill(dialog);
    QCOMPARE(
        dialog.findChild<QComboBox *>(QStringLiteral("importTeam"))->currentData().toLongLong(),
        m_fixture.teamId);
    dialog.findChild<QLineEdit *>(QStringLiteral("importFamilyConsentOn"))
        ->setText(QStringLiteral("2 March"));
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("Add at least one audio file.")} +
                                    QStringList{QStringLiteral(
                                        "Give the date of the family's consent as YYYY-MM-DD.")});

    // Audio whose consent was refused is never added.
    auto *familyConsent = dialog.findChild<QComboBox *>(QStringLiteral("importFamilyConsent"));
    familyConsent->setCurrentIndex(familyConsent->findData(QStringLiteral("refused")));
    QVERIFY(dialog.problems()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("Consent was refused, so this audio must not be kept")));
}

void tst_RecordingImportDialog::addsAudioOnceOnly() {
    const QString tone = makeTone(QStringLiteral("visit.wav"), 2, 440);
    QVERIFY(!tone.isEmpty());
    const int before = recordingCount();
    RecordingImportDialog dialog(m_db, {tone});
    fill(dialog);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    QString report;
    const QList<qint64> ids = dialog.importFiles(&report);
    QCOMPARE(ids.size(), 1);
    const auto recording = RecordingRepository(m_db).find(ids.first());
    QCOMPARE(recording->audioSha256, AudioProbe::sha256(tone, nullptr));
    QVERIFY(qAbs(recording->durationMs - 2000) < 100);
    QCOMPARE(recording->familyConsent, QStringLiteral("verbal"));
    QCOMPARE(recording->familyConsentOn, QDate(2024, 3, 2));
    QVERIFY(recording->consentAllowsCoding());

    // The same audio under another name is refused, and says which recording has it.
    const QString copy = m_dir.filePath(QStringLiteral("visit-copy.wav"));
    QVERIFY(QFile::copy(tone, copy));
    RecordingImportDialog again(m_db, {copy});
    fill(again);
    QVERIFY(again.importFiles(&report).isEmpty());
    QVERIFY2(report.contains(
                 QStringLiteral("already in the library as recording %1").arg(recording->code)),
             qPrintable(report));
    QCOMPARE(recordingCount(), before + 1);
}

void tst_RecordingImportDialog::refusesAFileThatIsNotAudio() {
    QFile text(m_dir.filePath(QStringLiteral("notes.mp3")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("These are typed notes, not a recording.\n");
    text.close();
    const int before = recordingCount();
    RecordingImportDialog dialog(m_db, {text.fileName()});
    fill(dialog);
    QString report;
    QVERIFY(dialog.importFiles(&report).isEmpty());
    QVERIFY2(report.contains(QStringLiteral("notes.mp3: ")), qPrintable(report));
    QCOMPARE(recordingCount(), before);
}

void tst_RecordingImportDialog::flagsAFileCutShort() {
    const QString tone = makeTone(QStringLiteral("cut.wav"), 10, 330);
    QVERIFY(!tone.isEmpty());
    QFile file(tone);
    QVERIFY(file.resize(file.size() / 2));
    RecordingImportDialog dialog(m_db, {tone});
    fill(dialog);
    dialog.findChild<QLineEdit *>(QStringLiteral("importFamily"))
        ->setText(QStringLiteral("F-2002"));
    QString report;
    // Added, since it plays up to where it breaks, but said to be cut short.
    QCOMPARE(dialog.importFiles(&report).size(), 1);
    QVERIFY2(report.contains(QStringLiteral("Added, but cut short:")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("cut.wav appears to be cut short")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("0:10")), qPrintable(report));
}

void tst_RecordingImportDialog::locateFindsTheMovedFileByItsContents() {
    const QString tone = makeTone(QStringLiteral("moving.wav"), 1, 660);
    RecordingImportDialog dialog(m_db, {tone});
    fill(dialog);
    const QList<qint64> ids = dialog.importFiles(nullptr);
    QCOMPARE(ids.size(), 1);
    const QString sha = RecordingRepository(m_db).find(ids.first())->audioSha256;

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("shared/2024")));
    const QString moved = m_dir.filePath(QStringLiteral("shared/2024/renamed.wav"));
    QVERIFY(QFile::rename(tone, moved));
    QCOMPARE(LocateRecordingDialog::searchFolder(m_dir.filePath(QStringLiteral("shared")), sha),
             moved);

    LocateRecordingDialog locate(m_db, ids.first());
    const QString other = makeTone(QStringLiteral("other.wav"), 1, 220);
    QVERIFY(!locate.relinkTo(other)); // different contents: never attached
    QVERIFY(locate.relinkTo(moved));
    QCOMPARE(RecordingRepository(m_db).find(ids.first())->audioPath, moved);
}

void tst_RecordingImportDialog::spreadsheetImportsGiveTheSameReportAsTheCommandLine() {
    RecordingsView view(m_db);
    auto *actions = view.findChild<RecordingLibraryActions *>();
    QVERIFY(actions);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("addRecordings")));
    const int before = recordingCount();
    FileDialog::setNextFileName(
        QStringLiteral(PC_TEST_DATA "/codings/codings-unknown-practitioner.csv"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions->importCsv(QStringLiteral("codings"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("line 3: unknown practitioner P999")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(recordingCount(), before);

    FileDialog::setNextFileName(QStringLiteral(PC_TEST_DATA "/codings/staff.csv"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions->importCsv(QStringLiteral("staff"));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("imported 3 rows")),
             qPrintable(MessageBox::lastText()));
}

QTEST_MAIN(tst_RecordingImportDialog)
#include "tst_RecordingImportDialog.moc"
