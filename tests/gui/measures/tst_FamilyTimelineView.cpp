#include "ReportFixture.h"
#include "instruments/InstrumentCatalogue.h"
#include "instruments/InstrumentScorer.h"
#include "measures/FamilyTimelineView.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>

// The family timeline's trend chart, read back from its graphs: each family member's total
// score sits on the date it was given, in date order whatever order the forms were logged in,
// and a form too incomplete to score has no point.
class tst_FamilyTimelineView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachScoreSitsOnItsOwnDate();

private:
    struct Logged {
        QString respondent;
        QDate on;
        QList<int> items;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Logged> m_logged;
};

void tst_FamilyTimelineView::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("timeline.sqlite")));
    ReportFixture f(*m_db);
    const qint64 family = f.family(QStringLiteral("F-TL"));
    // Logged out of date order, with varied totals; the young person's T2 form has two answers,
    // too few to score.
    const QList<int> high(15, 5);
    const QList<int> low(15, 1);
    const QList<int> mixed = {2, 4, 1, 3, 5, 2, 4, 3, 5, 1, 4, 2, 3, 5, 2};
    m_logged = {{QStringLiteral("mother"), QDate(2026, 5, 4), low},
                {QStringLiteral("mother"), QDate(2026, 1, 5), high},
                {QStringLiteral("young_person"), QDate(2026, 3, 2), {3, 3}},
                {QStringLiteral("mother"), QDate(2026, 3, 1), mixed},
                {QStringLiteral("young_person"), QDate(2026, 1, 12), mixed},
                {QStringLiteral("young_person"), QDate(2026, 6, 20), high}};
    const QStringList timepoints = {QStringLiteral("T3"), QStringLiteral("T1"),
                                    QStringLiteral("T2"), QStringLiteral("T2"),
                                    QStringLiteral("T1"), QStringLiteral("T3")};
    for (qsizetype i = 0; i < m_logged.size(); ++i)
        f.administration(family, m_logged.at(i).respondent, QStringLiteral("score-15"),
                         timepoints.at(i), m_logged.at(i).on.toString(Qt::ISODate),
                         m_logged.at(i).items);
}

void tst_FamilyTimelineView::eachScoreSitsOnItsOwnDate() {
    const InstrumentCatalogue &catalogue = InstrumentCatalogue::builtIn();
    const InstrumentDefinition *score15 = catalogue.find(QStringLiteral("score-15"));
    QVERIFY(score15);
    FamilyTimelineView view(*m_db, catalogue);
    view.resize(1200, 800);
    view.show();
    view.showFamily(QStringLiteral("F-TL"));
    auto *combo = view.findChild<QComboBox *>(QStringLiteral("chartInstrumentCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("score-15")));
    auto *chart = view.findChild<QCustomPlot *>(QStringLiteral("trendChart"));
    QVERIFY(chart);

    for (const QString &respondent : {QStringLiteral("mother"), QStringLiteral("young_person")}) {
        QCPGraph *graph = nullptr;
        for (int g = 0; g < chart->graphCount(); ++g) {
            if (chart->graph(g)->objectName() == QStringLiteral("respondent:") + respondent)
                graph = chart->graph(g);
        }
        QVERIFY2(graph, qPrintable(respondent));
        int scored = 0;
        for (const Logged &logged : m_logged) {
            if (logged.respondent != respondent)
                continue;
            QMap<int, int> items;
            for (qsizetype i = 0; i < logged.items.size(); ++i)
                items.insert(int(i + 1), logged.items.at(i));
            const auto total = InstrumentScorer::score(*score15, items).first().value;
            const double key =
                double(QDateTime(logged.on, QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
            int found = -1;
            for (int i = 0; i < graph->dataCount(); ++i) {
                if (graph->data()->at(i)->key == key)
                    found = i;
            }
            const QString where = respondent + QLatin1Char(' ') + logged.on.toString(Qt::ISODate);
            if (!total) {
                QVERIFY2(found < 0, qPrintable(where + QStringLiteral(" is not scorable")));
                continue;
            }
            ++scored;
            QVERIFY2(found >= 0, qPrintable(where));
            QVERIFY2(std::abs(graph->data()->at(found)->value - *total) < 1e-9, qPrintable(where));
        }
        QCOMPARE(graph->dataCount(), scored);
        for (int i = 1; i < graph->dataCount(); ++i)
            QVERIFY(graph->data()->at(i - 1)->key < graph->data()->at(i)->key);
    }
}

QTEST_MAIN(tst_FamilyTimelineView)
#include "tst_FamilyTimelineView.moc"
