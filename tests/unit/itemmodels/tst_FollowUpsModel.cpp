#include "itemmodels/FollowUpsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_FollowUpsModel : public QObject {
    Q_OBJECT

private slots:
    void showsDueAndOverdueOnly();
    void includesUpcomingWhenAsked();

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

QTEST_GUILESS_MAIN(tst_FollowUpsModel)
#include "tst_FollowUpsModel.moc"
