#include "instruments/InstrumentCatalogue.h"
#include "instruments/InstrumentScorer.h"

#include <QTest>

// Every expected value below was worked out by hand from the scoring rules in
// resources/instruments/*.json and DOMAIN.md §3; the working is written next to each case.
class tst_InstrumentScorer : public QObject {
    Q_OBJECT

private slots:
    void score15AllAnswered();
    void score15Prorated();
    void score15BelowThreshold();
    void score15Extremes();
    void waiClientAllAnsweredWithReverseKeying();
    void waiClientMissingItems();
    void waiClientExtremes();
    void waiWorkerHasNoReverseKeying();
    void waiSrClient();
    void singleItemRatings();
    void ghq12();
    void validateRefusesOutOfRangeAndUnknownItems();
    void minimumAnsweredIsEightyPercentRoundedUp();
    void reportsTwoDecimals();

private:
    static const InstrumentDefinition &instrument(const QString &id);
    static QMap<int, int> answers(const QList<int> &values); // 0 in the list means "missing"
    static ScaleScore scoreOf(const QList<ScaleScore> &scores, const QString &key);
};

const InstrumentDefinition &tst_InstrumentScorer::instrument(const QString &id) {
    static const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    const InstrumentDefinition *definition = catalogue.find(id);
    if (!definition)
        qFatal("instrument %s is not built in", qPrintable(id));
    return *definition;
}

QMap<int, int> tst_InstrumentScorer::answers(const QList<int> &values) {
    QMap<int, int> items;
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i) != 0)
            items.insert(i + 1, values.at(i));
    }
    return items;
}

ScaleScore tst_InstrumentScorer::scoreOf(const QList<ScaleScore> &scores, const QString &key) {
    for (const ScaleScore &score : scores) {
        if (score.key == key)
            return score;
    }
    return ScaleScore{};
}

