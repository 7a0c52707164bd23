// Export and import benchmarks (run by `make bench`, never by ctest). Each figure is printed
// beside a reference measured in the same run; nothing here asserts.
//
//   1. `practicecoder export codings` on the decade and the 10× decade database: peak resident
//      memory of the command, against the sqlite3 tool streaming the same rows (coding, people,
//      family and the seven scores) to a file.
//   2. `practicecoder import measures` of 100,000 and 1,000,000 rows into a new database: peak
//      resident memory, against the size of the file.
//
// Peak memory is each child's maximum resident set, as /usr/bin/time reports it.

#include "BenchDatabases.h"
#include "PeakMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

struct Run {
    bool ok = false;
    qint64 peakKb = -1;
    qint64 ms = -1;
};

// Runs program to its end, its standard output to outputFile (or discarded).
Run measured(const QString &program, const QStringList &arguments, const QString &outputFile) {
    QElapsedTimer timer;
    timer.start();
    const PeakMemory::Run child = PeakMemory::run(program, arguments, outputFile);
    Run run;
    run.ms = timer.elapsed();
    run.peakKb = child.peakKb;
    run.ok = child.started && child.exitCode == 0;
    if (!run.ok)
        out() << "failed: " << program << ' ' << arguments.join(QLatin1Char(' ')) << Qt::endl;
    return run;
}

// A before/after comparison can point the benchmark at another build of the binary.
QString practicecoder() {
    return qEnvironmentVariable("PC_BENCH_PRACTICECODER", QStringLiteral(PC_PRACTICECODER));
}

QString mb(qint64 kb) {
    return QString::number(double(kb) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

// The rows `export codings` writes, as the sqlite3 tool streams them.
QString exportSql() {
    QString scores;
    for (const char *skill : {"evocation", "empathy", "collaboration", "autonomy", "purposefulness",
                              "clarity_about_concerns", "child_focus"}) {
        scores += QStringLiteral(", (SELECT s.score FROM skill_scores s WHERE s.coding_id = c.id "
                                 "AND s.skill_key = '%1')")
                      .arg(QLatin1String(skill));
    }
    return QStringLiteral(
               "SELECT c.id, r.code, p.code, f.case_code, r.recorded_on, r.session_type, "
               "u.username, c.role, c.status, c.finalised_at, c.updated_at, c.comment, "
               "c.scheme_id, c.scheme_version") +
           scores +
           QStringLiteral(" FROM recordings r CROSS JOIN codings c "
                          "JOIN practitioners p ON p.id = r.practitioner_id "
                          "JOIN families f ON f.id = r.family_id "
                          "JOIN users u ON u.id = c.coder_id WHERE c.recording_id = r.id "
                          "ORDER BY r.code, CASE c.role WHEN 'primary' THEN 0 WHEN 'second' "
                          "THEN 1 ELSE 2 END, c.id;");
}

void compareExport(const QString &label, const QString &database, const QString &dir) {
    const QString csv = dir + QStringLiteral("/codings.csv");
    const Run app = measured(practicecoder(),
                             {QStringLiteral("export"), QStringLiteral("codings"),
                              QStringLiteral("--database"), database, QStringLiteral("--out"), csv},
                             {});
    const qint64 lines = [&csv] {
        QFile file(csv);
        qint64 count = 0;
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                file.readLine();
                ++count;
            }
        }
        return count;
    }();
    QFile::remove(csv);
    const Run tool = measured(QStringLiteral("/usr/bin/sqlite3"), {database, exportSql()},
                              dir + QStringLiteral("/sqlite.txt"));
    QFile::remove(dir + QStringLiteral("/sqlite.txt"));
    if (!app.ok || !tool.ok)
        return;
    out() << "export codings, " << label << " (" << lines - 1 << " codings): peak "
          << mb(app.peakKb) << " in " << app.ms
          << " ms; sqlite3 streaming the same rows: " << mb(tool.peakKb) << " in " << tool.ms
          << " ms; memory ratio "
          << QString::number(double(app.peakKb) / double(tool.peakKb), 'f', 2)
          << " (target <= 120 MB)" << Qt::endl;
}

bool writeMeasures(const QString &path, int rows) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "family_code,respondent,instrument,timepoint,administered_on,mode";
    for (int item = 1; item <= 15; ++item)
        text += ",item_" + QByteArray::number(item);
    text += '\n';
    const char *respondents[] = {"mother", "father", "carer", "young_person", "other"};
    for (int row = 0; row < rows; ++row) {
        const int family = row / 10;
        text += "F" + QByteArray::number(100000 + family) + ',' + respondents[row % 5] +
                ",score-15," + (row % 10 < 5 ? "T1" : "T2") + ",2024-0" +
                QByteArray::number(1 + row % 9) + "-1" + QByteArray::number(row % 10) + ",paper";
        for (int item = 1; item <= 15; ++item)
            text += ',' + QByteArray::number(1 + (row * 7 + item * 3) % 5);
        text += '\n';
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return file.error() == QFileDevice::NoError;
}

void measureImport(int rows, const QString &dir) {
    const QString csv = dir + QStringLiteral("/measures-%1.csv").arg(rows);
    const QString database = dir + QStringLiteral("/measures-%1.sqlite").arg(rows);
    if (!writeMeasures(csv, rows))
        return;
    const qint64 fileKb = QFileInfo(csv).size() / 1024;
    const Run app = measured(practicecoder(),
                             {QStringLiteral("import"), QStringLiteral("measures"), csv,
                              QStringLiteral("--database"), database},
                             {});
    QFile::remove(csv);
    QFile::remove(database);
    if (!app.ok)
        return;
    out() << "import measures, " << rows << " rows (" << mb(fileKb) << " file): peak "
          << mb(app.peakKb) << " in " << app.ms << " ms; peak / file size "
          << QString::number(double(app.peakKb) / double(fileKb), 'f', 2) << " (target <= 300 MB)"
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // The commands run with a home of their own, so nothing of the user's is read or changed.
    qputenv("HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("home/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("home/.local/share")).toLocal8Bit());
    const QString decade = dir.filePath(QStringLiteral("decade.sqlite"));
    const QString tenfold = dir.filePath(QStringLiteral("tenfold.sqlite"));
    const QStringList only = app.arguments().mid(1);
    const bool all = only.isEmpty();

    if (all || only.contains(QStringLiteral("export"))) {
        out() << "Generating the decade demo and a 10x copy..." << Qt::endl;
        QProcess demo;
        demo.start(practicecoder(), {QStringLiteral("demo"), QStringLiteral("--database"), decade,
                                     QStringLiteral("--size"), QStringLiteral("decade"),
                                     QStringLiteral("--end-date"), QStringLiteral("2025-12-31")});
        if (!demo.waitForFinished(1800000) || demo.exitCode() != 0) {
            out() << "the decade demo failed: " << demo.readAllStandardError() << Qt::endl;
            return 1;
        }
        try {
            BenchDatabases::multiply(decade, tenfold, 10);
        } catch (const std::exception &error) {
            out() << "the 10x copy failed: " << error.what() << Qt::endl;
            return 1;
        }
        compareExport(QStringLiteral("decade"), decade, dir.path());
        compareExport(QStringLiteral("10x decade"), tenfold, dir.path());
    }
    if (all || only.contains(QStringLiteral("import"))) {
        measureImport(100000, dir.path());
        measureImport(1000000, dir.path());
    }
    return 0;
}
