#include "DemoRowsFixture.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"
#include "storage/ExportQuery.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The reads behind the codings and evidence exports: the order the files list rows in, what
// a row carries (scores without the not-codable skills, instants read back in UTC, text as
// stored) and that a note's skills come sorted.
class tst_ExportQuery : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void codingsComePrimarySecondConsensusWithTheirScores();
    void evidenceNotesComeInTimeOrderWithSortedSkills();

private:
    QTemporaryDir m_dir;
    Database m_db;
    int m_round = 0;
    qint64 m_primary = 0;
    qint64 m_second = 0;
    qint64 m_consensus = 0;
};

void tst_ExportQuery::init() {
    QVERIFY(m_dir.isValid());
    m_db.open(
        TestDatabase::freshLocation(m_dir, QStringLiteral("export-%1.sqlite").arg(++m_round)));
    const QDateTime when(QDate(2025, 3, 4), QTime(9, 30), QTimeZone::utc());
    DemoWriter writer(m_db);
    const qint64 service = writer.addService(QStringLiteral("Children's Services"));
    const qint64 team = writer.addTeam(service, QStringLiteral("North CIN"), QStringLiteral("CIN"));
    const qint64 first =
        writer.addUser(QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("evaluator"));
    const qint64 other =
        writer.addUser(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("evaluator"));
    const qint64 worker = writer.addPractitioner(QStringLiteral("P0001"), QStringLiteral("Sam Lee"),
                                                 QStringLiteral("social_worker"),
                                                 QStringLiteral("permanent"), QDate());
    const qint64 family =
        writer.addFamily(QStringLiteral("F25-0001"), QStringLiteral("child_in_need"));
    Recording visit = DemoRowsFixture::homeVisit(worker, team, family);
    visit.selectionReason = QStringLiteral("high_risk"); // not the fixture's own "routine"
    const qint64 recordingId = writer.addRecording(visit, when);
    auto coding = [&](const QString &role, qint64 coder) {
        DemoWriter::CodingRow row;
        row.recordingId = recordingId;
        row.coderId = coder;
        row.schemeId = QStringLiteral("msw");
        row.schemeVersion = 1;
        row.role = role;
        row.windowEndMs = 60000;
        row.createdAt = when;
        row.updatedAt = when.addSecs(600);
        row.finalisedAt = row.updatedAt;
        row.comment = QStringLiteral("Comment\twith a tab");
        return writer.addCoding(row);
    };
    // Written out of order, so the order read back is the query's own.
    m_consensus = coding(QStringLiteral("consensus"), first);
    m_second = coding(QStringLiteral("second"), other);
    m_primary = coding(QStringLiteral("primary"), first);
    writer.addScore(m_primary, QStringLiteral("empathy"), 4, QString());
    writer.addScore(m_primary, QStringLiteral("evocation"), 0, QStringLiteral("Inaudible"));
    const qint64 late =
        writer.addNote(m_primary, 9000, QStringLiteral("note"), QStringLiteral("Later"), when);
    const qint64 early = writer.addNote(m_primary, 2000, QStringLiteral("strength"),
                                        QStringLiteral("Earlier"), when);
    writer.addNoteSkill(early, QStringLiteral("empathy"));
    writer.addNoteSkill(early, QStringLiteral("child_focus"));
    Q_UNUSED(late);
    writer.commit();
}

void tst_ExportQuery::cleanup() {
    m_db.close();
}

void tst_ExportQuery::codingsComePrimarySecondConsensusWithTheirScores() {
    const QList<ExportQuery::CodingRow> rows = ExportQuery(m_db).codings(
        {QStringLiteral("evocation"), QStringLiteral("empathy"), QStringLiteral("child_focus")});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).codingId, QString::number(m_primary));
    QCOMPARE(rows.at(1).codingId, QString::number(m_second));
    QCOMPARE(rows.at(2).codingId, QString::number(m_consensus));
    const ExportQuery::CodingRow &primary = rows.at(0);
    QCOMPARE(primary.recordingCode, QStringLiteral("R2025-0001"));
    QCOMPARE(primary.practitionerCode, QStringLiteral("P0001"));
    QCOMPARE(primary.familyCode, QStringLiteral("F25-0001"));
    QCOMPARE(primary.recordedOn, QStringLiteral("2025-03-03"));
    QCOMPARE(primary.coder, QStringLiteral("ann"));
    QCOMPARE(primary.status, QStringLiteral("final"));
    QCOMPARE(primary.finalisedAt, QDateTime(QDate(2025, 3, 4), QTime(9, 40), QTimeZone::utc()));
    QCOMPARE(primary.comment, QStringLiteral("Comment\twith a tab"));
    QCOMPARE(primary.schemeId, QStringLiteral("msw"));
    QCOMPARE(primary.schemeVersion, QStringLiteral("1"));
    QCOMPARE(primary.selectionReason, QStringLiteral("high_risk"));
    QCOMPARE(primary.scores.size(), 1);
    QCOMPARE(primary.scores.value(QStringLiteral("empathy")), 4);
    QVERIFY(!primary.scores.contains(QStringLiteral("evocation")));
    QVERIFY(rows.at(1).scores.isEmpty());
}

void tst_ExportQuery::evidenceNotesComeInTimeOrderWithSortedSkills() {
    const QList<ExportQuery::EvidenceRow> rows = ExportQuery(m_db).evidenceNotes();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).body, QStringLiteral("Earlier"));
    QCOMPARE(rows.at(0).atMs, qint64(2000));
    QCOMPARE(rows.at(0).skills,
             QStringList({QStringLiteral("child_focus"), QStringLiteral("empathy")}));
    QCOMPARE(rows.at(0).codingId, QString::number(m_primary));
    QCOMPARE(rows.at(0).codingRole, QStringLiteral("primary"));
    QCOMPARE(rows.at(0).coder, QStringLiteral("ann"));
    QCOMPARE(rows.at(1).body, QStringLiteral("Later"));
    QVERIFY(rows.at(1).skills.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ExportQuery)
#include "tst_ExportQuery.moc"
