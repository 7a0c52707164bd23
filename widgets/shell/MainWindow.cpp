#include "MainWindow.h"

#include "storage/Database.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PracticeCoder — %1").arg(QFileInfo(m_database.path()).fileName()));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(180);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto placeholder = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        return label;
    };
    addPage(QStringLiteral("recordingsPage"), tr("Recordings"),
            placeholder(tr("Recordings are not built yet.")));
    m_navigation->setCurrentRow(0);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &objectName, const QString &title, QWidget *page)
{
    page->setObjectName(objectName);
    m_pages->addWidget(page);
    m_navigation->addItem(title);
}
