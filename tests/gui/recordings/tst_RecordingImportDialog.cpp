// Adding recordings to the library (many files at once, each with its own details; required
// fields, duplicates by SHA-256, files that are not audio or are cut short; dates typed as people
// type them) and relinking moved audio with "Locate…".

#include "AudioFixtures.h"
#include "CodingTestFixture.h"

#include "audio/AudioProbe.h"
#include "audio/TimeText.h"
#include "common/DateField.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "recordings/LocateRecordingDialog.h"
#include "recordings/RecordingImportDialog.h"
#include "recordings/RecordingLibraryActions.h"
#include "recordings/RecordingsView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class tst_RecordingImportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void requiredFieldsAreNamed();
    void addsAudioOnceOnly();
    void refusesAFileThatIsNotAudio();
    void flagsAFileCutShort();
    void flagsATruncatedMp3BeforeAdding();
    void fourFilesGetFourRowsWithTheirOwnDetails();
    void applyToAllAsksBeforeReplacingWhatWasSet();
    void datesAreTypedAsPeopleTypeThem();
    void theRecordedDateIsSuggestedFromTheFile();
    void filesDroppedOnTheDialogGetARowEach();
    void aFailureStopsTheRestOnlyWhenAsked();
    void locateFindsTheMovedFileByItsContents();
    void spreadsheetImportsGiveTheSameReportAsTheCommandLine();

private:
    QString makeTone(const QString &name, int seconds, int frequency);
    void fill(RecordingImportDialog &dialog);
    void choose(RecordingImportDialog &dialog, const char *name, const QString &key);
    QString cell(RecordingImportDialog &dialog, int row, int column);
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

void tst_RecordingImportDialog::choose(RecordingImportDialog &dialog, const char *name,
                                       const QString &key) {
    auto *combo = dialog.findChild<QComboBox *>(QLatin1String(name));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(key));
}

QString tst_RecordingImportDialog::cell(RecordingImportDialog &dialog, int row, int column) {
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importFiles"));
    return table && table->item(row, column) ? table->item(row, column)->text() : QString();
}

// Fills in the chosen row of the dialog.
void tst_RecordingImportDialog::fill(RecordingImportDialog &dialog) {
    auto *practitioner = dialog.findChild<QComboBox *>(QStringLiteral("importPractitioner"));
    practitioner->setCurrentIndex(practitioner->findData(m_fixture.practitionerId));
    dialog.findChild<QLineEdit *>(QStringLiteral("importFamily"))
        ->setText(QStringLiteral("F-2001"));
    dialog.findChild<QLineEdit *>(QStringLiteral("importRecordedOn"))
        ->setText(QStringLiteral("2024-03-04"));
    choose(dialog, "importSessionType", QStringLiteral("home_visit"));
    choose(dialog, "importSelectionReason", QStringLiteral("random"));
    choose(dialog, "importPractitionerConsent", QStringLiteral("given"));
    choose(dialog, "importFamilyConsent", QStringLiteral("verbal"));
    dialog.findChild<QLineEdit *>(QStringLiteral("importPractitionerConsentOn"))
        ->setText(QStringLiteral("2024-03-01"));
    dialog.findChild<QLineEdit *>(QStringLiteral("importFamilyConsentOn"))
        ->setText(QStringLiteral("2024-03-02"));
}

