#include "ReportFixture.h"
#include "TestDatabase.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCsvWriter.h"
#include "storage/ReportQueries.h"

#include <QBuffer>
#include <QDate>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

// Practice Report numbers on a small hand-built database, checked cell by cell: which codings
// count (final only; consensus over primary; second codings never), small-number suppression
// in the data and the CSV, and that manager reports name nobody.
class tst_ReportBuilder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void headlineCountsOnlyTheRightCodings();
    void skillsFactorsAndDistribution();
    void smallNumbersAreSuppressed();
    void trendAndServiceLine();
    void familyChangeAndEngagement();
    void coverageAndTimeliness();
    void csvIsTidyAndNeverLeaksASuppressedNumber();
    void practitionerReportAndScopeErrors();
    void periodsParseAndRefuse();
    void incompletePeriodsSaySo();
    void coachingTrendWithholdsAnUnfinishedQuarter();

private:
    ReportData build(const QStringList &scopes, const QString &quarter) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {
void compare3(double actual, double expected) {
    QVERIFY2(
        std::abs(actual - expected) < 0.0005,
        qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
}

QList<int> all(int score, int notCodableAt = -1) {
    QList<int> scores(7, score);
    if (notCodableAt >= 0)
        scores[notCodableAt] = 0;
    return scores;
}

// SCORE-15 answers: the five strengths items get `plain`, the ten reverse-keyed items `reversed`.
QList<int> score15(int plain, int reversed) {
    const QList<int> strengths = {1, 3, 6, 10, 15};
    QList<int> items;
    for (int item = 1; item <= 15; ++item)
        items.append(strengths.contains(item) ? plain : reversed);
    return items;
}
} // namespace

void tst_ReportBuilder::initTestCase() {
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(m_dir, QStringLiteral("report.sqlite")));
    ReportFixture f(*m_db);
    const qint64 blue = f.team(QStringLiteral("Blue"));
    const qint64 green = f.team(QStringLiteral("Green"));
    const qint64 p1 = f.practitioner(QStringLiteral("P1"), QStringLiteral("Sam Jones"), blue);
    const qint64 p2 = f.practitioner(QStringLiteral("P2"), QStringLiteral("Ali Khan"), blue);
    const qint64 p3 = f.practitioner(QStringLiteral("P3"), QStringLiteral("Jo Green"), green);
    f.practitioner(QStringLiteral("P4"), QStringLiteral("Left Early"), blue,
                   QStringLiteral("2020-01-01"), QStringLiteral("2024-06-30"));
    f.practitioner(QStringLiteral("P5"), QStringLiteral("Never Seen"), blue);
    // A third Blue practitioner, so that Blue's quarters rest on three people (docs/privacy.md).
    const qint64 p6 = f.practitioner(QStringLiteral("P6"), QStringLiteral("Kim Lee"), blue);
    QList<qint64> families;
    for (int i = 1; i <= 4; ++i)
        families.append(f.family(QStringLiteral("CASE-%1").arg(i)));
    const qint64 second = f.user(QStringLiteral("evaluator2"));

    // 2025-Q1, Blue.
    const qint64 r1 = f.recording(p1, blue, families[0], QStringLiteral("2025-01-10"));
    f.coding(r1, QStringLiteral("primary"), all(3), QStringLiteral("2025-03-01"),
             QStringLiteral("2025-03-05"));
    const qint64 r2 = f.recording(p1, blue, families[1], QStringLiteral("2025-02-10"));
    f.coding(r2, QStringLiteral("primary"), all(2), QStringLiteral("2025-03-01"),
             QStringLiteral("2025-03-30"));
    f.coding(r2, QStringLiteral("consensus"), all(4), QStringLiteral("2025-03-10"));
    const qint64 r3 = f.recording(p2, blue, families[2], QStringLiteral("2025-03-01"));
    f.coding(r3, QStringLiteral("primary"), all(5), QStringLiteral("2025-03-20"));
    f.coding(r3, QStringLiteral("consensus"), all(1)); // draft: ignored
    const qint64 r4 = f.recording(p2, blue, families[2], QStringLiteral("2025-03-02"));
    f.coding(r4, QStringLiteral("primary"), all(1)); // draft: ignored
    const qint64 r5 = f.recording(p6, blue, families[0], QStringLiteral("2025-03-15"));
    f.coding(r5, QStringLiteral("primary"), all(3, 6), QStringLiteral("2025-03-28"));
    f.coding(r5, QStringLiteral("second"), all(1), QStringLiteral("2025-03-29"), QString(),
             second); // second codings count only towards reliability

    // 2025-Q1, Green: one coding only.
    const qint64 g1 = f.recording(p3, green, families[3], QStringLiteral("2025-02-01"));
    f.coding(g1, QStringLiteral("primary"), all(2), QStringLiteral("2025-02-05"),
             QStringLiteral("2025-02-06"));

    // 2024-Q4, Blue: five codings scoring 2, three of them P1's.
    for (int i = 0; i < 5; ++i) {
        const qint64 r = f.recording(i < 3 ? p1 : (i == 3 ? p2 : p6), blue, families[3],
                                     QStringLiteral("2024-11-%1").arg(10 + i));
        f.coding(r, QStringLiteral("primary"), all(2), QStringLiteral("2024-12-01"),
                 QStringLiteral("2024-12-02"));
    }

    // SCORE-15: T1 in 2024, T2 in 2025-Q1, for three Blue families.
    f.administration(families[0], QStringLiteral("mother"), QStringLiteral("score-15"),
                     QStringLiteral("T1"), QStringLiteral("2024-10-01"), score15(3, 3));
    f.administration(families[0], QStringLiteral("mother"), QStringLiteral("score-15"),
                     QStringLiteral("T2"), QStringLiteral("2025-02-01"), score15(3, 3));
    f.administration(families[1], QStringLiteral("mother"), QStringLiteral("score-15"),
                     QStringLiteral("T1"), QStringLiteral("2024-10-01"), score15(3, 3));
    f.administration(families[1], QStringLiteral("mother"), QStringLiteral("score-15"),
                     QStringLiteral("T2"), QStringLiteral("2025-02-01"), score15(2, 4));
    f.administration(families[2], QStringLiteral("father"), QStringLiteral("score-15"),
                     QStringLiteral("T1"), QStringLiteral("2024-10-01"), score15(3, 3));
    f.administration(families[2], QStringLiteral("father"), QStringLiteral("score-15"),
                     QStringLiteral("T2"), QStringLiteral("2025-03-01"), score15(1, 5));
    // WAI-S: two parents in the period (suppressed); a T1 with no T2 long overdue.
    f.administration(families[0], QStringLiteral("mother"), QStringLiteral("wai-s-client"),
                     QStringLiteral("T1"), QStringLiteral("2025-02-01"), QList<int>(12, 6));
    f.administration(families[1], QStringLiteral("mother"), QStringLiteral("wai-s-client"),
                     QStringLiteral("T1"), QStringLiteral("2025-02-01"), QList<int>(12, 4));
    f.administration(families[3], QStringLiteral("carer"), QStringLiteral("wai-s-client"),
                     QStringLiteral("T1"), QStringLiteral("2024-10-01"), QList<int>(12, 4));
    // Follow-ups: CASE-4's carer has a SCORE-15 T1 and no T2 (overdue 16 weeks later, and
    // Blue's: CASE-4's first session was Blue's); an observer rating is never repeated.
    f.administration(families[3], QStringLiteral("carer"), QStringLiteral("score-15"),
                     QStringLiteral("T1"), QStringLiteral("2024-10-01"), score15(3, 3));
    f.administration(families[0], QStringLiteral("observer"), QStringLiteral("observer-engagement"),
                     QStringLiteral("T1"), QStringLiteral("2024-10-01"), QList<int>(4, 5));
}

