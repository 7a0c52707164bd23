#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Migrations are checked through their effect: the constraints the schema promises. A score
// of 0 or 6, an unknown skill, a bad team kind or an orphan row must be refused by the database
// itself, whatever the code above it does.
class tst_SchemaMigrator : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void splitsStatements();
    void availableMigrationsAreNumberedFromOne();
    void acceptsAValidScore();
    void refusesOutOfRangeScores_data();
    void refusesOutOfRangeScores();
    void refusesUnknownSkill();
    void refusesScoreAndNotCodableTogether();
    void refusesNotCodableWithoutReason();
    void refusesUnknownTeamKind();
    void refusesOrphanRecording();
    void refusesSecondPrimaryCoding();
    void refusesGivenConsentWithoutDate();
    void mutableRowsHaveAVersionColumn();

private:
    bool run(const QString &sql);
    qint64 makeCoding();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

bool tst_SchemaMigrator::run(const QString &sql) {
    QSqlQuery query(m_db->connection());
    return query.exec(sql);
}

void tst_SchemaMigrator::init() {
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("schema-%1.sqlite").arg(++m_counter)));
}

void tst_SchemaMigrator::cleanup() {
    m_db.reset();
}

qint64 tst_SchemaMigrator::makeCoding() {
    const QStringList setup = {
        QStringLiteral("INSERT INTO services (id, name) VALUES (1, 'Children''s services')"),
        QStringLiteral("INSERT INTO teams (id, service_id, name, kind) VALUES (1, 1, 'CIN 1', "
                       "'CIN')"),
        QStringLiteral("INSERT INTO practitioners (id, code, display_name, role, employment) "
                       "VALUES (1, 'P001', 'Alex', 'social_worker', 'permanent')"),
        QStringLiteral("INSERT INTO families (id, case_code, case_type) VALUES (1, 'F001', "
                       "'child_in_need')"),
        QStringLiteral("INSERT INTO users (id, username, display_name, role) VALUES (1, 'eva', "
                       "'Eva', 'evaluator')"),
        QStringLiteral("INSERT INTO recordings (id, code, recorded_on, practitioner_id, team_id, "
                       "family_id, session_type, selection_reason, created_at) VALUES (1, "
                       "'R001', '2026-01-05', 1, 1, 1, 'home_visit', 'routine', 'x')"),
        QStringLiteral("INSERT INTO codings (id, recording_id, coder_id, scheme_id, "
                       "scheme_version, role, created_at, updated_at) VALUES (1, 1, 1, 'msw', "
                       "1, 'primary', 'x', 'x')"),
    };
    for (const QString &sql : setup) {
        if (!run(sql))
            return 0;
    }
    return 1;
}

void tst_SchemaMigrator::splitsStatements() {
    const QString script = QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER,\n  y TEXT);\n\n"
                                          "INSERT INTO a VALUES (1, 'a;b');\n");
    const QStringList statements = SchemaMigrator::splitStatements(script);
    QCOMPARE(statements.size(), 2);
    QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    QVERIFY(statements.at(1).endsWith(QStringLiteral("'a;b')")));
}

void tst_SchemaMigrator::availableMigrationsAreNumberedFromOne() {
    const auto all = SchemaMigrator::available();
    QVERIFY(!all.isEmpty());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).version, int(i + 1));
}

void tst_SchemaMigrator::acceptsAValidScore() {
    QCOMPARE(makeCoding(), 1);
    QVERIFY(run(QStringLiteral(
        "INSERT INTO skill_scores (coding_id, skill_key, score) VALUES (1, 'empathy', 4)")));
    QVERIFY(run(QStringLiteral("INSERT INTO skill_scores (coding_id, skill_key, "
                               "not_codable_reason) VALUES (1, 'child_focus', 'No child "
                               "discussed: adult-only meeting')")));
}

void tst_SchemaMigrator::refusesOutOfRangeScores_data() {
    QTest::addColumn<int>("score");
    QTest::newRow("zero") << 0;
    QTest::newRow("six") << 6;
    QTest::newRow("negative") << -1;
}

