#include "domain/ConsentRules.h"

#include <QTest>

class tst_ConsentRules : public QObject {
    Q_OBJECT

private slots:
    void consentProblemSaysWhy();
    void withdrawnNeedsAPurgedRecording();
    void withdrawnOnIsTheLaterRefusal();
    void duplicateAudioNamesTheRecording();

private:
    static Recording recording(const QString &practitioner, const QString &family);
};

Recording tst_ConsentRules::recording(const QString &practitioner, const QString &family) {
    Recording r;
    r.code = QStringLiteral("REC-20240402-1");
    r.practitionerConsent = practitioner;
    r.familyConsent = family;
    r.audioSha256 = QStringLiteral("a").repeated(64);
    r.audioPath = QStringLiteral("session.wav");
    return r;
}

void tst_ConsentRules::consentProblemSaysWhy() {
    const QString none = ConsentRules::consentProblem(
        recording(QStringLiteral("not_recorded"), QStringLiteral("not_recorded")));
    QVERIFY(none.contains(QStringLiteral("practitioner's consent is not recorded")));
    QVERIFY(none.contains(QStringLiteral("family's consent is not recorded")));
    QVERIFY(none.contains(QStringLiteral("REC-20240402-1")));
    QVERIFY(
        ConsentRules::consentProblem(recording(QStringLiteral("given"), QStringLiteral("verbal")))
            .isEmpty());
    QVERIFY(
        ConsentRules::consentProblem(recording(QStringLiteral("given"), QStringLiteral("written")))
            .isEmpty());
    QVERIFY(
        ConsentRules::consentProblem(recording(QStringLiteral("given"), QStringLiteral("refused")))
            .contains(QStringLiteral("family refused consent")));
}

void tst_ConsentRules::withdrawnNeedsAPurgedRecording() {
    Recording r = recording(QStringLiteral("given"), QStringLiteral("refused"));
    QVERIFY(!ConsentRules::isWithdrawn(r)); // the audio is still there
    r.audioPath.clear();
    QVERIFY(ConsentRules::isWithdrawn(r));
    r.audioSha256.clear(); // imported history without audio: nothing was purged
    QVERIFY(!ConsentRules::isWithdrawn(r));
}

void tst_ConsentRules::withdrawnOnIsTheLaterRefusal() {
    Recording r = recording(QStringLiteral("refused"), QStringLiteral("refused"));
    r.practitionerConsentOn = QDate(2024, 5, 1);
    r.familyConsentOn = QDate(2024, 4, 1);
    QCOMPARE(ConsentRules::withdrawnOn(r), QDate(2024, 5, 1));
    r.familyConsentOn = QDate(2024, 6, 1);
    QCOMPARE(ConsentRules::withdrawnOn(r), QDate(2024, 6, 1));
    r.audioPath.clear();
    QVERIFY(ConsentRules::withdrawnNotice(r).contains(QStringLiteral("withdrawn on 2024-06-01")));
}

void tst_ConsentRules::duplicateAudioNamesTheRecording() {
    Recording r = recording(QStringLiteral("given"), QStringLiteral("written"));
    QCOMPARE(ConsentRules::duplicateAudioMessage(r),
             QStringLiteral("This audio is already in the library as recording REC-20240402-1."));
    r.familyConsent = QStringLiteral("refused");
    r.familyConsentOn = QDate(2024, 4, 1);
    r.audioPath.clear();
    QVERIFY(ConsentRules::duplicateAudioMessage(r).contains(
        QStringLiteral("withdrawn on 2024-04-01. It was deleted then and cannot be added again")));
}

QTEST_GUILESS_MAIN(tst_ConsentRules)
#include "tst_ConsentRules.moc"
