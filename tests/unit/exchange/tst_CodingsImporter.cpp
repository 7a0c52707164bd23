#include "TestDatabase.h"
#include "exchange/CodingsExporter.h"
#include "exchange/CodingsImporter.h"
#include "exchange/EvidenceExporter.h"
#include "exchange/StaffImporter.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/ImportReport.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/RecordingRepository.h"

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
    void refusesLooseDatesAndImpossibleOrders_data();
    void refusesLooseDatesAndImpossibleOrders();
    void refusesControlCharacters();
    void commentsKeepTabsAndLineBreaks();
    void refusesAnUnknownOrDuplicatedColumn();
    void hostileCommentsRoundTripExactly();
    void evidenceExportNeutralisesNoteText();

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
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("codings-%1.sqlite").arg(++m_round)));
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
    QCOMPARE(exported.header(), CsvColumn::names(CodingsExporter::columns()));
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
    other.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("roundtrip-%1.sqlite").arg(m_round)));
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
    QCOMPARE(csv.header(), CsvColumn::names(EvidenceExporter::columns()));
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

namespace {

const QByteArray importHeader =
    "recording_code,practitioner_code,family_code,recorded_on,session_type,coder,coding_role,"
    "coded_on,evocation,empathy,collaboration,autonomy,purposefulness,clarity_about_concerns,"
    "child_focus,comment\n";

// One coding row; P001 joined North CIN on 2024-01-08 in staff.csv.
QByteArray codingRow(const QString &recordedOn, const QString &codedOn,
                     const QString &coder = QStringLiteral("jsmith"),
                     const QString &comment = QString(),
                     const QString &recording = QStringLiteral("H-2024-010")) {
    return (recording + QStringLiteral(",P001,F-2001,") + recordedOn +
            QStringLiteral(",home_visit,") + coder + QStringLiteral(",primary,") + codedOn +
            QStringLiteral(",3,4,3,3,4,2,3,") + comment + QLatin1Char('\n'))
        .toUtf8();
}

} // namespace

