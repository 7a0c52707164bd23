#include "MainWindow.h"

#include "AboutDialog.h"
#include "DialogFocusReturn.h"
#include "IdentityDialog.h"
#include "PageFocus.h"
#include "RecordingsFolderDialog.h"
#include "ServiceConnectDialog.h"
#include "ShortcutsDialog.h"
#include "coding/CodingPage.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "measures/MeasuresPage.h"
#include "mywork/MyWorkPage.h"
#include "people/PeopleView.h"
#include "player/PlayerWidget.h"
#include "recordings/RecordingsView.h"
#include "reports/FeedbackSheetView.h"
#include "reports/ReportsPage.h"
#include "services/ActingUser.h"
#include "services/RecordingsFolder.h"
#include "services/ServiceConnection.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

namespace {

struct PageInfo {
    const char *objectName;
    const char *title;
    const char *icon;
};

// In navigation order; the index is the Page value.
const PageInfo pageInfo[] = {
    {"recordingsPage", QT_TRANSLATE_NOOP("MainWindow", "Recordings"), ":/icons/recordings.svg"},
    {"codingPage", QT_TRANSLATE_NOOP("MainWindow", "Coding"), ":/icons/coding.svg"},
    {"measuresPage", QT_TRANSLATE_NOOP("MainWindow", "Family measures"), ":/icons/measures.svg"},
    {"reportsPage", QT_TRANSLATE_NOOP("MainWindow", "Reports"), ":/icons/reports.svg"},
    {"peoplePage", QT_TRANSLATE_NOOP("MainWindow", "People"), ":/icons/people.svg"},
    {"myWorkPage", QT_TRANSLATE_NOOP("MainWindow", "My work"), ":/icons/mywork.svg"},
};
constexpr int pageCount = static_cast<int>(std::size(pageInfo));

QIcon pageIcon(MainWindow::Page page) {
    return QIcon(QString::fromLatin1(pageInfo[static_cast<int>(page)].icon));
}

const QString databaseFilter = QStringLiteral("*.sqlite *.db");
constexpr int databaseLabelWidth = 420;

} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(&database) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.practicecoder.PracticeCoder.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createNavigation();
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_identity = new QToolButton(this);
    m_identity->setObjectName(QStringLiteral("identityButton"));
    m_identity->setAutoRaise(true);
    m_identity->setToolTip(tr("Who you are in this database. Click to change."));
    connect(m_identity, &QToolButton::clicked, this, &MainWindow::changeIdentity);
    statusBar()->addPermanentWidget(m_identity);

    createMenus();
    new DialogFocusReturn(this);
    buildPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChosen);
    m_navigation->setCurrentRow(0);
    updateTitle();
    updateIdentity();

    Settings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        // The recordings table wants width; take most of the screen on a first start.
        const QRect available = screen()->availableGeometry();
        resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(settings.windowState());
}

MainWindow::~MainWindow() {
    // The views borrow the database, so they go first.
    clearPages();
}

void MainWindow::buildPages() {
    // Each page is built when it is first shown (pageChosen), so the window appears at once
    // whatever the size of the database; until then its place holds an empty widget.
    for (int i = 0; i < pageCount; ++i) {
        auto *placeholder = new QWidget(m_pages);
        placeholder->setObjectName(QStringLiteral("pagePlaceholder"));
        m_pages->addWidget(placeholder);
        m_built[i] = false;
    }
    // My work's count shows on the navigation bar from the start, so its page is built as soon
    // as the window has been painted rather than when first chosen.
    QTimer::singleShot(0, this, [this] { ensurePage(Page::MyWork); });
}

