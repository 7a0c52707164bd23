#include "TestDatabase.h"
#include "exchange/MeasuresImporter.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_MeasuresImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsAGoodFile();
    void importingTwiceChangesNothing();
    void reportsEveryBadRowAndImportsNothing();
    void refusesAnswersThatDifferFromTheDatabase();
    void refusesAFileWithoutTheColumns();
    void refusesAnInstrumentWiderThanTheFile();
    void refusesRowsOfTheWrongWidth();
    void refusesADuplicatedItemColumn();
    void refusesAnUnknownColumn();
    void refusesAGapInTheItemColumns();
    void refusesLooseDates_data();
    void refusesLooseDates();
    void refusesControlCharactersInTheFamilyCode();

private:
    int count(const QString &table);
    static QString fixture(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_MeasuresImporter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("import.sqlite")));
}

void tst_MeasuresImporter::cleanup() {
    m_db.reset();
    m_dir.reset();
}

int tst_MeasuresImporter::count(const QString &table) {
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString tst_MeasuresImporter::fixture(const QString &name) {
    return QStringLiteral(PC_TEST_DATA "/measures/") + name;
}

void tst_MeasuresImporter::importsAGoodFile() {
    const ImportReport report =
        MeasuresImporter::importFile(*m_db, fixture(QStringLiteral("scored.csv")));
    QVERIFY2(report.ok(), qPrintable(report.errorLines().join(QLatin1Char('\n'))));
    QCOMPARE(report.added, 7);
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 7);
    QCOMPARE(count(QStringLiteral("families")), 3);
    // 15 + 13 + 12 + 10 + 1 + 1 + 11 answered items; blanks are not stored.
    QCOMPARE(count(QStringLiteral("instrument_item_responses")), 63);
}

void tst_MeasuresImporter::importingTwiceChangesNothing() {
    QVERIFY(MeasuresImporter::importFile(*m_db, fixture(QStringLiteral("scored.csv"))).ok());
    const ImportReport again =
        MeasuresImporter::importFile(*m_db, fixture(QStringLiteral("scored.csv")));
    QVERIFY2(again.ok(), qPrintable(again.errorLines().join(QLatin1Char('\n'))));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.unchanged, 7);
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 7);
}

void tst_MeasuresImporter::reportsEveryBadRowAndImportsNothing() {
    const ImportReport report =
        MeasuresImporter::importFile(*m_db, fixture(QStringLiteral("bad-rows.csv")));
    QVERIFY(!report.ok());
    const QStringList lines = report.errorLines();
    const QStringList expected{
        QStringLiteral("line 3: the same family, respondent, instrument and timepoint as line 2"),
        QStringLiteral("line 4: instrument: unknown instrument \"score-16\" (known: score-15, "
                       "wai-s-client, wai-s-worker, wai-sr-client, observer-engagement, "
                       "family-life-rating, ghq-12)"),
        QStringLiteral("line 5: administered_on: \"2026-02-30\" is not a date (YYYY-MM-DD)"),
        QStringLiteral("line 6: item_4: 6 is outside 1 to 5 for score-15"),
        QStringLiteral("line 7: respondent: \"aunt\" is not one of mother, father, carer, "
                       "young_person, practitioner, observer, other"),
        QStringLiteral("line 8: mode: \"post\" is not one of paper, face_to_face, telephone, "
                       "interpreter"),
        QStringLiteral("line 9: item_13: wai-s-client has only 12 items, so this cell must be "
                       "blank"),
        QStringLiteral("line 10: respondent: score-15 is not answered by practitioner (only "
                       "mother, father, carer, young_person, other)"),
        QStringLiteral("line 11: timepoint: \"2\" is not T1, T2, T3 ..."),
        QStringLiteral("line 12: item_4: \"x\" is not a whole number"),
        QStringLiteral("line 13: item_1: 11 is outside 1 to 10 for family-life-rating"),
    };
    QCOMPARE(lines, expected);
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
    QCOMPARE(count(QStringLiteral("instrument_item_responses")), 0);
    QCOMPARE(count(QStringLiteral("families")), 0);
}

void tst_MeasuresImporter::refusesAnswersThatDifferFromTheDatabase() {
    QVERIFY(MeasuresImporter::importFile(*m_db, fixture(QStringLiteral("scored.csv"))).ok());
    const QByteArray changed =
        "family_code,respondent,instrument,timepoint,administered_on,mode,item_1\n"
        "F009,mother,family-life-rating,T1,2026-02-01,paper,4\n"
        "F002,mother,family-life-rating,T1,2026-02-01,interpreter,9\n";
    const ImportReport report = MeasuresImporter::importData(*m_db, changed);
    QCOMPARE(report.errorLines(),
             QStringList{QStringLiteral("line 3: F002 already has family-life-rating from the "
                                        "mother at T1 with different answers or date; change it "
                                        "in the application")});
    // The good first row was rolled back with the rest.
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 7);
    QCOMPARE(count(QStringLiteral("families")), 3);
}

void tst_MeasuresImporter::refusesAFileWithoutTheColumns() {
    const ImportReport report = MeasuresImporter::importData(
        *m_db, "family_code,instrument,timepoint,item_1\nF1,score-15,T1,3\n");
    QCOMPARE(report.errorLines(),
             QStringList({QStringLiteral("line 1: the column \"respondent\" is missing"),
                          QStringLiteral("line 1: the column \"administered_on\" is missing"),
                          QStringLiteral("line 1: the column \"mode\" is missing")}));
    QCOMPARE(MeasuresImporter::importData(*m_db, "").errors.size(), 1);
}

