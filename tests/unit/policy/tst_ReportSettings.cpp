#include "policy/ReportSettings.h"

#include <QTest>

#include <limits>

// What report settings an organisation may choose: the threshold never below the default floor,
// reference points on the MSW scale, labelled, and few enough to read.
class tst_ReportSettings : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreValid();
    void thresholdBounds();
    void namesTheBadPoint_data();
    void namesTheBadPoint();
    void atMostSixPoints();
    void normalisedTrimsText();
};

void tst_ReportSettings::defaultsAreValid() {
    const ReportSettings settings;
    QCOMPARE(settings.suppressionThreshold, 3);
    QCOMPARE(settings.referencePoints.size(), 3);
    QVERIFY(settings.validate().isEmpty());
}

void tst_ReportSettings::thresholdBounds() {
    QVERIFY(ReportSettings::validateThreshold(3).isEmpty());
    QVERIFY(ReportSettings::validateThreshold(50).isEmpty());
    QVERIFY(ReportSettings::validateThreshold(2).contains(QStringLiteral("between 3 and 50")));
    QVERIFY(!ReportSettings::validateThreshold(51).isEmpty());
    QVERIFY(!ReportSettings::validateThreshold(0).isEmpty());
}

void tst_ReportSettings::namesTheBadPoint_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("below the scale") << 0.9 << QStringLiteral("Baseline") << QString()
                                     << QStringLiteral("Reference point 2 (“Baseline”): the value");
    QTest::newRow("above the scale")
        << 5.01 << QStringLiteral("Baseline") << QString() << QStringLiteral("between 1.0 and 5.0");
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN()
                                  << QStringLiteral("Baseline") << QString()
                                  << QStringLiteral("Reference point 2");
    QTest::newRow("no label") << 3.0 << QStringLiteral("   ") << QString()
                              << QStringLiteral("Reference point 2 has no label");
    QTest::newRow("separator in label")
        << 3.0 << QStringLiteral("A | B") << QString() << QStringLiteral("cannot contain");
    QTest::newRow("line break in source")
        << 3.0 << QStringLiteral("A") << QStringLiteral("line one\nline two")
        << QStringLiteral("cannot contain");
}

void tst_ReportSettings::namesTheBadPoint() {
    QFETCH(double, value);
    QFETCH(QString, label);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    ReportSettings settings;
    settings.referencePoints[1] = {value, label, source};
    const QString error = settings.validate();
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_ReportSettings::atMostSixPoints() {
    ReportSettings settings;
    settings.referencePoints = QList<ReferencePoint>(6, {3.0, QStringLiteral("Point"), QString()});
    QVERIFY(settings.validate().isEmpty());
    settings.referencePoints.append({3.0, QStringLiteral("Seventh"), QString()});
    QVERIFY(settings.validate().contains(QStringLiteral("at most 6")));
    settings.referencePoints.clear();
    QVERIFY(settings.validate().isEmpty());
}

void tst_ReportSettings::normalisedTrimsText() {
    ReportSettings settings;
    settings.referencePoints = {{3.0, QStringLiteral("  Label "), QStringLiteral(" Source\t")}};
    const ReportSettings clean = settings.normalised();
    QCOMPARE(clean.referencePoints.first().label, QStringLiteral("Label"));
    QCOMPARE(clean.referencePoints.first().source, QStringLiteral("Source"));
    QVERIFY(!(clean == settings));
}

QTEST_GUILESS_MAIN(tst_ReportSettings)
#include "tst_ReportSettings.moc"
