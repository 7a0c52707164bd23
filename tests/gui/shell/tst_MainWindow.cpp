#include "FileSizeLimit.h"
#include "coding/CodingPage.h"
#include "coding/ScoringPanel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "itemmodels/PeopleModel.h"
#include "itemmodels/RecordingsModel.h"
#include "people/PeopleView.h"
#include "player/PlayerWidget.h"
#include "recordings/RecordingsView.h"
#include "reports/ReportsPage.h"
#include "services/CodingSession.h"
#include "settings/Settings.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryRecordingInTheDatabase();
    void filteringByTeamShowsThatTeamsRecordings();
    void searchingNarrowsTheTable();
    void ctrlNumberSwitchesPages();
    void navigationTakesItsLookFromTheTheme();
    void enterOnARecordingAsksToCodeIt();
    void peopleViewListsEveryPractitioner();
    void refusesAFileThatIsNotADatabase();
    void refusesADatabaseFromANewerVersion();
    void createsANewDatabaseAndOpensAnotherOne();
    void newDatabaseNeverTakesAnExistingFile();
    void aboutShowsVersionAndLicences();
    void choosingARecordingsFolderResolvesAudioAgainstIt();
    void playingAnEvidenceMomentOpensItsCoding();
    // Keep last: it changes a draft coding of the shared demo database.
    void quittingWithEditsThatCannotBeSavedAsksFirst();

private:
    int count(const QString &sql, const QVariant &bound = QVariant()) const;
    QTableView *table() const;
    QStackedWidget *pages() const;

    QTemporaryDir m_dir;
    QString m_demoPath;
    int m_audioRecordings = 0;
    Database m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase() {
    // Settings go to a throw-away location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_db.open(m_demoPath);
    DemoGenerator::Options options;
    options.size = DemoGenerator::Size::Service;
    options.seed = 42;
    options.endDate = QDate(2026, 6, 30);
    options.audioFolder = m_dir.filePath(QStringLiteral("demo-recordings"));
    const DemoGenerator::Summary summary = DemoGenerator::generate(m_db, options);
    QVERIFY(summary.recordings > 100);
    m_audioRecordings = summary.audioRecordings;
    QVERIFY(m_audioRecordings > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recordings")), summary.recordings);
}

void tst_MainWindow::init() {
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->recordingsView()->finishLoading(); // the list is read on a worker thread
}

void tst_MainWindow::cleanup() {
    m_window.reset();
}

int tst_MainWindow::count(const QString &sql, const QVariant &bound) const {
    QSqlQuery query = m_db.prepare(sql);
    if (bound.isValid())
        query.addBindValue(bound);
    Database::exec(query, QStringLiteral("count"));
    return query.next() ? query.value(0).toInt() : -1;
}

QTableView *tst_MainWindow::table() const {
    return m_window->findChild<QTableView *>(QStringLiteral("recordingsTable"));
}

QStackedWidget *tst_MainWindow::pages() const {
    return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
}

void tst_MainWindow::showsEveryRecordingInTheDatabase() {
    QVERIFY(table());
    QTRY_VERIFY(table()->isVisible());
    const int recordings = count(QStringLiteral("SELECT COUNT(*) FROM recordings"));
    QCOMPARE(table()->model()->rowCount(), recordings);
    const auto *summary = m_window->findChild<QLabel *>(QStringLiteral("recordingsSummary"));
    QVERIFY(summary->text().contains(QString::number(recordings)));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"))
                ->text()
                .contains(QStringLiteral("demo.sqlite")));
}