void tst_RecordingImportDialog::requiredFieldsAreNamed() {
    RecordingImportDialog empty(m_db, {});
    QCOMPARE(empty.problems(), QStringList{QStringLiteral("Add at least one audio file.")});

    const QString tone = makeTone(QStringLiteral("required.wav"), 1, 550);
    RecordingImportDialog dialog(m_db, {tone});
    const QString text = dialog.problems().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("required.wav: Choose the practitioner")),
             qPrintable(text));
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
    QCOMPARE(dialog.problems(),
             QStringList{QStringLiteral("required.wav: Give the date of the family's consent, "
                                        "such as 25/11/2026, 25 Nov 2026 or 2026-11-25.")});

    // Audio whose consent was refused is never added.
    choose(dialog, "importFamilyConsent", QStringLiteral("refused"));
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
    // Its row says why, and it cannot be ticked.
    QVERIFY2(!cell(dialog, 0, 6).isEmpty() && cell(dialog, 0, 6) != QStringLiteral("Ready"),
             qPrintable(cell(dialog, 0, 6)));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importFiles"));
    QCOMPARE(table->item(0, 0)->checkState(), Qt::Unchecked);
    table->item(0, 0)->setCheckState(Qt::Checked);
    QVERIFY(dialog.batch().tickedRows().isEmpty());
    QString report;
    QVERIFY(dialog.importFiles(&report).isEmpty());
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
    // Flagged before anything is added, with the length it really has, and left out unless the
    // user ticks it.
    const QString stops =
        QStringLiteral("Sound stops at %1 although the file says 0:10.").arg(cell(dialog, 0, 1));
    QCOMPARE(cell(dialog, 0, 6), stops);
    QVERIFY(dialog.batch().tickedRows().isEmpty());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importFiles"));
    QCOMPARE(table->item(0, 0)->checkState(), Qt::Unchecked);
    table->item(0, 0)->setCheckState(Qt::Checked);
    QString report;
    const QList<qint64> ids = dialog.importFiles(&report);
    QCOMPARE(ids.size(), 1);
    QVERIFY2(report.contains(QStringLiteral("Added, although cut short:\ncut.wav: ") + stops),
             qPrintable(report));
    // The length stored is the sound the file holds, about half of the ten seconds.
    const qint64 stored = RecordingRepository(m_db).find(ids.first())->durationMs;
    QVERIFY2(stored > 4000 && stored < 6000, qPrintable(QString::number(stored)));
    QCOMPARE(TimeText::compact(stored), cell(dialog, 0, 1));
}

void tst_RecordingImportDialog::flagsATruncatedMp3BeforeAdding() {
    // The file from the field: 3:00 long by its header, its sound stopping at 0:37.
    const QString whole = m_dir.filePath(QStringLiteral("three-minutes.mp3"));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 180, 22050), whole,
                                     {QStringLiteral("-b:a"), QStringLiteral("32k")}, &why),
             qPrintable(why));
    const QString cut = m_dir.filePath(QStringLiteral("visit-cut.mp3"));
    QVERIFY(AudioFixtures::writeBytes(cut, AudioFixtures::readBytes(whole).left(150000)));
    const int before = recordingCount();
    RecordingImportDialog dialog(m_db, {cut});
    fill(dialog);
    QCOMPARE(cell(dialog, 0, 6),
             QStringLiteral("Sound stops at 0:37 although the file says 3:00."));
    QCOMPARE(cell(dialog, 0, 1), QStringLiteral("0:37"));
    QCOMPARE(dialog.problems(), QStringList{QStringLiteral("Add at least one audio file.")});
    QCOMPARE(dialog.importFiles(nullptr).size(), 0);
    QCOMPARE(recordingCount(), before);
}