void tst_ReportBuilder::cleanupTestCase() {
    m_db.reset();
}

ReportData tst_ReportBuilder::build(const QStringList &scopes, const QString &quarter) const {
    QString error;
    const auto period = ReportPeriod::parseQuarter(quarter, &error);
    const ReportQueries queries(*m_db);
    const auto spec = ReportSpec::resolve(queries, scopes, *period, &error);
    if (!spec)
        qFatal("%s", qPrintable(error));
    ReportBuilder::Options options;
    options.today = QDate(2025, 6, 1);
    return ReportBuilder(*m_db, options).build(*spec);
}

void tst_ReportBuilder::headlineCountsOnlyTheRightCodings() {
    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    // r1 primary (3), r2 consensus (4), r3 primary (5, the consensus is a draft), r5 primary
    // (3 over six skills); r4 is a draft and r5's second coding does not count.
    QCOMPARE(blue.codings, 4);
    QCOMPARE(blue.overall.n, 4);
    compare3(blue.overall.value, 3.75);
    compare3(blue.overall.lower, 2.226520); // 3.75 -/+ t(.975, 3) * 0.957427 / 2
    compare3(blue.overall.upper, 5.273480);
    QCOMPARE(blue.practitionersObserved, 3);
    QCOMPARE(blue.practitionersActive, 4); // P1, P2, P5 and P6; P4 left before the quarter
    QCOMPARE(blue.previousPeriod.key(), QStringLiteral("2024-Q4"));
    compare3(blue.previousOverall.value, 2.0);
    // r3's consensus and r4's primary are still drafts, so the quarter is incomplete and shows
    // no change on the previous one (3.75 - 2.0 would look final).
    QVERIFY(!blue.changeOnPrevious.available());
    QVERIFY(!blue.changeOnPrevious.suppressed);
    QCOMPARE(blue.changeOnPrevious.withheldReason, QStringLiteral("the period is incomplete"));
    QCOMPARE(blue.referencePoints.size(), 3);
    compare3(blue.referencePoints.at(0).value, 2.64);

    const ReportData service = build({QStringLiteral("service")}, QStringLiteral("2025-Q1"));
    QCOMPARE(service.codings, 5);
    // Green's quarter holds one coding, so the service figure, which contains it, is withheld:
    // otherwise the service minus Blue would give Green's session back.
    QVERIFY(service.overall.suppressed);
    QVERIFY(std::isnan(service.overall.value));
    QCOMPARE(service.practitionersActive, 5);
}

