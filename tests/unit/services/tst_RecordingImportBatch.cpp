// The rows of one "Add recordings": each file's own details, "apply to all" that never quietly
// replaces what the user set on a row, files cut short left out until ticked.

#include "services/RecordingImportBatch.h"

#include <QTest>

class tst_RecordingImportBatch : public QObject {
    Q_OBJECT

private slots:
    void eachFileHasItsOwnRow();
    void aFileCutShortOrNotAudioStartsUnticked();
    void applyToAllFillsOnlyWhatTheUserHasNotSet();
    void applyToAllReplacesWhenTheUserSaysSo();
    void problemsAreNamedPerRow();

private:
    static RecordingImport::FileCheck whole(const QDate &suggested = QDate(2024, 5, 1)) {
        RecordingImport::FileCheck check;
        check.durationMs = 60000;
        check.suggestedDate = suggested;
        return check;
    }
    static Recording complete() {
        Recording r;
        r.recordedOn = QDate(2024, 5, 1);
        r.practitionerId = 1;
        r.teamId = 2;
        r.sessionType = QStringLiteral("home_visit");
        r.selectionReason = QStringLiteral("routine");
        r.practitionerConsent = QStringLiteral("given");
        r.practitionerConsentOn = QDate(2024, 4, 1);
        r.familyConsent = QStringLiteral("written");
        r.familyConsentOn = QDate(2024, 4, 2);
        return r;
    }
};

void tst_RecordingImportBatch::eachFileHasItsOwnRow() {
    RecordingImportBatch batch;
    QVERIFY(batch.addFile(QStringLiteral("/tmp/a.mp3"), whole(QDate(2024, 5, 1))));
    QVERIFY(batch.addFile(QStringLiteral("/tmp/b.mp3"), whole(QDate(2024, 5, 2))));
    QVERIFY(!batch.addFile(QStringLiteral("/tmp/a.mp3"), whole())); // the same file once
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.rows().at(1).details.recordedOn, QDate(2024, 5, 2)); // its own suggestion
    Recording first = complete();
    batch.edit(0, first, QStringLiteral("F-1"));
    Recording second = complete();
    second.sessionType = QStringLiteral("office");
    batch.edit(1, second, QStringLiteral("F-2"));
    QCOMPARE(batch.rows().at(0).familyCaseCode, QStringLiteral("F-1"));
    QCOMPARE(batch.rows().at(1).familyCaseCode, QStringLiteral("F-2"));
    QCOMPARE(batch.rows().at(1).details.sessionType, QStringLiteral("office"));
    QCOMPARE(batch.tickedRows(), (QList<int>{0, 1}));
}

void tst_RecordingImportBatch::aFileCutShortOrNotAudioStartsUnticked() {
    RecordingImportBatch batch;
    RecordingImport::FileCheck cut = whole();
    cut.cutShort = QStringLiteral("Sound stops at 0:37 although the file says 3:00.");
    RecordingImport::FileCheck notAudio;
    notAudio.problem = QStringLiteral("not audio");
    batch.addFile(QStringLiteral("/tmp/cut.mp3"), cut);
    batch.addFile(QStringLiteral("/tmp/notes.mp3"), notAudio);
    QVERIFY(batch.tickedRows().isEmpty());
    batch.setTicked(0, true); // the user read it, and adds it all the same
    batch.setTicked(1, true); // never: it cannot be added
    QCOMPARE(batch.tickedRows(), QList<int>{0});
    QCOMPARE(batch.problems(1), QStringList{QStringLiteral("not audio")});
}

void tst_RecordingImportBatch::applyToAllFillsOnlyWhatTheUserHasNotSet() {
    RecordingImportBatch batch;
    for (const char *name : {"/tmp/a.mp3", "/tmp/b.mp3", "/tmp/c.mp3"})
        batch.addFile(QLatin1String(name), whole());
    Recording office;
    office.recordedOn = QDate(2024, 5, 1);
    office.sessionType = QStringLiteral("office");
    batch.edit(1, office, QStringLiteral("F-2"));
    batch.edit(0, complete(), QStringLiteral("F-1"));
    QCOMPARE(batch.wouldOverwrite(0), QStringList{QStringLiteral("b.mp3")});
    batch.applyToAll(0, false);
    QCOMPARE(batch.rows().at(1).details.sessionType, QStringLiteral("office")); // kept
    QCOMPARE(batch.rows().at(1).details.practitionerId, qint64(1));             // filled
    QCOMPARE(batch.rows().at(2).details.sessionType, QStringLiteral("home_visit"));
    QCOMPARE(batch.rows().at(2).details.familyConsentOn, QDate(2024, 4, 2));
    // The family is each file's own.
    QCOMPARE(batch.rows().at(2).familyCaseCode, QString());
    QCOMPARE(batch.rows().at(1).familyCaseCode, QStringLiteral("F-2"));
}

void tst_RecordingImportBatch::applyToAllReplacesWhenTheUserSaysSo() {
    RecordingImportBatch batch;
    batch.addFile(QStringLiteral("/tmp/a.mp3"), whole());
    batch.addFile(QStringLiteral("/tmp/b.mp3"), whole());
    Recording office = complete();
    office.sessionType = QStringLiteral("office");
    batch.edit(1, office, QStringLiteral("F-2"));
    batch.edit(0, complete(), QStringLiteral("F-1"));
    batch.applyToAll(0, true);
    QCOMPARE(batch.rows().at(1).details.sessionType, QStringLiteral("home_visit"));
    QVERIFY(batch.wouldOverwrite(0).isEmpty()); // now the same everywhere
}

void tst_RecordingImportBatch::problemsAreNamedPerRow() {
    RecordingImportBatch batch;
    batch.addFile(QStringLiteral("/tmp/a.mp3"), whole());
    batch.addFile(QStringLiteral("/tmp/b.mp3"), whole());
    batch.edit(0, complete(), QStringLiteral("F-1"));
    QVERIFY2(batch.problems(0).isEmpty(), qPrintable(batch.problems(0).join(QLatin1Char('\n'))));
    const QString second = batch.problems(1).join(QLatin1Char('\n'));
    QVERIFY2(second.contains(QStringLiteral("Choose the practitioner.")), qPrintable(second));
    QVERIFY(second.contains(QStringLiteral("Enter the family's case code.")));
    Recording noDate = complete();
    noDate.familyConsentOn = QDate();
    batch.edit(1, noDate, QStringLiteral("F-2"));
    QCOMPARE(batch.problems(1),
             QStringList{QStringLiteral("Give the date of the family's consent, such as "
                                        "25/11/2026, 25 Nov 2026 or 2026-11-25.")});
    noDate.familyConsent = QStringLiteral("not_recorded");
    batch.edit(1, noDate, QStringLiteral("F-2"));
    QVERIFY(batch.problems(1).isEmpty());
}

QTEST_GUILESS_MAIN(tst_RecordingImportBatch)
#include "tst_RecordingImportBatch.moc"
