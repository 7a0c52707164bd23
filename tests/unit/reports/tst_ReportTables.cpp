#include "reports/ReportTables.h"

#include <QTest>

// The report's tables as the screen and the PDF both show them: every withheld figure in words,
// factor and overall rows marked, the trend's unfinished quarters named, and family change that
// cannot be shown replaced by the reasons its figures carry.
class tst_ReportTables : public QObject {
    Q_OBJECT

private slots:
    void skillsListFactorsFirstWithTheirSkills();
    void suppressedFiguresShowTheirTextAndNoNumber();
    void trendSaysIncompleteForAnUnfinishedQuarter();
    void familyChangeWithheldGivesEachReasonOnce();
    void familyChangeShownHasItsNoteAndNoWithheldText();
    void reliabilityMarksTheOverallRow();
    void reliabilityShowsIntervalsAndPlainBands();
    void reliabilityCautionsUnderTenPairs();
    void glossaryExplainsTheReportsWords();
    void coverageHasEveryRowOfThePdf();
};

namespace {

Figure figure(double value, double lower = Figure::none, double upper = Figure::none, int n = 9) {
    Figure f;
    f.n = n;
    f.value = value;
    f.lower = lower;
    f.upper = upper;
    return f;
}

Figure withheld(const QString &reason = QStringLiteral("too few")) {
    Figure f;
    f.n = 2;
    f.suppressed = true;
    f.withheldReason = reason;
    return f;
}

ReportData data() {
    ReportData d;
    d.spec.period = ReportPeriod::ofQuarter(2025, 1);
    d.generatedOn = QDate(2025, 6, 1);
    d.asOf = QDate(2025, 3, 31);
    d.suppressionThreshold = 3;
    d.overall = figure(3.25, 3.0, 3.5);
    FactorSummary care;
    care.key = QStringLiteral("care");
    care.name = QStringLiteral("Care");
    care.mean = figure(3.5, 3.1, 3.9);
    d.factors = {care};
    SkillSummary empathy;
    empathy.key = QStringLiteral("empathy");
    empathy.name = QStringLiteral("Empathy");
    empathy.factorKey = QStringLiteral("care");
    empathy.mean = figure(3.42, 3.0, 3.84);
    SkillSummary evocation;
    evocation.key = QStringLiteral("evocation");
    evocation.name = QStringLiteral("Evocation");
    evocation.mean = withheld();
    d.skills = {empathy, evocation};
    return d;
}

FamilyChangeSummary change(const Figure &figure, const QString &scale) {
    FamilyChangeSummary summary;
    summary.instrumentName = QStringLiteral("SDQ");
    summary.scaleName = scale;
    summary.before = figure;
    summary.after = figure;
    summary.change = figure;
    summary.reliableImprovement = figure;
    summary.reliableDeterioration = figure;
    summary.p = 0.0004;
    return summary;
}

} // namespace

void tst_ReportTables::skillsListFactorsFirstWithTheirSkills() {
    const ReportTable skills = ReportTables::of(data()).skills;
    QCOMPARE(skills.header, (QStringList{QStringLiteral("Skill"), QStringLiteral("Factor"),
                                         QStringLiteral("Codings"), QStringLiteral("Mean"),
                                         QStringLiteral("95% CI")}));
    QCOMPARE(skills.rows.size(), 3);
    QCOMPARE(
        skills.rows.at(0),
        (QStringList{QStringLiteral("Care"), QStringLiteral("average of its skills (factor)"),
                     QStringLiteral("9"), QStringLiteral("3.50"), QStringLiteral("3.10 to 3.90")}));
    QCOMPARE(skills.emphasisedRows, QList<int>{0});
    QCOMPARE(skills.rows.at(1).at(1), QStringLiteral("Care"));
    QVERIFY(skills.isRightAligned(2));
    QVERIFY(!skills.isRightAligned(1));
}

void tst_ReportTables::suppressedFiguresShowTheirTextAndNoNumber() {
    const ReportTables tables = ReportTables::of(data());
    const QStringList evocation = tables.skills.rows.at(2);
    // The n itself would give the small number away, so it is blank.
    QCOMPARE(evocation, (QStringList{QStringLiteral("Evocation"), QString(), QString(),
                                     QStringLiteral("fewer than 3"), QString()}));
    QCOMPARE(tables.references.rows.at(0).at(1), QStringLiteral("3.25"));
    QCOMPARE(tables.references.emphasisedRows, QList<int>{0});
    QCOMPARE(tables.references.rows.size(), 1 + data().referencePoints.size());
}

void tst_ReportTables::trendSaysIncompleteForAnUnfinishedQuarter() {
    ReportData d = data();
    TrendPoint done;
    done.quarter = ReportPeriod::ofQuarter(2024, 4);
    done.overall = figure(3.0, 2.5, 3.5);
    done.factors = {figure(3.1)};
    TrendPoint open = done;
    open.quarter = ReportPeriod::ofQuarter(2025, 1);
    open.incomplete = QStringLiteral("Incomplete: quarter ends 31 Mar 2025");
    d.trend = {done, open};
    const ReportTable trend = ReportTables::of(d).trend;
    QCOMPARE(trend.header.constLast(), QStringLiteral("Care"));
    QCOMPARE(trend.rows.at(0).at(2), QStringLiteral("3.00"));
    QCOMPARE(trend.rows.at(1).at(2), QStringLiteral("incomplete"));
    QCOMPARE(trend.rows.at(1).at(4), QStringLiteral("incomplete"));
}