void tst_ReportBuilder::skillsFactorsAndDistribution() {
    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    QCOMPARE(blue.skills.size(), 7);
    QCOMPARE(blue.skills.at(0).key, QStringLiteral("evocation"));
    QCOMPARE(blue.skills.at(0).name, QStringLiteral("Evocation"));
    QCOMPARE(blue.skills.at(0).mean.n, 4);
    compare3(blue.skills.at(0).mean.value, 3.75);
    // Child focus was not codable in r5 (P6's): three scores, 3, 4 and 5, but from two
    // practitioners only, so the skill's mean and distribution are withheld.
    const SkillSummary &childFocus = blue.skills.at(6);
    QCOMPARE(childFocus.key, QStringLiteral("child_focus"));
    QCOMPARE(childFocus.mean.n, 3);
    QVERIFY(childFocus.mean.suppressed && std::isnan(childFocus.mean.value));
    QCOMPARE(childFocus.mean.withheldReason, QStringLiteral("fewer than 3 practitioners"));
    QVERIFY(!childFocus.distribution.at(2).available());
    const QList<double> shares = {0.0, 0.0, 0.5, 0.25, 0.25};
    for (int level = 0; level < 5; ++level)
        compare3(blue.skills.at(0).distribution.at(level).value, shares.at(level));

    QCOMPARE(blue.factors.size(), 3);
    for (const FactorSummary &factor : blue.factors) {
        QCOMPARE(factor.mean.n, 4);
        compare3(factor.mean.value, 3.75);
    }
}