void tst_SchemaMigrator::refusesOutOfRangeScores() {
    QFETCH(int, score);
    QCOMPARE(makeCoding(), 1);
    QVERIFY(!run(QStringLiteral("INSERT INTO skill_scores (coding_id, skill_key, score) VALUES "
                                "(1, 'empathy', %1)")
                     .arg(score)));
}

void tst_SchemaMigrator::refusesUnknownSkill() {
    QCOMPARE(makeCoding(), 1);
    QVERIFY(!run(QStringLiteral(
        "INSERT INTO skill_scores (coding_id, skill_key, score) VALUES (1, 'charisma', 3)")));
    QVERIFY(run(QStringLiteral("INSERT INTO evidence_notes (id, coding_id, at_ms, kind, body, "
                               "created_at) VALUES (1, 1, 1000, 'strength', 'x', 'x')")));
    QVERIFY(run(QStringLiteral(
        "INSERT INTO evidence_note_skills (note_id, skill_key) VALUES (1, 'empathy')")));
    QVERIFY(!run(QStringLiteral(
        "INSERT INTO evidence_note_skills (note_id, skill_key) VALUES (1, 'charisma')")));
}

void tst_SchemaMigrator::refusesScoreAndNotCodableTogether() {
    QCOMPARE(makeCoding(), 1);
    QVERIFY(!run(QStringLiteral("INSERT INTO skill_scores (coding_id, skill_key, score, "
                                "not_codable_reason) VALUES (1, 'empathy', 3, 'inaudible')")));
}

void tst_SchemaMigrator::refusesNotCodableWithoutReason() {
    QCOMPARE(makeCoding(), 1);
    QVERIFY(!run(QStringLiteral("INSERT INTO skill_scores (coding_id, skill_key) VALUES (1, "
                                "'empathy')")));
    QVERIFY(!run(QStringLiteral("INSERT INTO skill_scores (coding_id, skill_key, "
                                "not_codable_reason) VALUES (1, 'empathy', '   ')")));
}

void tst_SchemaMigrator::refusesUnknownTeamKind() {
    QVERIFY(run(QStringLiteral("INSERT INTO services (id, name) VALUES (1, 'S')")));
    QVERIFY(!run(QStringLiteral(
        "INSERT INTO teams (service_id, name, kind) VALUES (1, 'Team', 'Wizards')")));
}

void tst_SchemaMigrator::refusesOrphanRecording() {
    QVERIFY(!run(QStringLiteral("INSERT INTO recordings (code, recorded_on, practitioner_id, "
                                "team_id, family_id, session_type, selection_reason, "
                                "created_at) VALUES ('R9', '2026-01-05', 42, 42, 42, "
                                "'home_visit', 'routine', 'x')")));
}

void tst_SchemaMigrator::refusesSecondPrimaryCoding() {
    QCOMPARE(makeCoding(), 1);
    QVERIFY(!run(QStringLiteral("INSERT INTO codings (recording_id, coder_id, scheme_id, "
                                "scheme_version, role, created_at, updated_at) VALUES (1, 1, "
                                "'msw', 1, 'primary', 'x', 'x')")));
    QVERIFY(run(QStringLiteral("INSERT INTO codings (recording_id, coder_id, scheme_id, "
                               "scheme_version, role, created_at, updated_at) VALUES (1, 1, "
                               "'msw', 1, 'second', 'x', 'x')")));
}

void tst_SchemaMigrator::refusesGivenConsentWithoutDate() {
    QCOMPARE(makeCoding(), 1);
    QVERIFY(!run(QStringLiteral("UPDATE recordings SET family_consent = 'written' WHERE id = 1")));
    QVERIFY(run(QStringLiteral("UPDATE recordings SET family_consent = 'written', "
                               "family_consent_on = '2026-01-01' WHERE id = 1")));
}

void tst_SchemaMigrator::mutableRowsHaveAVersionColumn() {
    for (const char *table :
         {"services", "teams", "practitioners", "team_memberships", "practitioner_training",
          "families", "users", "recordings", "codings", "skill_scores", "evidence_notes",
          "instrument_administrations", "note_drafts", "listening_positions"}) {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT version FROM %1 LIMIT 1").arg(QString::fromLatin1(table))));
    }
}

QTEST_GUILESS_MAIN(tst_SchemaMigrator)
#include "tst_SchemaMigrator.moc"