QWidget *MainWindow::createPage(Page page) {
    // ---- Pages: one case each. Each view takes *m_database and is built again when the user
    // ---- opens another database.
    switch (page) {
    case Page::Recordings:
        m_recordings = new RecordingsView(*m_database, m_pages);
        // Asking to code a recording opens it on the Coding page and goes there.
        connect(m_recordings, &RecordingsView::codeRecordingRequested, this, [this](qint64 id) {
            codingPage()->openRecording(id);
            showPage(Page::Coding);
        });
        return m_recordings;
    case Page::Coding: {
        auto *coding = new CodingPage(*m_database, nullptr, m_pages);
        connect(coding, &CodingPage::codingsChanged, this, [this] {
            if (m_recordings)
                m_recordings->refresh();
            if (m_built[static_cast<int>(Page::MyWork)])
                static_cast<MyWorkPage *>(m_pages->widget(static_cast<int>(Page::MyWork)))
                    ->refresh();
        });
        return coding;
    }
    case Page::Measures:
        return new MeasuresPage(*m_database, m_pages);
    case Page::Reports: {
        auto *reports = new ReportsPage(*m_database, m_pages);
        // "Play this moment" on a coaching feedback sheet opens that coding with the player at
        // the evidence note, so the coach can listen to it before the feedback session.
        connect(reports, &ReportsPage::playEvidenceRequested, this,
                [this](qint64 codingId, qint64 atMs) {
                    CodingPage *coding = codingPage();
                    coding->openCoding(codingId);
                    showPage(Page::Coding);
                    if (coding->player()->hasFile())
                        coding->player()->seek(atMs);
                });
        return reports;
    }
    case Page::People:
        return new PeopleView(*m_database, m_pages);
    case Page::MyWork: {
        auto *myWork = new MyWorkPage(*m_database, m_pages);
        // My work opens each row where its work is done.
        connect(myWork, &MyWorkPage::totalChanged, this, &MainWindow::showMyWorkCount);
        showMyWorkCount(myWork->total());
        connect(myWork, &MyWorkPage::openCodingRequested, this, [this](qint64 codingId) {
            codingPage()->openCoding(codingId);
            showPage(Page::Coding);
        });
        connect(myWork, &MyWorkPage::openRecordingRequested, this, [this](qint64 recordingId) {
            codingPage()->openRecording(recordingId);
            showPage(Page::Coding);
        });
        connect(myWork, &MyWorkPage::feedbackRequested, this, [this](qint64 codingId) {
            auto *reports = static_cast<ReportsPage *>(ensurePage(Page::Reports));
            if (auto *tabs = reports->findChild<QTabWidget *>(QStringLiteral("reportTabs")))
                tabs->setCurrentWidget(reports->feedbackView());
            reports->feedbackView()->showCoding(codingId);
            showPage(Page::Reports);
        });
        return myWork;
    }
    }
    return nullptr;
}
// ---- end of pages

QWidget *MainWindow::ensurePage(Page page) {
    const int index = static_cast<int>(page);
    if (m_built[index])
        return m_pages->widget(index);
    QWidget *widget = createPage(page);
    if (widget->objectName().isEmpty())
        widget->setObjectName(QString::fromLatin1(pageInfo[index].objectName));
    // The page takes its placeholder's place without the stack announcing a change of page.
    const QSignalBlocker blocker(m_pages);
    const int current = m_pages->currentIndex();
    QWidget *placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_built[index] = true;
    m_pages->setCurrentIndex(current);
    return widget;
}

CodingPage *MainWindow::codingPage() {
    return static_cast<CodingPage *>(ensurePage(Page::Coding));
}

void MainWindow::pageChosen(int index) {
    if (index < 0 || index >= pageCount)
        return;
    QWidget *widget = ensurePage(static_cast<Page>(index));
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->setCurrentIndex(index);
    if (wasCurrent)
        return;
    // Coming back to the Recordings or Reports page shows what changed elsewhere (a coding
    // finalised, a consent withdrawn, an import by another program); it reads only when
    // something did.
    if (widget == m_recordings)
        m_recordings->refreshIfChanged();
    if (auto *reports = qobject_cast<ReportsPage *>(widget))
        reports->refreshIfChanged();
    // Someone arrowing through the navigation keeps the keyboard there; any other way of
    // coming to a page (a shortcut, opening a recording to code) puts it on the page.
    if (!m_navigation->hasFocus())
        focusCurrentPage();
}

void MainWindow::clearPages() {
    m_recordings = nullptr;
    while (m_pages->count() > 0) {
        QWidget *widget = m_pages->widget(0);
        m_pages->removeWidget(widget);
        delete widget;
    }
}

QWidget *MainWindow::page(Page page) {
    return ensurePage(page);
}

void MainWindow::showPage(MainWindow::Page page) {
    m_navigation->setCurrentRow(static_cast<int>(page));
    focusCurrentPage();
}

void MainWindow::focusCurrentPage() {
    PageFocus::focus(m_pages->currentWidget());
}

