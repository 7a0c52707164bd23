// The application as the fault tests need it: the real main window, built exactly as
// app/GuiLauncher does, on the database named as the only argument, with coding edits
// typed on standard input. It is what tst_CliBesideApp and tst_TwoAppInstances start in a
// child process, run other programs beside, and kill -9.
//
// Once the window is up and the report worker has opened its second connection (the moment
// the lost-locks bug struck), it prints "ready". Then, one command a line:
//   score CODING SKILL LEVEL   saves a skill score through CodingSession, the model the coding
//                              page saves through, and prints "committed CODING SKILL LEVEL"
//                              only once the save has returned; "failed …" otherwise
//   quit                       closes the window and the database normally

#include "services/CodingSession.h"
#include "shell/MainWindow.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

QString score(Database &database, const QStringList &words) {
    bool codingOk = false;
    bool levelOk = false;
    const qint64 codingId = words.value(1).toLongLong(&codingOk);
    const int level = words.value(3).toInt(&levelOk);
    if (words.size() != 4 || !codingOk || !levelOk)
        return QStringLiteral("failed usage: score CODING SKILL LEVEL");
    std::optional<Coding> coding;
    try {
        coding = CodingRepository(database).find(codingId);
    } catch (const StorageError &error) {
        return QStringLiteral("failed %1").arg(error.message());
    }
    if (!coding)
        return QStringLiteral("failed no coding %1").arg(codingId);
    CodingSession session(database);
    QString error;
    if (!session.open(codingId, coding->coderId, &error))
        return QStringLiteral("failed %1").arg(error);
    SkillScore skill = session.skill(words.at(2));
    skill.skillKey = words.at(2);
    skill.score = level;
    skill.notCodableReason.clear();
    QString saveError;
    QObject::connect(&session, &CodingSession::saveFailed, &session,
                     [&saveError](const QString &message) { saveError = message; });
    if (!session.setSkill(skill))
        return QStringLiteral("failed %1").arg(saveError);
    return QStringLiteral("committed %1 %2 %3").arg(codingId).arg(words.at(2)).arg(level);
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoder"));
    QCoreApplication::setApplicationName(QStringLiteral("PracticeCoder"));
    if (argc != 2) {
        std::fputs("usage: pc_cli_beside_app_harness DATABASE\n", stderr);
        return 2;
    }
    Database database;
    try {
        database.open(QString::fromLocal8Bit(argv[1]), Database::Mode::ExistingOnly);
    } catch (const StorageError &error) {
        out() << "failed " << error.message() << Qt::endl;
        return 1;
    }
    MainWindow window(database);
    window.show();
    QCoreApplication::processEvents();
    // Pages are built when first shown; this one is needed now.
    window.page(MainWindow::Page::Reports);

    // Refresh is what the user's F5 does; the reports page rebuilds its report, and
    // ReportBuilder reads the earlier quarters on a second connection on a worker thread.
    auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    auto *print = window.findChild<QPushButton *>(QStringLiteral("printButton"));
    if (!refresh || !print) {
        out() << "failed the main window has no refresh action or reports page" << Qt::endl;
        return 1;
    }
    refresh->trigger();
    // The print button is enabled only when ReportBuilder::build() finished, and build() opens
    // the second connection before anything else can fail. The report is worked out off the
    // GUI thread, so it is waited for (a minute at most).
    QElapsedTimer waited;
    waited.start();
    while (!print->isEnabled() && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!print->isEnabled()) {
        out() << "failed the report was not built, so no second connection was opened" << Qt::endl;
        return 1;
    }
    out() << "ready" << Qt::endl;

    // Raw reads, split here: a buffered reader would hold back lines that arrived together,
    // and the notifier would not fire again for them.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, got);
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.value(0) == QLatin1String("quit")) {
                input.setEnabled(false);
                QCoreApplication::quit();
                return;
            }
            if (words.value(0) == QLatin1String("score"))
                out() << score(database, words) << Qt::endl;
            else
                out() << "failed unknown command " << line << Qt::endl;
        }
    });
    const int status = QApplication::exec();
    out() << "closed" << Qt::endl;
    return status;
}
