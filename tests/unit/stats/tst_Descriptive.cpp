#include "stats/Descriptive.h"
#include "stats/PairedChange.h"

#include <QTest>

// Means, CIs and the paired t, checked against R's documented output for Student's sleep data
// (Cushny & Peebles, datasets::sleep): t.test(extra[1:10]) and t.test(extra ~ group, paired).
class tst_Descriptive : public QObject {
    Q_OBJECT

private slots:
    void tQuantileMatchesTables();
    void meanCiMatchesR();
    void meanCiOfOneValueHasNoInterval();
    void pairedChangeMatchesR();
    void pairedChangeRefusesMismatchedOrConstantInput();
};

namespace {
const std::vector<double> group1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
const std::vector<double> group2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

void compare3(double actual, double expected) {
    QVERIFY2(
        std::abs(actual - expected) < 0.0005,
        qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
}
} // namespace

void tst_Descriptive::tQuantileMatchesTables() {
    compare3(Descriptive::tQuantile(0.95, 9), 2.262);
    compare3(Descriptive::tQuantile(0.95, 1), 12.706);
    compare3(Descriptive::tQuantile(0.95, 30), 2.042);
    compare3(Descriptive::tQuantile(0.99, 20), 2.845);
}

void tst_Descriptive::meanCiMatchesR() {
    const MeanCi m = Descriptive::meanCi(group1);
    QCOMPARE(m.n, 10);
    compare3(m.mean, 0.750);
    compare3(m.sd, 1.789);
    compare3(m.lower, -0.530); // R: -0.5297804
    compare3(m.upper, 2.030);  // R:  2.0297804
    QVERIFY(m.hasInterval());
}

void tst_Descriptive::meanCiOfOneValueHasNoInterval() {
    const MeanCi m = Descriptive::meanCi({4.0});
    QCOMPARE(m.n, 1);
    QCOMPARE(m.mean, 4.0);
    QVERIFY(!m.hasInterval());
    QCOMPARE(Descriptive::meanCi({}).n, 0);
}

void tst_Descriptive::pairedChangeMatchesR() {
    const PairedChangeResult r = PairedChange::compute(group1, group2);
    QVERIFY(r.valid);
    QCOMPARE(r.n, 10);
    compare3(r.meanDifference, 1.580);
    compare3(r.t, 4.062);     // R: t = -4.0621 for group1 - group2
    compare3(r.lower, 0.700); // R: 0.7001142
    compare3(r.upper, 2.460); // R: 2.4598858
    compare3(r.p, 0.00283);   // R: p-value = 0.002833
    QCOMPARE(r.degreesOfFreedom, 9.0);
    compare3(r.meanBefore, 0.750);
    compare3(r.meanAfter, 2.330);
}

void tst_Descriptive::pairedChangeRefusesMismatchedOrConstantInput() {
    QVERIFY(!PairedChange::compute({1.0, 2.0}, {1.0}).valid);
    QVERIFY(!PairedChange::compute({1.0, 2.0, 3.0}, {2.0, 3.0, 4.0}).valid);
    QVERIFY(!PairedChange::compute({1.0}, {2.0}).valid);
}

QTEST_GUILESS_MAIN(tst_Descriptive)
#include "tst_Descriptive.moc"