void MainWindow::createNavigation() {
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(176);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    Theme::setRole(m_navigation, Theme::Role::Navigation);
    for (int i = 0; i < pageCount; ++i) {
        auto *item = new QListWidgetItem(pageIcon(static_cast<Page>(i)), tr(pageInfo[i].title),
                                         m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(tr(pageInfo[i].title)).arg(i + 1));
    }
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *service =
        file->addAction(tr("Connect to &service database…"), this, &MainWindow::connectToService);
    service->setObjectName(QStringLiteral("connectServiceAction"));
    file->addSeparator();
    QAction *folder =
        file->addAction(tr("&Recordings folder…"), this, &MainWindow::chooseRecordingsFolder);
    folder->setObjectName(QStringLiteral("recordingsFolderAction"));
    folder->setStatusTip(tr("Where the audio files are kept; paths under it are stored relative "
                            "to it"));
    QAction *identity = file->addAction(tr("Change &who I am…"), this, &MainWindow::changeIdentity);
    identity->setObjectName(QStringLiteral("changeIdentityAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < pageCount; ++i) {
        QAction *go = view->addAction(pageIcon(static_cast<Page>(i)), tr(pageInfo[i].title));
        go->setObjectName(QStringLiteral("showPage%1Action").arg(i + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
    }
    view->addSeparator();
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About PracticeCoder"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showMyWorkCount(int total) {
    const int row = static_cast<int>(Page::MyWork);
    const QString title = tr(pageInfo[row].title);
    m_navigation->item(row)->setText(total > 0 ? tr("%1 (%2)").arg(title).arg(total) : title);
}

QString MainWindow::databaseName() const {
    const auto spec = m_database->spec();
    return spec ? ServiceConnection::describe(*spec) : QString();
}

void MainWindow::updateTitle() {
    const auto spec = m_database->spec();
    // The file's name, or USER@HOST/DBNAME for a service database: never a password.
    setWindowTitle(
        tr("%1 — PracticeCoder").arg(spec ? ServiceConnection::shortName(*spec) : QString()));
    const QString path = databaseName();
    const QString root = RecordingsFolder(*m_database).root();
    // A database deep in a shared folder has a long path: its middle is cut rather than
    // widening the window, and the tooltip gives it whole.
    m_databaseLabel->setText(tr("Database: %1")
                                 .arg(m_databaseLabel->fontMetrics().elidedText(
                                     path, Qt::ElideMiddle, databaseLabelWidth)));
    const QString folder = root.isEmpty()
                               ? tr("Audio files are looked for beside the database.")
                               : tr("Recordings folder: %1").arg(QDir::toNativeSeparators(root));
    m_databaseLabel->setToolTip(tr("Database: %1\n%2").arg(path, folder));
}

void MainWindow::refresh() {
    // Any page that can read its data again offers a refresh() slot.
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *widget = m_pages->widget(i);
        if (widget->metaObject()->indexOfMethod("refresh()") >= 0)
            QMetaObject::invokeMethod(widget, "refresh");
    }
}

bool MainWindow::switchDatabase(const QString &path) {
    // Open the new one first, so that a refusal leaves the current database untouched.
    auto next = std::make_unique<Database>();
    try {
        next->open(path);
    } catch (const StorageError &error) {
        QString headline;
        switch (error.kind()) {
        case StorageError::Kind::NewerSchema:
            headline = tr("This database was made by a newer version of PracticeCoder.");
            break;
        case StorageError::Kind::NotADatabase:
            headline = tr("This file is not a PracticeCoder database.");
            break;
        case StorageError::Kind::ReadOnly:
            headline = tr("PracticeCoder cannot save changes there: it is read-only.");
            break;
        default:
            headline = tr("The database could not be opened.");
            break;
        }
        MessageBox::critical(this, tr("Open database"),
                             tr("%1\n\n%2\n\nNothing has been changed. You are still working in "
                                "%3.")
                                 .arg(headline, error.message(), databaseName()));
        return false;
    }
    adoptDatabase(std::move(next));
    return true;
}

void MainWindow::adoptDatabase(std::unique_ptr<Database> next) {
    const int current = m_pages->currentIndex();
    clearPages();
    m_ownedDatabase = std::move(next);
    m_database = m_ownedDatabase.get();
    buildPages();
    pageChosen(current);
    updateTitle();
    updateIdentity();
    if (m_confirmsIdentity)
        confirmIdentity();
    // Remembered as its address, which never holds a password.
    Settings().setLastDatabase(m_database->spec()->toUrl());
    statusBar()->showMessage(tr("Opened %1").arg(databaseName()), 5000);
}

void MainWindow::connectToService() {
    auto *dialog = new ServiceConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (std::unique_ptr<Database> opened = dialog->takeDatabase())
            adoptDatabase(std::move(opened));
    });
    dialog->open();
}