void tst_MeasuresImporter::refusesAnInstrumentWiderThanTheFile() {
    const ImportReport report = MeasuresImporter::importData(
        *m_db, "family_code,respondent,instrument,timepoint,administered_on,mode,item_1,item_2\n"
               "F1,mother,score-15,T1,2026-01-05,paper,3,3\n");
    QCOMPARE(report.errorLines(),
             QStringList{QStringLiteral(
                 "line 2: score-15 has 15 items but the file has no item_3 column")});
}

namespace {

const QByteArray fullHeader =
    "family_code,respondent,instrument,timepoint,administered_on,mode,item_1,item_2,item_3,"
    "item_4,item_5,item_6,item_7,item_8,item_9,item_10,item_11,item_12,item_13,item_14,item_15\n";

} // namespace

void tst_MeasuresImporter::refusesRowsOfTheWrongWidth() {
    const ImportReport report = MeasuresImporter::importData(
        *m_db, fullHeader +
                   // A stray comma: every answer after it would move one item along.
                   "F001,mother,score-15,T1,2026-01-05,paper,2,,4,1,3,5,2,4,3,5,1,4,2,3,5,2\n"
                   // 3 of 15 answers.
                   "F002,mother,score-15,T1,2026-01-05,paper,2,4,1\n"
                   "F003,mother,score-15,T1,2026-01-05,paper,2,4,1,3,5,2,4,3,5,1,4,2,3,5,2\n");
    QCOMPARE(report.errorLines(),
             QStringList({QStringLiteral("line 2: has 22 fields but the header has 21"),
                          QStringLiteral("line 3: has 9 fields but the header has 21")}));
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
    QCOMPARE(count(QStringLiteral("families")), 0);
}

void tst_MeasuresImporter::refusesADuplicatedItemColumn() {
    const ImportReport report = MeasuresImporter::importData(
        *m_db, "family_code,respondent,instrument,timepoint,administered_on,mode,item_1,item_2,"
               "item_3,item_3\n"
               "F001,carer,family-life-rating,T1,2026-01-05,paper,4,,,9\n");
    QCOMPARE(report.errorLines(),
             QStringList{QStringLiteral("line 1: the column \"item_3\" appears twice")});
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
}

void tst_MeasuresImporter::refusesAnUnknownColumn() {
    const ImportReport report = MeasuresImporter::importData(
        *m_db, "family_code,respondent,instrument,timepoint,administered_on,mode,item_01\n"
               "F001,carer,family-life-rating,T1,2026-01-05,paper,4\n");
    QCOMPARE(report.errorLines().size(), 1);
    QVERIFY2(report.errorLines().constFirst().startsWith(
                 QStringLiteral("line 1: unknown column \"item_01\"")),
             qPrintable(report.errorLines().constFirst()));
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
}

void tst_MeasuresImporter::refusesAGapInTheItemColumns() {
    const ImportReport report = MeasuresImporter::importData(
        *m_db, "family_code,respondent,instrument,timepoint,administered_on,mode,item_1,item_2,"
               "item_4\n"
               "F001,carer,family-life-rating,T1,2026-01-05,paper,4,,\n");
    QCOMPARE(report.errorLines(),
             QStringList{
                 QStringLiteral("line 1: the column \"item_3\" is missing (the file has item_4)")});
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
}

void tst_MeasuresImporter::refusesLooseDates_data() {
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("junk") << QStringLiteral("2026-01-05junk")
                          << QStringLiteral("line 2: administered_on: \"2026-01-05junk\" is not a "
                                            "date (YYYY-MM-DD)");
    QTest::newRow("slashes") << QStringLiteral("2026/01/05")
                             << QStringLiteral("line 2: administered_on: \"2026/01/05\" is not a "
                                               "date (YYYY-MM-DD)");
    QTest::newRow("year 9999") << QStringLiteral("9999-01-05")
                               << QStringLiteral("line 2: administered_on: 9999-01-05 is outside "
                                                 "2000-01-01 to ") +
                                      QDate::currentDate().addYears(1).toString(Qt::ISODate);
    QTest::newRow("year 1999") << QStringLiteral("1999-01-05")
                               << QStringLiteral("line 2: administered_on: 1999-01-05 is outside "
                                                 "2000-01-01 to ") +
                                      QDate::currentDate().addYears(1).toString(Qt::ISODate);
}

void tst_MeasuresImporter::refusesLooseDates() {
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const ImportReport report = MeasuresImporter::importData(
        *m_db, "family_code,respondent,instrument,timepoint,administered_on,mode,item_1\n"
               "F001,carer,family-life-rating,T1," +
                   date.toUtf8() + ",paper,4\n");
    QCOMPARE(report.errorLines(), QStringList{expected});
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
}

void tst_MeasuresImporter::refusesControlCharactersInTheFamilyCode() {
    const ImportReport report = MeasuresImporter::importData(
        *m_db, QByteArray("family_code,respondent,instrument,timepoint,administered_on,mode,"
                          "item_1\n"
                          "F0\x01"
                          "1,carer,family-life-rating,T1,2026-01-05,paper,4\n"));
    QCOMPARE(report.errorLines(),
             QStringList{QStringLiteral(
                 "line 2: family_code: The family case code holds a control character.")});
    QCOMPARE(count(QStringLiteral("families")), 0);
}

QTEST_GUILESS_MAIN(tst_MeasuresImporter)
#include "tst_MeasuresImporter.moc"
