#include "io/CsvReader.h"
#include "storage/CodingRepository.h"
#include "storage/CodingsExporter.h"
#include "storage/CodingsImporter.h"
#include "storage/Database.h"
#include "storage/EvidenceExporter.h"
#include "storage/RecordingRepository.h"
#include "storage/StaffImporter.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CodingsImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsFinalCodingsWithTheirRecordings();
    void blankScoreIsNotCodable();
    void importingTwiceChangesNothing();
    void exportGivesBackTheImportedData();
    void badFixturesImportNothing_data();
    void badFixturesImportNothing();
    void evidenceExportHasOneRowPerNote();
    void draftRowsOfAnExportAreSkipped();
    void unknownStatusImportsNothing();

private:
    int count(const QString &sql);
    QString errors(const ImportReport &report) {
        return report.errorLines().join(QLatin1Char('\n'));
    }

    QTemporaryDir m_dir;
    Database m_db;
    int m_round = 0;
};

void tst_CodingsImporter::init() {
    m_db.open(m_dir.filePath(QStringLiteral("codings-%1.sqlite").arg(++m_round)));
    const ImportReport staff =
        StaffImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/staff.csv"));
    QVERIFY2(staff.ok(), qPrintable(errors(staff)));
}

void tst_CodingsImporter::cleanup() {
    m_db.close();
}

int tst_CodingsImporter::count(const QString &sql) {
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_CodingsImporter::importsFinalCodingsWithTheirRecordings() {
    const ImportReport report = CodingsImporter::importFile(
        m_db, QStringLiteral(PC_TEST_DATA "/codings/codings-clean.csv"));
    QVERIFY2(report.ok(), qPrintable(errors(report)));
    QCOMPARE(report.added, 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE status = 'final'")), 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE audio_path IS NULL")), 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM families")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'evaluator'")), 3);
    // A primary and a second coding of one recording: a double coding, not a duplicate.
    const auto recording = RecordingRepository(m_db).findByCode(QStringLiteral("H-2024-001"));
    QVERIFY(recording);
    QCOMPARE(CodingRepository(m_db).codingsOf(recording->id).size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE comment = "
                                  "'Said \"I hear you\" often'")),
             1);
}

void tst_CodingsImporter::blankScoreIsNotCodable() {
    QVERIFY(
        CodingsImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/codings-clean.csv"))
            .ok());
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT s.score, s.not_codable_reason FROM skill_scores s JOIN codings c ON c.id = "
        "s.coding_id JOIN recordings r ON r.id = c.recording_id WHERE r.code = 'H-2024-002' "
        "AND s.skill_key = 'empathy'")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).isNull());
    QCOMPARE(query.value(1).toString(), QStringLiteral("Not codable (imported)"));
}

void tst_CodingsImporter::importingTwiceChangesNothing() {
    const QString path = QStringLiteral(PC_TEST_DATA "/codings/codings-clean.csv");
    QVERIFY(CodingsImporter::importFile(m_db, path).ok());
    const int scores = count(QStringLiteral("SELECT COUNT(*) FROM skill_scores"));
    const ImportReport again = CodingsImporter::importFile(m_db, path);
    QVERIFY2(again.ok(), qPrintable(errors(again)));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.unchanged, 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings")), 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM skill_scores")), scores);
}

void tst_CodingsImporter::exportGivesBackTheImportedData() {
    const QString path = QStringLiteral(PC_TEST_DATA "/codings/codings-clean.csv");
    QVERIFY(CodingsImporter::importFile(m_db, path).ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(CodingsExporter::write(m_db, &buffer, &error), qPrintable(error));

    CsvReader original;
    QVERIFY(original.parseFile(path, &error));
    CsvReader exported;
    QVERIFY(exported.parse(buffer.data(), &error));
    QCOMPARE(exported.header(), CodingsExporter::columns());
    QCOMPARE(exported.records().size(), original.records().size());
    for (int row = 0; row < original.records().size(); ++row) {
        const QStringList fields = exported.records().at(row).fields;
        for (const QString &column : original.header()) {
            QCOMPARE(fields.at(exported.column(column)),
                     original.records().at(row).fields.at(original.column(column)));
        }
        QCOMPARE(fields.at(exported.column(QStringLiteral("status"))), QStringLiteral("final"));
        QCOMPARE(fields.at(exported.column(QStringLiteral("scheme"))), QStringLiteral("msw-v1"));
    }

    // The export imports cleanly into an empty database and exports identically again.
    Database other;
    other.open(m_dir.filePath(QStringLiteral("roundtrip-%1.sqlite").arg(m_round)));
    QVERIFY(
        StaffImporter::importFile(other, QStringLiteral(PC_TEST_DATA "/codings/staff.csv")).ok());
    const ImportReport again = CodingsImporter::importData(other, buffer.data());
    QVERIFY2(again.ok(), qPrintable(errors(again)));
    QBuffer second;
    second.open(QIODevice::WriteOnly);
    QVERIFY(CodingsExporter::write(other, &second, &error));
    QCOMPARE(second.data(), buffer.data());
}

void tst_CodingsImporter::badFixturesImportNothing_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown practitioner") << "codings-unknown-practitioner.csv"
                                          << "line 3: unknown practitioner P999";
    QTest::newRow("score of 6") << "codings-score-six.csv"
                                << "line 3: collaboration score \"6\"";
    QTest::newRow("bad date") << "codings-bad-date.csv"
                              << "line 3: recorded_on \"03/04/2024\"";
    QTest::newRow("missing column") << "codings-missing-column.csv"
                                    << "line 1: the column \"coded_on\" is missing";
    QTest::newRow("second primary")
        << "codings-second-primary.csv"
        << "line 4: a second primary coding for recording H-2024-010 (the first is on line 2)";
}

