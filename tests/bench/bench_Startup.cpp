// How GUI start-up and the pages grow with years of history. Makes the service and decade demos
// with the real binary and a 10x copy of the decade demo (BenchDatabases::multiply), then:
// - times GUI start to the first painted main window on each, in a child process (this program
//   again, in --first-paint mode), as ratios against the service demo in the same run;
// - starts the GUI on the 10x database with a timer watching the event loop, visits every page
//   (waiting for each to finish loading) and prints the longest time the GUI thread did not
//   answer. Figures, never assertions. Run with `make bench`.

#include "BenchDatabases.h"

#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

long peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Reports the first paint of the window and leaves at once: tearing down is not start-up.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(const QElapsedTimer &since)
        : m_since(since) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            std::printf("painted %lld ms %ld MB\n", static_cast<long long>(m_since.elapsed()),
                        peakMegabytes());
            std::fflush(stdout);
            std::_Exit(0);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_since;
};

// Records the longest gap between ticks of a 5 ms timer: how long the GUI thread left the event
// loop unanswered.
class StallWatch : public QObject {
public:
    StallWatch() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start() {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    // Starts a new measurement without losing the time since the last tick.
    double takeLongestMs() {
        const double longest = m_longestNs / 1e6;
        m_longestNs = 0;
        return longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

// Spins the event loop until no widget in window says it is loading (the "loading" property
// that pages set while a worker reads for them), then a little longer for what follows.
void waitUntilLoaded(QWidget &window, int boundMs = 120000) {
    QElapsedTimer waited;
    waited.start();
    auto busy = [&window] {
        const auto widgets = window.findChildren<QWidget *>();
        return std::any_of(widgets.cbegin(), widgets.cend(), [](const QWidget *widget) {
            return widget->property("loading").toBool();
        });
    };
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    } while ((busy() || waited.elapsed() < 300) && waited.elapsed() < boundMs);
}

int firstPaint(const QString &path) {
    QElapsedTimer since;
    since.start();
    Database database;
    database.open(path, Database::Mode::ExistingOnly);
    MainWindow window(database);
    FirstPaint watcher(since);
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}

int visitPages(const QString &path) {
    QTextStream out(stdout);
    StallWatch watch;
    watch.start();
    Database database;
    std::unique_ptr<MainWindow> window;
    // Built from inside the event loop, so the watch sees the whole construction as one gap.
    QTimer::singleShot(0, [&] {
        database.open(path, Database::Mode::ExistingOnly);
        window = std::make_unique<MainWindow>(database);
        window->show();
    });
    QElapsedTimer settle;
    settle.start();
    while (!window || settle.elapsed() < 50)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    waitUntilLoaded(*window);
    double longest = watch.takeLongestMs();
    out << QStringLiteral("  start and first page: longest stall %1 ms\n").arg(longest, 0, 'f', 1);
    const char *names[] = {"Recordings", "Coding", "Family measures", "Reports", "People"};
    for (int i = 0; i < 5; ++i) {
        window->showPage(static_cast<MainWindow::Page>(i));
        waitUntilLoaded(*window);
        const double stall = watch.takeLongestMs();
        longest = std::max(longest, stall);
        out << QStringLiteral("  %1 page: longest stall %2 ms\n")
                   .arg(QLatin1String(names[i]))
                   .arg(stall, 0, 'f', 1);
    }
    window->showPage(MainWindow::Page::Recordings);
    waitUntilLoaded(*window);
    longest = std::max(longest, watch.takeLongestMs());
    out << QStringLiteral(
               "longest GUI-thread stall, every page, 10x decade: %1 ms (target <= 100)\n")
               .arg(longest, 0, 'f', 1);
    out.flush();
    std::_Exit(0);
}

// Runs this program in mode on path and returns the milliseconds from starting it to the line
// it prints at its first paint, and the peak memory it gave; -1 on failure.
std::pair<double, long> childFirstPaint(const QString &home, const QString &path) {
    QProcess child;
    child.setProcessEnvironment(PracticeCoderProcess::isolated(home));
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--first-paint"), path});
    QByteArray output;
    while (!output.contains('\n') && child.waitForReadyRead(600000))
        output += child.readAllStandardOutput();
    const double ms = timer.nsecsElapsed() / 1e6;
    child.waitForFinished(30000);
    if (!output.startsWith("painted"))
        return {-1, 0};
    const QList<QByteArray> words = output.trimmed().split(' ');
    return {ms, words.size() >= 4 ? words.at(3).toLong() : 0};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    try {
        if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--first-paint"))
            return firstPaint(arguments.at(2));
        if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--visit-pages"))
            return visitPages(arguments.at(2));
    } catch (const StorageError &error) {
        QTextStream(stderr) << "bench_Startup: " << error.message() << Qt::endl;
        return 1;
    }

    QTextStream out(stdout);
    QTemporaryDir dir;
    QString service;
    QString decade;
    const QString tenfold = dir.filePath(QStringLiteral("decade-x10.sqlite"));
    try {
        service = BenchDatabases::makeDemo(dir.path(), QStringLiteral("service.sqlite"),
                                           QStringLiteral("service"));
        decade = BenchDatabases::makeDemo(dir.path(), QStringLiteral("decade.sqlite"),
                                          QStringLiteral("decade"));
        BenchDatabases::multiply(decade, tenfold, 10);
    } catch (const std::exception &error) {
        out << "bench_Startup: " << error.what() << Qt::endl;
        return 1;
    }
    out << "codings: service " << BenchDatabases::codingCount(service) << ", decade "
        << BenchDatabases::codingCount(decade) << ", 10x decade "
        << BenchDatabases::codingCount(tenfold) << Qt::endl;

    // Alternating runs, so a slow spell on the shared machine falls on all three alike.
    const QString home = dir.filePath(QStringLiteral("home"));
    std::vector<double> times[3];
    long memory[3] = {0, 0, 0};
    const QString paths[3] = {service, decade, tenfold};
    childFirstPaint(home, service); // warms the file cache and the settings
    for (int run = 0; run < 3; ++run) {
        for (int i = 0; i < 3; ++i) {
            const auto [ms, megabytes] = childFirstPaint(home, paths[i]);
            times[i].push_back(ms);
            memory[i] = std::max(memory[i], megabytes);
        }
    }
    const double reference = median(times[0]);
    const char *names[3] = {"service demo (reference)", "decade demo", "10x decade demo"};
    out << "GUI start to the first painted window (median of 3):\n";
    for (int i = 0; i < 3; ++i)
        out << QStringLiteral("  %1 %2 ms  %3 x reference  peak %4 MB\n")
                   .arg(QLatin1String(names[i]), -26)
                   .arg(median(times[i]), 8, 'f', 1)
                   .arg(median(times[i]) / reference, 5, 'f', 2)
                   .arg(memory[i]);
    out << QStringLiteral("  targets: decade <= 1.2 x, 10x decade <= 1.5 x\n");
    out.flush();

    out << "Every page visited on the 10x decade demo, watching the event loop:\n";
    out.flush();
    QProcess visit;
    visit.setProcessEnvironment(PracticeCoderProcess::isolated(home));
    visit.setProcessChannelMode(QProcess::ForwardedChannels);
    visit.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--visit-pages"), tenfold});
    visit.waitForFinished(1800000);
    return 0;
}
