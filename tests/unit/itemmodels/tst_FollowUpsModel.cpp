#include "itemmodels/FollowUpsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_FollowUpsModel : public QObject {
    Q_OBJECT

private slots:
    void showsDueAndOverdueOnly();
    void includesUpcomingWhenAsked();
    void opensOnWhatIsDueThisWeekAndOverdueThisMonth();
    void filtersByTeamT1DateAndLeavers();

private:
    static FollowUp followUp(const QString &family, const QDate &due);
};

FollowUp tst_FollowUpsModel::followUp(const QString &family, const QDate &due) {
    FollowUp f;
    f.familyCode = family;
    f.respondent = QStringLiteral("mother");
    f.instrumentId = QStringLiteral("score-15");
    f.dueDate = due;
    f.t1Date = due.addDays(-112);
    return f;
}

// Today 2026-05-01: due 2026-04-20 is overdue by 11 days; due 2026-05-10 is within the
// two-week window (due in 9 days); due 2026-06-01 is not yet due.
void tst_FollowUpsModel::showsDueAndOverdueOnly() {
    FollowUpsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFollowUps({followUp(QStringLiteral("F1"), QDate(2026, 4, 20)),
                        followUp(QStringLiteral("F2"), QDate(2026, 5, 10)),
                        followUp(QStringLiteral("F3"), QDate(2026, 6, 1))},
                       QDate(2026, 5, 1), InstrumentCatalogue::builtIn());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.overdueCount(), 1);
    QCOMPARE(model.index(0, FollowUpsModel::StatusColumn).data().toString(),
             QStringLiteral("Overdue by 11 days"));
    QCOMPARE(model.index(0, FollowUpsModel::StatusColumn).data(FollowUpsModel::RawValueRole), 11);
    QCOMPARE(model.index(1, FollowUpsModel::StatusColumn).data().toString(),
             QStringLiteral("Due in 9 days"));
    QCOMPARE(model.index(1, FollowUpsModel::InstrumentColumn).data().toString(),
             QStringLiteral("SCORE-15"));
    QCOMPARE(model.index(1, FollowUpsModel::DueDateColumn).data().toString(),
             QStringLiteral("2026-05-10"));
    QCOMPARE(model.followUpAt(1)->familyCode, QStringLiteral("F2"));
    QVERIFY(!model.followUpAt(2));
}

void tst_FollowUpsModel::includesUpcomingWhenAsked() {
    FollowUpsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFollowUps({followUp(QStringLiteral("F3"), QDate(2026, 6, 1))}, QDate(2026, 5, 1),
                       InstrumentCatalogue::builtIn(), true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, FollowUpsModel::StatusColumn).data().toString(),
             QStringLiteral("Not yet due (in 31 days)"));
}

// Today 2026-05-01. Due this week or overdue this month come first, by due date; then due
// later in the window; then long overdue, least late first; then not yet due.
void tst_FollowUpsModel::opensOnWhatIsDueThisWeekAndOverdueThisMonth() {
    FollowUpsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FollowUpsModel::Filter filter;
    filter.includeUpcoming = true;
    model.setFollowUps({followUp(QStringLiteral("ancient"), QDate(2023, 8, 30)),
                        followUp(QStringLiteral("twoMonths"), QDate(2026, 3, 1)),
                        followUp(QStringLiteral("lastWeek"), QDate(2026, 4, 24)),
                        followUp(QStringLiteral("inTenDays"), QDate(2026, 5, 11)),
                        followUp(QStringLiteral("inThreeDays"), QDate(2026, 5, 4)),
                        followUp(QStringLiteral("later"), QDate(2026, 7, 1))},
                       QDate(2026, 5, 1), InstrumentCatalogue::builtIn(), filter);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order.append(model.followUpAt(row)->familyCode);
    QCOMPARE(order, (QStringList{QStringLiteral("lastWeek"), QStringLiteral("inThreeDays"),
                                 QStringLiteral("inTenDays"), QStringLiteral("twoMonths"),
                                 QStringLiteral("ancient"), QStringLiteral("later")}));
}

void tst_FollowUpsModel::filtersByTeamT1DateAndLeavers() {
    FollowUp north = followUp(QStringLiteral("N"), QDate(2026, 4, 28));
    north.teamName = QStringLiteral("North");
    north.practitionerName = QStringLiteral("Amira");
    FollowUp leaver = followUp(QStringLiteral("L"), QDate(2026, 4, 29));
    leaver.teamName = QStringLiteral("North");
    leaver.practitionerName = QStringLiteral("Ben");
    leaver.practitionerHasLeft = true;
    FollowUp south = followUp(QStringLiteral("S"), QDate(2026, 4, 30));
    south.teamName = QStringLiteral("South");
    south.t1Date = QDate(2025, 1, 1);
    const QList<FollowUp> all{north, leaver, south};
    FollowUpsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setFollowUps(all, QDate(2026, 5, 1), InstrumentCatalogue::builtIn(), false);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, FollowUpsModel::PractitionerColumn).data().toString(),
             QStringLiteral("Ben (has left)"));
    QCOMPARE(model.index(2, FollowUpsModel::PractitionerColumn).data().toString(),
             QStringLiteral("No session recorded"));
    QCOMPARE(model.index(2, FollowUpsModel::TeamColumn).data().toString(), QStringLiteral("South"));

    FollowUpsModel::Filter filter;
    filter.team = QStringLiteral("North");
    filter.hideLeavers = true;
    model.setFollowUps(all, QDate(2026, 5, 1), InstrumentCatalogue::builtIn(), filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.followUpAt(0)->familyCode, QStringLiteral("N"));
    QCOMPARE(model.hiddenLeaverCount(), 1);

    filter = {};
    filter.t1From = QDate(2025, 11, 1);
    model.setFollowUps(all, QDate(2026, 5, 1), InstrumentCatalogue::builtIn(), filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.hiddenLeaverCount(), 0);
}

QTEST_GUILESS_MAIN(tst_FollowUpsModel)
#include "tst_FollowUpsModel.moc"
