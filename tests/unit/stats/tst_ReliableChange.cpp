#include "stats/ReliableChange.h"

#include <QTest>

// Jacobson-Truax reliable change, checked against an example worked by hand:
//   SD = 9.0, r = 0.89 (the SCORE-15 total parameters shipped in score-15.json)
//   SE     = 9.0 x sqrt(1 - 0.89) = 9.0 x 0.331662 = 2.984962
//   S_diff = sqrt(2) x 2.984962   = 1.414214 x 2.984962 = 4.221374
//   39 -> 30: RCI = -9 / 4.221374 = -2.1320  |RCI| > 1.96, reliable
//   39 -> 35: RCI = -4 / 4.221374 = -0.9476  not reliable
class tst_ReliableChange : public QObject {
    Q_OBJECT

private slots:
    void standardErrorOfDifference();
    void reliableImprovementWhenLowerIsBetter();
    void noReliableChange();
    void directionDecidesImprovementOrDeterioration();
    void boundaryIsNotReliable();
    void undefinedParametersGiveNoResult();
    void keys();
};

void tst_ReliableChange::standardErrorOfDifference() {
    QVERIFY(qAbs(ReliableChange::standardErrorOfDifference(9.0, 0.89) - 4.221374) < 1e-6);
}

void tst_ReliableChange::reliableImprovementWhenLowerIsBetter() {
    const auto result = ReliableChange::compute(39.0, 30.0, 9.0, 0.89, false);
    QVERIFY(result);
    QCOMPARE(result->change, -9.0);
    QVERIFY(qAbs(result->rci - (-2.1320)) < 1e-4);
    QCOMPARE(result->classification, ReliableChange::Class::ReliableImprovement);
}

void tst_ReliableChange::noReliableChange() {
    const auto result = ReliableChange::compute(39.0, 35.0, 9.0, 0.89, false);
    QVERIFY(result);
    QVERIFY(qAbs(result->rci - (-0.9476)) < 1e-4);
    QCOMPARE(result->classification, ReliableChange::Class::NoReliableChange);
}

void tst_ReliableChange::directionDecidesImprovementOrDeterioration() {
    // The same rise of 9 points is a deterioration on SCORE-15 and an improvement on the WAI.
    QCOMPARE(ReliableChange::compute(30.0, 39.0, 9.0, 0.89, false)->classification,
             ReliableChange::Class::ReliableDeterioration);
    QCOMPARE(ReliableChange::compute(30.0, 39.0, 9.0, 0.89, true)->classification,
             ReliableChange::Class::ReliableImprovement);
    QCOMPARE(ReliableChange::compute(39.0, 30.0, 9.0, 0.89, true)->classification,
             ReliableChange::Class::ReliableDeterioration);
}

void tst_ReliableChange::boundaryIsNotReliable() {
    // SD 1 and r 0.5 give S_diff = sqrt(2) x 1 x sqrt(0.5) = 1, so RCI equals the change.
    QCOMPARE(ReliableChange::compute(0.0, 1.95, 1.0, 0.5, true)->classification,
             ReliableChange::Class::NoReliableChange);
    QCOMPARE(ReliableChange::compute(0.0, 1.97, 1.0, 0.5, true)->classification,
             ReliableChange::Class::ReliableImprovement);
    QCOMPARE(ReliableChange::compute(0.0, -1.97, 1.0, 0.5, true)->classification,
             ReliableChange::Class::ReliableDeterioration);
}

void tst_ReliableChange::undefinedParametersGiveNoResult() {
    QVERIFY(!ReliableChange::compute(1.0, 2.0, 0.0, 0.8, true));
    QVERIFY(!ReliableChange::compute(1.0, 2.0, 1.0, 1.0, true));
    QVERIFY(!ReliableChange::compute(1.0, 2.0, 1.0, -0.1, true));
}

void tst_ReliableChange::keys() {
    QCOMPARE(ReliableChange::key(ReliableChange::Class::ReliableImprovement),
             QStringLiteral("reliable_improvement"));
    QCOMPARE(ReliableChange::key(ReliableChange::Class::NoReliableChange),
             QStringLiteral("no_reliable_change"));
    QCOMPARE(ReliableChange::key(ReliableChange::Class::ReliableDeterioration),
             QStringLiteral("reliable_deterioration"));
}

QTEST_GUILESS_MAIN(tst_ReliableChange)
#include "tst_ReliableChange.moc"
