#include "ReportFixture.h"
#include "TestDatabase.h"
#include "domain/CodingSchemeLoader.h"
#include "reports/ReliabilityTable.h"
#include "storage/ReliabilityQuery.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

// The reliability table from a hand-built double-coded data set. Expected values were computed
// independently (hand-written Python over the same pairs): ICC from the two-way ANOVA mean
// squares, kappa from the full 5 x 5 table, alpha from the coincidence matrix.
class tst_ReliabilityTable : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void perSkillFiguresMatchIndependentComputation();
    void notCodableAndDraftsAreLeftOut();
    void overallUsesEachCodingsMean();
    void dateLimitsAndCsv();
    void csvKeepsNegativeFiguresAsNumbers();
    void fewPairsAreWithheldAndOnePairGivesNoKappa();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<ReliabilityRow> m_rows;
};

namespace {
const QList<int> raterA = {1, 2, 3, 3, 4, 5, 2, 3, 4, 4, 5, 1, 2, 3};
const QList<int> raterB = {1, 3, 3, 2, 4, 4, 2, 3, 5, 4, 5, 2, 2, 4};

void compare3(const std::optional<double> &actual, double expected) {
    QVERIFY(actual.has_value());
    QVERIFY2(
        std::abs(*actual - expected) < 0.0005,
        qPrintable(QStringLiteral("%1 != %2").arg(*actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
}

const ReliabilityRow *row(const QList<ReliabilityRow> &rows, const QString &skill) {
    for (const auto &r : rows) {
        if (r.skill == skill)
            return &r;
    }
    return nullptr;
}
} // namespace

void tst_ReliabilityTable::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("r.sqlite")));
    ReportFixture fixture(*m_db);
    const qint64 second = fixture.user(QStringLiteral("evaluator2"));
    const qint64 team = fixture.team(QStringLiteral("Blue"));
    const qint64 worker = fixture.practitioner(QStringLiteral("P1"), QStringLiteral("Sam"), team);
    const qint64 family = fixture.family(QStringLiteral("F1"));
    for (int i = 0; i < raterA.size(); ++i) {
        const qint64 recording = fixture.recording(
            worker, team, family, QDate(2025, 1, 1).addDays(i).toString(Qt::ISODate));
        fixture.coding(recording, QStringLiteral("primary"), QList<int>(7, raterA.at(i)),
                       QStringLiteral("2025-03-01"));
        QList<int> secondScores(7, raterB.at(i));
        if (i == 0)
            secondScores[1] = 0; // empathy not codable for the second coder
        fixture.coding(recording, QStringLiteral("second"), secondScores,
                       QStringLiteral("2025-03-02"), QString(), second);
    }
    // A draft second coding and a recording coded once are not pairs.
    const qint64 draft = fixture.recording(worker, team, family, QStringLiteral("2025-02-01"));
    fixture.coding(draft, QStringLiteral("primary"), QList<int>(7, 5),
                   QStringLiteral("2025-03-01"));
    fixture.coding(draft, QStringLiteral("second"), QList<int>(7, 1), QString(), QString(), second);
    const qint64 single = fixture.recording(worker, team, family, QStringLiteral("2025-02-02"));
    fixture.coding(single, QStringLiteral("primary"), QList<int>(7, 1),
                   QStringLiteral("2025-03-01"));

    m_rows = ReliabilityTable::compute(ReliabilityQuery(*m_db).pairs(),
                                       CodingSchemeLoader::builtIn().skillKeys());
}

void tst_ReliabilityTable::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_ReliabilityTable::perSkillFiguresMatchIndependentComputation() {
    QCOMPARE(m_rows.size(), 8);
    QCOMPARE(m_rows.constFirst().skill, QStringLiteral("evocation"));
    QCOMPARE(m_rows.constLast().skill, QStringLiteral("overall"));
    const ReliabilityRow *evocation = row(m_rows, QStringLiteral("evocation"));
    QVERIFY(evocation);
    QCOMPARE(evocation->nPairs, 14);
    compare3(evocation->iccA1, 0.865979);
    compare3(evocation->iccC1, 0.863014);
    compare3(evocation->weightedKappa, 0.857143);
    compare3(evocation->krippendorffAlpha, 0.870855);
    compare3(evocation->exactAgreement, 8.0 / 14.0);
    compare3(evocation->adjacentAgreement, 1.0);
}