void tst_ReportBuilder::smallNumbersAreSuppressed() {
    const ReportData green = build({QStringLiteral("team:Green")}, QStringLiteral("2025-Q1"));
    QCOMPARE(green.codings, 1);
    QVERIFY(green.overall.suppressed);
    QVERIFY(!green.overall.available());
    QVERIFY(std::isnan(green.overall.value));
    for (const SkillSummary &skill : green.skills) {
        QVERIFY(skill.mean.suppressed);
        for (const Figure &share : skill.distribution)
            QVERIFY(share.suppressed && std::isnan(share.value));
    }
    QVERIFY(green.changeOnPrevious.suppressed);
    QCOMPARE(green.suppressedText(), QStringLiteral("fewer than 3"));

    // One double-coded pair in Blue: the reliability rows are blanked, the count kept.
    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    QCOMPARE(blue.reliabilityPairs, 1);
    QCOMPARE(blue.reliability.size(), 8);
    for (const ReliabilityRow &row : blue.reliability) {
        QVERIFY(!row.iccA1 && !row.exactAgreement && !row.weightedKappa);
        QVERIFY(blue.isSuppressedPairs(row.nPairs));
    }
    // Two parents' WAI in the quarter: fewer than three, so no mean.
    QVERIFY(!blue.engagement.isEmpty());
    QCOMPARE(blue.engagement.constFirst().instrumentId, QStringLiteral("wai-s-client"));
    QCOMPARE(blue.engagement.constFirst().mean.n, 2);
    QVERIFY(blue.engagement.constFirst().mean.suppressed);
}

void tst_ReportBuilder::trendAndServiceLine() {
    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    QCOMPARE(blue.trend.size(), 8);
    QCOMPARE(blue.trend.constFirst().quarter.key(), QStringLiteral("2023-Q2"));
    QCOMPARE(blue.trend.constLast().quarter.key(), QStringLiteral("2025-Q1"));
    compare3(blue.trend.constLast().overall.value, 3.75);
    compare3(blue.trend.at(6).overall.value, 2.0);
    QVERIFY(blue.trend.at(5).overall.suppressed); // no codings at all
    QVERIFY(blue.hasServiceLine);
    QVERIFY(blue.trend.constLast().serviceOverall.suppressed); // it holds Green's lone coding
    compare3(blue.trend.at(6).serviceOverall.value, 2.0);
    QCOMPARE(blue.trend.constLast().factors.size(), 3);

    const ReportData service = build({QStringLiteral("service")}, QStringLiteral("2025-Q1"));
    QVERIFY(!service.hasServiceLine);
}

void tst_ReportBuilder::familyChangeAndEngagement() {
    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    QVERIFY(!blue.familyChange.isEmpty());
    const FamilyChangeSummary &total = blue.familyChange.constFirst();
    QCOMPARE(total.instrumentId, QStringLiteral("score-15"));
    QCOMPARE(total.scaleKey, QStringLiteral("total"));
    QVERIFY(!total.higherIsBetter);
    QCOMPARE(total.change.n, 3);
    compare3(total.before.value, 45.0);
    compare3(total.after.value, 30.0);
    compare3(total.change.value, -15.0);
    compare3(total.change.lower, -52.262068); // -15 -/+ t(.975, 2) * 15 / sqrt(3)
    compare3(total.change.upper, 22.262068);
    compare3(total.p, 0.225403); // df = 2: 1 - |t| / sqrt(t^2 + 2)
    compare3(total.reliableImprovement.value, 2.0 / 3.0);
    compare3(total.reliableDeterioration.value, 0.0);
    QVERIFY(total.provisionalReliableChange);

    // The Green team saw none of these families.
    const ReportData green = build({QStringLiteral("team:Green")}, QStringLiteral("2025-Q1"));
    QCOMPARE(green.familyChange.constFirst().change.n, 0);
    QVERIFY(green.familyChange.constFirst().change.suppressed);
}