void tst_RecordingImportDialog::fourFilesGetFourRowsWithTheirOwnDetails() {
    QStringList files;
    for (int i = 0; i < 4; ++i)
        files.append(makeTone(QStringLiteral("four-%1.wav").arg(i), 1, 300 + 100 * i));
    RecordingImportDialog dialog(m_db, {});
    // All four from one choice in the file chooser.
    FileDialog::setNextFileNames(files);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importAddFiles")),
                      Qt::LeftButton);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importFiles"));
    QCOMPARE(table->rowCount(), 4);

    // The shared details once, applied to all; then each file's own family, date and type.
    dialog.setCurrentFile(0);
    fill(dialog);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importApplyToAll")),
                      Qt::LeftButton);
    const QStringList types = {QStringLiteral("home_visit"), QStringLiteral("office"),
                               QStringLiteral("telephone"), QStringLiteral("other")};
    for (int i = 0; i < 4; ++i) {
        table->setCurrentCell(i, 0);
        QCOMPARE(dialog.currentFile(), i);
        auto *family = dialog.findChild<QLineEdit *>(QStringLiteral("importFamily"));
        family->clear();
        QTest::keyClicks(family, QStringLiteral("F-30%1").arg(i + 1));
        auto *date = dialog.findChild<QLineEdit *>(QStringLiteral("importRecordedOn"));
        date->clear();
        QTest::keyClicks(date, QStringLiteral("0%1/05/2024").arg(i + 1));
        choose(dialog, "importSessionType", types.at(i));
    }
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));
    QString report;
    const QList<qint64> ids = dialog.importFiles(&report);
    QCOMPARE(ids.size(), 4);
    QSet<QString> distinct;
    for (int i = 0; i < 4; ++i) {
        const auto recording = RecordingRepository(m_db).find(ids.at(i));
        QCOMPARE(recording->recordedOn, QDate(2024, 5, i + 1));
        QCOMPARE(recording->sessionType, types.at(i));
        QCOMPARE(recording->practitionerId, m_fixture.practitionerId);
        QCOMPARE(recording->familyConsentOn, QDate(2024, 3, 2));
        QSqlQuery family(m_db.connection());
        QVERIFY(family.exec(QStringLiteral("SELECT case_code FROM families WHERE id = %1")
                                .arg(recording->familyId)));
        QVERIFY(family.next());
        QCOMPARE(family.value(0).toString(), QStringLiteral("F-30%1").arg(i + 1));
        distinct.insert(
            QStringLiteral("%1|%2|%3")
                .arg(recording->familyId)
                .arg(recording->recordedOn.toString(Qt::ISODate), recording->sessionType));
    }
    QCOMPARE(distinct.size(), 4);
}

void tst_RecordingImportDialog::applyToAllAsksBeforeReplacingWhatWasSet() {
    QStringList files;
    for (int i = 0; i < 3; ++i)
        files.append(makeTone(QStringLiteral("apply-%1.wav").arg(i), 1, 250 + 50 * i));
    RecordingImportDialog dialog(m_db, files);
    dialog.setCurrentFile(1);
    choose(dialog, "importSessionType", QStringLiteral("office"));
    dialog.setCurrentFile(0);
    choose(dialog, "importSessionType", QStringLiteral("home_visit"));
    choose(dialog, "importSelectionReason", QStringLiteral("random"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("importApplyToAll"));

    // No: only what is still empty is filled in; the office visit stays one.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("apply-1.wav")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(dialog.batch().rows().at(1).details.sessionType, QStringLiteral("office"));
    QCOMPARE(dialog.batch().rows().at(1).details.selectionReason, QStringLiteral("random"));
    QCOMPARE(dialog.batch().rows().at(2).details.sessionType, QStringLiteral("home_visit"));

    // Yes: replaced.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.batch().rows().at(1).details.sessionType, QStringLiteral("home_visit"));
    // The family stays each file's own.
    dialog.findChild<QLineEdit *>(QStringLiteral("importFamily"))->setText(QStringLiteral("F-1"));
    MessageBox::clearLastText();
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().isEmpty()); // nothing set elsewhere would be replaced now
    QVERIFY(dialog.batch().rows().at(2).familyCaseCode.isEmpty());
}

void tst_RecordingImportDialog::datesAreTypedAsPeopleTypeThem() {
    const QString tone = makeTone(QStringLiteral("dates.wav"), 1, 720);
    RecordingImportDialog dialog(m_db, {tone});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *date = dialog.findChild<DateField *>(QStringLiteral("importRecordedOn"));
    QVERIFY(date);
    // Typed in one go, the way that came out as 2026-11-11 and then 2026-11-20.
    for (const QString &typed : {QStringLiteral("2024-11-25"), QStringLiteral("25/11/2024"),
                                 QStringLiteral("25-11-2024"), QStringLiteral("25 Nov 2024")}) {
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, typed);
        QCOMPARE(dialog.batch().rows().at(0).details.recordedOn, QDate(2024, 11, 25));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(date->text(), QStringLiteral("2024-11-25"));
    }
    date->setText(QStringLiteral("31/02/2024"));
    QVERIFY(date->isUnreadable());
    QVERIFY2(dialog.problems()
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("dates.wav: Give the date of the session")),
             qPrintable(dialog.problems().join(QLatin1Char('\n'))));
}

