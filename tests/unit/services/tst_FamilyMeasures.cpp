#include "MeasureTestData.h"
#include "TestDatabase.h"

#include "services/FamilyMeasures.h"
#include "services/MeasureEntry.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

class tst_FamilyMeasures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOnlyFamiliesWithQuestionnaires();
    void aFamilysQuestionnairesInOrder();
    void anUnknownFamilyIsNotAnEmptyOne();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void tst_FamilyMeasures::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("timeline.sqlite")));
    MeasureEntry entry(m_db);
    entry.add(score15(QStringLiteral("F2"), QStringLiteral("T2"), QDate(2026, 5, 25)));
    entry.add(score15(QStringLiteral("F2"), QStringLiteral("T1"), QDate(2026, 2, 2)));
    entry.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
}

void tst_FamilyMeasures::listsOnlyFamiliesWithQuestionnaires() {
    QCOMPARE(FamilyMeasures(m_db).familiesWithMeasures(),
             QStringList({QStringLiteral("F1"), QStringLiteral("F2")}));
}

void tst_FamilyMeasures::aFamilysQuestionnairesInOrder() {
    const auto f2 = FamilyMeasures(m_db).forFamily(QStringLiteral("F2"));
    QVERIFY(f2.has_value());
    QCOMPARE(f2->size(), 2);
    QCOMPARE(f2->at(0).timepoint, QStringLiteral("T1"));
    QCOMPARE(f2->at(1).timepoint, QStringLiteral("T2"));
    QCOMPARE(f2->at(1).items.size(), 15);
}

void tst_FamilyMeasures::anUnknownFamilyIsNotAnEmptyOne() {
    QVERIFY(!FamilyMeasures(m_db).forFamily(QStringLiteral("F404")).has_value());
}

QTEST_GUILESS_MAIN(tst_FamilyMeasures)
#include "tst_FamilyMeasures.moc"