void tst_ReportBuilder::coverageAndTimeliness() {
    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    QCOMPARE(blue.asOf, QDate(2025, 3, 31));
    QCOMPARE(blue.practitionersActiveAtEnd, 4);
    // "Active" is one word with one meaning: over the period in the headline, on one named day
    // here, and the label says which.
    QCOMPARE(blue.activeAtEndLabel(),
             QStringLiteral("Practitioners still active on 31 March 2025"));
    QVERIFY(ReportData::practitionerTerms().contains(QStringLiteral("active in a period")));
    QVERIFY(blue.practitionersObserved <= blue.practitionersActive);
    QCOMPARE(blue.notObservedSixMonths, 1); // P5
    // r1 on time; r2 late (given 20 days after the consensus); r3 and r5 never given.
    QCOMPARE(blue.feedbackWithinSevenDays.n, 4);
    compare3(blue.feedbackWithinSevenDays.value, 0.25);
    QCOMPARE(blue.feedbackNotYetDue, 0);
    // Coding turnaround, a separate clock from the session to the coding that counts: r1 50
    // days, r2's consensus 28, r3 19, r5 13.
    QCOMPARE(blue.codingTurnaroundDays.n, 4);
    compare3(blue.codingTurnaroundDays.value, 27.5);
    // Only CASE-4's carer SCORE-15: the WAI and observer T1s of 2024-10-01 have no T2 either,
    // but they are given once and are never owed a follow-up.
    QCOMPARE(blue.followUpsOverdue, 1);
    QCOMPARE(build({QStringLiteral("team:Green")}, QStringLiteral("2025-Q1")).followUpsOverdue, 0);
    QCOMPARE(build({QStringLiteral("service")}, QStringLiteral("2025-Q1")).followUpsOverdue, 1);
    QVERIFY(blue.followUpsOverdueLabel().contains(QStringLiteral("more than 16 weeks")));

    // The organisation's own interval: 30 weeks after 2024-10-01 is after the quarter's end.
    QString error;
    const auto spec = ReportSpec::resolve(ReportQueries(*m_db), {QStringLiteral("team:Blue")},
                                          ReportPeriod::ofQuarter(2025, 1), &error);
    QVERIFY(spec);
    ReportBuilder::Options options;
    options.today = QDate(2025, 6, 1);
    options.followUpWeeks = 30;
    const ReportData longer = ReportBuilder(*m_db, options).build(*spec);
    QCOMPARE(longer.followUpsOverdue, 0);
    QCOMPARE(longer.followUpWeeks, 30);
}

void tst_ReportBuilder::csvIsTidyAndNeverLeaksASuppressedNumber() {
    const ReportData green = build({QStringLiteral("team:Green")}, QStringLiteral("2025-Q1"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReportCsvWriter::write(green, &buffer));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'));
    QCOMPARE(
        lines.at(0),
        QStringLiteral("scope,period,section,figure,key,n,value,ci_lower,ci_upper,suppressed"));
    QVERIFY(lines.contains(QStringLiteral(
        "team:Green,2025-Q1,headline,overall_mean,,,,,,fewer than 3 coded sessions")));
    QVERIFY(lines.contains(QStringLiteral(
        "team:Green,2025-Q1,skills,skill_mean,empathy,,,,,fewer than 3 coded sessions")));
    // Green's only coding scored 2 everywhere: "2.000000" must appear nowhere as a mean.
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral(",headline,overall_mean,")) ||
            line.contains(QStringLiteral(",skills,")) ||
            line.contains(QStringLiteral(",distribution,")))
            QVERIFY2(!line.contains(QStringLiteral("2.000000")) &&
                         !line.contains(QStringLiteral("1.000000")),
                     qPrintable(line));
    }

    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    const QList<QStringList> rows = ReportCsvWriter::rows(blue);
    bool found = false;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), ReportCsvWriter::header().size());
        if (row.at(3) == QLatin1String("overall_mean") && row.at(2) == QLatin1String("headline")) {
            QCOMPARE(row.at(5), QStringLiteral("4"));
            QCOMPARE(row.at(6), QStringLiteral("3.750000"));
            found = true;
        }
        // A manager report names nobody: no practitioner names or codes, no family codes.
        const QString joined = row.join(QLatin1Char(','));
        for (const QString &name : {QStringLiteral("Sam"), QStringLiteral("Ali"),
                                    QStringLiteral("P1"), QStringLiteral("CASE-")})
            QVERIFY2(!joined.contains(name), qPrintable(joined));
    }
    QVERIFY(found);
}

