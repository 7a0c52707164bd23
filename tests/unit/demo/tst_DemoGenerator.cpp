#include "demo/DemoAudio.h"
#include "demo/DemoGenerator.h"
#include "domain/RecordingPaths.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The demo generator's invariants on the service size: the counts and ranges DOMAIN.md §7
// asks for, the integrity of what it writes, the demo audio, determinism and refusal.
class tst_DemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void countsMatchOneService();
    void mostPractitionersHaveFiveOrSixCodedSessionsAYear();
    void someTeamManagersAndWorkersAreNeverObserved();
    void aboutOneFifthIsDoubleCodedByTwoDifferentCoders();
    void everyScoreIsInRangeOrNotCodableWithAReason();
    void refusedConsentMeansNoCodings();
    void recordingsCarryTheTeamAtTheTime();
    void datesEndAtTheEndDate();
    void feedbackIsMostlyWithinAWeek();
    void coachedPractitionersImproveAndTeamsDiffer();
    void evidenceNotesSitInsideTheCodedWindow();
    void familyMeasuresFollowTheDomain();
    void demoAudioIsCopiedAndMatchesItsHash();
    void sameSeedGivesTheSameData();
    void anotherSeedGivesOtherData();
    void refusesADatabaseThatHoldsData();
    void storesAudioRelativeToTheRecordingsRoot();

private:
    QVariant scalar(const QString &sql) const;
    double real(const QString &sql) const { return scalar(sql).toDouble(); }
    qint64 count(const QString &sql) const { return scalar(sql).toLongLong(); }
    static QStringList dump(const Database &database);

    QTemporaryDir m_dir;
    Database m_db;
    DemoGenerator::Summary m_summary;
    const QDate m_end = QDate(2025, 6, 30);
};

QVariant tst_DemoGenerator::scalar(const QString &sql) const {
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return {};
    }
    return query.value(0);
}

QStringList tst_DemoGenerator::dump(const Database &database) {
    static const QStringList tables = {QStringLiteral("services"),
                                       QStringLiteral("teams"),
                                       QStringLiteral("practitioners"),
                                       QStringLiteral("team_memberships"),
                                       QStringLiteral("practitioner_training"),
                                       QStringLiteral("families"),
                                       QStringLiteral("users"),
                                       QStringLiteral("recordings"),
                                       QStringLiteral("codings"),
                                       QStringLiteral("skill_scores"),
                                       QStringLiteral("evidence_notes"),
                                       QStringLiteral("evidence_note_skills"),
                                       QStringLiteral("instrument_administrations"),
                                       QStringLiteral("instrument_item_responses")};
    QStringList rows;
    for (const QString &table : tables) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            return {QStringLiteral("cannot read ") + table};
        while (query.next()) {
            QStringList values{table};
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                      : query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

void tst_DemoGenerator::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(DemoGenerator::isEmpty(m_db));
    DemoGenerator::Options options;
    options.endDate = m_end;
    try {
        m_summary = DemoGenerator::generate(m_db, options);
    } catch (const StorageError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QVERIFY(!DemoGenerator::isEmpty(m_db));
}

void tst_DemoGenerator::countsMatchOneService() {
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM services")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM teams")), 7);
    QCOMPARE(m_summary.teams, 7);
    QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT kind) FROM teams")) >= 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM teams WHERE kind = 'CIN'")), 4);

    const qint64 practitioners = count(QStringLiteral("SELECT COUNT(*) FROM practitioners"));
    QVERIFY2(practitioners >= 60 && practitioners <= 80,
             qPrintable(QString::number(practitioners)));
    QCOMPARE(m_summary.practitioners, int(practitioners));
    QVERIFY(count(QStringLiteral(
                "SELECT COUNT(*) FROM practitioners WHERE code NOT LIKE 'P____'")) == 0);
    const qint64 agency =
        count(QStringLiteral("SELECT COUNT(*) FROM practitioners WHERE employment = 'agency'"));
    QVERIFY2(agency >= 4 && agency <= practitioners / 3, qPrintable(QString::number(agency)));
    QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT role) FROM practitioners")) >= 5);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM practitioners WHERE role = 'team_manager'")), 7);
    // Leavers, movers, and training cohorts of every programme.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM practitioners WHERE left_on IS NOT NULL")) >=
            3);
    QVERIFY(
        count(QStringLiteral("SELECT COUNT(*) FROM (SELECT practitioner_id FROM team_memberships "
                             "GROUP BY practitioner_id HAVING COUNT(*) > 1) moved")) >= 2);
    for (const char *programme : {"mi", "msw", "coaching"})
        QVERIFY2(count(QStringLiteral(
                           "SELECT COUNT(*) FROM practitioner_training WHERE programme = '%1'")
                           .arg(QLatin1String(programme))) >= 3,
                 programme);
    QVERIFY(count(QStringLiteral("SELECT COUNT(DISTINCT cohort) FROM practitioner_training "
                                 "WHERE programme = 'msw'")) >= 3);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'evaluator'")) >= 2);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'coach'")) >= 1);

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings")), m_summary.recordings);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), m_summary.codings);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM families")), m_summary.families);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instrument_administrations")),
             m_summary.instrumentAdministrations);
    // About 70 people, 5-6 sessions a year, three years.
    QVERIFY2(m_summary.codings >= 800 && m_summary.codings <= 1500,
             qPrintable(QString::number(m_summary.codings)));
    QVERIFY(count(QStringLiteral(
                "SELECT COUNT(*) FROM families WHERE case_code NOT LIKE 'F__-____'")) == 0);
}

