#pragma once

#include <QMainWindow>

#include <array>
#include <memory>

class CodingPage;
class Database;
class QLabel;
class QListWidget;
class QStackedWidget;
class RecordingsView;

// The application's main window: a navigation list on the left (Recordings, Coding, Family
// measures, Reports, People) and the chosen view on the right. Each view is its own class; this
// window only places them, offers the File, View and Help menus, and swaps the database when
// the user opens another one (building the views again on it).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Recordings, Coding, Measures, Reports, People };

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

public slots:
    void showPage(MainWindow::Page page);
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
    void openDatabase();
    void newDatabase();
    void chooseRecordingsFolder();
    void showAbout();

    Database *m_database = nullptr;
    std::unique_ptr<Database> m_ownedDatabase;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_databaseLabel = nullptr;
    RecordingsView *m_recordings = nullptr;
    std::array<bool, 5> m_built{};
};
