#include "storage/Database.h"
#include "storage/SchemaMigrator.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Every released schema has a fixture database under tests/data/schema/. Opening a copy must
// bring it to the current schema without losing or changing any of its rows.
class tst_SchemaUpgrade : public QObject {
    Q_OBJECT

private slots:
    void upgradesReleasedSchemas_data();
    void upgradesReleasedSchemas();
};

void tst_SchemaUpgrade::upgradesReleasedSchemas_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("organisationSettings");
    QTest::newRow("v1") << QStringLiteral(PC_TEST_DATA "/schema/v1.sqlite") << 0;
    // v2 holds one organisation setting: a suppression threshold of 5.
    QTest::newRow("v2") << QStringLiteral(PC_TEST_DATA "/schema/v2.sqlite") << 1;
}

void tst_SchemaUpgrade::upgradesReleasedSchemas() {
    QFETCH(QString, fixture);
    QFETCH(int, organisationSettings);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("upgrade.sqlite"));
    QVERIFY(QFile::copy(fixture, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

    Database db;
    db.open(copy);
    QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());

    auto scalar = [&](const QString &sql) {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    };
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM codings WHERE status = 'final'")).toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM skill_scores")).toInt(), 7);
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(score) FROM skill_scores")).toInt(), 19);
    QCOMPARE(scalar(QStringLiteral("SELECT not_codable_reason FROM skill_scores WHERE "
                                   "skill_key = 'child_focus'"))
                 .toString(),
             QStringLiteral("Adult-only meeting"));
    QCOMPARE(scalar(QStringLiteral("SELECT at_ms FROM evidence_notes")).toLongLong(), 61000);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM instrument_item_responses")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT code FROM practitioners")).toString(),
             QStringLiteral("P0001"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM organisation_settings")).toInt(),
             organisationSettings);
    // Schema 6 (change notification) does nothing on SQLite but is recorded like any step.
    QCOMPARE(
        scalar(QStringLiteral("SELECT name FROM schema_migrations WHERE version = 6")).toString(),
        QStringLiteral("change_notification"));
    // Schema 2's report indexes must exist whichever schema the file started from.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                   "name IN ('recordings_date', 'codings_recording_role_status', "
                                   "'skill_scores_coding_score', "
                                   "'instrument_administrations_date', "
                                   "'instrument_administrations_timepoint', "
                                   "'instrument_item_responses_values')"))
                 .toInt(),
             6);
    // Schema 3: unfinished notes and listening positions start empty, and every note already
    // there is about a moment (no end).
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM note_drafts")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM listening_positions")).toInt(), 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_notes WHERE end_ms IS NULL")).toInt(),
        scalar(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")).toInt());
    // Schema 4: who agreed a consensus, empty in an upgraded file and tied to its coding.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM consensus_agreements")).toInt(), 0);
    QSqlQuery agreement(db.connection());
    QVERIFY2(
        agreement.exec(QStringLiteral(
            "INSERT INTO consensus_agreements (coding_id, coder_id, recorded_by, "
            "recorded_at) SELECT id, coder_id, coder_id, '2026-11-30T00:00:00Z' FROM codings")),
        qPrintable(agreement.lastError().text()));
    QVERIFY(!agreement.exec(QStringLiteral(
        "INSERT INTO consensus_agreements (coding_id, coder_id, recorded_by, recorded_at) "
        "VALUES (999999, 1, 1, '2026-11-30T00:00:00Z')")));
    // Schema 5's stored list summary is filled from the codings already there.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM recording_list_summary")).toInt(),
             scalar(QStringLiteral("SELECT COUNT(DISTINCT recording_id) FROM codings")).toInt());
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(codings) + SUM(primary_final) * 10 + "
                                   "SUM(second_final) * 100 FROM recording_list_summary"))
                 .toInt(),
             scalar(QStringLiteral("SELECT COUNT(*) + SUM(CASE WHEN role = 'primary' AND status "
                                   "= 'final' THEN 10 WHEN role = 'second' AND status = 'final' "
                                   "THEN 100 ELSE 0 END) FROM codings"))
                 .toInt());
    QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QSqlQuery foreignKeys(db.connection());
    QVERIFY(foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!foreignKeys.next());
}

QTEST_GUILESS_MAIN(tst_SchemaUpgrade)
#include "tst_SchemaUpgrade.moc"