void tst_ReportBuilder::practitionerReportAndScopeErrors() {
    const ReportData p1 = build({QStringLiteral("practitioner:P1")}, QStringLiteral("2024-Q4"));
    QVERIFY(!p1.spec.isManagerReport());
    QCOMPARE(p1.codings, 3);
    compare3(p1.overall.value, 2.0);
    QCOMPARE(p1.spec.scopeLabel(), QStringLiteral("Practitioner: P1 (Sam Jones)"));

    const ReportQueries queries(*m_db);
    QString error;
    const ReportPeriod q = ReportPeriod::ofQuarter(2025, 1);
    QVERIFY(!ReportSpec::resolve(queries, {QStringLiteral("team:Purple")}, q, &error));
    QCOMPARE(error, QStringLiteral("unknown team 'Purple'"));
    QVERIFY(!ReportSpec::resolve(queries, {QStringLiteral("practitioner:X9")}, q, &error));
    QCOMPARE(error, QStringLiteral("unknown practitioner 'X9'"));
    QVERIFY(!ReportSpec::resolve(queries, {QStringLiteral("galaxy")}, q, &error));
    const auto two = ReportSpec::resolve(
        queries, {QStringLiteral("team:Blue"), QStringLiteral("team:Green")}, q, &error);
    QVERIFY(two);
    QCOMPARE(two->scopeLabel(), QStringLiteral("Teams: Blue, Green"));
}

void tst_ReportBuilder::periodsParseAndRefuse() {
    QString error;
    const auto q = ReportPeriod::parseQuarter(QStringLiteral("2025-Q3"), &error);
    QVERIFY(q);
    QCOMPARE(q->from(), QDate(2025, 7, 1));
    QCOMPARE(q->to(), QDate(2025, 9, 30));
    QCOMPARE(q->previous().key(), QStringLiteral("2025-Q2"));
    QCOMPARE(ReportPeriod::ofQuarter(2025, 1).previous().key(), QStringLiteral("2024-Q4"));
    QVERIFY(!ReportPeriod::parseQuarter(QStringLiteral("2025-Q5"), &error));
    QCOMPARE(error, QStringLiteral("'2025-Q5' is not a quarter like 2025-Q3"));
    QVERIFY(!ReportPeriod::parseRange(QStringLiteral("2025-03-01"), QStringLiteral("2025-02-01"),
                                      &error));
    QCOMPARE(error, QStringLiteral("the period from 2025-03-01 to 2025-02-01 is empty"));
    QVERIFY(!ReportPeriod::parseRange(QStringLiteral("2025-02-30"), QStringLiteral("2025-03-01"),
                                      &error));
    const auto range = ReportPeriod::parseRange(QStringLiteral("2025-01-15"),
                                                QStringLiteral("2025-02-14"), &error);
    QVERIFY(range && !range->isQuarter());
    QCOMPARE(range->previous().to(), QDate(2025, 1, 14));
    QCOMPARE(range->previous().from(), QDate(2024, 12, 15)); // the same 31 days
    const auto exact = ReportPeriod::parseRange(QStringLiteral("2025-04-01"),
                                                QStringLiteral("2025-06-30"), &error);
    QVERIFY(exact && exact->isQuarter());
    // Two whole quarters: the previous period is the two quarters before, not 181 days.
    const auto half = ReportPeriod::parseRange(QStringLiteral("2025-01-01"),
                                               QStringLiteral("2025-06-30"), &error);
    QVERIFY(half && half->isWholeQuarters() && !half->isQuarter());
    QCOMPARE(half->previous().from(), QDate(2024, 7, 1));
    QCOMPARE(half->previous().to(), QDate(2024, 12, 31));
    QVERIFY(!range->isWholeQuarters());
}

