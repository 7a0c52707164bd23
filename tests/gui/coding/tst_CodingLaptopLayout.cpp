// The coding page in the main window on a 1366×768 council laptop, with and without the
// "no audio" banner, and with the room a window 690 px tall leaves it (768 less a title bar
// and a taskbar): each of
// the seven skills, made current in turn, shows its descriptor clear of every button, the
// rows do not overlap, and every row's buttons are on screen, so nothing needs scrolling.

#include "AudioFixtures.h"
#include "CodingTestFixture.h"
#include "audio/AudioProbe.h"
#include "coding/CodingPage.h"
#include "coding/ScoringPanel.h"
#include "coding/SkillRow.h"
#include "player/PlayerWidget.h"
#include "services/CodingSession.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_CodingLaptopLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void descriptorsClearTheButtons_data();
    void descriptorsClearTheButtons();

private:
    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    qint64 m_withAudio = 0;
    qint64 m_withoutAudio = 0;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CodingPage> m_page;
};

void tst_CodingLaptopLayout::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(QApplication::primaryScreen()->availableGeometry().size(), QSize(1366, 768));
    m_db.open(m_dir.filePath(QStringLiteral("laptop.sqlite")));
    m_fixture.build(m_db);
    const QString audio = m_dir.filePath(QStringLiteral("session.wav"));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(300, 60, 8000), audio, {}, &why),
             qPrintable(why));
    const qint64 heard = m_fixture.addRecordingWithAudio(m_db, audio, 60000);
    // The second recording's audio is not on this computer: the page says so in a banner.
    const qint64 missing = m_fixture.addRecording(m_db, true, QString(64, QLatin1Char('a')), 60000);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    m_withAudio = codings.create(heard, m_fixture.alice, QStringLiteral("primary"), scheme, -1, -1);
    m_withoutAudio =
        codings.create(missing, m_fixture.alice, QStringLiteral("primary"), scheme, -1, -1);
}

void tst_CodingLaptopLayout::cleanup() {
    m_page.reset();
    m_window.reset();
}

void tst_CodingLaptopLayout::descriptorsClearTheButtons_data() {
    QTest::addColumn<bool>("banner");
    QTest::addColumn<int>("height");
    QTest::newRow("768 with audio") << false << 768;
    QTest::newRow("768, no audio banner") << true << 768;
    QTest::newRow("690 with audio") << false << 690;
    QTest::newRow("690, no audio banner") << true << 690;
}

void tst_CodingLaptopLayout::descriptorsClearTheButtons() {
    QFETCH(bool, banner);
    QFETCH(int, height);
    CodingPage *page = nullptr;
    if (height == 768) {
        m_window = std::make_unique<MainWindow>(m_db);
        m_window->resize(1366, height);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->size(), QSize(1366, height));
        page = qobject_cast<CodingPage *>(m_window->page(MainWindow::Page::Coding));
        m_window->showPage(MainWindow::Page::Coding);
    } else {
        // The main window's own minimum is the shell's business; the page alone is given the
        // room a 690 px window leaves it (less the menu, status bar and navigation column).
        m_page = std::make_unique<CodingPage>(m_db);
        page = m_page.get();
        page->resize(1190, height - 41);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
    }
    page->setCoderUsername(QStringLiteral("alice"));
    page->openCoding(banner ? m_withoutAudio : m_withAudio);
    QTRY_VERIFY(page->session()->isOpen());
    auto *message = page->findChild<QLabel *>(QStringLiteral("audioMessage"));
    QVERIFY(message);
    QTRY_COMPARE(message->isVisible(), banner);
    QCOMPARE(page->player()->hasFile(), !banner);
    QWidget *top = page->window();
    QVERIFY2(top->minimumSizeHint().height() <= top->height(),
             qPrintable(QStringLiteral("needs %1 px, has %2")
                            .arg(top->minimumSizeHint().height())
                            .arg(top->height())));

    ScoringPanel *panel = page->scoringPanel();
    QCOMPARE(panel->rows().size(), 7);
    for (int current = 0; current < panel->rows().size(); ++current) {
        panel->setCurrentIndex(current);
        QApplication::processEvents();
        const auto labels = panel->rows().at(current)->findChildren<QLabel *>();
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->objectName().startsWith(QLatin1String("descriptor_")) &&
                   label->isVisible();
        }));
        // Layouts settle over a few passes of the event loop.
        QTRY_VERIFY2(panel->height() >= panel->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("the scoring panel is %1 px tall but needs %2")
                                    .arg(panel->height())
                                    .arg(panel->minimumSizeHint().height())));
        const QRect visible = panel->visibleRegion().boundingRect();
        const QString where = QStringLiteral("skill %1 current").arg(current + 1);
        QList<QRect> rows;
        for (SkillRow *row : panel->rows()) {
            const QRect rowRect(row->mapTo(panel, QPoint(0, 0)), row->size());
            for (const QRect &other : std::as_const(rows))
                QVERIFY2(!rowRect.intersects(other),
                         qPrintable(QStringLiteral("%1: %2 overlaps the row above")
                                        .arg(where, row->objectName())));
            rows.append(rowRect);
            const auto controls = row->findChildren<QWidget *>();
            QList<QRect> buttons;
            for (QWidget *control : controls) {
                if (!qobject_cast<QPushButton *>(control) && !qobject_cast<QLineEdit *>(control))
                    continue;
                const QRect onPanel(control->mapTo(panel, QPoint(0, 0)), control->size());
                QVERIFY2(control->isVisible() && visible.contains(onPanel),
                         qPrintable(QStringLiteral("%1: %2 is not wholly on screen")
                                        .arg(where, control->objectName())));
                QVERIFY2(rowRect.contains(onPanel),
                         qPrintable(QStringLiteral("%1: %2 spills out of its row")
                                        .arg(where, control->objectName())));
                buttons.append(onPanel);
            }
            for (QLabel *label : row->findChildren<QLabel *>()) {
                if (!label->objectName().startsWith(QLatin1String("descriptor_")) ||
                    !label->isVisible())
                    continue;
                const QRect text(label->mapTo(panel, QPoint(0, 0)), label->size());
                // The whole descriptor is shown: its height fits its wrapped text, as a label
                // of the same text, free of any minimum, would need at that width.
                QLabel same(label->text());
                same.setFont(label->font());
                same.setWordWrap(true);
                const int needed = same.heightForWidth(label->width());
                QVERIFY2(label->height() >= needed,
                         qPrintable(QStringLiteral("%1: %2 is %3 px tall but needs %4")
                                        .arg(where, label->objectName())
                                        .arg(label->height())
                                        .arg(needed)));
                QVERIFY2(rowRect.contains(text), qPrintable(where + QStringLiteral(": descriptor "
                                                                                   "spills out")));
                for (const QRect &button : std::as_const(buttons))
                    QVERIFY2(!text.intersects(button),
                             qPrintable(QStringLiteral("%1: the descriptor (y %2–%3) overlaps a "
                                                       "control (y %4–%5)")
                                            .arg(where)
                                            .arg(text.top())
                                            .arg(text.bottom())
                                            .arg(button.top())
                                            .arg(button.bottom())));
            }
        }
    }
}

// The offscreen screen is a 1366×768 laptop's, as in tst_LaptopScreen.
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
    tst_CodingLaptopLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_CodingLaptopLayout.moc"
