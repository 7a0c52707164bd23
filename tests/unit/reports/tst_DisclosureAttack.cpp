#include "ReportFixture.h"
#include "TestDatabase.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCsvWriter.h"
#include "storage/ReportQueries.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

// A curious manager attacks the Practice Report (issue 12, part 2): a small database holds a
// practitioner's lone session in West's 2025-Q4, a South 2025-Q3 whose three sessions are all one
// practitioner's, a single West session on 8 September 2025, and a South quarter with parents'
// forms from two families (one of them a family North saw first). The manager differences
// reports: ranges a day or a month apart, a range against the quarters inside it, the service
// against the published teams, and team pairs. Every attack must come back empty-handed. The
// general check treats each published mean as the sum and count of the (team, quarter) cells it
// covers and asks whether any combination of published figures isolates a withheld cell.
class tst_DisclosureAttack : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rangesADayOrAMonthApartGiveNothingAway();
    void aRangeAgainstTheQuartersInsideIt();
    void serviceMinusThePublishedTeams();
    void teamPairsMinusOneTeam();
    void threeSessionsOfOnePractitionerAreNotPublished();
    void familyFormsFromTwoFamiliesAreNotRecovered();
    void noCombinationOfPublishedFiguresIsolatesAWithheldCell();
    void theSameCellIsWithheldWhicheverReportAsks();
    void csvMarksEveryWithheldCell();

private:
    // The overall mean of a report, as its sum and count, or nullopt when the report is refused
    // or the figure withheld.
    struct Published {
        double sum = 0.0;
        int n = 0;
    };
    std::optional<ReportData> report(const QStringList &scopes, const QDate &from,
                                     const QDate &to) const;
    std::optional<Published> overall(const QStringList &scopes, const QDate &from,
                                     const QDate &to) const;
    std::optional<Published> wai(const QStringList &scopes, const QDate &from,
                                 const QDate &to) const;
    // Fails when both figures are published: their difference would be the secret.
    void expectNoDifference(const std::optional<Published> &a, const std::optional<Published> &b,
                            const char *what) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

const QDate today(2026, 6, 1);

QList<int> all(int score) {
    return QList<int>(7, score);
}

QDate quarterStart(int year, int quarter) {
    return QDate(year, (quarter - 1) * 3 + 1, 1);
}

QDate quarterEnd(int year, int quarter) {
    return quarterStart(year, quarter).addMonths(3).addDays(-1);
}

} // namespace

