#include "PracticeCoderProcess.h"
#include "domain/CodingSchemeLoader.h"
#include "io/CsvReader.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/RecordingRepository.h"
#include "storage/ScopedTransaction.h"
#include "storage/UserRepository.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

// Issue 6, "Verified by": the reliability and report commands, run by the real practicecoder
// binary on the held-back double-coding data set (tests/data/heldback), give the figures that
// R's psych package and an independent Krippendorff's alpha computed from the same CSV files,
// to within 0.0005. The expected files are made by tests/data/heldback/expected.R and are
// committed, so this test needs no R; docs/verification.md says how to make them again.
class tst_HeldBackVerification : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void draftsAreStoredAsDrafts();
    void reliabilityMatchesR();
    void serviceReportMatchesR();
    void teamReportMatchesR();
    void comparisonCatchesEveryKindOfDifference();

private:
    struct Table {
        QStringList header;
        QList<QStringList> rows;
    };

    QString dataPath(const QString &name) const {
        return QStringLiteral(PC_TEST_DATA "/heldback/") + name;
    }
    // Runs practicecoder with the arguments and the test's database; fails the test, with the
    // command's own message, unless it exits 0.
    bool runPracticeCoder(const QStringList &arguments);
    static Table readCsv(const QString &path);
    // Every difference between the expected and actual tables, one line each. Rows are matched
    // on the key columns; each expected row must be present once, and every actual row of a
    // (section, figure) the expected table covers must be expected.
    static QStringList differences(const Table &expected, const Table &actual,
                                   const QStringList &keyColumns,
                                   const QStringList &coverageColumns);
    void compareReport(const QString &scope, const QString &fileName);
    void addDrafts();

    QTemporaryDir m_dir;
    QString m_database;
};