void tst_ReportTables::familyChangeWithheldGivesEachReasonOnce() {
    ReportData d = data();
    d.familyChange = {
        change(withheld(QStringLiteral("fewer than 3 families")), QStringLiteral("A")),
        change(withheld(QStringLiteral("fewer than 3 families")), QStringLiteral("B"))};
    const ReportTables tables = ReportTables::of(d);
    // Plain words first, the technical name in brackets (issue 17).
    QCOMPARE(
        tables.familyChangeCaption,
        QStringLiteral("SDQ: change from the first questionnaire to the follow-up (T1 to T2)"));
    QCOMPARE(tables.familyChange.header.at(6), QStringLiteral("Chance (p)"));
    QVERIFY(tables.familyChangeWithheld.startsWith(
        QStringLiteral("Change on SDQ from T1 to T2 is not shown: ")));
    QCOMPARE(tables.familyChangeWithheld.count(d.reasonFor(d.familyChange.at(0).change)), 1);
    // No p-value for a withheld change.
    QCOMPARE(tables.familyChange.rows.at(0).at(6), QString());
}

void tst_ReportTables::familyChangeShownHasItsNoteAndNoWithheldText() {
    ReportData d = data();
    d.familyChange = {change(figure(-1.5, -2.0, -1.0), QStringLiteral("Total difficulties"))};
    const ReportTables tables = ReportTables::of(d);
    QVERIFY(tables.familyChangeWithheld.isEmpty());
    QVERIFY(tables.familyChangeNote.contains(QStringLiteral("Jacobson–Truax")));
    const QStringList row = tables.familyChange.rows.at(0);
    QCOMPARE(row.at(0), QStringLiteral("Total difficulties"));
    QCOMPARE(row.at(4), QString(QChar(0x2212)) + QStringLiteral("1.50"));
    QCOMPARE(row.at(6), QStringLiteral("< 0.001"));
}

void tst_ReportTables::reliabilityMarksTheOverallRow() {
    ReportData d = data();
    ReliabilityRow skill;
    skill.skill = QStringLiteral("empathy");
    skill.nPairs = 2;
    skill.iccA1 = 0.5;
    ReliabilityRow overall;
    overall.skill = ReliabilityTable::overallKey;
    overall.nPairs = 4;
    overall.iccA1 = 0.81;
    overall.weightedKappa = 0.7;
    d.reliability = {skill, overall};
    const ReportTable table = ReportTables::of(d).reliability;
    QCOMPARE(table.emphasisedRows, QList<int>{1});
    // Too few pairs: no count and no statistic.
    QCOMPARE(table.rows.at(0).at(0), QStringLiteral("Empathy"));
    QCOMPARE(table.rows.at(0).at(1), QString());
    QCOMPARE(table.rows.at(0).at(2), QStringLiteral("fewer than 3"));
    QCOMPARE(table.rows.at(1).at(0), QStringLiteral("Overall"));
    QCOMPARE(table.rows.at(1).at(2), QStringLiteral("0.81"));
    // The other measures: kappa and alpha are not on the overall mean's scale, and two means
    // rarely match exactly, so those cells stay empty even when a figure is there.
    ReportData withExact = d;
    withExact.reliability[1].exactAgreement = 0.0;
    withExact.reliability[1].adjacentAgreement = 1.0;
    const ReportTable agreement = ReportTables::of(withExact).reliabilityAgreement;
    QCOMPARE(agreement.emphasisedRows, QList<int>{1});
    QCOMPARE(agreement.header.at(4), QStringLiteral("Same score"));
    QCOMPARE(agreement.rows.at(1).at(2), QString());
    QCOMPARE(agreement.rows.at(1).at(3), QString());
    QCOMPARE(agreement.rows.at(1).at(4), QString());
    QCOMPARE(agreement.rows.at(1).at(5), QStringLiteral("100%"));
    QCOMPARE(agreement.rows.at(0).at(2), QStringLiteral("fewer than 3"));
}

