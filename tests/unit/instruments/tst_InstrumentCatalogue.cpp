#include "instruments/InstrumentCatalogue.h"

#include <QTest>

// The shipped definitions: each loads, and each has the structure DOMAIN.md §3 and issue 5 ask
// for, so a slip in a JSON file cannot change a score unnoticed.
class tst_InstrumentCatalogue : public QObject {
    Q_OBJECT

private slots:
    void everyBuiltInLoads();
    void score15Structure();
    void waiStructures();
    void otherInstruments();
    void noCopyrightedWordingIsShipped();
    void everyRateOfChangeAndReferenceHasASource();
    void onlyRepeatedInstrumentsHaveAFollowUp();
};

void tst_InstrumentCatalogue::everyBuiltInLoads() {
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    QCOMPARE(catalogue.ids(), InstrumentCatalogue::builtInIds());
    QCOMPARE(catalogue.ids().size(), 7);
    QCOMPARE(catalogue.maxItemCount(), 15);
    QVERIFY(!catalogue.find(QStringLiteral("score-16")));
}

void tst_InstrumentCatalogue::score15Structure() {
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    const InstrumentDefinition *score = catalogue.find(QStringLiteral("score-15"));
    QVERIFY(score);
    QCOMPARE(score->itemCount(), 15);
    QCOMPARE(score->scaleMin, 1);
    QCOMPARE(score->scaleMax, 5);
    QCOMPARE(score->reverseKeyed, (QSet<int>{2, 4, 5, 7, 8, 9, 11, 12, 13, 14}));
    QVERIFY(!score->higherIsBetter());
    QCOMPARE(score->total.method, InstrumentDefinition::Method::Sum);
    QCOMPARE(score->subscales.size(), 3);
    QCOMPARE(score->scale(QStringLiteral("strengths_adaptability"))->items,
             (QList<int>{1, 3, 6, 10, 15}));
    QCOMPARE(score->scale(QStringLiteral("overwhelmed_by_difficulties"))->items,
             (QList<int>{5, 7, 9, 11, 14}));
    QCOMPARE(score->scale(QStringLiteral("disrupted_communication"))->items,
             (QList<int>{2, 4, 8, 12, 13}));
    for (const auto &subscale : score->subscales)
        QCOMPARE(subscale.method, InstrumentDefinition::Method::Sum);
    QVERIFY(!score->respondents.contains(QStringLiteral("practitioner")));
}

void tst_InstrumentCatalogue::waiStructures() {
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    for (const QString &id : {QStringLiteral("wai-s-client"), QStringLiteral("wai-s-worker"),
                              QStringLiteral("wai-sr-client")}) {
        const InstrumentDefinition *wai = catalogue.find(id);
        QVERIFY2(wai, qPrintable(id));
        QCOMPARE(wai->itemCount(), 12);
        QVERIFY(wai->higherIsBetter());
        QCOMPARE(wai->total.method, InstrumentDefinition::Method::Mean);
        QCOMPARE(wai->scale(QStringLiteral("task"))->items, (QList<int>{1, 2, 10, 12}));
        QCOMPARE(wai->scale(QStringLiteral("goal"))->items, (QList<int>{4, 6, 8, 11}));
        QCOMPARE(wai->scale(QStringLiteral("bond"))->items, (QList<int>{3, 5, 7, 9}));
        for (const auto &subscale : wai->subscales)
            QCOMPARE(subscale.method, InstrumentDefinition::Method::Mean);
    }
    QCOMPARE(catalogue.find(QStringLiteral("wai-s-client"))->reverseKeyed, (QSet<int>{4, 10}));
    QCOMPARE(catalogue.find(QStringLiteral("wai-s-client"))->scaleMax, 7);
    QVERIFY(catalogue.find(QStringLiteral("wai-s-worker"))->reverseKeyed.isEmpty());
    QVERIFY(catalogue.find(QStringLiteral("wai-sr-client"))->reverseKeyed.isEmpty());
    QCOMPARE(catalogue.find(QStringLiteral("wai-sr-client"))->scaleMax, 5);
}

void tst_InstrumentCatalogue::otherInstruments() {
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    const InstrumentDefinition *observer = catalogue.find(QStringLiteral("observer-engagement"));
    QCOMPARE(observer->itemCount(), 1);
    QCOMPARE(observer->scaleMax, 7);
    QCOMPARE(observer->respondents, QStringList{QStringLiteral("observer")});
    const InstrumentDefinition *life = catalogue.find(QStringLiteral("family-life-rating"));
    QCOMPARE(life->itemCount(), 1);
    QCOMPARE(life->scaleMax, 10);
    const InstrumentDefinition *ghq = catalogue.find(QStringLiteral("ghq-12"));
    QCOMPARE(ghq->itemCount(), 12);
    QCOMPARE(ghq->scaleMin, 0);
    QCOMPARE(ghq->scaleMax, 3);
    QCOMPARE(ghq->total.method, InstrumentDefinition::Method::Sum);
    QVERIFY(!ghq->higherIsBetter());
}

void tst_InstrumentCatalogue::noCopyrightedWordingIsShipped() {
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    for (const QString &id : {QStringLiteral("score-15"), QStringLiteral("wai-s-client"),
                              QStringLiteral("wai-s-worker"), QStringLiteral("wai-sr-client"),
                              QStringLiteral("ghq-12")}) {
        const InstrumentDefinition *definition = catalogue.find(id);
        for (const auto &item : definition->items)
            QVERIFY2(item.text.isEmpty(), qPrintable(id));
        QVERIFY(!definition->licenceNote.isEmpty());
    }
}

void tst_InstrumentCatalogue::everyRateOfChangeAndReferenceHasASource() {
    for (const InstrumentDefinition &definition : InstrumentCatalogue::builtIn().definitions()) {
        for (const auto &reference : definition.referenceValues)
            QVERIFY(!reference.source.isEmpty());
        for (const auto &parameters : definition.reliableChange) {
            QVERIFY(!parameters.source.isEmpty());
            QVERIFY(parameters.sd > 0.0);
        }
    }
    QVERIFY(InstrumentCatalogue::builtIn()
                .find(QStringLiteral("score-15"))
                ->reliableChangeFor(QStringLiteral("total")));
}

void tst_InstrumentCatalogue::onlyRepeatedInstrumentsHaveAFollowUp() {
    // Family functioning, parents' health and the family-life rating are taken at T1 and T2;
    // engagement (WAI, the observer rating) is rated once, so it can never be overdue.
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    QStringList repeated;
    for (const InstrumentDefinition &definition : catalogue.definitions()) {
        if (definition.followUp) {
            repeated.append(definition.id);
            QCOMPARE(definition.followUp->timepoint, QStringLiteral("T2"));
            QCOMPARE(definition.followUp->afterWeeks, 16);
        }
    }
    repeated.sort();
    QCOMPARE(repeated, (QStringList{QStringLiteral("family-life-rating"), QStringLiteral("ghq-12"),
                                    QStringLiteral("score-15")}));
}

QTEST_GUILESS_MAIN(tst_InstrumentCatalogue)
#include "tst_InstrumentCatalogue.moc"
