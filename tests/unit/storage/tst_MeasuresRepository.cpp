#include "TestDatabase.h"
#include "exchange/MeasuresImporter.h"
#include "policy/FollowUpRule.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/MeasuresRepository.h"
#include "storage/ReportQueries.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_MeasuresRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAndReadsBackWithMissingItemsAbsent();
    void createsTheFamilyFromItsCode();
    void refusesADuplicateWithAClearMessageAndWritesNothing();
    void refusesAnswersTheInstrumentDoesNotAllow();
    void refusesARespondentTheInstrumentIsNotFor();
    void updatesAnswersAndRefusesAStaleVersion();
    void removesAnAdministrationAndItsAnswers();
    void aStaleEditIsRefusedAndTheFirstIsKept();
    void listsByFamily();
    void followUpsAreT1WithoutT2();
    void followUpStatus();
    void onlyRepeatedQuestionnairesAreOwedAndTheReportAgrees();

private:
    static InstrumentResponse score15(const QString &family, const QString &timepoint,
                                      const QDate &date);
    int count(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_MeasuresRepository::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("measures.sqlite")));
}

void tst_MeasuresRepository::cleanup() {
    m_db.reset();
    m_dir.reset();
}

InstrumentResponse tst_MeasuresRepository::score15(const QString &family, const QString &timepoint,
                                                   const QDate &date) {
    InstrumentResponse response;
    response.familyCode = family;
    response.respondent = QStringLiteral("mother");
    response.instrumentId = QStringLiteral("score-15");
    response.timepoint = timepoint;
    response.administeredOn = date;
    response.mode = QStringLiteral("paper");
    for (int item = 1; item <= 15; ++item) {
        if (item != 7)
            response.items.insert(item, 1 + item % 5);
    }
    return response;
}

int tst_MeasuresRepository::count(const QString &table) {
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_MeasuresRepository::addsAndReadsBackWithMissingItemsAbsent() {
    MeasuresRepository repository(*m_db);
    const InstrumentResponse response =
        score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5));
    const qint64 id = repository.add(response);
    QVERIFY(id > 0);
    const auto stored = repository.find(id);
    QVERIFY(stored);
    QCOMPARE(stored->familyCode, QStringLiteral("F1"));
    QCOMPARE(stored->items, response.items);
    QVERIFY(!stored->items.contains(7));
    QCOMPARE(stored->administeredOn, QDate(2026, 1, 5));
    QCOMPARE(stored->instrumentVersion, 1);
    QCOMPARE(stored->recordingId, 0);
    QCOMPARE(count(QStringLiteral("instrument_item_responses")), 14);
}

void tst_MeasuresRepository::createsTheFamilyFromItsCode() {
    MeasuresRepository repository(*m_db);
    repository.add(score15(QStringLiteral("NEW-9"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    QVERIFY(FamilyRepository(*m_db).findByCaseCode(QStringLiteral("NEW-9")));
    QCOMPARE(repository.familiesWithMeasures(), QStringList{QStringLiteral("NEW-9")});
}

void tst_MeasuresRepository::refusesADuplicateWithAClearMessageAndWritesNothing() {
    MeasuresRepository repository(*m_db);
    repository.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    const int items = count(QStringLiteral("instrument_item_responses"));
    try {
        repository.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 9)));
        QFAIL("a duplicate administration was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Conflict);
        QCOMPARE(error.message(),
                 QStringLiteral("Family F1 already has SCORE-15 from the mother at T1 (completed "
                                "2026-01-05). Open it from the family timeline to change it."));
    }
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 1);
    QCOMPARE(count(QStringLiteral("instrument_item_responses")), items);
    // A different timepoint or respondent is not a duplicate.
    repository.add(score15(QStringLiteral("F1"), QStringLiteral("T2"), QDate(2026, 5, 1)));
    InstrumentResponse father =
        score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5));
    father.respondent = QStringLiteral("father");
    repository.add(father);
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 3);
}

void tst_MeasuresRepository::refusesAnswersTheInstrumentDoesNotAllow() {
    MeasuresRepository repository(*m_db);
    InstrumentResponse response =
        score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5));
    response.items.insert(3, 6);
    try {
        repository.add(response);
        QFAIL("an out-of-range answer was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QCOMPARE(error.message(), QStringLiteral("item 3: 6 is outside 1 to 5"));
    }
    response.items.insert(3, 2);
    response.timepoint = QStringLiteral("baseline");
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.add(response));
    response.timepoint = QStringLiteral("T1");
    response.instrumentId = QStringLiteral("sdq");
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.add(response));
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
    QCOMPARE(count(QStringLiteral("families")), 0);
}