void tst_DemoGenerator::mostPractitionersHaveFiveOrSixCodedSessionsAYear() {
    // Count primary codings in the last full year before the draft period, for everyone in
    // post (and observed) throughout it.
    const QString from = m_end.addDays(-14 - 364).toString(Qt::ISODate);
    const QString to = m_end.addDays(-14).toString(Qt::ISODate);
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(
        QStringLiteral(
            "SELECT p.id, p.employment, (SELECT COUNT(*) FROM recordings r JOIN codings c ON "
            "c.recording_id = r.id AND c.role = 'primary' WHERE r.practitioner_id = p.id AND "
            "r.recorded_on BETWEEN '%1' AND '%2') FROM practitioners p WHERE (p.left_on IS NULL OR "
            "p.left_on > '%2') AND EXISTS (SELECT 1 FROM team_memberships m WHERE "
            "m.practitioner_id "
            "= p.id AND m.from_date <= '%1') AND EXISTS (SELECT 1 FROM recordings r JOIN codings c "
            "ON c.recording_id = r.id WHERE r.practitioner_id = p.id)")
            .arg(from, to)));
    QList<int> counts;
    int inBand = 0;
    int fiveOrSix = 0;
    while (query.next()) {
        const int n = query.value(2).toInt();
        counts.append(n);
        inBand += n >= 4 && n <= 7 ? 1 : 0;
        fiveOrSix += query.value(1).toString() == QLatin1String("permanent") && (n == 5 || n == 6);
    }
    QVERIFY2(counts.size() >= 40, qPrintable(QString::number(counts.size())));
    QVERIFY2(inBand >= counts.size() * 85 / 100,
             qPrintable(QStringLiteral("%1 of %2 in 4-7").arg(inBand).arg(counts.size())));
    QVERIFY2(fiveOrSix >= counts.size() / 2,
             qPrintable(QStringLiteral("%1 of %2 with 5 or 6").arg(fiveOrSix).arg(counts.size())));
}

void tst_DemoGenerator::someTeamManagersAndWorkersAreNeverObserved() {
    const qint64 never = count(QStringLiteral(
        "SELECT COUNT(*) FROM practitioners p WHERE NOT EXISTS (SELECT 1 FROM recordings r JOIN "
        "codings c ON c.recording_id = r.id WHERE r.practitioner_id = p.id)"));
    const qint64 all = count(QStringLiteral("SELECT COUNT(*) FROM practitioners"));
    QVERIFY2(never >= 3 && never <= all / 5, qPrintable(QString::number(never)));
}

void tst_DemoGenerator::aboutOneFifthIsDoubleCodedByTwoDifferentCoders() {
    const double primaries = real(
        QStringLiteral("SELECT COUNT(*) FROM codings WHERE role = 'primary' AND status = 'final'"));
    const double seconds =
        real(QStringLiteral("SELECT COUNT(*) FROM codings WHERE role = 'second'"));
    QVERIFY(primaries > 0);
    const double share = seconds / primaries;
    QVERIFY2(share >= 0.14 && share <= 0.26, qPrintable(QString::number(share)));
    QCOMPARE(qint64(seconds), qint64(m_summary.doubleCodedRecordings));
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM codings s WHERE s.role = 'second' AND NOT EXISTS (SELECT 1 "
                 "FROM codings p WHERE p.recording_id = s.recording_id AND p.role = 'primary')")),
             0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM codings p JOIN codings s ON s.recording_id = p.recording_id "
                 "AND p.role = 'primary' AND s.role = 'second' WHERE p.coder_id = s.coder_id OR "
                 "p.status <> 'final' OR s.status <> 'final'")),
             0);
    const qint64 consensus =
        count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE role = 'consensus'"));
    QVERIFY2(consensus >= 1 && consensus < seconds, qPrintable(QString::number(consensus)));
}

