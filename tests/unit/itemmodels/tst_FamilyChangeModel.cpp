#include "instruments/FamilyChange.h"
#include "itemmodels/FamilyChangeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// T1 -> T2 change per scale with the reliable change index, from a family's administrations.
class tst_FamilyChangeModel : public QObject {
    Q_OBJECT

private slots:
    void pairsT1WithT2AndClassesTheChange();
    void notScorableAndNoParameters();
    void modelPassesTheTester();

private:
    static InstrumentResponse response(const QString &respondent, const QString &instrument,
                                       const QString &timepoint, const QMap<int, int> &items);
    static QMap<int, int> score15WithTotal(int total);
};

InstrumentResponse tst_FamilyChangeModel::response(const QString &respondent,
                                                   const QString &instrument,
                                                   const QString &timepoint,
                                                   const QMap<int, int> &items) {
    InstrumentResponse r;
    r.respondent = respondent;
    r.instrumentId = instrument;
    r.timepoint = timepoint;
    r.items = items;
    return r;
}

// Every keyed item 1 gives 15; raising keyed items one point at a time reaches `total`.
// Strength items (1,3,6,10,15) are keyed as answered; the others as 6 - answer.
QMap<int, int> tst_FamilyChangeModel::score15WithTotal(int total) {
    const QSet<int> reversed{2, 4, 5, 7, 8, 9, 11, 12, 13, 14};
    QMap<int, int> keyed;
    for (int item = 1; item <= 15; ++item)
        keyed.insert(item, 1);
    int extra = total - 15;
    for (int item = 1; item <= 15 && extra > 0; ++item) {
        const int add = std::min(4, extra);
        keyed[item] += add;
        extra -= add;
    }
    QMap<int, int> answers;
    for (auto it = keyed.constBegin(); it != keyed.constEnd(); ++it)
        answers.insert(it.key(), reversed.contains(it.key()) ? 6 - it.value() : it.value());
    return answers;
}

// SCORE-15 total 39 -> 30 with SD 9.0 and r .89: RCI = -9 / 4.2214 = -2.13, and lower is
// better, so a reliable improvement (worked in tst_ReliableChange).
void tst_FamilyChangeModel::pairsT1WithT2AndClassesTheChange() {
    const QList<InstrumentResponse> administrations{
        response(QStringLiteral("mother"), QStringLiteral("score-15"), QStringLiteral("T2"),
                 score15WithTotal(30)),
        response(QStringLiteral("mother"), QStringLiteral("score-15"), QStringLiteral("T1"),
                 score15WithTotal(39)),
        // A T1 without a T2 gives no change row.
        response(QStringLiteral("father"), QStringLiteral("score-15"), QStringLiteral("T1"),
                 score15WithTotal(50)),
    };
    const auto changes = FamilyChange::compute(administrations, InstrumentCatalogue::builtIn());
    QCOMPARE(changes.size(), 4);
    const ScaleChange &total = changes.first();
    QCOMPARE(total.scaleKey, QStringLiteral("total"));
    QCOMPARE(*total.before, 39.0);
    QCOMPARE(*total.after, 30.0);
    QCOMPARE(total.outcome, ScaleChange::Outcome::Computed);
    QVERIFY(qAbs(total.result.rci - (-2.1320)) < 1e-4);
    QCOMPARE(total.result.classification, ReliableChange::Class::ReliableImprovement);
    QVERIFY(total.provisionalParameters);

    FamilyChangeModel model;
    model.setChanges(changes);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, FamilyChangeModel::ChangeColumn).data().toString(),
             QStringLiteral("-9.00"));
    QCOMPARE(model.index(0, FamilyChangeModel::RciColumn).data().toString(),
             QStringLiteral("-2.13"));
    QCOMPARE(model.index(0, FamilyChangeModel::ClassColumn).data(FamilyChangeModel::OutcomeRole),
             QVariant(QStringLiteral("reliable_improvement")));
    QCOMPARE(model.index(0, FamilyChangeModel::ClassColumn).data().toString(),
             QStringLiteral("Reliable improvement (provisional figures)"));
    QCOMPARE(model.index(0, FamilyChangeModel::RespondentColumn).data().toString(),
             QStringLiteral("Mother"));
    QCOMPARE(model.index(0, FamilyChangeModel::RespondentColumn)
                 .data(FamilyChangeModel::RawValueRole)
                 .toString(),
             QStringLiteral("mother"));
}

void tst_FamilyChangeModel::notScorableAndNoParameters() {
    const QList<InstrumentResponse> administrations{
        response(QStringLiteral("mother"), QStringLiteral("family-life-rating"),
                 QStringLiteral("T1"), {{1, 3}}),
        response(QStringLiteral("mother"), QStringLiteral("family-life-rating"),
                 QStringLiteral("T2"), {{1, 6}}),
        response(QStringLiteral("mother"), QStringLiteral("ghq-12"), QStringLiteral("T1"),
                 {{1, 1}}),
        response(QStringLiteral("mother"), QStringLiteral("ghq-12"), QStringLiteral("T2"),
                 {{1, 1},
                  {2, 1},
                  {3, 1},
                  {4, 1},
                  {5, 1},
                  {6, 1},
                  {7, 1},
                  {8, 1},
                  {9, 1},
                  {10, 1},
                  {11, 1},
                  {12, 1}}),
    };
    const auto changes = FamilyChange::compute(administrations, InstrumentCatalogue::builtIn());
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).instrumentId, QStringLiteral("family-life-rating"));
    QCOMPARE(changes.at(0).outcome, ScaleChange::Outcome::NoParameters);
    QCOMPARE(*changes.at(0).change(), 3.0);
    QCOMPARE(changes.at(1).outcome, ScaleChange::Outcome::NotScorable);
    QVERIFY(!changes.at(1).change());
    QCOMPARE(FamilyChangeModel::outcomeKey(changes.at(1)), QStringLiteral("not_scorable"));
}

void tst_FamilyChangeModel::modelPassesTheTester() {
    FamilyChangeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChanges(FamilyChange::compute(
        {response(QStringLiteral("mother"), QStringLiteral("family-life-rating"),
                  QStringLiteral("T1"), {{1, 3}}),
         response(QStringLiteral("mother"), QStringLiteral("family-life-rating"),
                  QStringLiteral("T2"), {{1, 6}})},
        InstrumentCatalogue::builtIn()));
    QCOMPARE(model.rowCount(), 1);
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_FamilyChangeModel)
#include "tst_FamilyChangeModel.moc"
