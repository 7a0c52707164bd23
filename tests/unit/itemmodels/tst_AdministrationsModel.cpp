#include "itemmodels/AdministrationsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_AdministrationsModel : public QObject {
    Q_OBJECT

private slots:
    void showsScoresAndFlags();
};

// WAI-S client answers 6 5 7 2 6 5 7 4 6 3 5 6 give 5.67 (tst_InstrumentScorer); the GHQ-12
// with two items missing is prorated; one answer of 15 on SCORE-15 is not scorable.
void tst_AdministrationsModel::showsScoresAndFlags() {
    InstrumentResponse wai;
    wai.id = 1;
    wai.respondent = QStringLiteral("mother");
    wai.instrumentId = QStringLiteral("wai-s-client");
    wai.timepoint = QStringLiteral("T1");
    wai.administeredOn = QDate(2026, 1, 5);
    wai.mode = QStringLiteral("face_to_face");
    wai.items = {{1, 6}, {2, 5}, {3, 7}, {4, 2},  {5, 6},  {6, 5},
                 {7, 7}, {8, 4}, {9, 6}, {10, 3}, {11, 5}, {12, 6}};
    InstrumentResponse ghq = wai;
    ghq.id = 2;
    ghq.instrumentId = QStringLiteral("ghq-12");
    ghq.timepoint = QStringLiteral("T10");
    ghq.items = {{1, 1}, {2, 2}, {3, 0}, {5, 1}, {6, 1}, {7, 2}, {8, 0}, {9, 1}, {10, 2}, {12, 0}};
    InstrumentResponse score = wai;
    score.id = 3;
    score.instrumentId = QStringLiteral("score-15");
    score.items = {{1, 3}};

    AdministrationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAdministrations({wai, ghq, score}, InstrumentCatalogue::builtIn());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AdministrationsModel::TotalColumn).data().toString(),
             QStringLiteral("5.67"));
    QCOMPARE(model.index(0, AdministrationsModel::FlagColumn).data().toString(), QString());
    QCOMPARE(model.index(0, AdministrationsModel::ModeColumn).data().toString(),
             QStringLiteral("Face to face"));
    QCOMPARE(model.index(1, AdministrationsModel::TotalColumn).data().toString(),
             QStringLiteral("12.00"));
    QCOMPARE(model.index(1, AdministrationsModel::FlagColumn).data().toString(),
             QStringLiteral("prorated"));
    QCOMPARE(model.index(1, AdministrationsModel::TimepointColumn)
                 .data(AdministrationsModel::RawValueRole),
             QVariant(10));
    QCOMPARE(model.index(2, AdministrationsModel::FlagColumn).data().toString(),
             QStringLiteral("not scorable"));
    QCOMPARE(model.index(2, AdministrationsModel::ItemsAnsweredColumn).data().toString(),
             QStringLiteral("1 of 15"));
    QCOMPARE(model.index(2, 0).data(AdministrationsModel::IdRole), QVariant(qint64(3)));
}

QTEST_GUILESS_MAIN(tst_AdministrationsModel)
#include "tst_AdministrationsModel.moc"