void MainWindow::openDatabase() {
    const QString path = FileDialog::openFileName(
        this, tr("Open database"), QFileInfo(m_database->path()).absolutePath(),
        tr("PracticeCoder databases (%1);;All files (*)").arg(databaseFilter));
    if (!path.isEmpty())
        switchDatabase(path);
}

void MainWindow::newDatabase() {
    QString path = FileDialog::saveFileName(this, tr("New database"),
                                            QFileInfo(m_database->path()).absolutePath(),
                                            tr("PracticeCoder databases (%1)").arg(databaseFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    // A new database must never take over (or overwrite) a file that is already there.
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New database"),
                            tr("%1 already exists. To work in it, use Open database.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchDatabase(path);
}

void MainWindow::chooseRecordingsFolder() {
    auto *dialog = new RecordingsFolderDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        updateTitle();
        refresh();
    });
    dialog->open();
}

void MainWindow::showAbout() {
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::confirmIdentity() {
    m_confirmsIdentity = true;
    QString remembered;
    try {
        remembered = ActingUser::remembered(*m_database);
    } catch (const StorageError &) {
        // An unreadable users table is the database's problem, shown on the pages; asking
        // cannot help.
        return;
    }
    if (remembered.isEmpty()) {
        askWhoIAm(true);
        return;
    }
    if (remembered != Settings().coderUsername()) {
        ActingUser::choose(*m_database, remembered);
        refreshForNewIdentity();
    }
    updateIdentity();
    emit identityChosen(remembered);
}

void MainWindow::changeIdentity() {
    askWhoIAm(false);
}

void MainWindow::askWhoIAm(bool firstTime) {
    QList<ActingUser::Person> people;
    try {
        people = ActingUser::people(*m_database);
    } catch (const StorageError &error) {
        MessageBox::warning(this, tr("Who are you?"), error.message());
        return;
    }
    auto *dialog = new IdentityDialog(people, firstTime ? QString() : Settings().coderUsername(),
                                      ActingUser::loginNameFor(*m_database), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, firstTime](int result) {
        if (result != QDialog::Accepted) {
            // Nobody chosen: on a first start the login name stands in, as before, and the
            // question comes back next time.
            if (firstTime)
                emit identityChosen(Settings().coderUsername());
            return;
        }
        const QString before = Settings().coderUsername();
        auto *coding = qobject_cast<CodingPage *>(m_pages->widget(static_cast<int>(Page::Coding)));
        if (dialog->username() != before && coding && !coding->mayClose())
            return;
        try {
            ActingUser::choose(*m_database, dialog->username(), dialog->displayName());
        } catch (const StorageError &error) {
            MessageBox::warning(this, tr("Who are you?"), error.message());
            return;
        }
        if (Settings().coderUsername() != before)
            refreshForNewIdentity();
        updateIdentity();
        emit identityChosen(Settings().coderUsername());
    });
    dialog->open();
}

void MainWindow::refreshForNewIdentity() {
    // Every page reads as its viewer (drafts, blind coding), so they are built again for the new
    // one, as for another database.
    const int current = m_pages->currentIndex();
    clearPages();
    buildPages();
    pageChosen(current);
}

void MainWindow::updateIdentity() {
    QString name;
    try {
        name = ActingUser::current(*m_database).displayName;
    } catch (const StorageError &) {
        name = Settings().coderUsername();
    }
    m_identity->setText(tr("Coding as %1").arg(name));
}

QString MainWindow::placeOf(const QWidget *widget) const {
    for (int i = 0; i < m_pages->count(); ++i) {
        if (widget && (m_pages->widget(i) == widget || m_pages->widget(i)->isAncestorOf(widget)))
            return tr(pageInfo[i].title);
    }
    return tr("Everywhere");
}

void MainWindow::showShortcuts() {
    // Each page registers its keys when it is built, and pages are built when first shown; the
    // list must hold every key, so the pages not yet built are built now.
    for (int i = 0; i < pageCount; ++i)
        ensurePage(static_cast<Page>(i));
    auto *dialog = new ShortcutsDialog(
        this, [this](const QWidget *widget) { return placeOf(widget); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // Edits kept while the disk is full live only in this window; closing it would drop them
    // without a word, so the coder decides, looking at the coding they would lose.
    // Only a Coding page that was built can hold edits.
    if (auto *coding = qobject_cast<CodingPage *>(m_pages->widget(static_cast<int>(Page::Coding)));
        coding && !coding->mayClose()) {
        showPage(Page::Coding);
        event->ignore();
        return;
    }
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}
