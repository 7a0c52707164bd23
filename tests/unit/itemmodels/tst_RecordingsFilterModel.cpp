#include "PracticeFixture.h"
#include "TestDatabase.h"

#include "itemmodels/RecordingsFilterModel.h"
#include "itemmodels/RecordingsModel.h"
#include "services/RecordingLibrary.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class tst_RecordingsFilterModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passesTheModelTesterWhileFiltering();
    void filtersByTeamAtTheTimeOfTheRecording();
    void filtersByPractitioner();
    void filtersByCodingStatus();
    void filtersByDateRangeInclusively();
    void filtersByFreeText();
    void combinesFiltersAndClearsThem();
    void sortsByRawValues_data();
    void sortsByRawValues();

private:
    QStringList shownCodes() const;

    QTemporaryDir m_dir;
    Database m_db;
    RecordingsModel m_model;
    RecordingsFilterModel m_filter;
};

void tst_RecordingsFilterModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("practice.sqlite")));
    PracticeFixture::build(m_db, m_dir.path());
    m_model.setRows(RecordingLibrary(m_db).rows());
    m_filter.setSourceModel(&m_model);
}

void tst_RecordingsFilterModel::init() {
    m_filter.clearFilters();
    m_filter.sort(RecordingsModel::CodeColumn, Qt::AscendingOrder);
}

QStringList tst_RecordingsFilterModel::shownCodes() const {
    QStringList codes;
    for (int row = 0; row < m_filter.rowCount(); ++row)
        codes.append(m_filter.index(row, RecordingsModel::CodeColumn).data().toString());
    return codes;
}

void tst_RecordingsFilterModel::passesTheModelTesterWhileFiltering() {
    RecordingsModel model;
    RecordingsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(RecordingLibrary(m_db).rows());
    filter.sort(RecordingsModel::RecordedOnColumn, Qt::DescendingOrder);
    filter.setTeamId(1);
    filter.setCodingStatus(QStringLiteral("consensus"));
    filter.setSearchText(QStringLiteral("alice"));
    filter.setDateRange(QDate(2024, 1, 1), QDate(2025, 12, 31));
    QCOMPARE(filter.rowCount(), 1);
    filter.clearFilters();
    QCOMPARE(filter.rowCount(), 5);
    model.setRows(RecordingLibrary(m_db).rows());
    QCOMPARE(filter.rowCount(), 5);
}

void tst_RecordingsFilterModel::filtersByTeamAtTheTimeOfTheRecording() {
    QVERIFY(!m_filter.isFiltered());
    m_filter.setTeamId(1);
    QVERIFY(m_filter.isFiltered());
    // Ben's REC-0002 stays with North although he has moved to South since.
    QCOMPARE(shownCodes(), (QStringList{QStringLiteral("REC-0001"), QStringLiteral("REC-0002"),
                                        QStringLiteral("REC-0005")}));
    m_filter.setTeamId(2);
    QCOMPARE(shownCodes(), (QStringList{QStringLiteral("REC-0003"), QStringLiteral("REC-0004")}));
    m_filter.setTeamId(3);
    QCOMPARE(m_filter.rowCount(), 0);
    m_filter.setTeamId(0);
    QCOMPARE(m_filter.rowCount(), 5);
}

void tst_RecordingsFilterModel::filtersByPractitioner() {
    m_filter.setPractitionerId(2);
    QCOMPARE(shownCodes(), (QStringList{QStringLiteral("REC-0002"), QStringLiteral("REC-0003")}));
    m_filter.setTeamId(2);
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0003")});
}

void tst_RecordingsFilterModel::filtersByCodingStatus() {
    m_filter.setCodingStatus(QStringLiteral("draft"));
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0002")});
    m_filter.setCodingStatus(QStringLiteral("not_started"));
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0003")});
    m_filter.setCodingStatus(QStringLiteral("double_coded"));
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0001")});
    m_filter.setCodingStatus(QString());
    QCOMPARE(m_filter.rowCount(), 5);
}

