// On a service database, a family whose questionnaires a colleague logs joins the family
// timeline's list without F5, the family shown stays shown, and nothing is read while a family
// code is being typed. Waits are bounded, never timed.

#include "PostgresTestServer.h"

#include "exchange/MeasuresImporter.h"
#include "instruments/InstrumentCatalogue.h"
#include "measures/FamilyTimelineView.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_FamilyTimelineViewLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aColleaguesFamilyJoinsTheListWithTheFamilyShownKept();

private:
    // A colleague logs a family's SCORE-15 at T1, on their own connection.
    void importFamily(const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresTestServer> m_server;
    QString m_url;
};

void tst_FamilyTimelineViewLive::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_FamilyTimelineViewLive::importFamily(const QString &code) {
    const QString csv = m_dir.filePath(code + QStringLiteral(".csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("family_code,respondent,instrument,timepoint,administered_on,mode,item_1,item_2,"
               "item_3,item_4,item_5,item_6,item_7,item_8,item_9,item_10,item_11,item_12,"
               "item_13,item_14,item_15\n" +
               code.toUtf8() +
               ",mother,score-15,T1,2026-01-05,paper,2,4,1,3,5,2,4,3,5,1,4,2,3,5,2\n");
    file.close();
    Database theirs;
    theirs.open(m_url, Database::Mode::ExistingOnly);
    QVERIFY(MeasuresImporter::importFile(theirs, csv).ok());
}

void tst_FamilyTimelineViewLive::aColleaguesFamilyJoinsTheListWithTheFamilyShownKept() {
    m_url = m_server->freshDatabaseUrl();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(m_url, Database::Mode::ExistingOnly);
    QVERIFY(MeasuresImporter::importFile(mine, QStringLiteral(PC_TEST_DATA "/measures/scored.csv"))
                .ok());
    FamilyTimelineView view(mine, InstrumentCatalogue::builtIn());
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    auto *family = view.findChild<QComboBox *>(QStringLiteral("timelineFamilyCombo"));
    QVERIFY(family);
    view.showFamily(QStringLiteral("F002"));
    const int families = family->count();

    importFamily(QStringLiteral("F004"));
    QTRY_VERIFY_WITH_TIMEOUT(family->findText(QStringLiteral("F004")) >= 0, 20000);
    QCOMPARE(family->count(), families + 1);
    QCOMPARE(view.currentFamily(), QStringLiteral("F002"));

    // While a family code is being typed, the list is left alone.
    family->setFocus();
    QTRY_VERIFY(family->hasFocus() || family->lineEdit()->hasFocus());
    family->lineEdit()->setText(QStringLiteral("F00"));
    QSignalSpy heard(&mine.changes(), &ChangeNotifier::changed);
    importFamily(QStringLiteral("F005"));
    QTRY_VERIFY_WITH_TIMEOUT(heard.count() >= 1, 20000);
    QCOMPARE(family->findText(QStringLiteral("F005")), -1);
    QCOMPARE(family->lineEdit()->text(), QStringLiteral("F00"));
}

QTEST_MAIN(tst_FamilyTimelineViewLive)
#include "tst_FamilyTimelineViewLive.moc"
