#pragma once

#include <QMainWindow>

class Database;
class QListWidget;
class QStackedWidget;

// The application's main window: a navigation list on the left (Recordings, Coding, Family
// measures, Reports, People) and the chosen view on the right. Each view is its own class.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void addPage(const QString &objectName, const QString &title, QWidget *page);

    Database &m_database;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};