void tst_DisclosureAttack::initTestCase() {
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(m_dir, QStringLiteral("attack.sqlite")));
    ReportFixture f(*m_db);
    const qint64 north = f.team(QStringLiteral("North"));
    const qint64 south = f.team(QStringLiteral("South"));
    const qint64 west = f.team(QStringLiteral("West"));
    QList<qint64> n, s, w;
    for (int i = 1; i <= 4; ++i) {
        n.append(
            f.practitioner(QStringLiteral("N%1").arg(i), QStringLiteral("North %1").arg(i), north));
        w.append(
            f.practitioner(QStringLiteral("W%1").arg(i), QStringLiteral("West %1").arg(i), west));
    }
    for (int i = 1; i <= 3; ++i)
        s.append(
            f.practitioner(QStringLiteral("S%1").arg(i), QStringLiteral("South %1").arg(i), south));
    QList<qint64> families;
    for (int i = 1; i <= 9; ++i)
        families.append(f.family(QStringLiteral("FAM-%1").arg(i)));
    const qint64 shared = f.family(QStringLiteral("FAM-SHARED"));

    auto session = [&](qint64 practitioner, qint64 team, qint64 family, const QDate &day,
                       int score) {
        const qint64 r = f.recording(practitioner, team, family, day.toString(Qt::ISODate));
        f.coding(r, QStringLiteral("primary"), all(score), day.addDays(3).toString(Qt::ISODate),
                 day.addDays(5).toString(Qt::ISODate));
    };
    for (int q = 1; q <= 4; ++q) {
        const QDate start = quarterStart(2025, q);
        for (int i = 0; i < 4; ++i)
            session(n.at(i), north, families.at(i % 3), start.addDays(10 + i), 2 + (i + q) % 2);
        // West: four practitioners a quarter, except Q4 (one lone session below).
        if (q < 4) {
            for (int i = 0; i < 4; ++i)
                session(w.at(i), west, families.at(3 + i % 3), start.addDays(12 + i), 3);
        }
        // South: three practitioners, except Q3, when all three sessions are S1's.
        for (int i = 0; i < 3; ++i)
            session(q == 3 ? s.at(0) : s.at(i), south, families.at(6 + i), start.addDays(15 + i),
                    q == 3 ? 1 : 3);
    }
    // One West session on 8 September: the difference of ranges ending on the 7th and 8th.
    session(w.at(3), west, families.at(3), QDate(2025, 9, 8), 5);
    // The lone session of West's 2025-Q4.
    session(w.at(0), west, families.at(4), QDate(2025, 11, 8), 5);

    // Parents' forms, 2025-Q3: three North families; in South one South family and the shared
    // family, which North saw first and South afterwards (the form follows South's session).
    const QDate northVisit(2025, 7, 2);
    const QDate southVisit(2025, 8, 1);
    f.recording(n.at(0), north, shared, northVisit.toString(Qt::ISODate));
    f.recording(s.at(1), south, shared, southVisit.toString(Qt::ISODate));
    for (int i = 0; i < 3; ++i)
        f.administration(families.at(i), QStringLiteral("mother"), QStringLiteral("wai-s-client"),
                         QStringLiteral("T1"), QStringLiteral("2025-08-20"), QList<int>(12, 5));
    f.administration(families.at(6), QStringLiteral("mother"), QStringLiteral("wai-s-client"),
                     QStringLiteral("T1"), QStringLiteral("2025-08-20"), QList<int>(12, 2));
    f.administration(shared, QStringLiteral("mother"), QStringLiteral("wai-s-client"),
                     QStringLiteral("T1"), QStringLiteral("2025-08-20"), QList<int>(12, 1));
}

void tst_DisclosureAttack::cleanupTestCase() {
    m_db.reset();
}

std::optional<ReportData> tst_DisclosureAttack::report(const QStringList &scopes, const QDate &from,
                                                       const QDate &to) const {
    QString error;
    const auto period = ReportPeriod::range(from, to, &error);
    if (!period)
        return std::nullopt;
    const ReportQueries queries(*m_db);
    const auto spec = ReportSpec::resolve(queries, scopes, *period, &error);
    if (!spec)
        return std::nullopt; // refused, as the CLI and the Reports page refuse it
    ReportBuilder::Options options;
    options.today = today;
    return ReportBuilder(*m_db, options).build(*spec);
}

std::optional<tst_DisclosureAttack::Published>
tst_DisclosureAttack::overall(const QStringList &scopes, const QDate &from, const QDate &to) const {
    const auto data = report(scopes, from, to);
    if (!data || !data->overall.available())
        return std::nullopt;
    return Published{data->overall.value * data->overall.n, data->overall.n};
}

std::optional<tst_DisclosureAttack::Published>
tst_DisclosureAttack::wai(const QStringList &scopes, const QDate &from, const QDate &to) const {
    const auto data = report(scopes, from, to);
    if (!data)
        return std::nullopt;
    for (const EngagementSummary &summary : data->engagement) {
        if (summary.instrumentId == QLatin1String("wai-s-client") && summary.mean.available())
            return Published{summary.mean.value * summary.mean.n, summary.mean.n};
    }
    return std::nullopt;
}

void tst_DisclosureAttack::expectNoDifference(const std::optional<Published> &a,
                                              const std::optional<Published> &b,
                                              const char *what) const {
    if (a && b && a->n != b->n) {
        QFAIL(qPrintable(QStringLiteral("%1: recovered a mean of %2 over %3 value(s)")
                             .arg(QLatin1String(what))
                             .arg((a->sum - b->sum) / (a->n - b->n), 0, 'f', 3)
                             .arg(a->n - b->n)));
    }
}

