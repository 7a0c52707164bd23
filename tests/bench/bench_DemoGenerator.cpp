// Times the demo generator and prints the figures with a ratio against a reference measured in
// the same run: Qt inserting the same number of bare rows, one prepared statement re-bound in
// one transaction. The ratio says how much the demo's planning and wider rows cost on top of
// the unavoidable insert work, whatever the machine. Run with `make bench`.

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

qint64 totalRows(const Database &database) {
    static const char *const tables[] = {"services",
                                         "teams",
                                         "practitioners",
                                         "team_memberships",
                                         "practitioner_training",
                                         "families",
                                         "users",
                                         "recordings",
                                         "codings",
                                         "skill_scores",
                                         "evidence_notes",
                                         "evidence_note_skills",
                                         "instrument_administrations",
                                         "instrument_item_responses"};
    qint64 rows = 0;
    for (const char *table : tables) {
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) &&
            query.next())
            rows += query.value(0).toLongLong();
    }
    return rows;
}

// The reference: the same number of rows of three columns into a plain table.
double bareInsertSeconds(const QString &path, qint64 rows) {
    Database database;
    database.open(path);
    QSqlQuery create(database.connection());
    if (!create.exec(QStringLiteral(
            "CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b TEXT)")))
        throw StorageError::fromQuery(create, QStringLiteral("bench table"));
    QElapsedTimer timer;
    timer.start();
    ScopedTransaction transaction(database.connection());
    QSqlQuery insert =
        database.prepare(QStringLiteral("INSERT INTO bench_rows (a, b) VALUES (?, ?)"));
    const QString text = QStringLiteral("evidence");
    for (qint64 i = 0; i < rows; ++i) {
        insert.bindValue(0, i);
        insert.bindValue(1, text);
        Database::exec(insert, QStringLiteral("bench insert"));
    }
    transaction.commit();
    return timer.nsecsElapsed() / 1e9;
}

struct Run {
    double seconds = 0;
    qint64 rows = 0;
    DemoGenerator::Summary summary;
};

Run generate(const QString &path, DemoGenerator::Size size) {
    Database database;
    database.open(path);
    DemoGenerator::Options options;
    options.size = size;
    options.endDate = QDate(2025, 6, 30);
    QElapsedTimer timer;
    timer.start();
    Run run;
    run.summary = DemoGenerator::generate(database, options);
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.rows = totalRows(database);
    return run;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    try {
        const Run service =
            generate(dir.filePath(QStringLiteral("service.sqlite")), DemoGenerator::Size::Service);
        const Run decade =
            generate(dir.filePath(QStringLiteral("decade.sqlite")), DemoGenerator::Size::Decade);
        const double reference =
            bareInsertSeconds(dir.filePath(QStringLiteral("bare.sqlite")), decade.rows);
        out << "bench_DemoGenerator\n";
        out << QStringLiteral("  service: %1 s, %2 rows, %3 codings\n")
                   .arg(service.seconds, 0, 'f', 2)
                   .arg(service.rows)
                   .arg(service.summary.codings);
        out << QStringLiteral("  decade:  %1 s, %2 rows, %3 practitioners, %4 codings\n")
                   .arg(decade.seconds, 0, 'f', 2)
                   .arg(decade.rows)
                   .arg(decade.summary.practitioners)
                   .arg(decade.summary.codings);
        out << QStringLiteral("  reference (same number of bare rows, one transaction): %1 s\n")
                   .arg(reference, 0, 'f', 2);
        out << QStringLiteral("  ratio decade / reference: %1 (target: decade under 60 s)\n")
                   .arg(decade.seconds / reference, 0, 'f', 2);
    } catch (const StorageError &error) {
        out << "bench_DemoGenerator failed: " << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}
