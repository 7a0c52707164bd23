// The main window on a 1366×768 council laptop, with the demo data and names far longer than
// the demo's: every page fits, nothing widens the window, and a coding's seven skills can all be
// scored without scrolling.
#include "coding/CodingPage.h"
#include "coding/ScoringPanel.h"
#include "coding/SkillRow.h"
#include "demo/DemoGenerator.h"
#include "services/CodingSession.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QSize laptop(1366, 768);
constexpr int widestMinimum = 1280;

const QString longPractitioner = QStringLiteral(
    "Alexandra Konstantinopoulou-Fitzwilliam-Montgomery (Senior Practitioner, Duty and "
    "Assessment, North Locality)");
const QString longTeam = QStringLiteral(
    "Children and Families Assessment and Intervention Team — Northern Locality, East Wing");
const QString longFamily =
    QStringLiteral("FAM-2026-NORTH-LOCALITY-CHILD-PROTECTION-CONFERENCE-REVIEW-000000123456");

} // namespace

class tst_LaptopScreen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void aFreshStartOpensWithinTheScreen();
    void everyPageFitsALaptopScreen();
    void choosingALongNamedPractitionerDoesNotWidenTheWindow();
    void allSevenSkillsCanBeScoredWithoutScrolling();

private:
    void openAtLaptopSize();
    void checkFits(const QString &where);
    void visitTabs(QWidget *page, const QString &where);

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_codingId = 0;
    qint64 m_practitionerId = 0;
    std::unique_ptr<MainWindow> m_window;
};

void tst_LaptopScreen::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(QApplication::primaryScreen()->availableGeometry().size(), laptop);
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    DemoGenerator::Options options;
    options.seed = 42;
    options.endDate = QDate(2026, 6, 30);
    options.audioFolder = m_dir.filePath(QStringLiteral("demo-recordings"));
    QVERIFY(DemoGenerator::generate(m_db, options).recordings > 100);

    // A final coding, whose practitioner, team and family get names longer than any screen.
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT c.id, r.practitioner_id, r.team_id, r.family_id FROM codings c "
                       "JOIN recordings r ON r.id = c.recording_id WHERE c.status = 'final' "
                       "AND r.family_id IS NOT NULL ORDER BY c.id"));
    QVERIFY(query.exec());
    QVERIFY2(query.next(), "the demo has no final coding of a family's session");
    m_codingId = query.value(0).toLongLong();
    m_practitionerId = query.value(1).toLongLong();
    const qint64 teamId = query.value(2).toLongLong();
    const qint64 familyId = query.value(3).toLongLong();
    query.finish();
    const auto rename = [this](const QString &sql, const QString &name, qint64 id) {
        QSqlQuery update = m_db.prepare(sql);
        update.addBindValue(name);
        update.addBindValue(id);
        return update.exec() && update.numRowsAffected() == 1;
    };
    QVERIFY(rename(QStringLiteral("UPDATE practitioners SET display_name = ? WHERE id = ?"),
                   longPractitioner, m_practitionerId));
    QVERIFY(rename(QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"), longTeam, teamId));
    QVERIFY(rename(QStringLiteral("UPDATE families SET case_code = ? WHERE id = ?"), longFamily,
                   familyId));
}

void tst_LaptopScreen::cleanup() {
    m_window.reset();
}

void tst_LaptopScreen::openAtLaptopSize() {
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->resize(laptop);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->size(), laptop);
}

void tst_LaptopScreen::checkFits(const QString &where) {
    QApplication::processEvents();
    QVERIFY2(m_window->minimumSizeHint().width() <= widestMinimum,
             qPrintable(QStringLiteral("%1: minimum size hint %2 px wide")
                            .arg(where)
                            .arg(m_window->minimumSizeHint().width())));
    QVERIFY2(m_window->minimumSize().width() <= widestMinimum,
             qPrintable(QStringLiteral("%1: minimum size %2 px wide")
                            .arg(where)
                            .arg(m_window->minimumSize().width())));
    QVERIFY2(m_window->width() == laptop.width(),
             qPrintable(
                 QStringLiteral("%1: the window grew to %2 px").arg(where).arg(m_window->width())));
}