void tst_ReportBuilder::incompletePeriodsSaySo() {
    const ReportData blue = build({QStringLiteral("team:Blue")}, QStringLiteral("2025-Q1"));
    QCOMPARE(blue.draftsOutstanding, 2);
    QVERIFY(blue.periodEnded());
    QVERIFY(blue.isIncomplete());
    QCOMPARE(blue.incompleteText(), QStringLiteral("Incomplete: 2 drafts outstanding"));

    // Made before the quarter ends, it says so too.
    QString error;
    const auto spec = ReportSpec::resolve(ReportQueries(*m_db), {QStringLiteral("team:Blue")},
                                          ReportPeriod::ofQuarter(2025, 1), &error);
    ReportBuilder::Options options;
    options.today = QDate(2025, 3, 15);
    const ReportData early = ReportBuilder(*m_db, options).build(*spec);
    QCOMPARE(early.incompleteText(),
             QStringLiteral("Incomplete: period ends 31 Mar 2025; 2 drafts outstanding"));

    // Green has no drafts and its quarter has ended: complete, and the CSV says which.
    const ReportData green = build({QStringLiteral("team:Green")}, QStringLiteral("2025-Q1"));
    QVERIFY(!green.isIncomplete());
    QVERIFY(green.incompleteText().isEmpty());
    bool blueMarked = false;
    for (const QStringList &row : ReportCsvWriter::rows(blue)) {
        if (row.at(3) == QLatin1String("period_complete")) {
            QCOMPARE(row.at(6), QStringLiteral("0"));
            blueMarked = true;
        }
        if (row.at(3) == QLatin1String("change_on_previous")) {
            QVERIFY(row.at(6).isEmpty());
            QCOMPARE(row.at(9), QStringLiteral("the period is incomplete"));
        }
    }
    QVERIFY(blueMarked);
}

// A coaching report's trend marks a quarter that has not ended, or still has drafts, in words,
// and shows no figure for it as if it were final.
void tst_ReportBuilder::coachingTrendWithholdsAnUnfinishedQuarter() {
    const ReportQueries queries(*m_db);
    QString error;
    auto coaching = [&](const QString &who, const ReportPeriod &period, const QDate &today) {
        const auto spec = ReportSpec::resolve(queries, {who}, period, &error);
        if (!spec)
            qFatal("%s", qPrintable(error));
        ReportBuilder::Options options;
        options.today = today;
        return ReportBuilder(*m_db, options).build(*spec);
    };
    // P1's three 2024-Q4 sessions, seen in mid-December: the quarter has not ended.
    const ReportData early = coaching(QStringLiteral("practitioner:P1"),
                                      ReportPeriod::ofQuarter(2024, 4), QDate(2024, 12, 15));
    const TrendPoint &part = early.trend.constLast();
    QCOMPARE(part.quarter.key(), QStringLiteral("2024-Q4"));
    QCOMPARE(part.incomplete, QStringLiteral("Incomplete: quarter ends 31 Dec 2024"));
    QVERIFY(part.overall.suppressed);
    QVERIFY(std::isnan(part.overall.value));
    QCOMPARE(part.overall.n, 3);
    QCOMPARE(early.reasonFor(part.overall),
             QStringLiteral("2024-Q4 is incomplete: quarter ends 31 Dec 2024"));
    for (const Figure &factor : part.factors)
        QVERIFY(!factor.available());
    // The screen and the PDF both put this sentence under the trend.
    QCOMPARE(early.incompleteTrendNote(),
             QStringLiteral("2024-Q4 Incomplete: quarter ends 31 Dec 2024. Figures for an "
                            "incomplete quarter are not shown until it is complete, so a part "
                            "quarter is not read as a change."));

    // The same quarter once it has ended and has no drafts is shown.
    const ReportData later = coaching(QStringLiteral("practitioner:P1"),
                                      ReportPeriod::ofQuarter(2024, 4), QDate(2025, 6, 1));
    QVERIFY(later.trend.constLast().incomplete.isEmpty());
    QVERIFY(later.incompleteTrendNote().isEmpty());
    compare3(later.trend.constLast().overall.value, 2.0);

    // P2's 2025-Q1 has ended but still has two drafts.
    const ReportData drafts = coaching(QStringLiteral("practitioner:P2"),
                                       ReportPeriod::ofQuarter(2025, 1), QDate(2025, 6, 1));
    QCOMPARE(drafts.trend.constLast().incomplete,
             QStringLiteral("Incomplete: 2 drafts outstanding"));
    QVERIFY(!drafts.trend.constLast().overall.available());
}

QTEST_GUILESS_MAIN(tst_ReportBuilder)
#include "tst_ReportBuilder.moc"