void tst_DemoGenerator::everyScoreIsInRangeOrNotCodableWithAReason() {
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM skill_scores WHERE NOT ((score BETWEEN 1 AND 5 AND "
                 "not_codable_reason IS NULL) OR (score IS NULL AND "
                 "length(trim(not_codable_reason)) > 0))")),
             0);
    const qint64 notCodable =
        count(QStringLiteral("SELECT COUNT(*) FROM skill_scores WHERE score IS NULL"));
    const qint64 all = count(QStringLiteral("SELECT COUNT(*) FROM skill_scores"));
    QVERIFY2(notCodable >= 1 && notCodable * 20 < all, qPrintable(QString::number(notCodable)));
    // A final coding scores every skill of the scheme.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM codings c WHERE c.status = 'final' AND (SELECT COUNT(*) "
                 "FROM skill_scores s WHERE s.coding_id = c.id) <> 7")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE scheme_id <> 'msw' OR "
                                  "scheme_version <> 1")),
             0);
    // All five levels are used.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT score) FROM skill_scores")), 5);
}

void tst_DemoGenerator::refusedConsentMeansNoCodings() {
    const QString refused = QStringLiteral(
        "(r.practitioner_consent <> 'given' OR r.family_consent NOT IN ('written', 'verbal'))");
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM recordings r WHERE ") + refused) >= 10);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings r JOIN codings c ON "
                                  "c.recording_id = r.id WHERE ") +
                   refused),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings r WHERE ") + refused +
                   QStringLiteral(" AND (r.audio_path IS NOT NULL OR r.duration_ms IS NOT NULL)")),
             0);
    QVERIFY(count(QStringLiteral(
                "SELECT COUNT(*) FROM recordings WHERE family_consent = 'refused'")) >= 5);
}

void tst_DemoGenerator::recordingsCarryTheTeamAtTheTime() {
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM recordings r WHERE NOT EXISTS (SELECT 1 FROM "
                 "team_memberships m WHERE m.practitioner_id = r.practitioner_id AND m.team_id = "
                 "r.team_id AND m.from_date <= r.recorded_on AND (m.to_date IS NULL OR "
                 "m.to_date >= r.recorded_on))")),
             0);
    // Movers have recordings in more than one team.
    QVERIFY(count(QStringLiteral(
                "SELECT COUNT(*) FROM (SELECT practitioner_id FROM recordings "
                "GROUP BY practitioner_id HAVING COUNT(DISTINCT team_id) > 1) t")) >= 1);
}

void tst_DemoGenerator::datesEndAtTheEndDate() {
    const QString end = m_end.toString(Qt::ISODate);
    const QString start = m_end.addYears(-3).toString(Qt::ISODate);
    QCOMPARE(scalar(QStringLiteral("SELECT MAX(recorded_on) FROM recordings")).toString() <= end,
             true);
    QVERIFY(scalar(QStringLiteral("SELECT MIN(recorded_on) FROM recordings")).toString() >= start);
    // The most recent quarter holds data.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE recorded_on > '%1'")
                      .arg(m_end.addMonths(-3).toString(Qt::ISODate))) >= 50);
    const QString after = m_end.addDays(1).toString(Qt::ISODate);
    for (const char *column : {"created_at", "updated_at", "finalised_at", "feedback_given_on"})
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE %1 >= '%2'")
                           .arg(QLatin1String(column), after)) == 0,
                 column);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instrument_administrations WHERE "
                                  "administered_on > '%1'")
                       .arg(end)),
             0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE code NOT LIKE 'R____-____'")),
        0);
}