// SCORE-15: 1-5; items 2,4,5,7,8,9,11,12,13,14 reverse-keyed as 6 - x.
// Answers:  1:2  2:4  3:1  4:3  5:5  6:2  7:4  8:3  9:5  10:1 11:4 12:2 13:3 14:5 15:2
// Keyed:    1:2  2:2  3:1  4:3  5:1  6:2  7:2  8:3  9:1  10:1 11:2 12:4 13:3 14:1 15:2
// Strengths (1,3,6,10,15)  = 2+1+2+1+2 = 8
// Overwhelmed (5,7,9,11,14) = 1+2+1+2+1 = 7
// Disrupted (2,4,8,12,13)   = 2+3+3+4+3 = 15
// Total = 8 + 7 + 15 = 30
void tst_InstrumentScorer::score15AllAnswered() {
    const auto scores =
        InstrumentScorer::score(instrument(QStringLiteral("score-15")),
                                answers({2, 4, 1, 3, 5, 2, 4, 3, 5, 1, 4, 2, 3, 5, 2}));
    QCOMPARE(scores.size(), 4);
    QCOMPARE(scores.at(0).key, QStringLiteral("total"));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("30.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("strengths_adaptability")).reported(),
             QStringLiteral("8.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("overwhelmed_by_difficulties")).reported(),
             QStringLiteral("7.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("disrupted_communication")).reported(),
             QStringLiteral("15.00"));
    for (const ScaleScore &score : scores) {
        QVERIFY(!score.prorated);
        QCOMPARE(score.itemsAnswered, score.itemsInScale);
    }
}

// The same answers with items 7 and 12 missing (keyed 2 and 4).
// Total: 13 of 15 answered (>= 12); sum 30 - 2 - 4 = 24; prorated 24 x 15 / 13 = 27.6923 -> 27.69
// Overwhelmed: 4 of 5 (>= 4); sum 7 - 2 = 5; 5 x 5 / 4 = 6.25, prorated
// Disrupted: 4 of 5; sum 15 - 4 = 11; 11 x 5 / 4 = 13.75, prorated
// Strengths: all 5 answered, 8, not prorated
void tst_InstrumentScorer::score15Prorated() {
    const auto scores =
        InstrumentScorer::score(instrument(QStringLiteral("score-15")),
                                answers({2, 4, 1, 3, 5, 2, 0, 3, 5, 1, 4, 0, 3, 5, 2}));
    const ScaleScore total = scoreOf(scores, QStringLiteral("total"));
    QCOMPARE(total.itemsAnswered, 13);
    QVERIFY(total.prorated);
    QCOMPARE(total.reported(), QStringLiteral("27.69"));
    QVERIFY(qAbs(*total.value - 24.0 * 15.0 / 13.0) < 1e-12);
    const ScaleScore overwhelmed = scoreOf(scores, QStringLiteral("overwhelmed_by_difficulties"));
    QVERIFY(overwhelmed.prorated);
    QCOMPARE(overwhelmed.reported(), QStringLiteral("6.25"));
    const ScaleScore disrupted = scoreOf(scores, QStringLiteral("disrupted_communication"));
    QVERIFY(disrupted.prorated);
    QCOMPARE(disrupted.reported(), QStringLiteral("13.75"));
    const ScaleScore strengths = scoreOf(scores, QStringLiteral("strengths_adaptability"));
    QVERIFY(!strengths.prorated);
    QCOMPARE(strengths.reported(), QStringLiteral("8.00"));
}

// Missing 2, 4, 7: total 12 of 15 answered, exactly the threshold: sum 30 - 2 - 3 - 2 = 23,
// prorated 23 x 15 / 12 = 28.75. Disrupted has 2 and 4 missing: 3 of 5 < 4, not scorable.
// Missing 2, 4, 7, 12: total 11 of 15 < 12, not scorable.
void tst_InstrumentScorer::score15BelowThreshold() {
    const InstrumentDefinition &score15 = instrument(QStringLiteral("score-15"));
    auto scores =
        InstrumentScorer::score(score15, answers({2, 0, 1, 0, 5, 2, 0, 3, 5, 1, 4, 2, 3, 5, 2}));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("28.75"));
    QVERIFY(scoreOf(scores, QStringLiteral("total")).prorated);
    const ScaleScore disrupted = scoreOf(scores, QStringLiteral("disrupted_communication"));
    QVERIFY(!disrupted.scorable());
    QCOMPARE(disrupted.itemsAnswered, 3);
    QCOMPARE(disrupted.minimumAnswered, 4);
    QCOMPARE(disrupted.reported(), QString());
    QVERIFY(!disrupted.prorated);

    scores =
        InstrumentScorer::score(score15, answers({2, 0, 1, 0, 5, 2, 0, 3, 5, 1, 4, 0, 3, 5, 2}));
    const ScaleScore total = scoreOf(scores, QStringLiteral("total"));
    QVERIFY(!total.scorable());
    QCOMPARE(total.itemsAnswered, 11);
    QCOMPARE(total.minimumAnswered, 12);

    scores = InstrumentScorer::score(score15, {});
    for (const ScaleScore &score : scores)
        QVERIFY(!score.scorable());
}

// Least difficulty: strengths answered 1 ("describes us very well"), difficulties answered 5
// ("not at all"), so every keyed value is 1: total 15, each subscale 5.
// Most difficulty: the opposite, every keyed value 5: total 75, each subscale 25.
// All answered 1: strengths 5 x 1 = 5, the ten reversed items 10 x 5 = 50, total 55.
void tst_InstrumentScorer::score15Extremes() {
    const InstrumentDefinition &score15 = instrument(QStringLiteral("score-15"));
    auto scores =
        InstrumentScorer::score(score15, answers({1, 5, 1, 5, 5, 1, 5, 5, 5, 1, 5, 5, 5, 5, 1}));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("15.00"));
    for (const QString &key :
         {QStringLiteral("strengths_adaptability"), QStringLiteral("overwhelmed_by_difficulties"),
          QStringLiteral("disrupted_communication")})
        QCOMPARE(scoreOf(scores, key).reported(), QStringLiteral("5.00"));

    scores =
        InstrumentScorer::score(score15, answers({5, 1, 5, 1, 1, 5, 1, 1, 1, 5, 1, 1, 1, 1, 5}));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("75.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("disrupted_communication")).reported(),
             QStringLiteral("25.00"));

    scores = InstrumentScorer::score(score15, answers(QList<int>(15, 1)));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("55.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("strengths_adaptability")).reported(),
             QStringLiteral("5.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("overwhelmed_by_difficulties")).reported(),
             QStringLiteral("25.00"));
}

// WAI-S client: 1-7; items 4 and 10 reverse-keyed as 8 - x; means.
// Answers: 1:6 2:5 3:7 4:2 5:6 6:5 7:7 8:4 9:6 10:3 11:5 12:6
// Keyed:   4 -> 8 - 2 = 6, 10 -> 8 - 3 = 5
// Task (1,2,10,12) = (6+5+5+6)/4 = 22/4 = 5.50
// Goal (4,6,8,11)  = (6+5+4+5)/4 = 20/4 = 5.00
// Bond (3,5,7,9)   = (7+6+7+6)/4 = 26/4 = 6.50
// Total = (6+5+7+6+6+5+7+4+6+5+5+6)/12 = 68/12 = 5.6667 -> 5.67
void tst_InstrumentScorer::waiClientAllAnsweredWithReverseKeying() {
    const auto scores = InstrumentScorer::score(instrument(QStringLiteral("wai-s-client")),
                                                answers({6, 5, 7, 2, 6, 5, 7, 4, 6, 3, 5, 6}));
    QCOMPARE(scores.size(), 4);
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("5.67"));
    QCOMPARE(scoreOf(scores, QStringLiteral("task")).reported(), QStringLiteral("5.50"));
    QCOMPARE(scoreOf(scores, QStringLiteral("goal")).reported(), QStringLiteral("5.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("bond")).reported(), QStringLiteral("6.50"));
    QCOMPARE(InstrumentScorer::keyed(instrument(QStringLiteral("wai-s-client")), 4, 2), 6);
    QCOMPARE(InstrumentScorer::keyed(instrument(QStringLiteral("wai-s-client")), 3, 2), 2);
}

// Item 9 missing: total 11 of 12 (>= 10), mean of the answered (68 - 6)/11 = 5.6364 -> 5.64,
// not flagged prorated (a mean); Bond 3 of 4 < 4, not scorable.
// Items 9, 11, 12 missing: total 9 of 12 < 10, not scorable; task, goal and bond each lose one.
void tst_InstrumentScorer::waiClientMissingItems() {
    const InstrumentDefinition &wai = instrument(QStringLiteral("wai-s-client"));
    auto scores = InstrumentScorer::score(wai, answers({6, 5, 7, 2, 6, 5, 7, 4, 0, 3, 5, 6}));
    const ScaleScore total = scoreOf(scores, QStringLiteral("total"));
    QCOMPARE(total.reported(), QStringLiteral("5.64"));
    QVERIFY(!total.prorated);
    QVERIFY(!scoreOf(scores, QStringLiteral("bond")).scorable());
    QCOMPARE(scoreOf(scores, QStringLiteral("task")).reported(), QStringLiteral("5.50"));

    scores = InstrumentScorer::score(wai, answers({6, 5, 7, 2, 6, 5, 7, 4, 0, 3, 0, 0}));
    for (const ScaleScore &score : scores)
        QVERIFY2(!score.scorable(), qPrintable(score.key));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).itemsAnswered, 9);
}