void tst_MainWindow::filteringByTeamShowsThatTeamsRecordings() {
    auto *teams = m_window->findChild<QComboBox *>(QStringLiteral("teamFilter"));
    QVERIFY(teams);
    const int total = table()->model()->rowCount();
    QCOMPARE(teams->currentIndex(), 0);
    teams->setFocus();
    QTest::keyClick(teams, Qt::Key_Down);
    QCOMPARE(teams->currentIndex(), 1);
    const qint64 teamId = teams->currentData().toLongLong();
    QVERIFY(teamId > 0);
    const int inTeam =
        count(QStringLiteral("SELECT COUNT(*) FROM recordings WHERE team_id = ?"), teamId);
    QVERIFY(inTeam > 0);
    QVERIFY(inTeam < total);
    QTRY_COMPARE(table()->model()->rowCount(), inTeam);
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        QCOMPARE(table()->model()->index(row, 0).data(RecordingsModel::TeamIdRole).toLongLong(),
                 teamId);
    const auto *summary = m_window->findChild<QLabel *>(QStringLiteral("recordingsSummary"));
    QVERIFY2(summary->text().startsWith(QStringLiteral("Showing %1 of %2").arg(inTeam).arg(total)),
             qPrintable(summary->text()));

    // Clearing brings everything back.
    auto *clear = m_window->findChild<QWidget *>(QStringLiteral("clearFilters"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(table()->model()->rowCount(), total);
    QCOMPARE(teams->currentIndex(), 0);
}

void tst_MainWindow::searchingNarrowsTheTable() {
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT code FROM recordings ORDER BY id"));
    Database::exec(query, QStringLiteral("code"));
    QVERIFY(query.next());
    const QString code = query.value(0).toString();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("recordingsSearch"));
    QTest::keyClicks(search, code);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, RecordingsModel::CodeColumn).data().toString(), code);
    QTest::keyClicks(search, QStringLiteral("-no-such-thing"));
    QTRY_COMPARE(table()->model()->rowCount(), 0);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("recordingsMessage"))->isVisible());
}

void tst_MainWindow::ctrlNumberSwitchesPages() {
    QCOMPARE(pages()->currentIndex(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(pages()->currentIndex(), 1);
    QCOMPARE(pages()->currentWidget(), m_window->page(MainWindow::Page::Coding));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(pages()->currentWidget(), m_window->page(MainWindow::Page::Measures));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QTRY_COMPARE(pages()->currentWidget(), m_window->page(MainWindow::Page::Reports));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(pages()->currentWidget(), m_window->page(MainWindow::Page::People));
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("peoplePage"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(pages()->currentIndex(), 0);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("recordingsPage"));
}

// The side list's look comes from the one palette, not a style sheet of its own.
void tst_MainWindow::navigationTakesItsLookFromTheTheme() {
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->property("pcRole").toString(), QStringLiteral("navigation"));
    QVERIFY(navigation->styleSheet().isEmpty());
    QVERIFY(qApp->styleSheet().contains(QLatin1String("QListWidget[pcRole=\"navigation\"]::item")));
}

void tst_MainWindow::enterOnARecordingAsksToCodeIt() {
    QSignalSpy spy(m_window->recordingsView(), &RecordingsView::codeRecordingRequested);
    table()->setFocus();
    table()->selectRow(2);
    const qint64 expected =
        table()->model()->index(2, 0).data(RecordingsModel::RecordingIdRole).toLongLong();
    QTest::keyClick(table(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), expected);
    QTRY_COMPARE(pages()->currentWidget(), m_window->page(MainWindow::Page::Coding));
}

void tst_MainWindow::peopleViewListsEveryPractitioner() {
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("peopleTree"));
    QTRY_VERIFY(tree->isVisible());
    auto *people = m_window->findChild<PeopleView *>();
    QCOMPARE(people->model()->practitionerCount(),
             count(QStringLiteral("SELECT COUNT(*) FROM practitioners")));
    int teams = 0;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        if (tree->model()->index(row, 0).data(PeopleModel::IdRole).toLongLong() != 0)
            ++teams;
    }
    QCOMPARE(teams, count(QStringLiteral("SELECT COUNT(*) FROM teams")));
}

void tst_MainWindow::refusesAFileThatIsNotADatabase() {
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    const int rows = table()->model()->rowCount();

    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(path);
    m_window->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->trigger();

    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not a PracticeCoder database")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->database().path(), m_db.path());
    QTRY_COMPARE(table()->model()->rowCount(), rows);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("These are my notes, not a database.\n"));
}

void tst_MainWindow::refusesADatabaseFromANewerVersion() {
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase future =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        future.setDatabaseName(path);
        QVERIFY(future.open());
        QSqlQuery query(future);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999)")));
        future.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(path);
    m_window->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("newer version")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->database().path(), m_db.path());
    QVERIFY(m_db.isOpen());
}