void tst_DisclosureAttack::rangesADayOrAMonthApartGiveNothingAway() {
    const QStringList west = {QStringLiteral("team:West")};
    expectNoDifference(overall(west, QDate(2025, 7, 1), QDate(2025, 9, 8)),
                       overall(west, QDate(2025, 7, 1), QDate(2025, 9, 7)),
                       "West to 8 September minus West to 7 September");
    expectNoDifference(overall(west, QDate(2025, 7, 1), QDate(2025, 11, 30)),
                       overall(west, QDate(2025, 7, 1), QDate(2025, 10, 31)),
                       "West July-November minus July-October");
    expectNoDifference(overall(west, QDate(2025, 1, 1), QDate(2025, 11, 30)),
                       overall(west, QDate(2025, 1, 1), QDate(2025, 9, 30)),
                       "West January-November minus January-September");
    // A range that is not whole quarters is refused for managers with the quarters to use.
    QString error;
    const auto period = ReportPeriod::range(QDate(2025, 7, 1), QDate(2025, 9, 7), &error);
    QVERIFY(period);
    QVERIFY(!ReportSpec::resolve(ReportQueries(*m_db), west, *period, &error));
    QVERIFY2(error.contains(QStringLiteral("2025-07-01 to 2025-09-30")), qPrintable(error));
    // The practitioner's own coaching report may cover any days.
    QVERIFY(ReportSpec::resolve(ReportQueries(*m_db), {QStringLiteral("practitioner:W4")}, *period,
                                &error));
}

void tst_DisclosureAttack::aRangeAgainstTheQuartersInsideIt() {
    const QStringList west = {QStringLiteral("team:West")};
    expectNoDifference(overall(west, quarterStart(2025, 3), quarterEnd(2025, 4)),
                       overall(west, quarterStart(2025, 3), quarterEnd(2025, 3)),
                       "West Q3-Q4 minus West Q3");
    expectNoDifference(overall(west, quarterStart(2025, 1), quarterEnd(2025, 4)),
                       overall(west, quarterStart(2025, 1), quarterEnd(2025, 3)),
                       "West 2025 minus West Q1-Q3");
    // The trend of a later report shows Q4 as a quarter of its own.
    const auto later = report(west, quarterStart(2026, 1), quarterEnd(2026, 1));
    QVERIFY(later);
    for (const TrendPoint &point : later->trend) {
        if (point.quarter.key() == QLatin1String("2025-Q4"))
            QVERIFY(!point.overall.available());
    }
}

void tst_DisclosureAttack::serviceMinusThePublishedTeams() {
    const QDate from = quarterStart(2025, 4);
    const QDate to = quarterEnd(2025, 4);
    const auto north = overall({QStringLiteral("team:North")}, from, to);
    const auto south = overall({QStringLiteral("team:South")}, from, to);
    QVERIFY(north && south); // the other teams are published: the rule is not simply "hide all"
    // A complete quarter with both quarters published shows its change on the previous one.
    const auto northReport = report({QStringLiteral("team:North")}, from, to);
    QVERIFY(northReport && !northReport->isIncomplete());
    QVERIFY(northReport->changeOnPrevious.available());
    std::optional<Published> others = Published{north->sum + south->sum, north->n + south->n};
    expectNoDifference(overall({QStringLiteral("service")}, from, to), others,
                       "service Q4 minus North and South");
    // South's Q3 (one practitioner) from the service minus North and West.
    const auto n3 =
        overall({QStringLiteral("team:North")}, quarterStart(2025, 3), quarterEnd(2025, 3));
    const auto w3 =
        overall({QStringLiteral("team:West")}, quarterStart(2025, 3), quarterEnd(2025, 3));
    QVERIFY(n3 && w3);
    expectNoDifference(
        overall({QStringLiteral("service")}, quarterStart(2025, 3), quarterEnd(2025, 3)),
        Published{n3->sum + w3->sum, n3->n + w3->n}, "service Q3 minus North and West");
}