void tst_ReliabilityTable::notCodableAndDraftsAreLeftOut() {
    const ReliabilityRow *empathy = row(m_rows, QStringLiteral("empathy"));
    QVERIFY(empathy);
    QCOMPARE(empathy->nPairs, 13);
    compare3(empathy->iccA1, 0.828571);
    compare3(empathy->iccC1, 0.824645);
    compare3(empathy->weightedKappa, 0.816901);
    compare3(empathy->krippendorffAlpha, 0.843536);
    compare3(empathy->exactAgreement, 7.0 / 13.0);
}

void tst_ReliabilityTable::overallUsesEachCodingsMean() {
    const ReliabilityRow *overall = row(m_rows, QStringLiteral("overall"));
    QVERIFY(overall);
    QCOMPARE(overall->nPairs, 14);
    compare3(overall->iccA1, 0.865979);
    compare3(overall->iccC1, 0.863014);
    QVERIFY(!overall->weightedKappa.has_value());
    QVERIFY(!overall->krippendorffAlpha.has_value());
    // Two coders' means rarely match exactly, so exact agreement is not given for them; within
    // one point still is.
    QVERIFY(!overall->exactAgreement.has_value());
    compare3(overall->adjacentAgreement, 1.0);
    // The intervals (R psych::ICC on the same pairs, tests/data/icc "fourteen_pairs").
    QVERIFY(overall->iccA1Ci && overall->iccC1Ci);
    compare3(overall->iccA1Ci->lower, 0.641756);
    compare3(overall->iccA1Ci->upper, 0.954577);
    compare3(overall->iccC1Ci->lower, 0.627277);
    compare3(overall->iccC1Ci->upper, 0.953879);
}

void tst_ReliabilityTable::dateLimitsAndCsv() {
    const auto pairs = ReliabilityQuery(*m_db).pairs(QDate(2025, 1, 3), QDate(2025, 1, 5));
    QCOMPARE(int(pairs.size()), 3);
    const auto rows = ReliabilityTable::compute(pairs, CodingSchemeLoader::builtIn().skillKeys());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReliabilityTable::writeCsv(
        &buffer,
        {QStringLiteral("service"),
         ReliabilityTable::periodKey(QDate(2025, 1, 3), QDate(2025, 1, 5))},
        rows));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'));
    // Scope and period first, as in the report CSV; the intervals after the original columns.
    QCOMPARE(lines.at(0), QStringLiteral("scope,period,skill,n_pairs,icc_a1,icc_c1,weighted_kappa,"
                                         "krippendorff_alpha,exact_agreement,adjacent_agreement,"
                                         "suppressed,note,icc_a1_lower,icc_a1_upper,icc_c1_lower,"
                                         "icc_c1_upper"));
    QVERIFY(
        lines.at(1).startsWith(QStringLiteral("service,2025-01-03 to 2025-01-05,evocation,3,")));
    const QStringList evocation = lines.at(1).split(QLatin1Char(','));
    QCOMPARE(evocation.size(), 16);
    for (int column = 12; column < 16; ++column) {
        bool isNumber = false;
        evocation.at(column).toDouble(&isNumber);
        QVERIFY2(isNumber, qPrintable(lines.at(1)));
    }
    // The overall row leaves kappa, alpha and exact agreement empty.
    const QStringList overall = lines.at(8).split(QLatin1Char(','));
    QCOMPARE(overall.at(2), QStringLiteral("overall"));
    QCOMPARE(overall.at(6), QString());
    QCOMPARE(overall.at(7), QString());
    QCOMPARE(overall.at(8), QString());
    QVERIFY(!overall.at(9).isEmpty());
    // Either end of the period may be open.
    QCOMPARE(ReliabilityTable::periodKey(QDate(2025, 1, 3), {}),
             QStringLiteral("2025-01-03 onwards"));
    QCOMPARE(ReliabilityTable::periodKey({}, QDate(2025, 1, 5)),
             QStringLiteral("up to 2025-01-05"));
    QCOMPARE(ReliabilityTable::periodKey({}, {}), QStringLiteral("all dates"));
    // No pairs at all: every statistic empty, but the rows are still there.
    const auto none = ReliabilityTable::compute({}, CodingSchemeLoader::builtIn().skillKeys());
    QCOMPARE(none.size(), 8);
    QCOMPARE(none.constFirst().nPairs, 0);
    QVERIFY(!none.constFirst().iccA1.has_value());
}