void tst_MeasuresRepository::refusesARespondentTheInstrumentIsNotFor() {
    MeasuresRepository repository(*m_db);
    InstrumentResponse response =
        score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5));
    response.respondent = QStringLiteral("practitioner");
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.add(response));
    QCOMPARE(count(QStringLiteral("instrument_administrations")), 0);
}

void tst_MeasuresRepository::updatesAnswersAndRefusesAStaleVersion() {
    MeasuresRepository repository(*m_db);
    const qint64 id =
        repository.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    InstrumentResponse stored = *repository.find(id);
    const InstrumentResponse stale = stored;
    stored.items.insert(7, 5);
    stored.items.remove(1);
    stored.mode = QStringLiteral("telephone");
    repository.update(stored);
    const InstrumentResponse updated = *repository.find(id);
    QCOMPARE(updated.items.value(7), 5);
    QVERIFY(!updated.items.contains(1));
    QCOMPARE(updated.mode, QStringLiteral("telephone"));
    QCOMPARE(updated.version, stale.version + 1);
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.update(stale));
    QCOMPARE(repository.find(id)->items, updated.items);
}

void tst_MeasuresRepository::removesAnAdministrationAndItsAnswers() {
    MeasuresRepository repository(*m_db);
    const qint64 id =
        repository.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    repository.remove(id, repository.find(id)->version);
    QVERIFY(!repository.find(id));
    QCOMPARE(count(QStringLiteral("instrument_item_responses")), 0);
    QVERIFY_THROWS_EXCEPTION(StorageError, repository.remove(id, 1));
}

void tst_MeasuresRepository::aStaleEditIsRefusedAndTheFirstIsKept() {
    MeasuresRepository mine(*m_db);
    const std::unique_ptr<Database> otherConnection = m_db->openAnotherConnection();
    MeasuresRepository theirs(*otherConnection);
    const qint64 id =
        mine.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    // Both open the questionnaire; they save the same item differently, they first.
    InstrumentResponse myEdit = *mine.find(id);
    InstrumentResponse theirEdit = *theirs.find(id);
    theirEdit.items.insert(3, 5);
    myEdit.items.insert(3, 1);
    myEdit.items.insert(4, 1);
    theirs.update(theirEdit);
    try {
        mine.update(myEdit);
        QFAIL("an edit based on an old version was saved");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::StaleEdit);
        QCOMPARE(error.message(),
                 QStringLiteral("Someone else changed this questionnaire while you were editing "
                                "it (family F1). Your change was not saved."));
    }
    const InstrumentResponse stored = *mine.find(id);
    QCOMPARE(stored.items, theirEdit.items);
    QCOMPARE(stored.version, theirEdit.version + 1);
    // Deleting what they have changed since is refused too, and deletes nothing.
    QVERIFY_THROWS_EXCEPTION(StorageError, mine.remove(id, myEdit.version));
    QCOMPARE(mine.find(id)->items, theirEdit.items);
    mine.remove(id, stored.version);
    QVERIFY(!theirs.find(id));
    // An edit of a questionnaire someone else deleted says so.
    try {
        theirs.update(stored);
        QFAIL("an edit of a deleted questionnaire was saved");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::NotFound);
    }
}

void tst_MeasuresRepository::listsByFamily() {
    MeasuresRepository repository(*m_db);
    repository.add(score15(QStringLiteral("F1"), QStringLiteral("T2"), QDate(2026, 5, 1)));
    repository.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    repository.add(score15(QStringLiteral("F2"), QStringLiteral("T1"), QDate(2026, 1, 7)));
    const qint64 f1 = FamilyRepository(*m_db).findByCaseCode(QStringLiteral("F1"))->id;
    const auto list = repository.listForFamily(f1);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).timepoint, QStringLiteral("T1"));
    QCOMPARE(list.at(1).timepoint, QStringLiteral("T2"));
    QCOMPARE(list.at(0).items.size(), 14);
    QCOMPARE(repository.listAll().size(), 3);
}

