#pragma once

#include <QMainWindow>

#include <array>
#include <memory>

class CodingPage;
class Database;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
class RecordingsView;

// The application's main window: a navigation list on the left (Recordings, Coding, Family
// measures, Reports, People) and the chosen view on the right. Each view is its own class; this
// window only places them, offers the File, View and Help menus, and swaps the database when
// the user opens another one (building the views again on it).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Recordings, Coding, Measures, Reports, People, MyWork };

    // Borrows database; when the user opens another one, the window owns that one instead.
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    // The page, built now if it has not been shown yet.
    QWidget *page(Page page);
    RecordingsView *recordingsView() const { return m_recordings; }

    // Opens (or creates) the database at path and shows it here. On failure the user is told
    // why and the current database stays open. Returns whether it switched.
    bool switchDatabase(const QString &path);
    // Shows an open database here instead of the current one, which is closed.
    void adoptDatabase(std::unique_ptr<Database> database);
    // File ▸ Connect to service database…
    void connectToService();

    // Makes sure the program knows who the user is in this database: the person remembered on
    // this machine, or else asks (IdentityDialog, not blocking). identityChosen follows either
    // way; cancelling the question keeps the login name for this time only. Once called, opening
    // another database asks again for that one.
    void confirmIdentity();
    // File ▸ Change who I am…, and the status bar's name: asks, showing the current choice.
    void changeIdentity();
    // Help ▸ Keyboard shortcuts.
    void showShortcuts();

signals:
    // Who the user is now, once confirmed or changed.
    void identityChosen(const QString &username);

public slots:
    void showPage(MainWindow::Page page);
    // Puts the keyboard where the next key on the current page is expected (PageFocus).
    void focusCurrentPage();
    // Reads every view's data again.
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createNavigation();
    void createMenus();
    void buildPages();
    QWidget *createPage(Page page);
    QWidget *ensurePage(Page page);
    CodingPage *codingPage();
    // The one place a page is switched to: builds it on first use and refreshes it on return.
    void pageChosen(int index);
    void clearPages();
    void updateTitle();
    // The open database as the title and status bars name it: never a password.
    QString databaseName() const;
    void showMyWorkCount(int total);
    void openDatabase();
    void newDatabase();
    void chooseRecordingsFolder();
    void showAbout();
    void askWhoIAm(bool firstTime);
    void updateIdentity();
    void refreshForNewIdentity();
    QString placeOf(const QWidget *widget) const;

    Database *m_database = nullptr;
    std::unique_ptr<Database> m_ownedDatabase;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_databaseLabel = nullptr;
    RecordingsView *m_recordings = nullptr;
    QToolButton *m_identity = nullptr;
    bool m_confirmsIdentity = false;
    std::array<bool, 6> m_built{};
};