void tst_CodingsImporter::badFixturesImportNothing() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const ImportReport report =
        CodingsImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/") + file);
    QVERIFY(!report.ok());
    QCOMPARE(report.errorLines().size(), 1);
    QVERIFY2(report.errorLines().first().startsWith(expected), qPrintable(errors(report)));
    QCOMPARE(report.added, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM families")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users")), 0);
}

void tst_CodingsImporter::evidenceExportHasOneRowPerNote() {
    QVERIFY(
        CodingsImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/codings-clean.csv"))
            .ok());
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT MIN(id) FROM codings")) && query.next());
    const qint64 codingId = query.value(0).toLongLong();
    query.finish();
    // Notes on a final coding go in directly: the repository refuses edits to final codings.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO evidence_notes (coding_id, at_ms, kind, body, "
                                      "created_at) VALUES (%1, 754123, 'strength', 'Reflects, "
                                      "warmly', '2024-04-05T00:00:00Z')")
                           .arg(codingId)));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO evidence_note_skills VALUES "
                                      "((SELECT MAX(id) FROM evidence_notes), 'empathy')")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(EvidenceExporter::write(m_db, &buffer, &error));
    CsvReader csv;
    QVERIFY(csv.parse(buffer.data(), &error));
    QCOMPARE(csv.header(), EvidenceExporter::columns());
    QCOMPARE(csv.records().size(), 1);
    const QStringList row = csv.records().first().fields;
    QCOMPARE(row.at(csv.column(QStringLiteral("at"))), QStringLiteral("0:12:34.123"));
    QCOMPARE(row.at(csv.column(QStringLiteral("skills"))), QStringLiteral("empathy"));
    QCOMPARE(row.at(csv.column(QStringLiteral("text"))), QStringLiteral("Reflects, warmly"));
    QCOMPARE(row.at(csv.column(QStringLiteral("recording_code"))), QStringLiteral("H-2024-001"));
}

namespace {

const QByteArray exportedHeader =
    "recording_code,practitioner_code,family_code,recorded_on,session_type,coder,coding_role,"
    "coded_on,evocation,empathy,collaboration,autonomy,purposefulness,clarity_about_concerns,"
    "child_focus,comment,coding_id,status,scheme\n";

} // namespace

void tst_CodingsImporter::draftRowsOfAnExportAreSkipped() {
    // An exported file carries drafts too; they must not come back as final codings.
    const QByteArray data =
        exportedHeader +
        "H-2024-001,P001,F-1001,2024-04-02,home_visit,jsmith,primary,2024-04-05,3,4,3,3,4,2,3,,1,"
        "final,msw-v1\n"
        "H-2024-001,P001,F-1001,2024-04-02,home_visit,akaur,consensus,2024-04-06,3,3,3,2,4,4,3,,2,"
        "draft,msw-v1\n";
    const ImportReport report = CodingsImporter::importData(m_db, data);
    QVERIFY2(report.ok(), qPrintable(errors(report)));
    QCOMPARE(report.added, 1);
    QCOMPARE(report.skipped, 1);
    QVERIFY(report.summary().contains(QStringLiteral("skipped 1 (draft codings")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE role = 'consensus'")), 0);
}

void tst_CodingsImporter::unknownStatusImportsNothing() {
    const QByteArray data =
        exportedHeader +
        "H-2024-001,P001,F-1001,2024-04-02,home_visit,jsmith,primary,2024-04-05,3,4,3,3,4,2,3,,1,"
        "final,msw-v1\n"
        "H-2024-002,P001,F-1001,2024-04-09,home_visit,jsmith,primary,2024-04-10,3,4,3,3,4,2,3,,2,"
        "finished,msw-v1\n";
    const ImportReport report = CodingsImporter::importData(m_db, data);
    QVERIFY(!report.ok());
    QCOMPARE(errors(report),
             QStringLiteral("line 3: status \"finished\" is not one of draft|final"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
}

QTEST_GUILESS_MAIN(tst_CodingsImporter)
#include "tst_CodingsImporter.moc"
