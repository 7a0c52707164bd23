#include "instruments/InstrumentCatalogue.h"
#include "instruments/QuickEntry.h"

#include <QTest>

// The quick-entry line's rules: runs of digits, separated numbers, gaps, and 0 for 10.
class tst_QuickEntry : public QObject {
    Q_OBJECT

private slots:
    void runOfDigits();
    void separatedNumbersAndGaps();
    void refusesOutOfRangeAndUnknownText();
    void refusesTooManyAnswers();
    void zeroMeansTenOnlyOnAOneToTenScale();
    void formatsBackToALine();

private:
    static const InstrumentDefinition &instrument(const QString &id) {
        static const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
        return *catalogue.find(id);
    }
};

void tst_QuickEntry::runOfDigits() {
    const auto result =
        QuickEntry::parse(QStringLiteral("54321"), instrument(QStringLiteral("score-15")));
    QVERIFY(result.ok);
    QCOMPARE(result.items, (QMap<int, int>{{1, 5}, {2, 4}, {3, 3}, {4, 2}, {5, 1}}));
    QCOMPARE(result.positions, 5);
}

void tst_QuickEntry::separatedNumbersAndGaps() {
    const auto &score = instrument(QStringLiteral("score-15"));
    auto result = QuickEntry::parse(QStringLiteral("5 4 . 2, -  1"), score);
    QVERIFY(result.ok);
    QCOMPARE(result.items, (QMap<int, int>{{1, 5}, {2, 4}, {4, 2}, {6, 1}}));
    QCOMPARE(result.positions, 6);
    result = QuickEntry::parse(QStringLiteral("5.-3"), score);
    QCOMPARE(result.items, (QMap<int, int>{{1, 5}, {4, 3}}));
    QVERIFY(QuickEntry::parse(QString(), score).ok);
}

void tst_QuickEntry::refusesOutOfRangeAndUnknownText() {
    const auto &score = instrument(QStringLiteral("score-15"));
    auto result = QuickEntry::parse(QStringLiteral("5436"), score);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("item 4: 6 is outside 1 to 5"));
    result = QuickEntry::parse(QStringLiteral("54a"), score);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("item 3: \"a\" is not an answer; type a number, or . "
                                          "or - for a missing item"));
    QVERIFY(!QuickEntry::parse(QStringLiteral("5 +4"), score).ok);
    QVERIFY(!QuickEntry::parse(QStringLiteral("0"), score).ok);
    QVERIFY(QuickEntry::parse(QStringLiteral("0123"), instrument(QStringLiteral("ghq-12"))).ok);
    QVERIFY(!QuickEntry::parse(QStringLiteral("4"), instrument(QStringLiteral("ghq-12"))).ok);
}

void tst_QuickEntry::refusesTooManyAnswers() {
    const auto result = QuickEntry::parse(QStringLiteral("1234512345123451"),
                                          instrument(QStringLiteral("score-15")));
    QVERIFY(!result.ok);
    QCOMPARE(result.error,
             QStringLiteral("SCORE-15 has 15 items; there are more answers than that"));
}

void tst_QuickEntry::zeroMeansTenOnlyOnAOneToTenScale() {
    const auto &life = instrument(QStringLiteral("family-life-rating"));
    QVERIFY(QuickEntry::zeroMeansTen(life));
    QCOMPARE(QuickEntry::valueForDigit(0, life), 10);
    QCOMPARE(QuickEntry::valueForDigit(7, life), 7);
    // A one-item form reads the whole line as its answer.
    QCOMPARE(QuickEntry::parse(QStringLiteral("10"), life).items, (QMap<int, int>{{1, 10}}));
    QCOMPARE(QuickEntry::parse(QStringLiteral("0"), life).items, (QMap<int, int>{{1, 10}}));
    QVERIFY(!QuickEntry::parse(QStringLiteral("11"), life).ok);
    QVERIFY(!QuickEntry::zeroMeansTen(instrument(QStringLiteral("ghq-12"))));
    QCOMPARE(QuickEntry::valueForDigit(0, instrument(QStringLiteral("ghq-12"))), 0);
}

void tst_QuickEntry::formatsBackToALine() {
    const auto &score = instrument(QStringLiteral("score-15"));
    QCOMPARE(QuickEntry::format({{1, 5}, {2, 4}, {4, 2}}, score), QStringLiteral("54.2"));
    QCOMPARE(QuickEntry::format({}, score), QString());
    QCOMPARE(QuickEntry::format({{1, 10}}, instrument(QStringLiteral("family-life-rating"))),
             QStringLiteral("10"));
    QCOMPARE(QuickEntry::format({{1, 0}, {3, 3}}, instrument(QStringLiteral("ghq-12"))),
             QStringLiteral("0.3"));
}

QTEST_GUILESS_MAIN(tst_QuickEntry)
#include "tst_QuickEntry.moc"