void tst_DisclosureAttack::teamPairsMinusOneTeam() {
    const QDate from = quarterStart(2025, 4);
    const QDate to = quarterEnd(2025, 4);
    expectNoDifference(
        overall({QStringLiteral("team:North"), QStringLiteral("team:West")}, from, to),
        overall({QStringLiteral("team:North")}, from, to), "North+West Q4 minus North");
    expectNoDifference(
        overall({QStringLiteral("team:South"), QStringLiteral("team:West")}, from, to),
        overall({QStringLiteral("team:South")}, from, to), "South+West Q4 minus South");
}

void tst_DisclosureAttack::threeSessionsOfOnePractitionerAreNotPublished() {
    const auto south =
        report({QStringLiteral("team:South")}, quarterStart(2025, 3), quarterEnd(2025, 3));
    QVERIFY(south);
    QCOMPARE(south->codings, 3);
    QCOMPARE(south->practitionersObserved, 1);
    QVERIFY(south->overall.suppressed);
    QCOMPARE(south->overall.withheldReason, QStringLiteral("fewer than 3 practitioners"));
    for (const SkillSummary &skill : south->skills) {
        QVERIFY(!skill.mean.available());
        for (const Figure &share : skill.distribution)
            QVERIFY(!share.available());
    }
    QVERIFY(!south->feedbackWithinSevenDays.available());
}

void tst_DisclosureAttack::familyFormsFromTwoFamiliesAreNotRecovered() {
    const QDate from = quarterStart(2025, 3);
    const QDate to = quarterEnd(2025, 3);
    const auto north = wai({QStringLiteral("team:North")}, from, to);
    QVERIFY(north);
    // The shared family's form followed South's session, so North counts its own three only.
    QCOMPARE(north->n, 3);
    QVERIFY(!wai({QStringLiteral("team:South")}, from, to));
    expectNoDifference(wai({QStringLiteral("service")}, from, to), north,
                       "service parents' WAI minus North's");
    expectNoDifference(wai({QStringLiteral("team:North"), QStringLiteral("team:South")}, from, to),
                       north, "North+South parents' WAI minus North's");
}

