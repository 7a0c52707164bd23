#include "reports/DisclosureRule.h"

#include <QTest>

// The disclosure rule on hand-made tallies: counts and people, cells, unfinished quarters, and
// the coaching report's lighter rule.
class tst_DisclosureRule : public QObject {
    Q_OBJECT

private slots:
    void needsEnoughValuesAndPeople();
    void everyCellMustBePublishable();
    void aQuarterThatHasNotEndedIsWithheldFromManagers();
    void coachingReportsCountFamiliesNotPractitioners();
};

namespace {
const QDate today(2026, 1, 15); // 2025-Q4 has ended, 2026-Q1 has not
const QDate q3(2025, 8, 1);
const QDate q4(2025, 11, 1);
} // namespace

void tst_DisclosureRule::needsEnoughValuesAndPeople() {
    const DisclosureRule rule(3, true, today);
    SourceTally tally;
    tally.add(1, q3, 100);
    tally.add(1, q3, 100);
    QCOMPARE(rule.withheldReason(tally, DisclosureRule::Unit::Sessions),
             QStringLiteral("fewer than 3 coded sessions"));
    tally.add(1, q3, 100);
    QCOMPARE(rule.withheldReason(tally, DisclosureRule::Unit::Sessions),
             QStringLiteral("fewer than 3 practitioners"));
    tally.add(1, q3, 101);
    tally.add(1, q3, 102);
    QVERIFY(rule.withheldReason(tally, DisclosureRule::Unit::Sessions).isEmpty());
}

void tst_DisclosureRule::everyCellMustBePublishable() {
    const DisclosureRule rule(3, true, today);
    SourceTally tally;
    for (int i = 0; i < 5; ++i)
        tally.add(1, q3, 100 + i); // team 1, Q3: five practitioners
    tally.add(2, q3, 200);         // team 2, Q3: one session
    QCOMPARE(rule.withheldReason(tally, DisclosureRule::Unit::Sessions),
             QStringLiteral("a team's quarter in this report has fewer than 3 coded sessions or "
                            "practitioners"));
    // The same team with a lone session in another quarter is withheld in the same way.
    SourceTally twoQuarters;
    for (int i = 0; i < 5; ++i)
        twoQuarters.add(1, q3, 100 + i);
    twoQuarters.add(1, q4, 100);
    QVERIFY(!rule.withheldReason(twoQuarters, DisclosureRule::Unit::Sessions).isEmpty());
}

void tst_DisclosureRule::aQuarterThatHasNotEndedIsWithheldFromManagers() {
    SourceTally tally;
    for (int i = 0; i < 5; ++i)
        tally.add(1, QDate(2026, 1, 5), 100 + i);
    QCOMPARE(DisclosureRule(3, true, today).withheldReason(tally, DisclosureRule::Unit::Sessions),
             QStringLiteral("2026-Q1 has not ended, so its figures are still changing"));
    QVERIFY(DisclosureRule(3, false, today)
                .withheldReason(tally, DisclosureRule::Unit::Sessions)
                .isEmpty());
}

void tst_DisclosureRule::coachingReportsCountFamiliesNotPractitioners() {
    const DisclosureRule coaching(3, false, today);
    SourceTally sessions; // one practitioner's own three sessions
    for (int i = 0; i < 3; ++i)
        sessions.add(1, q3, 100);
    QVERIFY(coaching.withheldReason(sessions, DisclosureRule::Unit::Sessions).isEmpty());
    SourceTally forms; // three forms from two families
    forms.add(1, q3, 7);
    forms.add(1, q3, 7);
    forms.add(1, q3, 8);
    QCOMPARE(coaching.withheldReason(forms, DisclosureRule::Unit::Families),
             QStringLiteral("fewer than 3 families"));
}

QTEST_GUILESS_MAIN(tst_DisclosureRule)
#include "tst_DisclosureRule.moc"