void tst_DemoGenerator::feedbackIsMostlyWithinAWeek() {
    // The most recent few codings are drafts, and only recent ones.
    const qint64 drafts =
        count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE status = 'draft'"));
    QVERIFY2(drafts >= 2 && drafts <= 30, qPrintable(QString::number(drafts)));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM codings c JOIN recordings r ON r.id = "
                             "c.recording_id WHERE c.status = 'draft' AND r.recorded_on < '%1'")
                  .arg(m_end.addDays(-14).toString(Qt::ISODate))),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE status = 'draft' AND "
                                  "(finalised_at IS NOT NULL OR feedback_given_on IS NOT NULL)")),
             0);
    // Feedback goes to the practitioner on the primary coding only.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings WHERE role <> 'primary' AND "
                                  "feedback_given_on IS NOT NULL")),
             0);

    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT finalised_at, feedback_given_on FROM codings WHERE "
                                      "role = 'primary' AND status = 'final'")));
    int total = 0, withinWeek = 0, late = 0, missing = 0;
    while (query.next()) {
        ++total;
        if (query.value(1).isNull()) {
            ++missing;
            continue;
        }
        const QDate done = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
        const QDate given = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        QVERIFY(given >= done);
        (done.daysTo(given) <= 7 ? withinWeek : late) += 1;
    }
    QVERIFY(total > 0);
    QVERIFY2(withinWeek > total * 6 / 10, qPrintable(QString::number(withinWeek)));
    QVERIFY(late >= total / 20);
    QVERIFY(missing >= total / 20);
}

void tst_DemoGenerator::coachedPractitionersImproveAndTeamsDiffer() {
    const double overall = real(QStringLiteral(
        "SELECT AVG(s.score) FROM skill_scores s JOIN codings c ON c.id = s.coding_id WHERE "
        "c.role = 'primary'"));
    QVERIFY2(overall > 2.6 && overall < 3.3, qPrintable(QString::number(overall)));

    // Coached practitioners: the year before coaching against the last year.
    const QString coached = QStringLiteral(
        "SELECT AVG(s.score) FROM skill_scores s JOIN codings c ON c.id = s.coding_id AND "
        "c.role = 'primary' JOIN recordings r ON r.id = c.recording_id JOIN "
        "practitioner_training t ON t.practitioner_id = r.practitioner_id AND t.programme = "
        "'coaching' WHERE r.recorded_on %1");
    const double before = real(coached.arg(QStringLiteral("< t.started_on")));
    const double after = real(coached.arg(QStringLiteral("> '%1' AND t.started_on < '%2'")
                                              .arg(m_end.addYears(-1).toString(Qt::ISODate),
                                                   m_end.addYears(-1).toString(Qt::ISODate))));
    QVERIFY2(after > before + 0.2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT r.team_id, AVG(s.score) FROM skill_scores s JOIN codings c ON c.id = "
        "s.coding_id AND c.role = 'primary' JOIN recordings r ON r.id = c.recording_id GROUP BY "
        "r.team_id")));
    QList<double> means;
    while (query.next())
        means.append(query.value(1).toDouble());
    QCOMPARE(means.size(), 7);
    const auto [low, high] = std::minmax_element(means.begin(), means.end());
    QVERIFY2(*high - *low > 0.2, qPrintable(QStringLiteral("%1 to %2").arg(*low).arg(*high)));
}

void tst_DemoGenerator::evidenceNotesSitInsideTheCodedWindow() {
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes")) > m_summary.codings / 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes n JOIN codings c ON c.id "
                                  "= n.coding_id WHERE n.at_ms < c.window_start_ms OR n.at_ms > "
                                  "c.window_end_ms OR length(trim(n.body)) = 0")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT kind) FROM evidence_notes")), 3);
    // Strengths and points to develop name the skills they are about.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes n WHERE n.kind <> 'note' "
                                  "AND NOT EXISTS (SELECT 1 FROM evidence_note_skills k WHERE "
                                  "k.note_id = n.id)")),
             0);
}