void tst_RecordingsFilterModel::filtersByDateRangeInclusively() {
    m_filter.setDateRange(QDate(2024, 5, 2), QDate(2024, 11, 20));
    QCOMPARE(shownCodes(), (QStringList{QStringLiteral("REC-0002"), QStringLiteral("REC-0003"),
                                        QStringLiteral("REC-0004")}));
    m_filter.setDateRange(QDate(2024, 11, 21), QDate());
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0005")});
    m_filter.setDateRange(QDate(), QDate(2024, 3, 10));
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0001")});
}

void tst_RecordingsFilterModel::filtersByFreeText() {
    m_filter.setSearchText(QStringLiteral("  BROWN "));
    QCOMPARE(shownCodes(), (QStringList{QStringLiteral("REC-0002"), QStringLiteral("REC-0003")}));
    m_filter.setSearchText(QStringLiteral("F-04"));
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0004")});
    // Every word must match somewhere in the row.
    m_filter.setSearchText(QStringLiteral("north 0005"));
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0005")});
    m_filter.setSearchText(QStringLiteral("nobody"));
    QCOMPARE(m_filter.rowCount(), 0);
}

void tst_RecordingsFilterModel::combinesFiltersAndClearsThem() {
    m_filter.setTeamId(2);
    m_filter.setCodingStatus(QStringLiteral("final"));
    QCOMPARE(shownCodes(), QStringList{QStringLiteral("REC-0004")});
    m_filter.clearFilters();
    QVERIFY(!m_filter.isFiltered());
    QCOMPARE(m_filter.rowCount(), 5);
}

void tst_RecordingsFilterModel::sortsByRawValues_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("date ascending")
        << int(RecordingsModel::RecordedOnColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("REC-0001"), QStringLiteral("REC-0002"),
                       QStringLiteral("REC-0003"), QStringLiteral("REC-0004"),
                       QStringLiteral("REC-0005")};
    QTest::newRow("date descending")
        << int(RecordingsModel::RecordedOnColumn) << int(Qt::DescendingOrder)
        << QStringList{QStringLiteral("REC-0005"), QStringLiteral("REC-0004"),
                       QStringLiteral("REC-0003"), QStringLiteral("REC-0002"),
                       QStringLiteral("REC-0001")};
    // By progress, not alphabetically: not started, draft, coded, double-coded, consensus.
    QTest::newRow("status by progress")
        << int(RecordingsModel::StatusColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("REC-0003"), QStringLiteral("REC-0002"),
                       QStringLiteral("REC-0004"), QStringLiteral("REC-0001"),
                       QStringLiteral("REC-0005")};
    QTest::newRow("codings count descending")
        << int(RecordingsModel::CodingsColumn) << int(Qt::DescendingOrder)
        << QStringList{QStringLiteral("REC-0005"), QStringLiteral("REC-0001"),
                       QStringLiteral("REC-0002"), QStringLiteral("REC-0004"),
                       QStringLiteral("REC-0003")};
}

void tst_RecordingsFilterModel::sortsByRawValues() {
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, codes);
    m_filter.sort(column, static_cast<Qt::SortOrder>(order));
    const QStringList shown = shownCodes();
    if (column == RecordingsModel::CodingsColumn) {
        // REC-0002 and REC-0004 both have one coding; their order between them is free.
        QCOMPARE(shown.mid(0, 2), codes.mid(0, 2));
        QCOMPARE(QSet<QString>(shown.begin() + 2, shown.begin() + 4),
                 QSet<QString>(codes.begin() + 2, codes.begin() + 4));
        QCOMPARE(shown.last(), codes.last());
        return;
    }
    QCOMPARE(shown, codes);
}

QTEST_GUILESS_MAIN(tst_RecordingsFilterModel)
#include "tst_RecordingsFilterModel.moc"