void tst_LaptopScreen::visitTabs(QWidget *page, const QString &where) {
    const auto tabWidgets = page->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkFits(QStringLiteral("%1 ▸ %2").arg(where, tabs->tabText(i)));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void tst_LaptopScreen::aFreshStartOpensWithinTheScreen() {
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(m_window->frameGeometry().width() <= available.width(),
             qPrintable(QString::number(m_window->frameGeometry().width())));
    QVERIFY2(m_window->frameGeometry().height() <= available.height(),
             qPrintable(QString::number(m_window->frameGeometry().height())));
}

void tst_LaptopScreen::everyPageFitsALaptopScreen() {
    openAtLaptopSize();
    const MainWindow::Page pages[] = {MainWindow::Page::Recordings, MainWindow::Page::Coding,
                                      MainWindow::Page::Measures, MainWindow::Page::Reports,
                                      MainWindow::Page::People};
    for (const MainWindow::Page page : pages) {
        m_window->showPage(page);
        const QString where = m_window->page(page)->objectName();
        checkFits(where);
        visitTabs(m_window->page(page), where);
        if (QTest::currentTestFailed())
            return;
    }
    auto *coding = qobject_cast<CodingPage *>(m_window->page(MainWindow::Page::Coding));
    coding->openCoding(m_codingId);
    m_window->showPage(MainWindow::Page::Coding);
    QTRY_COMPARE(coding->session()->coding().id, m_codingId);
    checkFits(QStringLiteral("coding page with a coding open"));
}

void tst_LaptopScreen::choosingALongNamedPractitionerDoesNotWidenTheWindow() {
    openAtLaptopSize();
    m_window->showPage(MainWindow::Page::Reports);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(tabs->count() - 1);
    auto *practitioner = m_window->findChild<QComboBox *>(QStringLiteral("feedbackPractitioner"));
    QVERIFY(practitioner);
    QTRY_VERIFY(practitioner->isVisible());
    const int index = practitioner->findData(m_practitionerId);
    QVERIFY2(index >= 0, "the long-named practitioner is not offered");
    QVERIFY(practitioner->itemText(index).contains(longPractitioner));
    practitioner->setCurrentIndex(index);
    auto *session = m_window->findChild<QComboBox *>(QStringLiteral("feedbackCoding"));
    QTRY_VERIFY(session->count() > 0);
    checkFits(QStringLiteral("coaching feedback for a long-named practitioner"));
}

void tst_LaptopScreen::allSevenSkillsCanBeScoredWithoutScrolling() {
    openAtLaptopSize();
    auto *coding = qobject_cast<CodingPage *>(m_window->page(MainWindow::Page::Coding));
    coding->openCoding(m_codingId);
    m_window->showPage(MainWindow::Page::Coding);
    QTRY_COMPARE(coding->session()->coding().id, m_codingId);
    QApplication::processEvents();

    ScoringPanel *panel = coding->scoringPanel();
    QVERIFY(!panel->parentWidget()->inherits("QAbstractScrollArea"));
    const QRect visible = panel->visibleRegion().boundingRect();
    QCOMPARE(panel->rows().size(), 7);
    // 768 pixels less a title bar and a taskbar: the rows never make the window taller.
    QVERIFY2(m_window->minimumSizeHint().height() <= 700,
             qPrintable(QString::number(m_window->minimumSizeHint().height())));
    for (SkillRow *row : panel->rows()) {
        const auto buttons = row->findChildren<QPushButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QPushButton *button : buttons) {
            if (!button->objectName().startsWith(QLatin1String("score_")) &&
                !button->objectName().startsWith(QLatin1String("notCodable_")))
                continue;
            QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
            const QRect onViewport(button->mapTo(panel, QPoint(0, 0)), button->size());
            QVERIFY2(
                visible.contains(onViewport),
                qPrintable(QStringLiteral("%1 at %2,%3 is outside the %4×%5 visible scoring panel")
                               .arg(button->objectName())
                               .arg(onViewport.x())
                               .arg(onViewport.y())
                               .arg(visible.width())
                               .arg(visible.height())));
        }
    }
}

// The offscreen screen is a 1366×768 laptop's: its size comes from a configuration file given to
// the platform plugin before the application starts.
int main(int argc, char *argv[]) {
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("offscreen.json"));
    QFile file(path);
    if (!config.isValid() || !file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
        "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    QApplication app(argc, argv);
    tst_LaptopScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_LaptopScreen.moc"
