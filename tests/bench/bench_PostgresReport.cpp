// The service Practice Report (ReportData, as bench_Reports builds it) on the same decade demo in
// SQLite and in PostgreSQL, timed in alternating blocks in one run, and printed as the ratio
// PostgreSQL / SQLite (target <= 2). The demo is generated into SQLite and copied into a
// throw-away PostgreSQL cluster with copy-database's DatabaseCopier; the cluster is started by
// tests/support/postgres-test-cluster.sh and removed at the end, even when the bench fails. When
// a server is given (PC_TEST_POSTGRES_URL, or the ctest fixture's PC_TEST_POSTGRES_URL_FILE),
// the bench uses that one and starts none.
// Figures, never assertions.

#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"
#include "storage/DatabaseCopier.h"
#include "storage/ReportQueries.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
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

// The bench's own cluster, stopped and removed when this goes out of scope.
class Cluster {
public:
    explicit Cluster(const QString &state)
        : m_state(state) {
        m_started = script(QStringLiteral("start"));
    }
    ~Cluster() { script(QStringLiteral("stop")); }
    bool started() const { return m_started; }
    QString url() const {
        QFile file(m_state + QStringLiteral("/url"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }

private:
    bool script(const QString &action) const {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("sh"),
                      {QStringLiteral(PC_SOURCE_DIR "/tests/support/postgres-test-cluster.sh"),
                       action, m_state});
        return process.waitForFinished(180000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    QString m_state;
    bool m_started = false;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    std::unique_ptr<Cluster> cluster;
    if (PostgresTestServer::sharedServerUrl().isEmpty()) {
        cluster = std::make_unique<Cluster>(dir.filePath(QStringLiteral("cluster")));
        if (!cluster->started()) {
            out << "the throw-away PostgreSQL cluster did not start: no comparison" << Qt::endl;
            return 1;
        }
        qputenv("PC_TEST_POSTGRES_URL", cluster->url().toUtf8());
    }
    try {
        const QString path = dir.filePath(QStringLiteral("decade.sqlite"));
        Database sqlite;
        sqlite.open(path);
        DemoGenerator::Options options;
        options.size = DemoGenerator::Size::Decade;
        options.endDate = QDate(2025, 12, 31);
        options.audioFolder = dir.filePath(QStringLiteral("audio"));
        const DemoGenerator::Summary summary = DemoGenerator::generate(sqlite, options);
        out << "decade demo: " << summary.practitioners << " practitioners, " << summary.codings
            << " codings\n";

        const QString url = TestDatabase::freshPostgresUrl();
        QElapsedTimer copying;
        copying.start();
        const DatabaseCopier::Result copied =
            DatabaseCopier::copy(ConnectionSpec::sqliteFile(path), *ConnectionSpec::parse(url));
        out << "copied into PostgreSQL with copy-database: " << copied.totalRows() << " rows in "
            << copying.elapsed() << " ms\n"
            << Qt::flush;
        Database postgres;
        postgres.open(url, Database::Mode::ExistingOnly);

        ReportBuilder::Options reportOptions;
        reportOptions.today = QDate(2026, 1, 15);
        const ReportPeriod quarter = ReportPeriod::ofQuarter(2025, 3);
        const ReportPeriod year =
            *ReportPeriod::range(QDate(2025, 1, 1), QDate(2025, 12, 31), nullptr);
        for (const ReportPeriod &period : {quarter, year}) {
            QString error;
            const auto spec = ReportSpec::resolve(ReportQueries(sqlite),
                                                  {QStringLiteral("service")}, period, &error);
            if (!spec) {
                out << "cannot resolve the scope: " << error << Qt::endl;
                return 1;
            }
            const ReportBuilder onSqlite(sqlite, reportOptions);
            const ReportBuilder onPostgres(postgres, reportOptions);
            // Alternating blocks, so a slow spell on a shared machine falls on both engines.
            std::vector<double> sqliteMs;
            std::vector<double> postgresMs;
            std::vector<double> ratios;
            for (int block = 0; block < 3; ++block) {
                sqliteMs.push_back(medianMs([&] { onSqlite.build(*spec); }));
                postgresMs.push_back(medianMs([&] { onPostgres.build(*spec); }));
                ratios.push_back(postgresMs.back() / sqliteMs.back());
            }
            out << "service Practice Report (ReportData), " << period.key() << ", "
                << onSqlite.build(*spec).codings << " codings: SQLite "
                << QString::number(median(sqliteMs), 'f', 1) << " ms, PostgreSQL "
                << QString::number(median(postgresMs), 'f', 1)
                << " ms; PostgreSQL / SQLite = " << QString::number(median(ratios), 'f', 2)
                << " (target <= 2)\n"
                << Qt::flush;
        }
    } catch (const StorageError &error) {
        out << "the bench failed: " << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}
