#include "PostgresTestServer.h"
#include "PracticeCoderProcess.h"

#include "storage/ConnectionSpec.h"
#include "storage/SchemaMigrator.h"

#include <QTemporaryDir>
#include <QTest>

// `practicecoder server create --database postgresql://…` on a throw-away PostgreSQL cluster:
// it makes the database, the group roles and the schema, says what it did, changes nothing the
// second time, upgrades an older schema and refuses a newer one.
class tst_ServerCreate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createsEverythingThenNothingMore();
    void upgradesAnOlderSchema();
    void refusesANewerSchema();
    void refusesAFileOrAMissingDatabaseOption();

private:
    PracticeCoderProcess::Result create(const QString &url) const;
    QStringList roles();

    std::unique_ptr<PostgresTestServer> m_server;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

void tst_ServerCreate::initTestCase() {
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_ServerCreate::init() {
    m_environment = PracticeCoderProcess::isolated(m_dir.filePath(QStringLiteral("home")));
}

PracticeCoderProcess::Result tst_ServerCreate::create(const QString &url) const {
    return PracticeCoderProcess(m_environment)
        .run({QStringLiteral("server"), QStringLiteral("create"), QStringLiteral("--database"),
              url});
}

QStringList tst_ServerCreate::roles() {
    QStringList found;
    for (const QString &role : {QStringLiteral("pc_evaluator"), QStringLiteral("pc_coach"),
                                QStringLiteral("pc_manager"), QStringLiteral("pc_admin")}) {
        if (m_server
                ->value(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1' "
                                       "AND NOT rolcanlogin")
                            .arg(role))
                .toInt() == 1)
            found.append(role);
    }
    return found;
}

void tst_ServerCreate::createsEverythingThenNothingMore() {
    // The roles belong to the server, so another test may have made them already.
    for (const QString &role : roles())
        QVERIFY(m_server->exec(QStringLiteral("DROP ROLE %1").arg(role)));
    const QString name = m_server->unusedDatabaseName();
    const QString url = m_server->urlFor(name);

    const PracticeCoderProcess::Result first = create(url);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.err, QByteArray());
    const QString said = first.outText();
    QVERIFY2(said.contains(QStringLiteral("Created the database %1.").arg(url)), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Created the group roles pc_evaluator, pc_coach, "
                                          "pc_manager, pc_admin.")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Created the schema at version %1.")
                               .arg(SchemaMigrator::latestVersion())),
             qPrintable(said));
    QCOMPARE(roles().size(), 4);
    QCOMPARE(
        m_server
            ->value(
                QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(name))
            .toInt(),
        1);

    const PracticeCoderProcess::Result second = create(url);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.err, QByteArray());
    QCOMPARE(second.outText().trimmed(),
             QStringLiteral("Nothing changed: %1 already has the group roles and the schema at "
                            "version %2.")
                 .arg(url)
                 .arg(SchemaMigrator::latestVersion()));
}

void tst_ServerCreate::upgradesAnOlderSchema() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY(create(url).exitCode == 0);
    // Back to schema 1: the later steps' tables, columns, indexes and records gone, as a
    // database of the first release.
    QVERIFY2(m_server->execIn(
                 ConnectionSpec::parse(url)->databaseName(),
                 {QStringLiteral("DELETE FROM schema_migrations WHERE version > 1"),
                  // Steps 3 to 7, newest first.
                  QStringLiteral("DROP TABLE coach_assignments"),
                  QStringLiteral("DROP FUNCTION practicecoder_notify_change() CASCADE"),
                  QStringLiteral("DROP TABLE recording_list_summary"),
                  QStringLiteral("DROP INDEX recordings_list_order"),
                  QStringLiteral("DROP TABLE consensus_agreements"),
                  QStringLiteral("DROP TABLE note_drafts"),
                  QStringLiteral("DROP TABLE listening_positions"),
                  QStringLiteral("ALTER TABLE evidence_notes DROP COLUMN end_ms"),
                  QStringLiteral("DROP TABLE organisation_settings"),
                  QStringLiteral("DROP INDEX recordings_date"),
                  QStringLiteral("CREATE INDEX recordings_date ON recordings (recorded_on)"),
                  QStringLiteral("DROP INDEX codings_recording_role_status"),
                  QStringLiteral("DROP INDEX skill_scores_coding_score"),
                  QStringLiteral("DROP INDEX instrument_administrations_date"),
                  QStringLiteral("DROP INDEX instrument_administrations_timepoint"),
                  QStringLiteral("DROP INDEX instrument_item_responses_values")}),
             qPrintable(m_server->problem()));
    const PracticeCoderProcess::Result run = create(url);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(
        run.outText().contains(QStringLiteral("Upgraded the schema from version 1 to version %1.")
                                   .arg(SchemaMigrator::latestVersion())),
        run.out.constData());
}

void tst_ServerCreate::refusesANewerSchema() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY(create(url).exitCode == 0);
    QVERIFY2(m_server->execIn(ConnectionSpec::parse(url)->databaseName(),
                              {QStringLiteral("INSERT INTO schema_migrations VALUES (%1, "
                                              "'future', 'x')")
                                   .arg(SchemaMigrator::latestVersion() + 1)}),
             qPrintable(m_server->problem()));
    const PracticeCoderProcess::Result run = create(url);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("was made by a newer version of PracticeCoder"), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

void tst_ServerCreate::refusesAFileOrAMissingDatabaseOption() {
    const PracticeCoderProcess::Result file =
        create(m_dir.filePath(QStringLiteral("practice.sqlite")));
    QCOMPARE(file.exitCode, 1);
    QVERIFY2(file.err.contains("postgresql://"), file.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("practice.sqlite"))));

    const PracticeCoderProcess::Result none =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("server"), QStringLiteral("create")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("--database is required"), none.err.constData());
}

QTEST_GUILESS_MAIN(tst_ServerCreate)
#include "tst_ServerCreate.moc"