void tst_DisclosureAttack::noCombinationOfPublishedFiguresIsolatesAWithheldCell() {
    // Cells are (team, quarter). Every report a manager can ask for (every team set, every run of
    // whole quarters from 2025-Q1 to 2026-Q1, and the day and month ranges of the other tests)
    // contributes a row per published mean over the cells it covers; a withheld cell is
    // recovered when its unit vector lies in the span of those rows.
    const QStringList teams = {QStringLiteral("North"), QStringLiteral("South"),
                               QStringLiteral("West")};
    struct Quarter {
        int year;
        int q;
    };
    QList<Quarter> quarters;
    for (int year = 2024; year <= 2026; ++year) {
        for (int q = 1; q <= 4; ++q)
            quarters.append({year, q});
    }
    auto column = [&](int team, const QDate &day) {
        for (qsizetype i = 0; i < quarters.size(); ++i) {
            if (quarterStart(quarters[i].year, quarters[i].q) <= day &&
                day <= quarterEnd(quarters[i].year, quarters[i].q))
                return int(team * quarters.size() + i);
        }
        return -1;
    };
    const int width = int(teams.size() * quarters.size());
    // The cells a figure covers: the scope's teams over from..to. Only quarters can be cells; a
    // report over part of a quarter is recorded as a fraction the solver cannot use, so such a
    // report, if one is ever published, is caught by the numeric attacks above instead.
    auto cellsOf = [&](const QList<int> &teamIndexes, const QDate &from, const QDate &to) {
        std::vector<double> row(size_t(width), 0.0);
        for (int t : teamIndexes) {
            for (qsizetype i = 0; i < quarters.size(); ++i) {
                const QDate qs = quarterStart(quarters[i].year, quarters[i].q);
                const QDate qe = quarterEnd(quarters[i].year, quarters[i].q);
                if (qs >= from && qe <= to)
                    row[size_t(column(t, qs))] = 1.0;
            }
        }
        return row;
    };
    std::map<QString, std::vector<std::vector<double>>> published; // per measure
    QList<QList<int>> teamSets = {{}, {0}, {1}, {2}, {0, 1}, {0, 2}, {1, 2}, {0, 1, 2}};
    for (const QList<int> &set : teamSets) {
        QStringList scopes;
        QList<int> covered = set;
        if (set.isEmpty()) {
            scopes = {QStringLiteral("service")};
            covered = {0, 1, 2};
        }
        for (int t : set)
            scopes.append(QStringLiteral("team:") + teams.at(t));
        for (int first = 4; first < 9; ++first) {      // 2025-Q1 .. 2026-Q1
            for (int last = first; last < 9; ++last) { // whole-quarter runs
                const QDate from = quarterStart(quarters[first].year, quarters[first].q);
                const QDate to = quarterEnd(quarters[last].year, quarters[last].q);
                const auto data = report(scopes, from, to);
                if (!data)
                    continue;
                auto publish = [&](const QString &measure, const Figure &figure,
                                   const std::vector<double> &cells) {
                    if (figure.available())
                        published[measure].push_back(cells);
                };
                publish(QStringLiteral("overall"), data->overall, cellsOf(covered, from, to));
                publish(QStringLiteral("overall"), data->previousOverall,
                        cellsOf(covered, data->previousPeriod.from(), data->previousPeriod.to()));
                for (const TrendPoint &point : data->trend) {
                    publish(QStringLiteral("overall"), point.overall,
                            cellsOf(covered, point.quarter.from(), point.quarter.to()));
                    if (data->hasServiceLine)
                        publish(QStringLiteral("overall"), point.serviceOverall,
                                cellsOf({0, 1, 2}, point.quarter.from(), point.quarter.to()));
                }
                for (const SkillSummary &skill : data->skills)
                    publish(skill.key, skill.mean, cellsOf(covered, from, to));
                for (const EngagementSummary &summary : data->engagement)
                    publish(summary.instrumentId, summary.mean, cellsOf(covered, from, to));
            }
        }
    }
    QVERIFY(!published[QStringLiteral("overall")].empty());

    auto rank = [](std::vector<std::vector<double>> rows) {
        int r = 0;
        const size_t columns = rows.empty() ? 0 : rows.front().size();
        for (size_t c = 0; c < columns && r < int(rows.size()); ++c) {
            size_t pivot = size_t(r);
            for (size_t i = size_t(r); i < rows.size(); ++i) {
                if (std::abs(rows[i][c]) > std::abs(rows[pivot][c]))
                    pivot = i;
            }
            if (std::abs(rows[pivot][c]) < 1e-9)
                continue;
            std::swap(rows[pivot], rows[size_t(r)]);
            for (size_t i = 0; i < rows.size(); ++i) {
                if (i == size_t(r))
                    continue;
                const double factor = rows[i][c] / rows[size_t(r)][c];
                for (size_t k = c; k < columns; ++k)
                    rows[i][k] -= factor * rows[size_t(r)][k];
            }
            ++r;
        }
        return r;
    };
    // The withheld cells, by the rule itself: West 2025-Q4 (one session) and South 2025-Q3 (one
    // practitioner) for every coding figure; South 2025-Q3 (two families) for the parents' WAI.
    // Cells with no data at all are known to be empty and are taken out, which only helps the
    // attacker.
    const int westQ4 = column(2, QDate(2025, 11, 8));
    const int southQ3 = column(1, QDate(2025, 8, 1));
    const int northQ3 = column(0, QDate(2025, 8, 1));
    QList<int> codingCells;
    for (int t = 0; t < 3; ++t) {
        for (int q = 1; q <= 4; ++q)
            codingCells.append(column(t, quarterStart(2025, q)));
    }
    struct Secret {
        QString measure;
        int cell;
        QList<int> nonEmpty;
    };
    QList<Secret> secrets = {
        {QStringLiteral("overall"), westQ4, codingCells},
        {QStringLiteral("overall"), southQ3, codingCells},
        {QStringLiteral("empathy"), westQ4, codingCells},
        {QStringLiteral("empathy"), southQ3, codingCells},
        {QStringLiteral("wai-s-client"), southQ3, {southQ3, northQ3}},
    };
    for (const Secret &secret : secrets) {
        auto rows = published[secret.measure];
        auto restrict = [&](const std::vector<double> &row) {
            std::vector<double> kept;
            for (int c : secret.nonEmpty)
                kept.push_back(row[size_t(c)]);
            return kept;
        };
        std::vector<std::vector<double>> restricted;
        for (const auto &row : rows)
            restricted.push_back(restrict(row));
        std::vector<double> unit(size_t(width), 0.0);
        unit[size_t(secret.cell)] = 1.0;
        auto withUnit = restricted;
        withUnit.push_back(restrict(unit));
        QVERIFY2(rank(withUnit) > rank(restricted),
                 qPrintable(QStringLiteral("%1: cell %2 can be worked out from %3 published "
                                           "figures")
                                .arg(secret.measure)
                                .arg(secret.cell)
                                .arg(rows.size())));
    }
}