namespace {

constexpr double tolerance = 0.0005;

QString cellDifference(const QString &expected, const QString &actual) {
    bool expectedIsNumber = false;
    bool actualIsNumber = false;
    const double e = expected.toDouble(&expectedIsNumber);
    const double a = actual.toDouble(&actualIsNumber);
    if (expectedIsNumber && actualIsNumber) {
        if (std::fabs(e - a) < tolerance)
            return QString();
    } else if (expected == actual) {
        // Empty cells and "fewer than 3" must match exactly.
        return QString();
    }
    return QStringLiteral("expected '%1', got '%2'").arg(expected, actual);
}

QString keyOf(const QStringList &header, const QStringList &row, const QStringList &columns) {
    QStringList parts;
    for (const QString &column : columns) {
        const qsizetype i = header.indexOf(column);
        parts.append(i >= 0 && i < row.size() ? row.at(i) : QString());
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

bool tst_HeldBackVerification::runPracticeCoder(const QStringList &arguments) {
    // A developer's own settings (for example a different suppression threshold) must not
    // leak into the run, so the command gets an empty home.
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_dir.filePath(QStringLiteral("home")))
            .run(arguments + QStringList{QStringLiteral("--database"), m_database});
    if (!run.finished || run.exitCode != 0) {
        qWarning("practicecoder %s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 run.exitCode, run.err.constData());
        return false;
    }
    return true;
}

tst_HeldBackVerification::Table tst_HeldBackVerification::readCsv(const QString &path) {
    CsvReader reader;
    QString error;
    Table table;
    if (!reader.parseFile(path, &error)) {
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
        return table;
    }
    table.header = reader.header();
    for (const CsvReader::Record &record : reader.records())
        table.rows.append(record.fields);
    return table;
}

QStringList tst_HeldBackVerification::differences(const Table &expected, const Table &actual,
                                                  const QStringList &keyColumns,
                                                  const QStringList &coverageColumns) {
    QStringList problems;
    for (const QString &column : expected.header) {
        if (!actual.header.contains(column))
            problems.append(QStringLiteral("the output has no column %1").arg(column));
    }
    if (!problems.isEmpty())
        return problems;

    QHash<QString, QList<QStringList>> actualRows;
    for (const QStringList &row : actual.rows)
        actualRows[keyOf(actual.header, row, keyColumns)].append(row);
    QSet<QString> expectedKeys;
    QSet<QString> covered;
    for (const QStringList &row : expected.rows) {
        const QString key = keyOf(expected.header, row, keyColumns);
        expectedKeys.insert(key);
        covered.insert(keyOf(expected.header, row, coverageColumns));
        const QList<QStringList> matches = actualRows.value(key);
        if (matches.size() != 1) {
            problems.append(
                QStringLiteral("%1: expected one row, found %2").arg(key).arg(matches.size()));
            continue;
        }
        const QStringList &match = matches.constFirst();
        const qsizetype suppressedColumn = actual.header.indexOf(QStringLiteral("suppressed"));
        const QString suppressed = match.value(suppressedColumn);
        for (qsizetype c = 0; c < expected.header.size(); ++c) {
            const QString &column = expected.header.at(c);
            QString expectedCell = c < row.size() ? row.at(c) : QString();
            QString actualCell = match.value(actual.header.indexOf(column));
            // The expected files (from R) write a withheld figure as "fewer than 3" in value;
            // the report writes an empty value and the reason in its own suppressed column.
            // Either way of saying "withheld" counts as the same; a number never matches it.
            if (column == QLatin1String("value") && suppressedColumn >= 0) {
                if (expectedCell.startsWith(QLatin1String("fewer than")) ||
                    expectedCell == QLatin1String("withheld"))
                    expectedCell = QStringLiteral("(withheld)");
                if (actualCell.isEmpty() && !suppressed.isEmpty())
                    actualCell = QStringLiteral("(withheld)");
            }
            const QString difference = cellDifference(expectedCell, actualCell);
            if (!difference.isEmpty())
                problems.append(QStringLiteral("%1 %2: %3").arg(key, column, difference));
        }
    }
    for (const QStringList &row : actual.rows) {
        const QString key = keyOf(actual.header, row, keyColumns);
        if (covered.contains(keyOf(actual.header, row, coverageColumns)) &&
            !expectedKeys.contains(key))
            problems.append(QStringLiteral("%1: not expected").arg(key));
    }
    return problems;
}

void tst_HeldBackVerification::addDrafts() {
    // `import codings` stores only final codings, so the drafts in the data set are stored here
    // as a coder's unfinished work would be: status draft, no finalised time.
    const Table drafts = readCsv(dataPath(QStringLiteral("heldback-drafts.csv")));
    QVERIFY(!drafts.rows.isEmpty());
    Database database;
    database.open(m_database);
    RecordingRepository recordings(database);
    UserRepository users(database);
    CodingRepository codings(database);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    ScopedTransaction transaction(database.connection());
    for (const QStringList &row : drafts.rows) {
        auto value = [&](const QString &column) {
            return row.value(drafts.header.indexOf(column));
        };
        const auto recording = recordings.findByCode(value(QStringLiteral("recording_code")));
        QVERIFY2(recording, qPrintable(value(QStringLiteral("recording_code"))));
        Coding coding;
        coding.recordingId = recording->id;
        coding.coderId = users.findOrCreate(value(QStringLiteral("coder")));
        coding.schemeId = scheme.id;
        coding.schemeVersion = scheme.version;
        coding.role = value(QStringLiteral("coding_role"));
        coding.status = QStringLiteral("draft");
        coding.createdAt =
            QDateTime(QDate::fromString(value(QStringLiteral("coded_on")), Qt::ISODate),
                      QTime(9, 0), QTimeZone::utc());
        coding.updatedAt = coding.createdAt;
        coding.comment = value(QStringLiteral("comment"));
        for (const QString &skill : scheme.skillKeys())
            coding.scores.append({skill, value(skill).toInt(), QString(), QString()});
        codings.insertComplete(coding);
    }
    transaction.commit();
}

void tst_HeldBackVerification::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("heldback.sqlite"));
    QVERIFY(runPracticeCoder({QStringLiteral("import"), QStringLiteral("staff"),
                              dataPath(QStringLiteral("heldback-staff.csv"))}));
    QVERIFY(runPracticeCoder({QStringLiteral("import"), QStringLiteral("codings"),
                              dataPath(QStringLiteral("heldback-codings.csv"))}));
    addDrafts();
}

void tst_HeldBackVerification::draftsAreStoredAsDrafts() {
    // The drafts only prove something if they sit beside final codings of the same recordings.
    Database database;
    database.open(m_database);
    RecordingRepository recordings(database);
    CodingRepository codings(database);
    const Table drafts = readCsv(dataPath(QStringLiteral("heldback-drafts.csv")));
    const qsizetype codeColumn = drafts.header.indexOf(QStringLiteral("recording_code"));
    const qsizetype roleColumn = drafts.header.indexOf(QStringLiteral("coding_role"));
    for (const QStringList &row : drafts.rows) {
        const auto recording = recordings.findByCode(row.at(codeColumn));
        QVERIFY(recording);
        int finals = 0;
        bool draftFound = false;
        for (const Coding &coding : codings.codingsOf(recording->id)) {
            finals += coding.isFinal() ? 1 : 0;
            draftFound |= coding.role == row.at(roleColumn) && !coding.isFinal();
        }
        QVERIFY2(draftFound, qPrintable(row.at(codeColumn)));
        QVERIFY2(finals >= 1, qPrintable(row.at(codeColumn)));
    }
}

void tst_HeldBackVerification::reliabilityMatchesR() {
    const QString out = m_dir.filePath(QStringLiteral("reliability.csv"));
    QVERIFY(runPracticeCoder({QStringLiteral("reliability"), QStringLiteral("--out"), out}));
    const Table expected = readCsv(dataPath(QStringLiteral("expected-reliability.csv")));
    const Table actual = readCsv(out);
    // Seven skills and the overall row.
    QCOMPARE(expected.rows.size(), 8);
    // The figures' columns, then why a row is withheld and why a statistic is empty, then the
    // ICCs' 95% intervals (added later, so after the columns scripts already read).
    const qsizetype intervals = expected.header.indexOf(QStringLiteral("icc_a1_lower"));
    QVERIFY(intervals > 0);
    const QStringList header = expected.header.mid(0, intervals) +
                               QStringList{QStringLiteral("suppressed"), QStringLiteral("note")} +
                               expected.header.mid(intervals);
    QCOMPARE(actual.header, header);
    const QStringList problems =
        differences(expected, actual, {QStringLiteral("skill")}, {QStringLiteral("skill")});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(actual.rows.size(), expected.rows.size());
}

void tst_HeldBackVerification::compareReport(const QString &scope, const QString &fileName) {
    const QString out = m_dir.filePath(fileName);
    QVERIFY(runPracticeCoder({QStringLiteral("report"), QStringLiteral("--scope"), scope,
                              QStringLiteral("--quarter"), QStringLiteral("2025-Q3"),
                              QStringLiteral("--out"), out}));
    const Table all = readCsv(dataPath(QStringLiteral("expected-report.csv")));
    const qsizetype scopeColumn = all.header.indexOf(QStringLiteral("scope"));
    Table expected{all.header, {}};
    for (const QStringList &row : all.rows) {
        if (row.value(scopeColumn) == scope)
            expected.rows.append(row);
    }
    // Headline, skills, the distribution, eight quarters of trend and the reliability section.
    QVERIFY2(expected.rows.size() > 100, qPrintable(scope));
    // Figures R computes but the report now withholds on purpose (issue 12): the service's
    // 2025-Q3 still has a draft consensus coding (HB-020, South CP), so the quarter is
    // incomplete and its change on the previous quarter is not shown as if it were final.
    // The R figure itself is kept in expected-report.csv; only this comparison changes.
    const QStringList withheldKeys = {
        QStringLiteral("service|2025-Q3|headline|change_on_previous|2025-Q2")};
    const QStringList keyColumns = {QStringLiteral("scope"), QStringLiteral("period"),
                                    QStringLiteral("section"), QStringLiteral("figure"),
                                    QStringLiteral("key")};
    for (QStringList &row : expected.rows) {
        if (!withheldKeys.contains(keyOf(expected.header, row, keyColumns)))
            continue;
        for (const QString &column :
             {QStringLiteral("n"), QStringLiteral("ci_lower"), QStringLiteral("ci_upper")})
            row[expected.header.indexOf(column)] = QString();
        row[expected.header.indexOf(QStringLiteral("value"))] = QStringLiteral("withheld");
    }
    const Table actual = readCsv(out);
    const QStringList problems =
        differences(expected, actual,
                    {QStringLiteral("scope"), QStringLiteral("period"), QStringLiteral("section"),
                     QStringLiteral("figure"), QStringLiteral("key")},
                    {QStringLiteral("section"), QStringLiteral("figure")});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_HeldBackVerification::serviceReportMatchesR() {
    compareReport(QStringLiteral("service"), QStringLiteral("service.csv"));
}

void tst_HeldBackVerification::teamReportMatchesR() {
    compareReport(QStringLiteral("team:North CIN"), QStringLiteral("team.csv"));
}

void tst_HeldBackVerification::comparisonCatchesEveryKindOfDifference() {
    // The comparison itself must not be able to pass a wrong figure.
    const Table expected = readCsv(dataPath(QStringLiteral("expected-report.csv")));
    const QStringList keys = {QStringLiteral("scope"), QStringLiteral("period"),
                              QStringLiteral("section"), QStringLiteral("figure"),
                              QStringLiteral("key")};
    const QStringList coverage = {QStringLiteral("section"), QStringLiteral("figure")};
    QVERIFY(differences(expected, expected, keys, coverage).isEmpty());

    const qsizetype value = expected.header.indexOf(QStringLiteral("value"));
    const qsizetype lower = expected.header.indexOf(QStringLiteral("ci_lower"));
    qsizetype numeric = -1;
    qsizetype suppressedRow = -1;
    for (qsizetype i = 0; i < expected.rows.size(); ++i) {
        if (numeric < 0 && !expected.rows.at(i).at(lower).isEmpty())
            numeric = i;
        if (suppressedRow < 0 && expected.rows.at(i).at(value).startsWith(QLatin1String("fewer")))
            suppressedRow = i;
    }
    QVERIFY(numeric >= 0 && suppressedRow >= 0);

    auto changed = [&](qsizetype row, qsizetype column, const QString &text) {
        Table copy = expected;
        copy.rows[row][column] = text;
        return differences(expected, copy, keys, coverage).size();
    };
    const double figure = expected.rows.at(numeric).at(value).toDouble();
    QCOMPARE(changed(numeric, value, QString::number(figure + 0.0004, 'f', 6)), 0);
    QCOMPARE(changed(numeric, value, QString::number(figure + 0.0006, 'f', 6)), 1);
    QCOMPARE(changed(numeric, lower, QString()), 1);
    QCOMPARE(changed(suppressedRow, value, QStringLiteral("2.000000")), 1);

    Table missing = expected;
    missing.rows.removeAt(numeric);
    QCOMPARE(differences(expected, missing, keys, coverage).size(), 1);
    Table extra = expected;
    QStringList surplus = expected.rows.at(numeric);
    surplus[expected.header.indexOf(QStringLiteral("key"))] = QStringLiteral("no_such_skill");
    extra.rows.append(surplus);
    QCOMPARE(differences(expected, extra, keys, coverage).size(), 1);
}

QTEST_GUILESS_MAIN(tst_HeldBackVerification)
#include "tst_HeldBackVerification.moc"
