#include "reports/FamilyAttribution.h"

#include <QTest>

// Each family questionnaire belongs to one session: the latest on or before its day, or the
// family's first when it came earlier; never to every team the family was seen by.
class tst_FamilyAttribution : public QObject {
    Q_OBJECT

private slots:
    void picksTheSessionTheFormFollowed();
    void matchesTheReportFilter();
};

void tst_FamilyAttribution::picksTheSessionTheFormFollowed() {
    // Family 7: North (team 1, practitioner 10) in March, South (team 2, practitioner 20) in
    // June. Family 8: one West session.
    const FamilyAttribution attribution({{7, QDate(2025, 3, 1), 1, 10},
                                         {7, QDate(2025, 6, 1), 2, 20},
                                         {8, QDate(2025, 5, 1), 3, 30}});
    QCOMPARE(attribution.sessionFor(7, QDate(2025, 4, 1))->teamId, 1);
    QCOMPARE(attribution.sessionFor(7, QDate(2025, 6, 1))->teamId, 2); // the same day counts
    QCOMPARE(attribution.sessionFor(7, QDate(2025, 9, 1))->teamId, 2);
    QCOMPARE(attribution.sessionFor(7, QDate(2025, 1, 1))->teamId, 1); // before any: the first
    QCOMPARE(attribution.sessionFor(8, QDate(2025, 9, 1))->practitionerId, 30);
    QVERIFY(!attribution.sessionFor(9, QDate(2025, 9, 1)));
}

void tst_FamilyAttribution::matchesTheReportFilter() {
    const FamilySession session{7, QDate(2025, 6, 1), 2, 20};
    QVERIFY(FamilyAttribution::matches({}, session));
    QVERIFY(FamilyAttribution::matches({{1, 2}, 0, {}}, session));
    QVERIFY(!FamilyAttribution::matches({{1}, 0, {}}, session));
    QVERIFY(FamilyAttribution::matches({{}, 20, {}}, session));
    QVERIFY(!FamilyAttribution::matches({{}, 10, {}}, session));
}

QTEST_GUILESS_MAIN(tst_FamilyAttribution)
#include "tst_FamilyAttribution.moc"
