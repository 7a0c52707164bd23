// The consent dialog: recording a consent that was not recorded, and withdrawing one, with the
// confirmation declined (nothing changes) and accepted (codings and audio purged, the recordings
// list shows the consent refused).

#include "CodingTestFixture.h"

#include "audio/AudioProbe.h"
#include "common/DateField.h"
#include "common/MessageBox.h"
#include "itemmodels/RecordingsModel.h"
#include "recordings/ConsentDialog.h"
#include "recordings/RecordingsView.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class tst_ConsentDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsAConsentThatWasNotRecorded();
    void withdrawalDeclinedChangesNothing();
    void withdrawalAcceptedPurgesAndShowsRefused();
    void theRecordingsPageOpensItAndShowsTheRefusal();

private:
    qint64 addCodedRecording();
    int count(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    int m_round = 0;
    QString m_audioFile;
};

void tst_ConsentDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_ConsentDialog::init() {
    ++m_round;
    m_db.open(m_dir.filePath(QStringLiteral("consent-%1.sqlite").arg(m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
    Settings settings;
    settings.setRecordingsRoot(m_dir.path());
    settings.sync();
    MessageBox::clearLastText();
}

void tst_ConsentDialog::cleanup() {
    m_db.close();
}

int tst_ConsentDialog::count(const QString &sql) {
    QSqlQuery query(m_db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// A recording with both consents, its audio under the recordings folder and a final coding
// with two evidence notes.
qint64 tst_ConsentDialog::addCodedRecording() {
    m_audioFile = m_dir.filePath(QStringLiteral("session-%1.wav").arg(m_round));
    QFile file(m_audioFile);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(QByteArray("RIFF-not-really-audio-") + QByteArray::number(m_round));
    file.close();
    QString error;
    const QString sha = AudioProbe::sha256(m_audioFile, &error);
    const qint64 id = m_fixture.addRecording(m_db, true, sha);
    RecordingRepository(m_db).relink(id, QFileInfo(m_audioFile).fileName(), sha);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    const qint64 coding =
        codings.create(id, m_fixture.alice, QStringLiteral("primary"), scheme, 0, 60000);
    CodingTestFixture::scoreAll(codings, coding, 4);
    for (int i = 0; i < 2; ++i)
        addNoteNow(
            codings,
            EvidenceNote{
                0, coding, 1000 * i, {}, QStringLiteral("note"), QStringLiteral("A note"), 1});
    codings.finalise(coding, codingVersion(codings, coding), scheme, m_fixture.alice);
    return id;
}

void tst_ConsentDialog::recordsAConsentThatWasNotRecorded() {
    const qint64 id = m_fixture.addRecording(m_db, false);
    ConsentDialog dialog(m_db, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *practitioner = dialog.findChild<QComboBox *>(QStringLiteral("practitionerConsent"));
    auto *practitionerOn = dialog.findChild<DateField *>(QStringLiteral("practitionerConsentOn"));
    auto *family = dialog.findChild<QComboBox *>(QStringLiteral("familyConsent"));
    auto *familyOn = dialog.findChild<DateField *>(QStringLiteral("familyConsentOn"));
    QVERIFY(practitioner && practitionerOn && family && familyOn);
    QCOMPARE(practitioner->currentData().toString(), QStringLiteral("not_recorded"));
    QVERIFY(!practitionerOn->isEnabled());

    practitioner->setFocus();
    QTest::keyClick(practitioner, Qt::Key_Down); // Not recorded -> Given
    QCOMPARE(practitioner->currentData().toString(), QStringLiteral("given"));
    QVERIFY(practitionerOn->isEnabled());
    family->setCurrentIndex(family->findData(QStringLiteral("verbal")));
    // Dates are typed as people type them; one that is not a date is refused, never guessed.
    QSignalSpy changed(&dialog, &ConsentDialog::consentChanged);
    familyOn->clear();
    QTest::keyClicks(familyOn, QStringLiteral("31/02/2024"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveConsent")),
                      Qt::LeftButton);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("consentMessage"))->text(),
             QStringLiteral("Give the date of the family's consent, such as 25/11/2026, "
                            "25 Nov 2026 or 2026-11-25."));
    practitionerOn->clear();
    QTest::keyClicks(practitionerOn, QStringLiteral("01/03/2024"));
    familyOn->clear();
    QTest::keyClicks(familyOn, QStringLiteral("3 Mar 2024"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveConsent")),
                      Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto recording = RecordingRepository(m_db).find(id);
    QCOMPARE(recording->practitionerConsent, QStringLiteral("given"));
    QCOMPARE(recording->practitionerConsentOn, QDate(2024, 3, 1));
    QCOMPARE(recording->familyConsent, QStringLiteral("verbal"));
    QCOMPARE(recording->familyConsentOn, QDate(2024, 3, 3));
    QVERIFY(recording->consentAllowsCoding());
    const auto audit = AuditLog(m_db).entriesFor(QStringLiteral("recording"), id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("consent"));
    QCOMPARE(audit.first().detail,
             QStringLiteral("practitioner: not_recorded -> given 2024-03-01; family: "
                            "not_recorded -> verbal 2024-03-03"));
}

void tst_ConsentDialog::withdrawalDeclinedChangesNothing() {
    const qint64 id = addCodedRecording();
    QVERIFY(id > 0);
    ConsentDialog dialog(m_db, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *withdraw = dialog.findChild<QPushButton *>(QStringLiteral("familyWithdraw"));
    QVERIFY(withdraw && withdraw->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(withdraw, Qt::LeftButton);

    // The question says, in plain words, what goes for good; Cancel is the default.
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(QStringLiteral("1 coding, which is final")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("the 2 evidence notes")), qPrintable(asked));
    QVERIFY2(asked.contains(QDir::toNativeSeparators(m_audioFile)), qPrintable(asked));
    QVERIFY(asked.contains(QStringLiteral("Reports will no longer count this session")));
    QVERIFY(asked.contains(QStringLiteral("cannot be undone")));
    QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::Cancel);

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")), 2);
    QVERIFY(QFile::exists(m_audioFile));
    QCOMPARE(RecordingRepository(m_db).find(id)->familyConsent, QStringLiteral("written"));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("familyConsentState"))->isVisible());
}

void tst_ConsentDialog::withdrawalAcceptedPurgesAndShowsRefused() {
    const qint64 id = addCodedRecording();
    QVERIFY(id > 0);
    ConsentDialog dialog(m_db, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDate on = QDate::currentDate().addDays(-1);
    dialog.findChild<DateField *>(QStringLiteral("withdrawalDate"))->setDate(on);
    QSignalSpy changed(&dialog, &ConsentDialog::consentChanged);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("practitionerWithdraw")),
                      Qt::LeftButton);
    QCOMPARE(changed.count(), 1);

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")), 0);
    QVERIFY(!QFile::exists(m_audioFile));
    const auto recording = RecordingRepository(m_db).find(id);
    QCOMPARE(recording->practitionerConsent, QStringLiteral("refused"));
    QCOMPARE(recording->practitionerConsentOn, on);

    // The dialog now shows the withdrawal and what went, and offers nothing more to change.
    auto *state = dialog.findChild<QLabel *>(QStringLiteral("practitionerConsentState"));
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), QStringLiteral("Withdrawn on %1").arg(on.toString(Qt::ISODate)));
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("practitionerConsent"))->isVisible());
    const QString message = dialog.findChild<QLabel *>(QStringLiteral("consentMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("1 coding, 2 evidence notes and the audio file")),
             qPrintable(message));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveConsent"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("practitionerWithdraw"))->isVisible());
}

void tst_ConsentDialog::theRecordingsPageOpensItAndShowsTheRefusal() {
    const qint64 id = addCodedRecording();
    QVERIFY(id > 0);
    RecordingsView view(m_db);
    view.finishLoading();
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("recordingsTable"));
    table->setFocus();
    table->selectRow(0);
    QCOMPARE(view.currentRecordingId(), id);
    const QModelIndex consent = table->model()->index(0, RecordingsModel::ConsentColumn);
    QVERIFY(!consent.data().toString().contains(QStringLiteral("Refused")));

    // The dialog is modal: answer it from inside its own event loop.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&sawDialog] {
        auto *dialog = qobject_cast<ConsentDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("familyWithdraw")),
                          Qt::LeftButton);
        dialog->reject();
    });
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sawDialog);

    QTRY_VERIFY(table->model()
                    ->index(0, RecordingsModel::ConsentColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Refused")));
    QCOMPARE(table->model()->index(0, RecordingsModel::CodingsColumn).data().toInt(), 0);
    QCOMPARE(view.currentRecordingId(), id);
}

QTEST_MAIN(tst_ConsentDialog)
#include "tst_ConsentDialog.moc"