void tst_MainWindow::createsANewDatabaseAndOpensAnotherOne() {
    const QString path = m_dir.filePath(QStringLiteral("fresh"));
    MessageBox::clearLastText();
    FileDialog::setNextFileName(path);
    m_window->findChild<QAction *>(QStringLiteral("newDatabaseAction"))->trigger();
    QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->database().path(), path + QStringLiteral(".sqlite"));
    QVERIFY(QFile::exists(path + QStringLiteral(".sqlite")));
    // The views were built again on the new, empty database.
    QCOMPARE(table()->model()->rowCount(), 0);
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("recordingsMessage"))->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("fresh.sqlite")));

    FileDialog::setNextFileName(m_demoPath);
    m_window->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->trigger();
    QCOMPARE(m_window->database().path(), m_db.path());
    QTRY_COMPARE(table()->model()->rowCount(),
                 count(QStringLiteral("SELECT COUNT(*) FROM recordings")));
}

void tst_MainWindow::newDatabaseNeverTakesAnExistingFile() {
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(m_demoPath);
    m_window->findChild<QAction *>(QStringLiteral("newDatabaseAction"))->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already exists")),
             qPrintable(MessageBox::lastText()));
    // Still on the borrowed database, which nothing has replaced.
    QCOMPARE(&m_window->database(), &m_db);
}

void tst_MainWindow::aboutShowsVersionAndLicences() {
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
    const QString intro = about->findChild<QLabel *>(QStringLiteral("aboutIntro"))->text();
    QVERIFY(intro.contains(QStringLiteral(PRACTICECODER_VERSION)));
    QVERIFY(intro.contains(QStringLiteral("GPL-3.0-or-later")));
    const QString libraries =
        about->findChild<QTextBrowser *>(QStringLiteral("aboutLibraries"))->toPlainText();
    for (const char *licence : {"LGPL-3.0", "GPL-3.0", "LGPL-2.1-or-later", "GPL-2.0-or-later",
                                "BSL-1.0", "public domain"})
        QVERIFY2(libraries.contains(QLatin1String(licence)), licence);
    about->close();
}

void tst_MainWindow::choosingARecordingsFolderResolvesAudioAgainstIt() {
    auto missingAudio = [this] {
        int missing = 0;
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()->model()->index(row, RecordingsModel::AudioColumn).data().toString() ==
                QLatin1String("Audio missing"))
                ++missing;
        }
        return missing;
    };
    // The demo audio lies beside the database, where paths resolve when no folder is set.
    QCOMPARE(missingAudio(), 0);

    QTemporaryDir elsewhere;
    m_window->findChild<QAction *>(QStringLiteral("recordingsFolderAction"))->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("recordingsFolderDialog"));
    QVERIFY(dialog);
    FileDialog::setNextFileName(elsewhere.path());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("browseThisComputerButton")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QCOMPARE(Settings().recordingsRoot(), QDir::cleanPath(elsewhere.path()));
    QTRY_COMPARE(missingAudio(), m_audioRecordings);

    Settings().setRecordingsRoot(QString());
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_COMPARE(missingAudio(), 0);
}

void tst_MainWindow::playingAnEvidenceMomentOpensItsCoding() {
    // A final coding of a demo recording with real audio, and one of its evidence notes.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT c.id, n.at_ms FROM codings c JOIN recordings r ON r.id = c.recording_id "
        "JOIN evidence_notes n ON n.coding_id = c.id WHERE r.audio_path IS NOT NULL AND "
        "c.status = 'final' ORDER BY c.id, n.at_ms DESC"));
    QVERIFY(query.exec());
    QVERIFY2(query.next(), "the demo has no final coding of a recording with audio");
    const qint64 codingId = query.value(0).toLongLong();
    const qint64 atMs = query.value(1).toLongLong();
    QVERIFY(atMs > 1000);

    auto *reports = qobject_cast<ReportsPage *>(m_window->page(MainWindow::Page::Reports));
    auto *coding = qobject_cast<CodingPage *>(m_window->page(MainWindow::Page::Coding));
    QVERIFY(reports && coding);
    emit reports->playEvidenceRequested(codingId, atMs);

    QTRY_COMPARE(pages()->currentWidget(), m_window->page(MainWindow::Page::Coding));
    QCOMPARE(coding->session()->coding().id, codingId);
    QTRY_VERIFY(coding->player()->hasFile());
    QTRY_VERIFY2(qAbs(coding->player()->positionMs() - atMs) <= 50,
                 qPrintable(QString::number(coding->player()->positionMs())));
}

