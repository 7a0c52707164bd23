// Practice Report benchmarks on a `decade` demo database (about 600 practitioners and 36,000
// codings), generated into a temporary folder. Prints each figure beside its target and, for
// the report, the ratio to the sqlite3 command-line tool running the core per-skill aggregate
// for the same quarter in the same run, on the database as the application keeps it and, for
// information, on an analysed copy. Figures, never assertions.

#include "demo/DemoGenerator.h"
#include "domain/CodingSchemeLoader.h"
#include "reports/ReliabilityTable.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPdfWriter.h"
#include "storage/Database.h"
#include "storage/ReliabilityQuery.h"
#include "storage/ReportQueries.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The median of several runs, after one warm-up, in milliseconds.
double medianMs(const std::function<void()> &work, int runs = 5) {
    work();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(std::move(times));
}

struct Comparison {
    double reportMs = -1.0;
    double toolMs = -1.0;
    double ratio = -1.0;
};

// The report and the tool timed in alternating blocks, so a slow spell on a shared machine falls
// on both; the ratio is the median of the blocks' ratios. (Not run by run: starting the tool
// forks this process, and the copy-on-write faults that follow would be charged to the report.)
Comparison compare(const std::function<void()> &report, const std::function<void()> &tool,
                   int blocks = 3, int runs = 5) {
    std::vector<double> reports;
    std::vector<double> tools;
    std::vector<double> ratios;
    for (int b = 0; b < blocks; ++b) {
        reports.push_back(medianMs(report, runs));
        tools.push_back(medianMs(tool, runs));
        ratios.push_back(reports.back() / tools.back());
    }
    return {median(reports), median(tools), median(ratios)};
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("decade.sqlite"));
    Database database;
    database.open(path);
    DemoGenerator::Options options;
    options.size = DemoGenerator::Size::Decade;
    options.endDate = QDate(2025, 12, 31);
    options.audioFolder = dir.filePath(QStringLiteral("audio"));
    QElapsedTimer generation;
    generation.start();
    const DemoGenerator::Summary summary = DemoGenerator::generate(database, options);
    out << "decade demo: " << summary.practitioners << " practitioners, " << summary.codings
        << " codings, " << summary.doubleCodedRecordings << " double-coded recordings ("
        << generation.elapsed() << " ms to generate)\n";

    const ReportPeriod quarter = ReportPeriod::ofQuarter(2025, 3);
    QString error;
    const auto spec =
        ReportSpec::resolve(ReportQueries(database), {QStringLiteral("service")}, quarter, &error);
    if (!spec) {
        out << "cannot resolve the scope: " << error << Qt::endl;
        return 1;
    }
    ReportBuilder::Options reportOptions;
    reportOptions.today = QDate(2026, 1, 15);
    const ReportBuilder builder(database, reportOptions);
    int codings = 0;
    const double reportMs = medianMs([&] { codings = builder.build(*spec).codings; });

    const ReportData data = builder.build(*spec);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const double pdfMs = medianMs(
        [&] {
            const ReportData fresh = builder.build(*spec);
            ReportPdfWriter::write(fresh, pdf, &error);
        },
        3);

    const QStringList skills = CodingSchemeLoader::builtIn().skillKeys();
    int pairs = 0;
    const double reliabilityMs = medianMs([&] {
        const auto recordings = ReliabilityQuery(database).pairs();
        pairs = int(recordings.size());
        ReliabilityTable::compute(recordings, skills);
    });

    // The same core aggregate the report's skills section rests on, in the sqlite3 tool.
    const QString sql =
        QStringLiteral("SELECT s.skill_key, COUNT(*), AVG(s.score) FROM codings c JOIN recordings "
                       "r ON r.id = c.recording_id JOIN skill_scores s ON s.coding_id = c.id AND "
                       "s.score IS NOT NULL WHERE r.recorded_on >= '%1' AND r.recorded_on <= "
                       "'%2' AND c.status = 'final' AND (c.role = 'consensus' OR (c.role = "
                       "'primary' AND NOT EXISTS (SELECT 1 FROM codings k WHERE k.recording_id "
                       "= c.recording_id AND k.role = 'consensus' AND k.status = 'final'))) "
                       "GROUP BY s.skill_key;")
            .arg(quarter.from().toString(Qt::ISODate), quarter.to().toString(Qt::ISODate));
    auto sqliteTool = [&](const QString &file) {
        return [&sql, file] {
            QProcess process;
            process.start(QStringLiteral("sqlite3"), {file, sql});
            process.waitForFinished(60000);
        };
    };
    const bool haveSqlite = !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
    Comparison raw;
    if (haveSqlite)
        raw = compare([&] { builder.build(*spec); }, sqliteTool(path));

    // The same comparison on a copy with ANALYZE statistics, which the application does not
    // gather: there SQLite plans the tool's query well, and the ratio shows how much more than
    // one quarter's aggregate the whole report reads (eight quarters of trend, family measures,
    // reliability).
    Comparison analysedRun;
    const QString analysed = dir.filePath(QStringLiteral("analysed.sqlite"));
    if (haveSqlite) {
        QProcess copy;
        copy.start(QStringLiteral("sqlite3"),
                   {path, QStringLiteral("VACUUM INTO '%1';").arg(analysed)});
        copy.waitForFinished(120000);
        QProcess analyse;
        analyse.start(QStringLiteral("sqlite3"), {analysed, QStringLiteral("ANALYZE;")});
        analyse.waitForFinished(120000);
        if (copy.exitCode() == 0 && analyse.exitCode() == 0) {
            Database analysedDatabase;
            analysedDatabase.open(analysed);
            const ReportBuilder analysedBuilder(analysedDatabase, reportOptions);
            analysedRun = compare([&] { analysedBuilder.build(*spec); }, sqliteTool(analysed));
        }
    }

    out << "service Practice Report (ReportData), " << quarter.key() << ", " << codings
        << " codings: " << QString::number(reportMs, 'f', 1) << " ms (target < 300 ms)\n";
    out << "the same report as PDF (" << data.codings
        << " codings): " << QString::number(pdfMs, 'f', 1) << " ms (target < 2000 ms)\n";
    out << "reliability table over all years (" << pairs
        << " pairs): " << QString::number(reliabilityMs, 'f', 1) << " ms (target < 500 ms)\n";
    if (raw.ratio > 0) {
        out << "in alternating blocks with the sqlite3 tool running the core per-skill aggregate "
               "for "
            << quarter.key() << ": report " << QString::number(raw.reportMs, 'f', 1)
            << " ms, sqlite3 tool " << QString::number(raw.toolMs, 'f', 1)
            << " ms; report / sqlite3 = " << QString::number(raw.ratio, 'f', 2)
            << " (target <= 3)\n";
    } else {
        out << "sqlite3 tool not found: no comparison\n";
    }
    if (analysedRun.ratio > 0) {
        out << "for information, the same on a copy with ANALYZE statistics: report "
            << QString::number(analysedRun.reportMs, 'f', 1) << " ms, sqlite3 tool "
            << QString::number(analysedRun.toolMs, 'f', 1)
            << " ms; report / sqlite3 = " << QString::number(analysedRun.ratio, 'f', 2) << "\n";
    }
    out.flush();
    return 0;
}