void tst_ReliabilityTable::csvKeepsNegativeFiguresAsNumbers() {
    // A negative ICC is a number and stays one; text in the skill column is guarded.
    ReliabilityRow row;
    row.skill = QStringLiteral("=cmd");
    row.nPairs = 4;
    row.iccA1 = -0.42;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    row.iccA1Ci = IccInterval{-0.9, 0.3};
    QVERIFY(ReliabilityTable::writeCsv(&buffer, {}, {row}));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("service,,\"'=cmd\",4,-0.42")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(",-0.900000,0.300000,,")),
             qPrintable(lines.at(1)));
}

void tst_ReliabilityTable::fewPairsAreWithheldAndOnePairGivesNoKappa() {
    // One pair: kappa used to come out as exactly 0 (its own marginals are its only chance
    // agreement), which says nothing; it is empty with the reason.
    // (2 against 3: the codings differ, so the old kappa was 1 - 1/1 = 0.)
    const auto one = ReliabilityQuery(*m_db).pairs(QDate(2025, 1, 2), QDate(2025, 1, 2));
    QCOMPARE(int(one.size()), 1);
    auto rows = ReliabilityTable::compute(one, CodingSchemeLoader::builtIn().skillKeys());
    const ReliabilityRow *empathy = row(rows, QStringLiteral("empathy"));
    QVERIFY(empathy);
    QVERIFY(!empathy->weightedKappa.has_value());
    QVERIFY(!empathy->krippendorffAlpha.has_value());
    QCOMPARE(empathy->note, QStringLiteral("kappa and alpha need at least two pairs"));

    // Fewer pairs than the threshold: every statistic withheld, the pair count kept.
    ReliabilityTable::withhold(rows, 3);
    for (const ReliabilityRow &r : rows) {
        QCOMPARE(r.nPairs, 1);
        QVERIFY(!r.iccA1 && !r.iccC1 && !r.exactAgreement && !r.adjacentAgreement);
        QVERIFY(!r.iccA1Ci && !r.iccC1Ci);
        QCOMPARE(r.withheldReason, QStringLiteral("fewer than 3 double-coded pairs"));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ReliabilityTable::writeCsv(
        &buffer, {QStringLiteral("service"), QStringLiteral("all dates")}, rows));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(1), QStringLiteral("service,all dates,evocation,1,,,,,,,fewer than 3 "
                                         "double-coded pairs,,,,,"));

    // Three pairs pass a threshold of 3 untouched.
    auto three = ReliabilityTable::compute(
        ReliabilityQuery(*m_db).pairs(QDate(2025, 1, 3), QDate(2025, 1, 5)),
        CodingSchemeLoader::builtIn().skillKeys());
    ReliabilityTable::withhold(three, 3);
    QVERIFY(row(three, QStringLiteral("evocation"))->iccA1.has_value());
    QVERIFY(row(three, QStringLiteral("evocation"))->withheldReason.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReliabilityTable)
#include "tst_ReliabilityTable.moc"