// 16 weeks is 112 days: 2026-01-05 + 112 days = 2026-04-27.
void tst_MeasuresRepository::followUpsAreT1WithoutT2() {
    MeasuresRepository repository(*m_db);
    repository.add(score15(QStringLiteral("F1"), QStringLiteral("T1"), QDate(2026, 1, 5)));
    repository.add(score15(QStringLiteral("F2"), QStringLiteral("T1"), QDate(2026, 2, 2)));
    repository.add(score15(QStringLiteral("F2"), QStringLiteral("T2"), QDate(2026, 5, 25)));
    InstrumentResponse father =
        score15(QStringLiteral("F2"), QStringLiteral("T1"), QDate(2026, 2, 2));
    father.respondent = QStringLiteral("father");
    repository.add(father);

    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    auto due = repository.followUps(FollowUpRule(catalogue, std::nullopt), QDate(2026, 6, 1));
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).familyCode, QStringLiteral("F1"));
    QCOMPARE(due.at(0).dueDate, QDate(2026, 4, 27));
    QCOMPARE(due.at(1).familyCode, QStringLiteral("F2"));
    QCOMPARE(due.at(1).respondent, QStringLiteral("father"));
    QCOMPARE(due.at(1).dueDate, QDate(2026, 5, 25));

    due = repository.followUps(FollowUpRule(catalogue, 10), QDate(2026, 6, 1));
    QCOMPARE(due.at(0).dueDate, QDate(2026, 3, 16));
}

void tst_MeasuresRepository::followUpStatus() {
    FollowUp followUp;
    followUp.dueDate = QDate(2026, 4, 27);
    QCOMPARE(followUp.statusOn(QDate(2026, 4, 12)), FollowUp::Status::Upcoming);
    QCOMPARE(followUp.statusOn(QDate(2026, 4, 13)), FollowUp::Status::Due);
    QCOMPARE(followUp.statusOn(QDate(2026, 4, 27)), FollowUp::Status::Due);
    QCOMPARE(followUp.statusOn(QDate(2026, 4, 28)), FollowUp::Status::Overdue);
    QCOMPARE(followUp.daysOverdue(QDate(2026, 5, 4)), 7);
    QCOMPARE(followUp.daysOverdue(QDate(2026, 4, 20)), -7);
}

// The follow-up list and the Practice Report's "follow-ups overdue" share one definition: only
// questionnaires that are repeated are owed a T2, due after the organisation's interval or
// else the questionnaire's own, so the list and the service report count the same.
void tst_MeasuresRepository::onlyRepeatedQuestionnairesAreOwedAndTheReportAgrees() {
    QVERIFY(MeasuresImporter::importFile(*m_db, QStringLiteral(PC_TEST_DATA "/measures/scored.csv"))
                .ok());
    MeasuresRepository repository(*m_db);
    const QDate today(2026, 6, 1);
    auto overdueIn = [&](const QList<FollowUp> &list) {
        QStringList overdue;
        for (const FollowUp &followUp : list) {
            // Given once only: never owed, whatever the interval.
            if (followUp.instrumentId == QStringLiteral("wai-s-client") ||
                followUp.instrumentId == QStringLiteral("observer-engagement"))
                return QStringList{QStringLiteral("listed: ") + followUp.instrumentId};
            if (followUp.statusOn(today) == FollowUp::Status::Overdue)
                overdue.append(followUp.familyCode + QLatin1Char(' ') + followUp.instrumentId);
        }
        overdue.sort();
        return overdue;
    };
    auto reportCount = [&](std::optional<int> weeks) {
        QString error;
        const auto spec = ReportSpec::resolve(ReportQueries(*m_db), {QStringLiteral("service")},
                                              ReportPeriod::quarterContaining(today), &error);
        if (!spec)
            return -1;
        ReportBuilder::Options options;
        options.today = today;
        options.followUpWeeks = weeks;
        return ReportBuilder(*m_db, options).build(*spec).followUpsOverdue;
    };
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();

    // Each questionnaire's own 16 weeks: F002's GHQ-12 and family life rating (T1 2026-02-01)
    // are overdue; F003's SCORE-15 (T1 2026-03-01) is not yet due.
    QList<FollowUp> list = repository.followUps(FollowUpRule(catalogue, std::nullopt), today);
    QCOMPARE(list.size(), 3);
    QCOMPARE(overdueIn(list), (QStringList{QStringLiteral("F002 family-life-rating"),
                                           QStringLiteral("F002 ghq-12")}));
    QCOMPARE(reportCount(std::nullopt), 2);

    // The organisation's 10 weeks: F003's SCORE-15 is overdue too.
    list = repository.followUps(FollowUpRule(catalogue, 10), today);
    QCOMPARE(overdueIn(list).size(), 3);
    QCOMPARE(reportCount(10), 3);
}

QTEST_GUILESS_MAIN(tst_MeasuresRepository)
#include "tst_MeasuresRepository.moc"
