#include "instruments/InstrumentCatalogue.h"
#include "measures/MeasureHeaderForm.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

// The questionnaire's header on its own: what it offers and what it hands back.
class tst_MeasureHeaderForm : public QObject {
    Q_OBJECT

private slots:
    void respondentIsKeptWhenStillOffered();
    void timepointIsReadInCapitals();
    void recordingsStartWithNone();
    void anUnknownQuestionnaireIsNotSelected();
};

void tst_MeasureHeaderForm::respondentIsKeptWhenStillOffered() {
    MeasureHeaderForm form(InstrumentCatalogue::builtIn());
    form.setRespondents({QStringLiteral("mother"), QStringLiteral("father")});
    form.selectRespondent(QStringLiteral("father"));
    form.setRespondents({QStringLiteral("child"), QStringLiteral("father")});
    QCOMPARE(form.respondent(), QStringLiteral("father"));
    form.setRespondents({QStringLiteral("practitioner")});
    QCOMPARE(form.respondent(), QStringLiteral("practitioner"));
}

void tst_MeasureHeaderForm::timepointIsReadInCapitals() {
    MeasureHeaderForm form(InstrumentCatalogue::builtIn());
    form.setTimepoint(QStringLiteral(" t2 "));
    QCOMPARE(form.timepoint(), QStringLiteral("T2"));
    auto *family = form.findChild<QLineEdit *>(QStringLiteral("familyEdit"));
    QVERIFY(family);
    family->setText(QStringLiteral("  F0123 "));
    QCOMPARE(form.familyCode(), QStringLiteral("F0123"));
}

void tst_MeasureHeaderForm::recordingsStartWithNone() {
    MeasureHeaderForm form(InstrumentCatalogue::builtIn());
    form.clearRecordings();
    QCOMPARE(form.recordingId(), 0);
    form.addRecording(QStringLiteral("REC-1 (2024-04-02)"), 41);
    form.addRecording(QStringLiteral("REC-2 (2024-05-02)"), 42);
    form.selectRecording(42);
    QCOMPARE(form.recordingId(), 42);
    form.selectRecording(99); // not offered: the choice stays
    QCOMPARE(form.recordingId(), 42);
    form.clearRecordings();
    QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("recordingCombo"))->count(), 1);
}

void tst_MeasureHeaderForm::anUnknownQuestionnaireIsNotSelected() {
    MeasureHeaderForm form(InstrumentCatalogue::builtIn());
    QSignalSpy changed(&form, &MeasureHeaderForm::instrumentChanged);
    QVERIFY(form.selectInstrument(QStringLiteral("ghq-12")));
    QCOMPARE(form.instrumentId(), QStringLiteral("ghq-12"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!form.selectInstrument(QStringLiteral("sdq")));
    QCOMPARE(form.instrumentId(), QStringLiteral("ghq-12"));
}

QTEST_MAIN(tst_MeasureHeaderForm)
#include "tst_MeasureHeaderForm.moc"