void tst_RecordingImportDialog::theRecordedDateIsSuggestedFromTheFile() {
    const QString tagged = m_dir.filePath(QStringLiteral("tagged.mp3"));
    QString why;
    QVERIFY2(AudioFixtures::generate(
                 AudioFixtures::tone(440, 1, 8000), tagged,
                 {QStringLiteral("-metadata"), QStringLiteral("date=2024-06-14")}, &why),
             qPrintable(why));
    const QString plain = makeTone(QStringLiteral("untagged.wav"), 1, 480);
    QFile file(plain);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime(QDate(2024, 2, 3), QTime(15, 0)),
                             QFileDevice::FileModificationTime));
    file.close();
    RecordingImportDialog dialog(m_db, {tagged, plain});
    QCOMPARE(cell(dialog, 0, 2), QStringLiteral("2024-06-14 (suggested)"));
    auto *source = dialog.findChild<QLabel *>(QStringLiteral("importDateSource"));
    QVERIFY2(source->text().contains(QStringLiteral("recording's own date")),
             qPrintable(source->text()));
    dialog.setCurrentFile(1);
    QCOMPARE(cell(dialog, 1, 2), QStringLiteral("2024-02-03 (suggested)"));
    QVERIFY2(source->text().contains(QStringLiteral("when the file was last changed")),
             qPrintable(source->text()));
    // Once the user gives the date, it is theirs and no longer a suggestion.
    dialog.findChild<QLineEdit *>(QStringLiteral("importRecordedOn"))
        ->setText(QStringLiteral("04/02/2024"));
    QCOMPARE(cell(dialog, 1, 2), QStringLiteral("2024-02-04"));
    QVERIFY(source->text().isEmpty());
}

void tst_RecordingImportDialog::filesDroppedOnTheDialogGetARowEach() {
    RecordingImportDialog dialog(m_db, {});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(makeTone(QStringLiteral("drop-1.wav"), 1, 610)),
                  QUrl::fromLocalFile(makeTone(QStringLiteral("drop-2.wav"), 1, 620)),
                  QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("import.sqlite")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    QCOMPARE(dialog.files().size(), 2); // the database is not audio, so it is left out
    QCOMPARE(cell(dialog, 1, 0), QStringLiteral("drop-2.wav"));
}

void tst_RecordingImportDialog::aFailureStopsTheRestOnlyWhenAsked() {
    const QString first = makeTone(QStringLiteral("stop-1.wav"), 1, 810);
    RecordingImportDialog once(m_db, {first});
    fill(once);
    QCOMPARE(once.importFiles(nullptr).size(), 1);
    // A copy of audio already added is refused; the file after it is added unless the user
    // chose to stop at the first failure.
    const QString copy = m_dir.filePath(QStringLiteral("stop-1-copy.wav"));
    QVERIFY(QFile::copy(first, copy));
    const QString next = makeTone(QStringLiteral("stop-2.wav"), 1, 830);
    for (const bool stop : {true, false}) {
        RecordingImportDialog dialog(m_db, {copy, next});
        for (int row = 0; row < 2; ++row) {
            dialog.setCurrentFile(row);
            fill(dialog);
        }
        dialog.findChild<QCheckBox *>(QStringLiteral("importStopOnFailure"))->setChecked(stop);
        QString report;
        const QList<qint64> ids = dialog.importFiles(&report);
        QVERIFY2(report.contains(QStringLiteral("Not added:\nstop-1-copy.wav: ")),
                 qPrintable(report));
        if (stop) {
            QCOMPARE(ids.size(), 0);
            QVERIFY2(report.contains(QStringLiteral("stop-2.wav: not tried")), qPrintable(report));
        } else {
            QCOMPARE(ids.size(), 1);
            QVERIFY2(report.contains(QStringLiteral("Added: stop-2.wav as ")), qPrintable(report));
        }
    }
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