void tst_CodingsImporter::refusesLooseDatesAndImpossibleOrders_data() {
    QTest::addColumn<QString>("recordedOn");
    QTest::addColumn<QString>("codedOn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("junk") << QStringLiteral("2024-04-02junk") << QStringLiteral("2024-04-05")
                          << QStringLiteral("line 2: recorded_on \"2024-04-02junk\" is not a date");
    QTest::newRow("slashes") << QStringLiteral("2024-04-02") << QStringLiteral("2024/04/05")
                             << QStringLiteral("line 2: coded_on \"2024/04/05\" is not a date");
    QTest::newRow("year 9999") << QStringLiteral("9999-04-02") << QStringLiteral("2024-04-05")
                               << QStringLiteral("line 2: recorded_on 9999-04-02 is outside");
    QTest::newRow("coded before recorded")
        << QStringLiteral("2024-04-02") << QStringLiteral("2021-04-05")
        << QStringLiteral("line 2: coded_on 2021-04-05 is before recorded_on 2024-04-02");
    QTest::newRow("before the first team")
        << QStringLiteral("2023-12-01") << QStringLiteral("2024-04-05")
        << QStringLiteral("line 2: recorded_on 2023-12-01 is before practitioner P001 joined "
                          "their first team (North CIN, from 2024-01-08)");
}

void tst_CodingsImporter::refusesLooseDatesAndImpossibleOrders() {
    QFETCH(QString, recordedOn);
    QFETCH(QString, codedOn);
    QFETCH(QString, expected);
    const ImportReport report =
        CodingsImporter::importData(m_db, importHeader + codingRow(recordedOn, codedOn));
    QCOMPARE(report.errorLines().size(), 1);
    QVERIFY2(report.errorLines().constFirst().startsWith(expected), qPrintable(errors(report)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings")), 0);
}

void tst_CodingsImporter::refusesControlCharacters() {
    const QString date = QStringLiteral("2024-04-02");
    const QString later = QStringLiteral("2024-04-05");
    const ImportReport report = CodingsImporter::importData(
        m_db, importHeader +
                  codingRow(date, later, QStringLiteral("js") + QChar(0) + QStringLiteral("mith")) +
                  codingRow(date, later, QStringLiteral("akaur"), QStringLiteral("ring") + QChar(7),
                            QStringLiteral("H-2024-011")) +
                  codingRow(date, later, QStringLiteral("akaur"), QString(),
                            QStringLiteral("H-") + QChar(0x1f) + QStringLiteral("12")));
    QCOMPARE(report.errorLines(),
             QStringList({QStringLiteral("line 2: coder holds a control character (U+0000) at "
                                         "character 3"),
                          QStringLiteral("line 3: comment holds a control character (U+0007) at "
                                         "character 5"),
                          QStringLiteral("line 4: recording_code holds a control character "
                                         "(U+001f) at character 3")}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
}

void tst_CodingsImporter::commentsKeepTabsAndLineBreaks() {
    const ImportReport report = CodingsImporter::importData(
        m_db, importHeader + codingRow(QStringLiteral("2024-04-02"), QStringLiteral("2024-04-02"),
                                       QStringLiteral("jsmith"),
                                       QStringLiteral("\"Good:\tasked\nthen listened\"")));
    QVERIFY2(report.ok(), qPrintable(errors(report)));
    // Bound, not spelt with char() (SQLite) or chr() (PostgreSQL).
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM codings WHERE comment = ?"));
    query.addBindValue(QStringLiteral("Good:\tasked\nthen listened"));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_CodingsImporter::refusesAnUnknownOrDuplicatedColumn() {
    QByteArray unknown = importHeader;
    unknown.replace("comment\n", "comment,coder_notes\n");
    const ImportReport first = CodingsImporter::importData(
        m_db, unknown + codingRow(QStringLiteral("2024-04-02"), QStringLiteral("2024-04-05"))
                            .replace("\n", ",x\n"));
    QCOMPARE(first.errorLines().size(), 1);
    QVERIFY2(first.errorLines().constFirst().startsWith(
                 QStringLiteral("line 1: unknown column \"coder_notes\"")),
             qPrintable(errors(first)));

    QByteArray duplicated = importHeader;
    duplicated.replace("comment\n", "comment,empathy\n");
    const ImportReport second = CodingsImporter::importData(
        m_db, duplicated + codingRow(QStringLiteral("2024-04-02"), QStringLiteral("2024-04-05"))
                               .replace("\n", ",1\n"));
    QCOMPARE(errors(second), QStringLiteral("line 1: the column \"empathy\" appears twice"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
}

void tst_CodingsImporter::hostileCommentsRoundTripExactly() {
    const QStringList comments = {QStringLiteral("=HYPERLINK(\"http://x.test\",\"open\")"),
                                  QStringLiteral("+cmd|' /C calc'!A0"),
                                  QStringLiteral("@SUM(1+1)"),
                                  QStringLiteral("-2+3"),
                                  QStringLiteral("'already quoted"),
                                  QStringLiteral("'=both")};
    QByteArray data = importHeader;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        // Written as the exporter writes text, which is what the importer expects to undo.
        data += codingRow(QStringLiteral("2024-04-02"), QStringLiteral("2024-04-05"),
                          QStringLiteral("jsmith"),
                          CsvWriter::cell(comments.at(i), CsvColumn::Kind::Text),
                          QStringLiteral("H-2024-%1").arg(100 + i));
    }
    const ImportReport imported = CodingsImporter::importData(m_db, data);
    QVERIFY2(imported.ok(), qPrintable(errors(imported)));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(CodingsExporter::write(m_db, &buffer, &error), qPrintable(error));
    const QByteArray exported = buffer.data();
    // No cell of the export starts with a formula character.
    for (const char *start : {",=", ",+", ",@", ",-2", "\n="})
        QVERIFY2(!exported.contains(start), start);
    QVERIFY(exported.contains(",\"'=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\","));
    QVERIFY(exported.contains(",\"''already quoted\","));

    Database other;
    other.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("hostile-%1.sqlite").arg(m_round)));
    QVERIFY(
        StaffImporter::importFile(other, QStringLiteral(PC_TEST_DATA "/codings/staff.csv")).ok());
    const ImportReport again = CodingsImporter::importData(other, exported);
    QVERIFY2(again.ok(), qPrintable(errors(again)));
    QSqlQuery query(other.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT c.comment FROM codings c JOIN recordings r ON "
                                      "r.id = c.recording_id ORDER BY r.code")));
    QStringList back;
    while (query.next())
        back.append(query.value(0).toString());
    QCOMPARE(back, comments);
    // And importing the export into the database it came from changes nothing.
    const ImportReport same = CodingsImporter::importData(m_db, exported);
    QVERIFY2(same.ok(), qPrintable(errors(same)));
    QCOMPARE(same.unchanged, int(comments.size()));
}

void tst_CodingsImporter::evidenceExportNeutralisesNoteText() {
    QVERIFY(
        CodingsImporter::importFile(m_db, QStringLiteral(PC_TEST_DATA "/codings/codings-clean.csv"))
            .ok());
    const QString hostile = QStringLiteral("=HYPERLINK(\"http://x.test\",\"open\")");
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO evidence_notes (coding_id, at_ms, kind, body, "
                                 "created_at) VALUES ((SELECT MIN(id) FROM codings), 1000, "
                                 "'note', ?, '2024-04-05T00:00:00Z')"));
    // A NUL that reached the database before imports refused it must not reach the file.
    // PostgreSQL refuses NUL in text, so there no such note can exist.
    query.addBindValue(TestDatabase::onPostgres() ? hostile : QString(hostile + QChar(0)));
    QVERIFY(query.exec());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(EvidenceExporter::write(m_db, &buffer, &error));
    QVERIFY(!buffer.data().contains('\0'));
    QVERIFY(buffer.data().contains(",\"'=HYPERLINK("));
    CsvReader csv;
    ImportReport report;
    QVERIFY2(csv.parseForImport(buffer.data(), EvidenceExporter::columns(), &report),
             qPrintable(errors(report)));
    QCOMPARE(csv.value(csv.records().constFirst(), QStringLiteral("text")), hostile);
}

QTEST_GUILESS_MAIN(tst_CodingsImporter)
#include "tst_CodingsImporter.moc"
