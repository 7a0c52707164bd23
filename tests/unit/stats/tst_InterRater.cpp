#include "io/CsvReader.h"
#include "stats/InterRater.h"
#include "stats/KrippendorffAlpha.h"

#include <QMap>
#include <QTest>

// Reliability statistics against published worked examples: Shrout & Fleiss (1979) Table 2
// for the ICCs, Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability" for alpha.
// The remaining expected values were computed independently by hand-written Python over the
// same data (coincidence matrices and contingency tables written out in full). The ICCs' 95%
// intervals are compared with R's psych::ICC on the data sets in tests/data/icc, whose figures
// tests/data/icc/expected-icc.R wrote (R is not needed to run this test).
class tst_InterRater : public QObject {
    Q_OBJECT

private slots:
    void iccMatchesShroutAndFleiss();
    void iccNeedsTwoCompleteTargets();
    void iccIntervalsMatchR_data();
    void iccIntervalsMatchR();
    void kooLiBandsAtTheirBoundaries();
    void weightedKappaOverFixedCategories();
    void weightedKappaUndefinedWithoutDisagreement();
    void agreementShares();
    void krippendorffMatchesPublishedExample_data();
    void krippendorffMatchesPublishedExample();
    void krippendorffUndefinedCases();
};

namespace {
void compare3(double actual, double expected) {
    QVERIFY2(
        std::abs(actual - expected) < 0.0005,
        qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
}

const std::vector<int> raterA = {1, 2, 3, 3, 4, 5, 2, 3, 4, 4, 5, 1, 2, 3};
const std::vector<int> raterB = {1, 3, 3, 2, 4, 4, 2, 3, 5, 4, 5, 2, 2, 4};
} // namespace

void tst_InterRater::iccMatchesShroutAndFleiss() {
    // Six targets rated by four judges; published ICC(2,1) = .29 and ICC(3,1) = .71.
    const std::vector<std::vector<double>> ratings = {{9, 2, 5, 8}, {6, 1, 3, 2},  {8, 4, 6, 8},
                                                      {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
    const IccResult r = InterRater::icc(ratings);
    QVERIFY(r.valid);
    QCOMPARE(r.n, 6);
    QCOMPARE(r.k, 4);
    compare3(r.absoluteAgreement, 0.290); // 0.289764
    compare3(r.consistency, 0.715);       // 0.714841
}

void tst_InterRater::iccNeedsTwoCompleteTargets() {
    QVERIFY(!InterRater::icc({{3, 4}}).valid);
    QVERIFY(!InterRater::icc({{3, 4}, {2}}).valid);
    QVERIFY(!InterRater::icc({{3, 3}, {3, 3}}).valid);

    std::vector<std::vector<double>> pairs;
    for (size_t i = 0; i < raterA.size(); ++i)
        pairs.push_back({double(raterA[i]), double(raterB[i])});
    const IccResult r = InterRater::icc(pairs);
    QVERIFY(r.valid);
    compare3(r.absoluteAgreement, 0.866); // 0.865979
    compare3(r.consistency, 0.863);       // 0.863014
}

void tst_InterRater::iccIntervalsMatchR_data() {
    QTest::addColumn<QVariantList>("ratings"); // one QVariantList of doubles per target
    QTest::addColumn<QStringList>("expected"); // the expected-icc.csv row
    QTest::addColumn<QStringList>("header");

    CsvReader datasets;
    CsvReader expected;
    QString error;
    QVERIFY2(datasets.parseFile(QStringLiteral(PC_TEST_DATA "/icc/icc-datasets.csv"), &error),
             qPrintable(error));
    QVERIFY2(expected.parseFile(QStringLiteral(PC_TEST_DATA "/icc/expected-icc.csv"), &error),
             qPrintable(error));
    // Three data sets at the least, one of them with fewer than 10 pairs (issue 17).
    QVERIFY(expected.records().size() >= 3);
    QMap<QString, QMap<int, QMap<int, double>>> byDataset;
    for (const CsvReader::Record &record : datasets.records()) {
        byDataset[datasets.value(record, QStringLiteral("dataset"))]
                 [datasets.value(record, QStringLiteral("target")).toInt()]
                 [datasets.value(record, QStringLiteral("rater")).toInt()] =
                     datasets.value(record, QStringLiteral("score")).toDouble();
    }
    for (const CsvReader::Record &record : expected.records()) {
        const QString name = expected.value(record, QStringLiteral("dataset"));
        QVERIFY2(byDataset.contains(name), qPrintable(name));
        QVariantList ratings;
        for (const auto &target : byDataset.value(name)) {
            QVariantList row;
            for (double score : target)
                row.append(score);
            ratings.append(QVariant(row));
        }
        QTest::newRow(qPrintable(name)) << ratings << record.fields << expected.header();
    }
}

void tst_InterRater::iccIntervalsMatchR() {
    QFETCH(QVariantList, ratings);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, header);
    const auto column = [&](const char *name) {
        return expected.value(header.indexOf(QLatin1String(name))).toDouble();
    };
    std::vector<std::vector<double>> rows;
    for (const QVariant &target : ratings) {
        std::vector<double> row;
        for (const QVariant &score : target.toList())
            row.push_back(score.toDouble());
        rows.push_back(row);
    }
    const IccResult r = InterRater::icc(rows);
    QVERIFY(r.valid);
    QCOMPARE(r.n, int(column("n")));
    QCOMPARE(r.k, int(column("k")));
    compare3(r.absoluteAgreement, column("icc_a1"));
    compare3(r.consistency, column("icc_c1"));
    QVERIFY(r.absoluteAgreementCi.has_value());
    QVERIFY(r.consistencyCi.has_value());
    compare3(r.absoluteAgreementCi->lower, column("icc_a1_lower"));
    compare3(r.absoluteAgreementCi->upper, column("icc_a1_upper"));
    compare3(r.consistencyCi->lower, column("icc_c1_lower"));
    compare3(r.consistencyCi->upper, column("icc_c1_upper"));
}

void tst_InterRater::kooLiBandsAtTheirBoundaries() {
    // Koo & Li (2016): below 0.5 poor, 0.5-0.75 moderate, 0.75-0.9 good, above 0.9 excellent.
    QCOMPARE(InterRater::kooLiBand(-0.3), IccBand::Poor);
    QCOMPARE(InterRater::kooLiBand(0.49), IccBand::Poor);
    QCOMPARE(InterRater::kooLiBand(0.5), IccBand::Moderate);
    QCOMPARE(InterRater::kooLiBand(0.74), IccBand::Moderate);
    QCOMPARE(InterRater::kooLiBand(0.75), IccBand::Good);
    QCOMPARE(InterRater::kooLiBand(0.9), IccBand::Good);
    QCOMPARE(InterRater::kooLiBand(0.91), IccBand::Excellent);
    QCOMPARE(InterRater::kooLiBand(1.0), IccBand::Excellent);
}

void tst_InterRater::weightedKappaOverFixedCategories() {
    std::vector<std::pair<int, int>> pairs;
    for (size_t i = 0; i < raterA.size(); ++i)
        pairs.emplace_back(raterA[i], raterB[i]);
    const auto kappa = InterRater::quadraticWeightedKappa(pairs);
    QVERIFY(kappa.has_value());
    compare3(*kappa, 0.857); // 0.857143
    // Perfect agreement is 1 whatever the categories used.
    const auto perfect = InterRater::quadraticWeightedKappa({{1, 1}, {3, 3}, {5, 5}});
    QVERIFY(perfect.has_value());
    compare3(*perfect, 1.0);
    // Systematic reversal is strongly negative.
    const auto reversed = InterRater::quadraticWeightedKappa({{1, 5}, {5, 1}, {2, 4}, {4, 2}});
    QVERIFY(reversed.has_value());
    QVERIFY(*reversed < -0.9);
}

void tst_InterRater::weightedKappaUndefinedWithoutDisagreement() {
    QVERIFY(!InterRater::quadraticWeightedKappa({}).has_value());
    QVERIFY(!InterRater::quadraticWeightedKappa({{3, 3}, {3, 3}}).has_value());
    // Out-of-range categories are ignored rather than counted.
    QVERIFY(!InterRater::quadraticWeightedKappa({{0, 6}}).has_value());
}

void tst_InterRater::agreementShares() {
    std::vector<std::pair<double, double>> pairs;
    for (size_t i = 0; i < raterA.size(); ++i)
        pairs.emplace_back(raterA[i], raterB[i]);
    const AgreementResult r = InterRater::agreement(pairs);
    QCOMPARE(r.n, 14);
    compare3(r.exact, 8.0 / 14.0);
    compare3(r.adjacent, 1.0);
    const AgreementResult far = InterRater::agreement({{1, 3}, {2, 2}, {4, 5}, {1, 5}});
    compare3(far.exact, 0.25);
    compare3(far.adjacent, 0.5);
    QCOMPARE(InterRater::agreement({}).n, 0);
}

void tst_InterRater::krippendorffMatchesPublishedExample_data() {
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("expected");
    QTest::newRow("nominal (published .743)") << int(KrippendorffAlpha::Level::Nominal) << 0.743421;
    QTest::newRow("ordinal (published .815)") << int(KrippendorffAlpha::Level::Ordinal) << 0.815388;
    QTest::newRow("interval (published .849)")
        << int(KrippendorffAlpha::Level::Interval) << 0.849107;
}

void tst_InterRater::krippendorffMatchesPublishedExample() {
    QFETCH(int, level);
    QFETCH(double, expected);
    // Four observers, twelve units, with missing values (Krippendorff 2011, section C).
    const std::optional<double> _;
    const std::vector<std::vector<std::optional<double>>> byObserver = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
        {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _}};
    std::vector<std::vector<std::optional<double>>> units(12);
    for (const auto &observer : byObserver) {
        for (size_t u = 0; u < observer.size(); ++u)
            units[u].push_back(observer[u]);
    }
    const auto alpha = KrippendorffAlpha::compute(units, KrippendorffAlpha::Level(level));
    QVERIFY(alpha.has_value());
    compare3(*alpha, expected);
}

void tst_InterRater::krippendorffUndefinedCases() {
    const std::optional<double> _;
    QVERIFY(!KrippendorffAlpha::compute({}, KrippendorffAlpha::Level::Ordinal).has_value());
    // Every unit has a single value: nothing is pairable.
    QVERIFY(!KrippendorffAlpha::compute({{1, _}, {_, 2}}, KrippendorffAlpha::Level::Ordinal)
                 .has_value());
    // One value throughout: no expected disagreement.
    QVERIFY(!KrippendorffAlpha::compute({{3, 3}, {3, 3}}, KrippendorffAlpha::Level::Ordinal)
                 .has_value());
    // Two coders on the pair data above, checked against the independent computation.
    std::vector<std::vector<std::optional<double>>> units;
    for (size_t i = 0; i < raterA.size(); ++i)
        units.push_back({double(raterA[i]), double(raterB[i])});
    compare3(*KrippendorffAlpha::compute(units, KrippendorffAlpha::Level::Ordinal), 0.870855);
    compare3(*KrippendorffAlpha::compute(units, KrippendorffAlpha::Level::Interval), 0.861775);
}

QTEST_GUILESS_MAIN(tst_InterRater)
#include "tst_InterRater.moc"