// All 7: items 4 and 10 become 1. Total (10 x 7 + 2 x 1)/12 = 72/12 = 6.00;
// task (7+7+1+7)/4 = 5.50; goal (1+7+7+7)/4 = 5.50; bond 7.00.
// All 1: items 4 and 10 become 7. Total (10 + 14)/12 = 2.00; bond 1.00.
void tst_InstrumentScorer::waiClientExtremes() {
    const InstrumentDefinition &wai = instrument(QStringLiteral("wai-s-client"));
    auto scores = InstrumentScorer::score(wai, answers(QList<int>(12, 7)));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("6.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("task")).reported(), QStringLiteral("5.50"));
    QCOMPARE(scoreOf(scores, QStringLiteral("goal")).reported(), QStringLiteral("5.50"));
    QCOMPARE(scoreOf(scores, QStringLiteral("bond")).reported(), QStringLiteral("7.00"));
    scores = InstrumentScorer::score(wai, answers(QList<int>(12, 1)));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("2.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("bond")).reported(), QStringLiteral("1.00"));
}

// The worker's form, same answers as above, nothing reversed:
// total 62/12 = 5.1667 -> 5.17; task (6+5+3+6)/4 = 5.00; goal (2+5+4+5)/4 = 4.00; bond 6.50.
void tst_InstrumentScorer::waiWorkerHasNoReverseKeying() {
    const InstrumentDefinition &worker = instrument(QStringLiteral("wai-s-worker"));
    QVERIFY(worker.reverseKeyed.isEmpty());
    QCOMPARE(worker.respondents, QStringList{QStringLiteral("practitioner")});
    const auto scores =
        InstrumentScorer::score(worker, answers({6, 5, 7, 2, 6, 5, 7, 4, 6, 3, 5, 6}));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("5.17"));
    QCOMPARE(scoreOf(scores, QStringLiteral("task")).reported(), QStringLiteral("5.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("goal")).reported(), QStringLiteral("4.00"));
    QCOMPARE(scoreOf(scores, QStringLiteral("bond")).reported(), QStringLiteral("6.50"));
}

// WAI-SR: 1-5, no reversal, means. Answers 4 4 5 3 5 4 5 3 4 4 3 5:
// total 49/12 = 4.0833 -> 4.08; task (4+4+4+5)/4 = 4.25; goal (3+4+3+3)/4 = 3.25;
// bond (5+5+5+4)/4 = 4.75. Items 1 and 3 missing: total 10 of 12, (49 - 4 - 5)/10 = 4.00;
// task and bond lose an item and are not scorable; goal stays 3.25.
void tst_InstrumentScorer::waiSrClient() {
    const InstrumentDefinition &sr = instrument(QStringLiteral("wai-sr-client"));
    QCOMPARE(sr.scaleMax, 5);
    auto scores = InstrumentScorer::score(sr, answers({4, 4, 5, 3, 5, 4, 5, 3, 4, 4, 3, 5}));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("4.08"));
    QCOMPARE(scoreOf(scores, QStringLiteral("task")).reported(), QStringLiteral("4.25"));
    QCOMPARE(scoreOf(scores, QStringLiteral("goal")).reported(), QStringLiteral("3.25"));
    QCOMPARE(scoreOf(scores, QStringLiteral("bond")).reported(), QStringLiteral("4.75"));
    scores = InstrumentScorer::score(sr, answers({0, 4, 0, 3, 5, 4, 5, 3, 4, 4, 3, 5}));
    QCOMPARE(scoreOf(scores, QStringLiteral("total")).reported(), QStringLiteral("4.00"));
    QVERIFY(!scoreOf(scores, QStringLiteral("task")).scorable());
    QVERIFY(!scoreOf(scores, QStringLiteral("bond")).scorable());
    QCOMPARE(scoreOf(scores, QStringLiteral("goal")).reported(), QStringLiteral("3.25"));
}

// One item each: the score is the answer; with no answer there is no score (80% of 1 is 1).
void tst_InstrumentScorer::singleItemRatings() {
    const InstrumentDefinition &observer = instrument(QStringLiteral("observer-engagement"));
    QCOMPARE(observer.itemCount(), 1);
    auto scores = InstrumentScorer::score(observer, {{1, 5}});
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores.first().reported(), QStringLiteral("5.00"));
    QCOMPARE(InstrumentScorer::score(observer, {{1, 7}}).first().reported(),
             QStringLiteral("7.00"));
    QVERIFY(!InstrumentScorer::score(observer, {}).first().scorable());

    const InstrumentDefinition &life = instrument(QStringLiteral("family-life-rating"));
    QCOMPARE(life.scaleMin, 1);
    QCOMPARE(life.scaleMax, 10);
    QCOMPARE(InstrumentScorer::score(life, {{1, 10}}).first().reported(), QStringLiteral("10.00"));
    QCOMPARE(InstrumentScorer::score(life, {{1, 1}}).first().reported(), QStringLiteral("1.00"));
}

// GHQ-12: 0-3, sum. Answers 1 2 0 3 1 1 2 0 1 2 3 0: total 16.
// Items 4 and 11 missing (both 3): 10 of 12 answered, sum 10, prorated 10 x 12 / 10 = 12.00.
// Item 1 missing only: sum 15, prorated 15 x 12 / 11 = 16.3636 -> 16.36.
// Items 1, 4, 11 missing: 9 of 12 < 10, not scorable.
// Extremes: all 0 -> 0.00 (a real score, not missing); all 3 -> 36.00.
void tst_InstrumentScorer::ghq12() {
    const InstrumentDefinition &ghq = instrument(QStringLiteral("ghq-12"));
    QCOMPARE(ghq.scaleMin, 0);
    auto total = InstrumentScorer::score(ghq, {{1, 1},
                                               {2, 2},
                                               {3, 0},
                                               {4, 3},
                                               {5, 1},
                                               {6, 1},
                                               {7, 2},
                                               {8, 0},
                                               {9, 1},
                                               {10, 2},
                                               {11, 3},
                                               {12, 0}})
                     .first();
    QCOMPARE(total.reported(), QStringLiteral("16.00"));
    QVERIFY(!total.prorated);
    total =
        InstrumentScorer::score(
            ghq, {{1, 1}, {2, 2}, {3, 0}, {5, 1}, {6, 1}, {7, 2}, {8, 0}, {9, 1}, {10, 2}, {12, 0}})
            .first();
    QCOMPARE(total.reported(), QStringLiteral("12.00"));
    QVERIFY(total.prorated);
    total = InstrumentScorer::score(ghq, {{2, 2},
                                          {3, 0},
                                          {4, 3},
                                          {5, 1},
                                          {6, 1},
                                          {7, 2},
                                          {8, 0},
                                          {9, 1},
                                          {10, 2},
                                          {11, 3},
                                          {12, 0}})
                .first();
    QCOMPARE(total.reported(), QStringLiteral("16.36"));
    total = InstrumentScorer::score(
                ghq, {{2, 2}, {3, 0}, {5, 1}, {6, 1}, {7, 2}, {8, 0}, {9, 1}, {10, 2}, {12, 0}})
                .first();
    QVERIFY(!total.scorable());

    QMap<int, int> zeros;
    QMap<int, int> threes;
    for (int item = 1; item <= 12; ++item) {
        zeros.insert(item, 0);
        threes.insert(item, 3);
    }
    QCOMPARE(InstrumentScorer::score(ghq, zeros).first().reported(), QStringLiteral("0.00"));
    QCOMPARE(InstrumentScorer::score(ghq, threes).first().reported(), QStringLiteral("36.00"));
}

void tst_InstrumentScorer::validateRefusesOutOfRangeAndUnknownItems() {
    const InstrumentDefinition &score15 = instrument(QStringLiteral("score-15"));
    QString error;
    QVERIFY(InstrumentScorer::validate(score15, {{1, 1}, {15, 5}}, &error));
    QVERIFY(!InstrumentScorer::validate(score15, {{3, 6}}, &error));
    QCOMPARE(error, QStringLiteral("item 3: 6 is outside 1 to 5"));
    QVERIFY(!InstrumentScorer::validate(score15, {{3, 0}}, &error));
    QVERIFY(!InstrumentScorer::validate(score15, {{16, 2}}, &error));
    QVERIFY(error.contains(QStringLiteral("15 items")));
    QVERIFY(!InstrumentScorer::validate(instrument(QStringLiteral("ghq-12")), {{1, 4}}, &error));
    QVERIFY(InstrumentScorer::validate(instrument(QStringLiteral("ghq-12")), {{1, 0}}, &error));
    QVERIFY(!InstrumentScorer::validate(instrument(QStringLiteral("family-life-rating")), {{1, 11}},
                                        &error));
}

void tst_InstrumentScorer::minimumAnsweredIsEightyPercentRoundedUp() {
    const InstrumentDefinition &score15 = instrument(QStringLiteral("score-15"));
    QCOMPARE(score15.minimumAnswered(15), 12);
    QCOMPARE(score15.minimumAnswered(5), 4);
    QCOMPARE(score15.minimumAnswered(12), 10);
    QCOMPARE(score15.minimumAnswered(4), 4);
    QCOMPARE(score15.minimumAnswered(1), 1);
    QCOMPARE(score15.minimumAnswered(10), 8);
}

void tst_InstrumentScorer::reportsTwoDecimals() {
    QCOMPARE(InstrumentScorer::format2(2.675), QStringLiteral("2.68"));
    QCOMPARE(InstrumentScorer::format2(0.125), QStringLiteral("0.13"));
    QCOMPARE(InstrumentScorer::format2(-0.001), QStringLiteral("0.00"));
    QCOMPARE(InstrumentScorer::format2(-1.005), QStringLiteral("-1.01"));
    QCOMPARE(InstrumentScorer::format2(62.0 / 11.0), QStringLiteral("5.64"));
    QCOMPARE(InstrumentScorer::format2(30), QStringLiteral("30.00"));
}

QTEST_GUILESS_MAIN(tst_InstrumentScorer)
#include "tst_InstrumentScorer.moc"
