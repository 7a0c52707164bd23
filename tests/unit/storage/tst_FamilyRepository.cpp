#include "ConcurrentWriters.h"
#include "TestDatabase.h"

#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/StorageError.h"

#include <QTemporaryDir>
#include <QTest>

class tst_FamilyRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findOrCreateAddsOnceAndThenFinds();
    void findByCaseCodeTrimsAndMissesUnknown();
    void refusesEmptyAndOverlongCodes();
    void refusesUnknownCaseType();
    void listsCaseCodesSorted();
    void twoWritersAddingTheSameFamiliesNeitherFailsNorDuplicates();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_FamilyRepository::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("families.sqlite")));
}

void tst_FamilyRepository::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_FamilyRepository::findOrCreateAddsOnceAndThenFinds() {
    FamilyRepository families(*m_db);
    bool created = false;
    const Family first = families.findOrCreate(QStringLiteral("F100"), QString(), &created);
    QVERIFY(created);
    QVERIFY(first.id > 0);
    QCOMPARE(first.caseType, QStringLiteral("other"));
    const Family again =
        families.findOrCreate(QStringLiteral(" F100 "), QStringLiteral("child_in_need"), &created);
    QVERIFY(!created);
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.caseType, QStringLiteral("other"));
    const Family second =
        families.findOrCreate(QStringLiteral("F101"), QStringLiteral("child_protection"));
    QVERIFY(second.id != first.id);
    QCOMPARE(families.findById(second.id)->caseType, QStringLiteral("child_protection"));
}

void tst_FamilyRepository::findByCaseCodeTrimsAndMissesUnknown() {
    FamilyRepository families(*m_db);
    families.findOrCreate(QStringLiteral("F200"));
    QVERIFY(families.findByCaseCode(QStringLiteral("F200 ")));
    QVERIFY(!families.findByCaseCode(QStringLiteral("F201")));
    QVERIFY(!families.findById(999));
}

void tst_FamilyRepository::refusesEmptyAndOverlongCodes() {
    FamilyRepository families(*m_db);
    for (const QString &code : {QString(), QStringLiteral("   "), QString(65, QLatin1Char('x'))}) {
        try {
            families.findOrCreate(code);
            QFAIL("an unusable case code was accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Invalid);
            QVERIFY(error.message().contains(QStringLiteral("case code")));
        }
    }
    QVERIFY(families.caseCodes().isEmpty());
}

void tst_FamilyRepository::refusesUnknownCaseType() {
    FamilyRepository families(*m_db);
    QVERIFY_THROWS_EXCEPTION(StorageError,
                             families.findOrCreate(QStringLiteral("F300"), QStringLiteral("vip")));
    QVERIFY(families.caseCodes().isEmpty());
}

void tst_FamilyRepository::listsCaseCodesSorted() {
    FamilyRepository families(*m_db);
    families.findOrCreate(QStringLiteral("F3"));
    families.findOrCreate(QStringLiteral("F1"));
    families.findOrCreate(QStringLiteral("F2"));
    QCOMPARE(families.caseCodes(),
             (QStringList{QStringLiteral("F1"), QStringLiteral("F2"), QStringLiteral("F3")}));
}

void tst_FamilyRepository::twoWritersAddingTheSameFamiliesNeitherFailsNorDuplicates() {
    // Both add the same codes in the same order, so each look-up races the other's insert.
    constexpr int families = 300;
    std::vector<int> created(2, 0);
    const QStringList failures = raceWriters(*m_db, 2, [&](Database &connection, int writer) {
        FamilyRepository repository(connection);
        for (int i = 0; i < families; ++i) {
            bool added = false;
            repository.findOrCreate(QStringLiteral("F%1").arg(i), QString(), &added);
            if (added)
                ++created[static_cast<std::size_t>(writer)];
        }
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(FamilyRepository(*m_db).caseCodes().size(), families);
    // Exactly one writer was told it added each family.
    QCOMPARE(created[0] + created[1], families);
}

QTEST_GUILESS_MAIN(tst_FamilyRepository)
#include "tst_FamilyRepository.moc"