void tst_DisclosureAttack::theSameCellIsWithheldWhicheverReportAsks() {
    // West's 2025-Q4 is withheld in its own report, in the trend of the next quarter's report,
    // and as the previous quarter of that report, with the same reason.
    const auto q4 =
        report({QStringLiteral("team:West")}, quarterStart(2025, 4), quarterEnd(2025, 4));
    const auto q1 =
        report({QStringLiteral("team:West")}, quarterStart(2026, 1), quarterEnd(2026, 1));
    QVERIFY(q4 && q1);
    QVERIFY(q4->overall.suppressed);
    QVERIFY(q1->previousOverall.suppressed);
    QCOMPARE(q1->previousOverall.withheldReason, q4->overall.withheldReason);
    QVERIFY(q1->trend.constLast().quarter.key() == QLatin1String("2026-Q1"));
    QCOMPARE(q1->trend.at(q1->trend.size() - 2).overall.withheldReason, q4->overall.withheldReason);
    // A quarter that has not ended is withheld from managers however many sessions it has.
    const auto open =
        report({QStringLiteral("team:North")}, quarterStart(2026, 2), quarterEnd(2026, 2));
    QVERIFY(open);
    QVERIFY(open->trend.constLast().overall.suppressed || open->trend.constLast().overall.n == 0);
}

void tst_DisclosureAttack::csvMarksEveryWithheldCell() {
    const auto south =
        report({QStringLiteral("team:South")}, quarterStart(2025, 3), quarterEnd(2025, 3));
    QVERIFY(south);
    const QStringList header = ReportCsvWriter::header();
    const qsizetype suppressed = header.indexOf(QStringLiteral("suppressed"));
    const qsizetype value = header.indexOf(QStringLiteral("value"));
    const qsizetype n = header.indexOf(QStringLiteral("n"));
    QVERIFY(suppressed >= 0);
    int withheld = 0;
    for (const QStringList &row : ReportCsvWriter::rows(*south)) {
        QCOMPARE(row.size(), header.size());
        if (row.at(suppressed).isEmpty())
            continue;
        ++withheld;
        // A withheld cell carries no number at all: value and n are empty.
        QVERIFY2(row.at(value).isEmpty() && row.at(n).isEmpty(), qPrintable(row.join(u',')));
    }
    QVERIFY(withheld > 40); // overall, factors, skills and their distributions at least
    for (const QStringList &row : ReportCsvWriter::rows(*south)) {
        if (row.at(3) == QLatin1String("overall_mean") && row.at(2) == QLatin1String("headline"))
            QCOMPARE(row.at(suppressed), QStringLiteral("fewer than 3 practitioners"));
    }
}

QTEST_GUILESS_MAIN(tst_DisclosureAttack)
#include "tst_DisclosureAttack.moc"
