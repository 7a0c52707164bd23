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
    void withheldFiguresShowTheThresholdAndNoNumber();
    void missingFiguresShowADash();
    void sharesAndStatisticsAsPeopleReadThem();
    void skillNamesAndDates();
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

void tst_ReportFormat::withheldFiguresShowTheThresholdAndNoNumber() {
    ReportData data;
    data.suppressionThreshold = 5;
    // The numbers are still in the figure here; the format must not let them through.
    Figure withheld = figure(3.42, 3.0, 3.84);
    withheld.suppressed = true;
    QCOMPARE(ReportFormat::mean(data, withheld), QStringLiteral("fewer than 5"));
    QCOMPARE(ReportFormat::share(data, withheld), QStringLiteral("fewer than 5"));
    QCOMPARE(ReportFormat::signedValue(data, withheld), QStringLiteral("fewer than 5"));
    QCOMPARE(ReportFormat::interval(withheld), QString());
    // The n would give the small number away.
    QCOMPARE(ReportFormat::count(withheld), QString());
    QCOMPARE(ReportFormat::count(figure(3.0)), QStringLiteral("12"));
    // Pairs under the threshold withhold a reliability statistic, whatever its value.
    QCOMPARE(ReportFormat::statistic(data, 4, 0.9), QStringLiteral("fewer than 5"));
    QCOMPARE(ReportFormat::statistic(data, 5, 0.9), QStringLiteral("0.90"));
}

void tst_ReportFormat::missingFiguresShowADash() {
    ReportData data;
    const Figure none = figure(Figure::none);
    QCOMPARE(ReportFormat::mean(data, none), ReportFormat::dash());
    QCOMPARE(ReportFormat::share(data, none), ReportFormat::dash());
    QCOMPARE(ReportFormat::signedValue(data, none), ReportFormat::dash());
    QCOMPARE(ReportFormat::statistic(data, 10, std::nullopt), ReportFormat::dash());
    // A mean without an interval has no interval text.
    QCOMPARE(ReportFormat::interval(figure(3.0)), QString());
}

void tst_ReportFormat::sharesAndStatisticsAsPeopleReadThem() {
    ReportData data;
    QCOMPARE(ReportFormat::share(data, figure(0.255)), QStringLiteral("26%"));
    QCOMPARE(ReportFormat::share(data, figure(1.0)), QStringLiteral("100%"));
    QCOMPARE(ReportFormat::statistic(data, 10, 0.874, true), QStringLiteral("87%"));
    QCOMPARE(ReportFormat::interval(figure(3.0, 2.984, 3.016)), QStringLiteral("2.98 to 3.02"));
}

void tst_ReportFormat::skillNamesAndDates() {
    ReportData data;
    SkillSummary empathy;
    empathy.key = QStringLiteral("empathy");
    empathy.name = QStringLiteral("Empathy");
    data.skills = {empathy};
    QCOMPARE(ReportFormat::skillName(data, QStringLiteral("empathy")), QStringLiteral("Empathy"));
    QCOMPARE(ReportFormat::skillName(data, ReliabilityTable::overallKey),
             QStringLiteral("Overall"));
    // A key the report does not know is shown as it is rather than dropped.
    QCOMPARE(ReportFormat::skillName(data, QStringLiteral("humour")), QStringLiteral("humour"));
    QCOMPARE(ReportFormat::date(QDate(2025, 3, 31)), QStringLiteral("31 March 2025"));
}

QTEST_GUILESS_MAIN(tst_ReportFormat)
#include "tst_ReportFormat.moc"
