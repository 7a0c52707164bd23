#include "DemoRowsFixture.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The demo's bulk writer: what it stores for each kind of row (NULL for "none", the usual
// date and instant forms), the ids it hands back, and that nothing stays without commit().
class tst_DemoWriter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anEmptyDatabaseIsEmptyAndAWrittenOneIsNot();
    void storesNoneAsNullAndInstantsInUtc();
    void keepsNothingUnlessCommitted();

private:
    QVariant scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    Database m_db;
    int m_round = 0;
};

void tst_DemoWriter::init() {
    QVERIFY(m_dir.isValid());
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("writer-%1.sqlite").arg(++m_round)));
}

void tst_DemoWriter::cleanup() {
    m_db.close();
}

QVariant tst_DemoWriter::scalar(const QString &sql) const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<query failed: %1>").arg(sql);
    return query.value(0);
}

void tst_DemoWriter::anEmptyDatabaseIsEmptyAndAWrittenOneIsNot() {
    QVERIFY(DemoWriter::isEmpty(m_db));
    DemoWriter writer(m_db);
    writer.addService(QStringLiteral("Children's Services"));
    writer.commit();
    QVERIFY(!DemoWriter::isEmpty(m_db));
}

void tst_DemoWriter::storesNoneAsNullAndInstantsInUtc() {
    const QDateTime created(QDate(2025, 3, 4), QTime(9, 30, 15), QTimeZone::utc());
    DemoWriter writer(m_db);
    const qint64 service = writer.addService(QStringLiteral("Children's Services"));
    const qint64 team = writer.addTeam(service, QStringLiteral("North CIN"), QStringLiteral("CIN"));
    const qint64 coder = writer.addUser(
        QStringLiteral("evaluator1"), QStringLiteral("Evaluator One"), QStringLiteral("evaluator"));
    const qint64 worker = writer.addPractitioner(QStringLiteral("P0001"), QStringLiteral("Sam Lee"),
                                                 QStringLiteral("social_worker"),
                                                 QStringLiteral("permanent"), QDate());
    writer.addMembership(worker, team, QDate(2024, 1, 1), QDate());
    const qint64 family =
        writer.addFamily(QStringLiteral("F25-0001"), QStringLiteral("child_in_need"));
    const qint64 recordingId =
        writer.addRecording(DemoRowsFixture::homeVisit(worker, team, family), created);
    DemoWriter::CodingRow coding;
    coding.recordingId = recordingId;
    coding.coderId = coder;
    coding.schemeId = QStringLiteral("msw");
    coding.schemeVersion = 1;
    coding.role = QStringLiteral("primary");
    coding.final = false;
    coding.windowEndMs = 60000;
    coding.createdAt = created;
    coding.updatedAt = created.addSecs(60);
    const qint64 codingId = writer.addCoding(coding);
    writer.addScore(codingId, QStringLiteral("empathy"), 4, QString());
    writer.addScore(codingId, QStringLiteral("evocation"), 0, QStringLiteral("Inaudible"));
    const qint64 note =
        writer.addNote(codingId, 1500, QStringLiteral("strength"), QString(), created);
    writer.addNoteSkill(note, QStringLiteral("empathy"));
    DemoWriter::AdministrationRow administration;
    administration.familyId = family;
    administration.respondent = QStringLiteral("mother");
    administration.instrument = QStringLiteral("score-15");
    administration.timepoint = QStringLiteral("T1");
    administration.administeredOn = QDate(2025, 3, 10);
    administration.mode = QStringLiteral("paper");
    administration.createdAt = created;
    writer.addItemResponse(writer.addAdministration(administration), 1, 3);
    writer.commit();

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE audio_path IS NULL AND "
                                   "audio_sha256 IS NULL AND duration_ms IS NULL"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT created_at FROM recordings")).toString(),
             QStringLiteral("2025-03-04T09:30:15.000Z"));
    QCOMPARE(scalar(QStringLiteral("SELECT practitioner_consent_on FROM recordings")).toString(),
             QStringLiteral("2025-03-01"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM practitioners WHERE left_on IS NULL")).toInt(),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM team_memberships WHERE to_date IS NULL"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT status || '|' || CASE WHEN finalised_at IS NULL THEN 1 "
                                   "ELSE 0 END || '|' || "
                                   "comment FROM codings"))
                 .toString(),
             QStringLiteral("draft|1|"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM skill_scores WHERE score IS NULL AND "
                                   "not_codable_reason = 'Inaudible'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM skill_scores WHERE score = 4 AND "
                                   "not_codable_reason IS NULL"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT body FROM evidence_notes")).toString(), QString());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_note_skills WHERE note_id = %1")
                        .arg(note))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM instrument_administrations WHERE "
                                   "recording_id IS NULL AND instrument_version = 1"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM instrument_item_responses")).toInt(), 3);
}

void tst_DemoWriter::keepsNothingUnlessCommitted() {
    {
        DemoWriter writer(m_db);
        QVERIFY(writer.addService(QStringLiteral("Children's Services")) > 0);
        QVERIFY(writer.addFamily(QStringLiteral("F25-0001"), QStringLiteral("child_in_need")) > 0);
    }
    QVERIFY(DemoWriter::isEmpty(m_db));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM families")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_DemoWriter)
#include "tst_DemoWriter.moc"