void tst_MainWindow::quittingWithEditsThatCannotBeSavedAsksFirst() {
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT c.id, u.username FROM codings c JOIN users u ON u.id = c.coder_id "
                       "WHERE c.status = 'draft' ORDER BY c.id"));
    QVERIFY(query.exec());
    QVERIFY2(query.next(), "the demo has no draft coding");
    const qint64 codingId = query.value(0).toLongLong();
    const QString coder = query.value(1).toString();
    query.finish();
    const QString scoresSql = QStringLiteral(
        "SELECT COUNT(*) FROM skill_scores WHERE coding_id = ? AND score IS NOT NULL");

    // Without scores, each key below is a new score to save.
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM skill_scores WHERE coding_id = ?"));
    clear.addBindValue(codingId);
    QVERIFY(clear.exec());
    const int storedBefore = count(scoresSql, codingId);
    QCOMPARE(storedBefore, 0);

    auto *coding = qobject_cast<CodingPage *>(m_window->page(MainWindow::Page::Coding));
    QVERIFY(coding);
    coding->setCoderUsername(coder);
    coding->openCoding(codingId);
    m_window->showPage(MainWindow::Page::Coding);
    QVERIFY(coding->session()->isOpen() && !coding->session()->isLocked());
    const auto *banner = coding->findChild<QLabel *>(QStringLiteral("unsavedBanner"));
    QVERIFY(banner);
    const auto scoreTwoSkills = [&] {
        coding->scoringPanel()->setFocus();
        QTRY_VERIFY(QApplication::focusWidget() &&
                    coding->isAncestorOf(QApplication::focusWidget()));
        // Scoring moves on to the next skill, so two keys score two skills.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    };

    {
        FileSizeLimit full(m_db.connection());
        QVERIFY(full.isApplied());
        scoreTwoSkills();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(coding->session()->unsavedEditCount(), 2);

        // Ctrl+Q with the disk still full: asked, and the default keeps the window open.
        MessageBox::clearLastText();
        m_window->showPage(MainWindow::Page::Recordings);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        m_window->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY2(MessageBox::lastText().startsWith(
                     QStringLiteral("2 changes to this coding could not be saved (")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().endsWith(
                     QStringLiteral("). If you quit now they will be lost.")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(MessageBox::lastDefaultButton(), QMessageBox::Cancel);
        QCOMPARE(MessageBox::lastButtonTexts(),
                 QStringList({QStringLiteral("Keep PracticeCoder open"),
                              QStringLiteral("Quit and lose them")}));
        // The coder is shown what would be lost, still on screen.
        QCOMPARE(pages()->currentWidget(), coding);
        QVERIFY(banner->isVisible());
        QCOMPARE(coding->session()->unsavedEditCount(), 2);

        // Closing the window asks again; choosing to lose them closes it.
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QVERIFY(!MessageBox::lastText().isEmpty());
        QVERIFY(!m_window->isVisible());
        m_window.reset(); // its last try fails too: the disk is still full
    }
    QCOMPARE(count(scoresSql, codingId), storedBefore);

    // Once space is freed, quitting saves the kept edits and asks nothing.
    init();
    coding = qobject_cast<CodingPage *>(m_window->page(MainWindow::Page::Coding));
    coding->setCoderUsername(coder);
    coding->openCoding(codingId);
    m_window->showPage(MainWindow::Page::Coding);
    banner = coding->findChild<QLabel *>(QStringLiteral("unsavedBanner"));
    {
        FileSizeLimit full(m_db.connection());
        QVERIFY(full.isApplied());
        scoreTwoSkills();
        QTRY_VERIFY(banner->isVisible());
    }
    MessageBox::clearLastText();
    QVERIFY(m_window->close());
    QCOMPARE(MessageBox::lastText(), QString());
    QCOMPARE(count(scoresSql, codingId), storedBefore + 2);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
