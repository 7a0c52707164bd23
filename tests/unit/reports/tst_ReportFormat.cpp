#include "reports/ReportFormat.h"

#include <QTest>

// How figures are written for people: one minus sign everywhere (U+2212), never "−0.00", and
// p-values too small for three decimals as "< 0.001" rather than a misleading "0.000".
class tst_ReportFormat : public QObject {
    Q_OBJECT

private slots:
    void numbersUseOneMinusSign_data();
    void numbersUseOneMinusSign();
    void intervalsAndStatisticsUseTheSameMinus();
    void signedValuesCarryAPlusOrTheMinus_data();
    void signedValuesCarryAPlusOrTheMinus();
    void pValues_data();
    void pValues();
};

namespace {

const QString minus = QString(QChar(0x2212));

Figure figure(double value, double lower = Figure::none, double upper = Figure::none) {
    Figure f;
    f.n = 12;
    f.value = value;
    f.lower = lower;
    f.upper = upper;
    return f;
}

} // namespace

void tst_ReportFormat::numbersUseOneMinusSign_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("positive") << 3.4249 << QStringLiteral("3.42");
    QTest::newRow("negative") << -9.731 << minus + QStringLiteral("9.73");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.00");
    QTest::newRow("negative rounding to zero") << -0.004 << QStringLiteral("0.00");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0.00");
}

void tst_ReportFormat::numbersUseOneMinusSign() {
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(ReportFormat::number(value, 2), expected);
    ReportData data;
    QCOMPARE(ReportFormat::mean(data, figure(value)), expected);
}

void tst_ReportFormat::intervalsAndStatisticsUseTheSameMinus() {
    // The change row of a family measure: a negative change with an interval below zero.
    const Figure change = figure(-5.42, -9.73, -1.11);
    QCOMPARE(ReportFormat::interval(change),
             minus + QStringLiteral("9.73 to ") + minus + QStringLiteral("1.11"));
    QVERIFY(!ReportFormat::interval(change).contains(QLatin1Char('-')));
    ReportData data;
    QCOMPARE(ReportFormat::signedValue(data, change), minus + QStringLiteral("5.42"));
    QCOMPARE(ReportFormat::statistic(data, 10, -0.125), minus + QStringLiteral("0.13"));
}

void tst_ReportFormat::signedValuesCarryAPlusOrTheMinus_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rise") << 0.16 << QStringLiteral("+0.16");
    QTest::newRow("fall") << -0.1 << minus + QStringLiteral("0.10");
    QTest::newRow("no change") << 0.001 << QStringLiteral("0.00");
    QTest::newRow("tiny fall") << -0.001 << QStringLiteral("0.00");
}

void tst_ReportFormat::signedValuesCarryAPlusOrTheMinus() {
    QFETCH(double, value);
    QFETCH(QString, expected);
    ReportData data;
    QCOMPARE(ReportFormat::signedValue(data, figure(value)), expected);
}

void tst_ReportFormat::pValues_data() {
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tiny") << 0.00002 << QStringLiteral("< 0.001");
    QTest::newRow("would round to 0.000") << 0.0004 << QStringLiteral("< 0.001");
    QTest::newRow("just under 0.001") << 0.00099 << QStringLiteral("< 0.001");
    QTest::newRow("0.001") << 0.001 << QStringLiteral("0.001");
    QTest::newRow("ordinary") << 0.0421 << QStringLiteral("0.042");
    QTest::newRow("one") << 1.0 << QStringLiteral("1.000");
    QTest::newRow("none") << Figure::none << QString();
}

void tst_ReportFormat::pValues() {
    QFETCH(double, p);
    QFETCH(QString, expected);
    QCOMPARE(ReportFormat::pValue(p), expected);
}

QTEST_GUILESS_MAIN(tst_ReportFormat)
#include "tst_ReportFormat.moc"