void tst_DemoGenerator::familyMeasuresFollowTheDomain() {
    const double families = real(QStringLiteral("SELECT COUNT(*) FROM families"));
    auto share = [&](const QString &instrument, const QString &timepoint) {
        return real(QStringLiteral("SELECT COUNT(DISTINCT family_id) FROM "
                                   "instrument_administrations WHERE instrument_id = '%1' AND "
                                   "timepoint = '%2'")
                        .arg(instrument, timepoint)) /
               families;
    };
    const double wai = share(QStringLiteral("wai-s-client"), QStringLiteral("T1"));
    const double scoreT1 = share(QStringLiteral("score-15"), QStringLiteral("T1"));
    const double scoreT2 = share(QStringLiteral("score-15"), QStringLiteral("T2"));
    QVERIFY2(wai >= 0.45 && wai <= 0.75, qPrintable(QString::number(wai)));
    QVERIFY2(scoreT1 >= 0.3 && scoreT1 <= 0.5, qPrintable(QString::number(scoreT1)));
    QVERIFY2(scoreT2 >= 0.12 && scoreT2 <= 0.28, qPrintable(QString::number(scoreT2)));
    QVERIFY(share(QStringLiteral("observer-engagement"), QStringLiteral("T1")) > 0.1);

    const QString outOfRange = QStringLiteral(
        "SELECT COUNT(*) FROM instrument_item_responses i JOIN instrument_administrations a ON "
        "a.id = i.administration_id WHERE a.instrument_id = '%1' AND (i.item > %2 OR i.value < 1 "
        "OR i.value > %3)");
    QCOMPARE(count(outOfRange.arg(QStringLiteral("wai-s-client")).arg(12).arg(7)), 0);
    QCOMPARE(count(outOfRange.arg(QStringLiteral("score-15")).arg(15).arg(5)), 0);
    QCOMPARE(count(outOfRange.arg(QStringLiteral("observer-engagement")).arg(1).arg(7)), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM instrument_administrations WHERE "
                                  "instrument_version <> 1 OR (instrument_id = "
                                  "'observer-engagement') <> (respondent = 'observer')")),
             0);
    // A few forms have one item missing.
    const qint64 incomplete = count(QStringLiteral(
        "SELECT COUNT(*) FROM instrument_administrations a WHERE a.instrument_id IN "
        "('wai-s-client', 'score-15') AND (SELECT COUNT(*) FROM instrument_item_responses i WHERE "
        "i.administration_id = a.id) < CASE a.instrument_id WHEN 'score-15' THEN 15 ELSE 12 END"));
    QVERIFY2(incomplete >= 1 && incomplete * 10 < m_summary.instrumentAdministrations,
             qPrintable(QString::number(incomplete)));
    // A T2 always follows its own T1.
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM instrument_administrations t2 WHERE t2.timepoint = 'T2' "
                 "AND NOT EXISTS (SELECT 1 FROM instrument_administrations t1 WHERE t1.timepoint "
                 "= 'T1' AND t1.family_id = t2.family_id AND t1.respondent = t2.respondent AND "
                 "t1.instrument_id = t2.instrument_id AND t1.administered_on < "
                 "t2.administered_on)")),
             0);
}

void tst_DemoGenerator::demoAudioIsCopiedAndMatchesItsHash() {
    const QList<DemoAudio::Clip> clips = DemoAudio::clips();
    QVERIFY(clips.size() >= 2);
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT r.id, r.audio_path, r.audio_sha256, r.duration_ms, r.practitioner_consent, "
        "r.family_consent FROM recordings r WHERE r.audio_path IS NOT NULL ORDER BY r.id")));
    const QString databaseFolder = QFileInfo(m_db.path()).absolutePath();
    QList<qint64> ids;
    QList<qint64> durations;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
        const QString stored = query.value(1).toString();
        QVERIFY2(!QDir::isAbsolutePath(stored), qPrintable(stored));
        QVERIFY(stored.startsWith(QLatin1String("demo-recordings/")));
        const QString path = RecordingPaths::resolve(stored, QString(), databaseFolder);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(DemoAudio::sha256Of(path), query.value(2).toString());
        QCOMPARE(query.value(2).toString().size(), 64);
        durations.append(query.value(3).toLongLong());
        QCOMPARE(query.value(4).toString(), QStringLiteral("given"));
        QVERIFY(query.value(5).toString() == QLatin1String("written") ||
                query.value(5).toString() == QLatin1String("verbal"));
    }
    QCOMPARE(ids.size(), clips.size());
    QCOMPARE(m_summary.audioRecordings, int(clips.size()));
    for (const DemoAudio::Clip &clip : clips)
        QVERIFY(durations.contains(clip.durationMs));

    // One final coding with feedback, one draft to try the coding view on; both with notes
    // at the real moments of the dialogue.
    QSqlQuery codings(m_db.connection());
    QVERIFY(codings.exec(QStringLiteral(
        "SELECT c.status, c.feedback_given_on, (SELECT COUNT(*) FROM evidence_notes n WHERE "
        "n.coding_id = c.id), (SELECT MAX(n.at_ms) FROM evidence_notes n WHERE n.coding_id = "
        "c.id), r.duration_ms FROM codings c JOIN recordings r ON r.id = c.recording_id WHERE "
        "r.audio_path IS NOT NULL AND c.role = 'primary' ORDER BY r.recorded_on")));
    QStringList statuses;
    while (codings.next()) {
        statuses.append(codings.value(0).toString());
        QVERIFY(codings.value(2).toInt() >= 3);
        QVERIFY(codings.value(3).toLongLong() < codings.value(4).toLongLong());
        if (statuses.last() == QLatin1String("final"))
            QVERIFY(!codings.value(1).isNull());
    }
    QCOMPARE(statuses, QStringList({QStringLiteral("final"), QStringLiteral("draft")}));
    // The empathy note of the first dialogue sits where the worker reflects the mother's worry.
    const DemoAudio::Clip &first = clips.first();
    qint64 reflection = -1;
    for (const DemoAudio::Turn &turn : first.turns)
        if (turn.noteSkills == QStringList{QStringLiteral("empathy")} && reflection < 0)
            reflection = turn.startMs;
    QVERIFY(reflection > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM evidence_notes n JOIN evidence_note_skills "
                                 "k ON k.note_id = n.id AND k.skill_key = 'empathy' WHERE n.at_ms "
                                 "BETWEEN %1 AND %2")
                      .arg(reflection)
                      .arg(reflection + 3000)) >= 1);
}