void tst_ReportTables::reliabilityShowsIntervalsAndPlainBands() {
    ReportData d = data();
    ReliabilityRow empathy;
    empathy.skill = QStringLiteral("empathy");
    empathy.nPairs = 12;
    empathy.iccA1 = 0.7496; // printed "0.75", so its band is "good", as printed
    empathy.iccA1Ci = IccInterval{-0.0794, 0.9217};
    empathy.iccC1 = 0.42;
    empathy.iccC1Ci = IccInterval{0.05, 0.7};
    ReliabilityRow overall;
    overall.skill = ReliabilityTable::overallKey;
    overall.nPairs = 12;
    overall.iccA1 = 0.93;
    overall.iccC1 = 0.6; // no interval: the cell stays empty, the band is still given
    d.reliability = {empathy, overall};
    const ReportTables tables = ReportTables::of(d);
    const ReportTable &table = tables.reliability;
    QCOMPARE(table.header.at(2), QStringLiteral("Agreement (ICC(A,1))"));
    QCOMPARE(table.header.at(4), QStringLiteral("Band (Koo & Li)"));
    QCOMPARE(table.rows.at(0),
             (QStringList{QStringLiteral("Empathy"), QStringLiteral("12"), QStringLiteral("0.75"),
                          QString(QChar(0x2212)) + QStringLiteral("0.08 to 0.92"),
                          QStringLiteral("good"), QStringLiteral("0.42"),
                          QStringLiteral("0.05 to 0.70"), QStringLiteral("poor")}));
    QCOMPARE(table.rows.at(1).at(4), QStringLiteral("excellent"));
    QCOMPARE(table.rows.at(1).at(6), QString());
    QCOMPARE(table.rows.at(1).at(7), QStringLiteral("moderate"));
    // The bands' source is given with them.
    QVERIFY(tables.reliabilityNote.contains(QStringLiteral("Koo & Li (2016)")));
    QVERIFY(tables.reliabilityNote.contains(QStringLiteral("below 0.5 poor")));
    QVERIFY(tables.reliabilityCaution.isEmpty());

    // A withheld row shows the small-number text and no interval or band.
    d.reliability[0].nPairs = 2;
    const QStringList withheld = ReportTables::of(d).reliability.rows.at(0);
    QCOMPARE(withheld.mid(2, 3),
             (QStringList{QStringLiteral("fewer than 3"), QString(), QString()}));
}

void tst_ReportTables::reliabilityCautionsUnderTenPairs() {
    ReportData d = data();
    const auto row = [](const char *skill, int pairs) {
        ReliabilityRow r;
        r.skill = QString::fromUtf8(skill);
        r.nPairs = pairs;
        if (pairs >= 3)
            r.iccA1 = 0.8;
        return r;
    };
    // Autonomy is already withheld (2 pairs), so it needs no caution of its own.
    d.reliability = {row("empathy", 9), row("evocation", 10), row("autonomy", 2)};
    QString caution = ReportTables::of(d).reliabilityCaution;
    QVERIFY2(caution.startsWith(QStringLiteral("Caution: the figures for Empathy rest on fewer "
                                               "than 10 double-coded pairs.")),
             qPrintable(caution));

    d.reliability = {row("empathy", 9), row("evocation", 9), row("overall", 40)};
    caution = ReportTables::of(d).reliabilityCaution;
    QVERIFY2(caution.startsWith(QStringLiteral("Caution: the figures for Empathy and Evocation "
                                               "rest on fewer than 10")),
             qPrintable(caution));

    d.reliability = {row("empathy", 9), row("evocation", 4), row("autonomy", 2)};
    caution = ReportTables::of(d).reliabilityCaution;
    QVERIFY2(caution.startsWith(QStringLiteral("Caution: every figure here rests on fewer than "
                                               "10 double-coded pairs.")),
             qPrintable(caution));

    d.reliability = {row("empathy", 10), row("evocation", 40), row("autonomy", 2)};
    QVERIFY(ReportTables::of(d).reliabilityCaution.isEmpty());
}

void tst_ReportTables::glossaryExplainsTheReportsWords() {
    ReportData d = data();
    d.suppressionThreshold = 5;
    const ReportTable glossary = ReportTables::of(d).glossary;
    QStringList terms;
    for (const QStringList &row : glossary.rows) {
        QCOMPARE(row.size(), 2);
        QVERIFY2(row.at(1).size() > 40, qPrintable(row.at(0)));
        terms.append(row.at(0));
    }
    const QString all = terms.join(QLatin1Char('|'));
    // Every word issue 17 names, and the small-number text as this report writes it.
    for (const QString &term :
         {QStringLiteral("ICC"), QStringLiteral("κ"), QStringLiteral("α"), QStringLiteral("T1"),
          QStringLiteral("T2"), QStringLiteral("SCORE-15"), QStringLiteral("WAI"),
          QStringLiteral("Reliable change"), QStringLiteral("confidence interval"),
          QStringLiteral("\"fewer than 5\"")})
        QVERIFY2(all.contains(term), qPrintable(term));
}

void tst_ReportTables::coverageHasEveryRowOfThePdf() {
    ReportData d = data();
    d.feedbackNotYetDue = 4;
    d.notObservedSixMonths = 2;
    const ReportTable coverage = ReportTables::of(d).coverage;
    QCOMPARE(coverage.rows.size(), 6);
    QVERIFY(coverage.rows.at(1).at(0).startsWith(
        QStringLiteral("Practitioners with no coded session in the 6 months to")));
    QCOMPARE(coverage.rows.at(1).at(1), QStringLiteral("2"));
    QCOMPARE(coverage.rows.at(4),
             (QStringList{QStringLiteral("Codings whose feedback is not yet due"),
                          QStringLiteral("4")}));
}

QTEST_GUILESS_MAIN(tst_ReportTables)
#include "tst_ReportTables.moc"
