// Times the recordings list on the decade demo (about 36,000 codings): the list query with its
// joins and coding summary, the model and proxy (sort by date, filter by team and text), and
// building the whole Recordings view. Each figure is printed with a ratio against a reference
// measured in the same run: reading the same recordings' id, code and date with no joins.
// Run with `make bench`.

#include "demo/DemoGenerator.h"
#include "itemmodels/RecordingsFilterModel.h"
#include "itemmodels/RecordingsModel.h"
#include "recordings/RecordingsView.h"
#include "services/RecordingLibrary.h"
#include "storage/Database.h"
#include "storage/RecordingListQuery.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

template <typename F> double bestSeconds(int runs, F work) {
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = qMin(best, timer.nsecsElapsed() / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    try {
        QTemporaryDir dir;
        Database database;
        database.open(dir.filePath(QStringLiteral("decade.sqlite")));
        DemoGenerator::Options options;
        options.size = DemoGenerator::Size::Decade;
        options.seed = 3;
        options.endDate = QDate(2026, 6, 30);
        const DemoGenerator::Summary summary = DemoGenerator::generate(database, options);
        out << "decade demo: " << summary.recordings << " recordings, " << summary.codings
            << " codings\n";

        int referenceRows = 0;
        const double reference = bestSeconds(5, [&] {
            QSqlQuery query(database.connection());
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT id, code, recorded_on FROM recordings")))
                throw StorageError::fromQuery(query, QStringLiteral("reference"));
            referenceRows = 0;
            while (query.next()) {
                query.value(0);
                query.value(1);
                query.value(2);
                ++referenceRows;
            }
        });

        QList<RecordingListRow> rows;
        const double list = bestSeconds(5, [&] { rows = RecordingLibrary(database).rows(); });

        RecordingsModel model;
        RecordingsFilterModel filter;
        filter.setSourceModel(&model);
        const double sortAndFilter = bestSeconds(3, [&] {
            filter.clearFilters();
            model.setRows(rows);
            filter.sort(RecordingsModel::RecordedOnColumn, Qt::DescendingOrder);
            filter.setTeamId(rows.constFirst().teamId);
            filter.setSearchText(QStringLiteral("2025"));
        });

        const double view = bestSeconds(3, [&] { RecordingsView recordings(database); });

        auto line = [&](const char *what, double seconds) {
            out << QStringLiteral("%1 %2 ms  (%3 x reference)\n")
                       .arg(QLatin1String(what), -34)
                       .arg(seconds * 1000, 8, 'f', 1)
                       .arg(seconds / reference, 6, 'f', 1);
        };
        out << "rows read: " << referenceRows << " (reference), " << rows.size() << " (list)\n";
        line("reference: id, code, date", reference);
        line("RecordingLibrary::rows()", list);
        line("model + sort + team/text filter", sortAndFilter);
        line("RecordingsView built and loaded", view);
        out << "filtered to " << filter.rowCount() << " rows\n";
    } catch (const StorageError &error) {
        QTextStream(stderr) << "bench_RecordingsList: " << error.message() << "\n";
        return 1;
    }
    return 0;
}