void tst_DemoGenerator::sameSeedGivesTheSameData() {
    QTemporaryDir dir;
    Database other;
    other.open(dir.filePath(QStringLiteral("again.sqlite")));
    DemoGenerator::Options options;
    options.endDate = m_end;
    DemoGenerator::generate(other, options);
    const QStringList first = dump(m_db);
    const QStringList second = dump(other);
    QVERIFY(first.size() > 10000);
    QCOMPARE(second.size(), first.size());
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(second.at(i), first.at(i));
}

void tst_DemoGenerator::anotherSeedGivesOtherData() {
    QTemporaryDir dir;
    Database other;
    other.open(dir.filePath(QStringLiteral("seed2.sqlite")));
    DemoGenerator::Options options;
    options.endDate = m_end;
    options.seed = 2;
    const auto summary = DemoGenerator::generate(other, options);
    QCOMPARE(summary.teams, 7);
    QVERIFY(dump(other) != dump(m_db));
}

void tst_DemoGenerator::refusesADatabaseThatHoldsData() {
    const QStringList before = dump(m_db);
    DemoGenerator::Options options;
    options.endDate = m_end;
    try {
        DemoGenerator::generate(m_db, options);
        QFAIL("a database holding data was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY(error.message().contains(QLatin1String("already holds data")));
    }
    QCOMPARE(dump(m_db), before);

    // Even one row of someone's own work is enough to refuse.
    QTemporaryDir dir;
    Database own;
    own.open(dir.filePath(QStringLiteral("own.sqlite")));
    QSqlQuery insert(own.connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO users (username, display_name, role) VALUES "
                                       "('eva', 'Eva', 'evaluator')")));
    QVERIFY(!DemoGenerator::isEmpty(own));
    QVERIFY_THROWS_EXCEPTION(StorageError, DemoGenerator::generate(own, options));
    QCOMPARE(dump(own).size(), 1);
}

void tst_DemoGenerator::storesAudioRelativeToTheRecordingsRoot() {
    QTemporaryDir dir;
    Database other;
    other.open(dir.filePath(QStringLiteral("data/rooted.sqlite")));
    DemoGenerator::Options options;
    options.endDate = m_end;
    options.recordingsRoot = dir.path();
    options.audioFolder = dir.filePath(QStringLiteral("shared/demo"));
    const auto summary = DemoGenerator::generate(other, options);
    QCOMPARE(QDir(summary.audioFolder), QDir(dir.filePath(QStringLiteral("shared/demo"))));
    QSqlQuery query(other.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT audio_path FROM recordings WHERE audio_path IS NOT "
                                      "NULL ORDER BY id")));
    int n = 0;
    while (query.next()) {
        ++n;
        const QString stored = query.value(0).toString();
        QVERIFY2(stored.startsWith(QLatin1String("shared/demo/")), qPrintable(stored));
        QVERIFY(QFileInfo::exists(RecordingPaths::resolve(stored, dir.path(), QString())));
    }
    QCOMPARE(n, summary.audioRecordings);
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_DemoGenerator.moc"
