#include "CodingTestFixture.h"
#include "MeasureTestData.h"
#include "TestDatabase.h"

#include "services/FamilyMeasures.h"
#include "services/MeasureEntry.h"
#include "storage/StorageError.h"

#include <QTemporaryDir>
#include <QTest>

class tst_MeasureEntry : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAFamilyWithItsFirstQuestionnaire();
    void offersTheFamilysRecordings();
    void correctsAndDeletes();
    void refusesAnswersOutOfRange();

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_round = 0;
};

void tst_MeasureEntry::init() {
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("entry-%1.sqlite").arg(++m_round)));
}

void tst_MeasureEntry::cleanup() {
    m_db.close();
}

void tst_MeasureEntry::addsAFamilyWithItsFirstQuestionnaire() {
    MeasureEntry entry(m_db);
    QVERIFY(!entry.familyCaseCodes().contains(QStringLiteral("F0123")));
    QVERIFY(!entry.recordingsForFamily(QStringLiteral("F0123")).has_value());
    const qint64 id =
        entry.add(score15(QStringLiteral("F0123"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    QVERIFY(id > 0);
    QVERIFY(entry.familyCaseCodes().contains(QStringLiteral("F0123")));
    const auto none = entry.recordingsForFamily(QStringLiteral("F0123"));
    QVERIFY(none.has_value());
    QVERIFY(none->isEmpty());
}

void tst_MeasureEntry::offersTheFamilysRecordings() {
    CodingTestFixture fixture;
    fixture.build(m_db);
    const qint64 recording = fixture.addRecording(m_db);
    const auto choices = MeasureEntry(m_db).recordingsForFamily(QStringLiteral("F-1001"));
    QVERIFY(choices.has_value());
    QCOMPARE(choices->size(), 1);
    QCOMPARE(choices->first().id, recording);
    QCOMPARE(choices->first().recordedOn, QDate(2024, 4, 2));
}

void tst_MeasureEntry::correctsAndDeletes() {
    MeasureEntry entry(m_db);
    InstrumentResponse response =
        score15(QStringLiteral("F7"), QStringLiteral("T1"), QDate(2026, 1, 5));
    response.id = entry.add(response);
    auto stored = FamilyMeasures(m_db).forFamily(QStringLiteral("F7"));
    QCOMPARE(stored->size(), 1);
    InstrumentResponse corrected = stored->first();
    corrected.items.insert(1, 5);
    entry.update(corrected);
    QCOMPARE(FamilyMeasures(m_db).forFamily(QStringLiteral("F7"))->first().items.value(1), 5);
    entry.remove(corrected.id, corrected.version + 1);
    QVERIFY(FamilyMeasures(m_db).forFamily(QStringLiteral("F7"))->isEmpty());
}

void tst_MeasureEntry::refusesAnswersOutOfRange() {
    InstrumentResponse response =
        score15(QStringLiteral("F8"), QStringLiteral("T1"), QDate(2026, 1, 5));
    response.items.insert(3, 6);
    try {
        MeasureEntry(m_db).add(response);
        QFAIL("an answer of 6 on SCORE-15 was stored");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
    }
    QVERIFY(!MeasureEntry(m_db).familyCaseCodes().contains(QStringLiteral("F8")));
}

QTEST_GUILESS_MAIN(tst_MeasureEntry)
#include "tst_MeasureEntry.moc"
