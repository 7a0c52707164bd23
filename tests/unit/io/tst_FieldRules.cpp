#include "io/FieldRules.h"

#include <QTest>

class tst_FieldRules : public QObject {
    Q_OBJECT

private slots:
    void readsStrictIsoDates();
    void refusesLooseDates_data();
    void refusesLooseDates();
    void refusesDatesOutsideTheRange();
    void membershipDatesReachFurtherBack();
    void refusesControlCharactersInCodesAndNames();
    void freeTextKeepsTabsAndLineBreaks();
    void limitsTheLengthOfCodesAndNames();
};

void tst_FieldRules::readsStrictIsoDates() {
    QString problem = QStringLiteral("stale");
    QCOMPARE(FieldRules::recordingDate(QStringLiteral("recorded_on"), QStringLiteral("2025-01-31"),
                                       &problem),
             QDate(2025, 1, 31));
    QVERIFY(problem.isEmpty());
}

void tst_FieldRules::refusesLooseDates_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("trailing junk") << QStringLiteral("2025-01-01junk");
    QTest::newRow("slashes") << QStringLiteral("2025/01/01");
    QTest::newRow("day first") << QStringLiteral("01-01-2025");
    QTest::newRow("no padding") << QStringLiteral("2025-1-1");
    QTest::newRow("time") << QStringLiteral("2025-01-01T10:00");
    QTest::newRow("not a day") << QStringLiteral("2025-02-30");
    QTest::newRow("spaces") << QStringLiteral(" 2025-01-01");
    QTest::newRow("other digits") << QStringLiteral("\u0662\u0660\u0662\u0665-01-01");
}

void tst_FieldRules::refusesLooseDates() {
    QFETCH(QString, text);
    QString problem;
    QVERIFY(!FieldRules::recordingDate(QStringLiteral("coded_on"), text, &problem).isValid());
    QCOMPARE(problem, QStringLiteral("coded_on \"%1\" is not a date (YYYY-MM-DD)").arg(text));
}

void tst_FieldRules::refusesDatesOutsideTheRange() {
    QString problem;
    const QString latest = QDate::currentDate().addYears(1).toString(Qt::ISODate);
    QVERIFY(!FieldRules::recordingDate(QStringLiteral("recorded_on"), QStringLiteral("9999-01-01"),
                                       &problem)
                 .isValid());
    QCOMPARE(problem,
             QStringLiteral("recorded_on 9999-01-01 is outside 2000-01-01 to %1").arg(latest));
    QVERIFY(!FieldRules::recordingDate(QStringLiteral("recorded_on"), QStringLiteral("1999-12-31"),
                                       &problem)
                 .isValid());
    const QString tooLate = QDate::currentDate().addYears(1).addDays(1).toString(Qt::ISODate);
    QVERIFY(!FieldRules::recordingDate(QStringLiteral("recorded_on"), tooLate, &problem).isValid());
    QVERIFY(FieldRules::recordingDate(QStringLiteral("recorded_on"), latest, &problem).isValid());
    QVERIFY(FieldRules::recordingDate(QStringLiteral("recorded_on"), QStringLiteral("2000-01-01"),
                                      &problem)
                .isValid());
}

void tst_FieldRules::membershipDatesReachFurtherBack() {
    QString problem;
    QVERIFY(FieldRules::membershipDate(QStringLiteral("joined_on"), QStringLiteral("1998-09-01"),
                                       &problem)
                .isValid());
    QVERIFY(!FieldRules::membershipDate(QStringLiteral("joined_on"), QStringLiteral("1949-12-31"),
                                        &problem)
                 .isValid());
}

void tst_FieldRules::refusesControlCharactersInCodesAndNames() {
    QVERIFY(FieldRules::problemWithCode(QStringLiteral("practitioner_code"), QStringLiteral("P001"))
                .isEmpty());
    const QString withNul = QStringLiteral("P0") + QChar(0) + QStringLiteral("1");
    QCOMPARE(FieldRules::problemWithCode(QStringLiteral("practitioner_code"), withNul),
             QStringLiteral("practitioner_code holds a control character (U+0000) at character 3"));
    QVERIFY(!FieldRules::problemWithName(QStringLiteral("display_name"), QStringLiteral("Ann\tLee"))
                 .isEmpty());
    QVERIFY(!FieldRules::problemWithName(QStringLiteral("display_name"), QStringLiteral("Ann\nLee"))
                 .isEmpty());
    QVERIFY(!FieldRules::problemWithName(QStringLiteral("display_name"),
                                         QStringLiteral("Ann") + QChar(0x7f))
                 .isEmpty());
    QVERIFY(FieldRules::problemWithName(QStringLiteral("display_name"),
                                        QStringLiteral("Siobh\u00e1n O'Neill-\u0141uk"))
                .isEmpty());
}

void tst_FieldRules::freeTextKeepsTabsAndLineBreaks() {
    QVERIFY(FieldRules::problemWithFreeText(QStringLiteral("comment"),
                                            QStringLiteral("First:\tgood\r\nthen\nmore"))
                .isEmpty());
    QVERIFY(!FieldRules::problemWithFreeText(QStringLiteral("comment"),
                                             QStringLiteral("bell") + QChar(7))
                 .isEmpty());
    QVERIFY(!FieldRules::problemWithFreeText(QStringLiteral("comment"),
                                             QStringLiteral("nul") + QChar(0))
                 .isEmpty());
}

void tst_FieldRules::limitsTheLengthOfCodesAndNames() {
    QVERIFY(FieldRules::problemWithCode(QStringLiteral("recording_code"),
                                        QString(FieldRules::maxCodeLength, QLatin1Char('R')))
                .isEmpty());
    QCOMPARE(FieldRules::problemWithCode(QStringLiteral("recording_code"),
                                         QString(FieldRules::maxCodeLength + 1, QLatin1Char('R'))),
             QStringLiteral("recording_code is 33 characters long; the most is 32"));
    QVERIFY(FieldRules::problemWithName(QStringLiteral("display_name"),
                                        QString(FieldRules::maxNameLength, QLatin1Char('a')))
                .isEmpty());
    QVERIFY(!FieldRules::problemWithName(QStringLiteral("display_name"),
                                         QString(1024 * 1024, QLatin1Char('a')))
                 .isEmpty());
    QVERIFY(!FieldRules::problemWithFreeText(
                 QStringLiteral("comment"),
                 QString(FieldRules::maxFreeTextLength + 1, QLatin1Char('a')))
                 .isEmpty());
}

QTEST_GUILESS_MAIN(tst_FieldRules)
#include "tst_FieldRules.moc"
