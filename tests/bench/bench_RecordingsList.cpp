// Times the recordings list on the decade demo (about 36,000 codings) and on a 10x copy of it
// (BenchDatabases::multiply): the list query with its names and coding summary, the model and
// proxy (sort by date, filter by team and text), and building the whole Recordings view. Each
// figure is printed with a ratio against a reference measured in the same run on the same
// database: reading the same recordings' rows bare (every recordings column the list shows, no
// joins, no summary). The growth columns say how each grows with 10x the data (10 is linear).
// Run with `make bench`.

#include "BenchDatabases.h"

#include "itemmodels/RecordingsFilterModel.h"
#include "itemmodels/RecordingsModel.h"
#include "recordings/RecordingsView.h"
#include "services/RecordingLibrary.h"
#include "storage/Database.h"
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

struct Figures {
    int rows = 0;
    double reference = 0;
    double list = 0;
    double sortAndFilter = 0;
    double view = 0;
};

Figures measure(const QString &path) {
    Figures figures;
    Database database;
    database.open(path, Database::Mode::ExistingOnly);
    figures.reference = bestSeconds(5, [&] {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT id, code, recorded_on, practitioner_id, team_id, family_id, "
                "session_type, selection_reason, practitioner_consent, practitioner_consent_on, "
                "family_consent, family_consent_on, audio_path, duration_ms FROM recordings")))
            throw StorageError::fromQuery(query, QStringLiteral("reference"));
        figures.rows = 0;
        while (query.next()) {
            for (int i = 0; i < 14; ++i)
                query.value(i);
            ++figures.rows;
        }
    });

    QList<RecordingListRow> rows;
    figures.list = bestSeconds(5, [&] { rows = RecordingLibrary(database).rows(); });

    RecordingsModel model;
    RecordingsFilterModel filter;
    filter.setSourceModel(&model);
    figures.sortAndFilter = bestSeconds(3, [&] {
        filter.clearFilters();
        model.setRows(rows);
        filter.sort(RecordingsModel::RecordedOnColumn, Qt::DescendingOrder);
        filter.setTeamId(rows.constFirst().teamId);
        filter.setSearchText(QStringLiteral("2025"));
    });

    figures.view = bestSeconds(3, [&] {
        RecordingsView recordings(database);
        // The view may read on a worker: wait for its rows, as a user would.
        QElapsedTimer waited;
        waited.start();
        while (recordings.model()->rowCount() == 0 && waited.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    });
    return figures;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    try {
        QTemporaryDir dir;
        const QString decade = BenchDatabases::makeDemo(
            dir.path(), QStringLiteral("decade.sqlite"), QStringLiteral("decade"));
        const QString tenfold = dir.filePath(QStringLiteral("decade-x10.sqlite"));
        BenchDatabases::multiply(decade, tenfold, 10);
        out << "codings: decade " << BenchDatabases::codingCount(decade) << ", 10x decade "
            << BenchDatabases::codingCount(tenfold) << "\n";

        const Figures one = measure(decade);
        const Figures ten = measure(tenfold);
        out << "recordings: decade " << one.rows << ", 10x decade " << ten.rows << "\n";
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("(ms; x the bare read of the same rows)"), -40)
                   .arg(QStringLiteral("decade"), 9)
                   .arg(QStringLiteral("x ref"), 6)
                   .arg(QStringLiteral("10x"), 9)
                   .arg(QStringLiteral("x ref"), 6)
                   .arg(QStringLiteral("growth"), 7);
        auto line = [&](const char *what, double a, double b) {
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QLatin1String(what), -40)
                       .arg(a * 1000, 9, 'f', 1)
                       .arg(a / one.reference, 6, 'f', 1)
                       .arg(b * 1000, 9, 'f', 1)
                       .arg(b / ten.reference, 6, 'f', 1)
                       .arg(b / a, 7, 'f', 1);
        };
        line("reference: bare read of recordings", one.reference, ten.reference);
        line("RecordingLibrary::rows() (target <= 3x)", one.list, ten.list);
        line("model + sort + team/text filter", one.sortAndFilter, ten.sortAndFilter);
        line("RecordingsView built and loaded", one.view, ten.view);
    } catch (const StorageError &error) {
        QTextStream(stderr) << "bench_RecordingsList: " << error.message() << "\n";
        return 1;
    } catch (const std::exception &error) {
        QTextStream(stderr) << "bench_RecordingsList: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
