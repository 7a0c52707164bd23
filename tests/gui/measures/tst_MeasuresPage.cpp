#include "measures/FamilyTimelineView.h"
#include "measures/FollowUpsView.h"
#include "measures/MeasureEntryForm.h"
#include "measures/MeasuresPage.h"
#include "storage/Database.h"
#include "storage/MeasuresImporter.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The page's three parts work together: a follow-up opens the T2 in the form, and saving it
// updates the timeline and the follow-ups list.
class tst_MeasuresPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void followUpOpensTheT2AndSavingUpdatesTimelineAndList();

private:
    QTemporaryDir m_dir;
};

void tst_MeasuresPage::initTestCase() {
    // The page keeps the follow-up interval in the user's settings; keep them out of ~/.config.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

void tst_MeasuresPage::followUpOpensTheT2AndSavingUpdatesTimelineAndList() {
    Database database;
    database.open(m_dir.filePath(QStringLiteral("page.sqlite")));
    QVERIFY(
        MeasuresImporter::importFile(database, QStringLiteral(PC_TEST_DATA "/measures/scored.csv"))
            .ok());
    MeasuresPage page(database);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // On 2026-06-01, with T2 due 16 weeks after T1: F001's WAI (T1 2026-01-05, due 04-27) and
    // F002's three (T1 2026-02-01, due 05-24) are overdue; F003's (due 06-21) is not yet due.
    page.followUps()->findChild<QSpinBox *>(QStringLiteral("followUpWeeksSpin"))->setValue(16);
    page.followUps()->setToday(QDate(2026, 6, 1));
    auto *list = page.findChild<QTableView *>(QStringLiteral("followUpsView"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 4);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("F001"));

    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("measuresTabs"));
    tabs->setCurrentWidget(page.followUps());
    list->selectRow(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logFollowUpButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(page.entryForm()));
    MeasureEntryForm *form = page.entryForm();
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("familyEdit"))->text(),
             QStringLiteral("F001"));
    QCOMPARE(form->currentInstrumentId(), QStringLiteral("wai-s-client"));
    QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("respondentCombo"))->currentData(),
             QVariant(QStringLiteral("mother")));
    QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("timepointCombo"))->currentText(),
             QStringLiteral("T2"));

    // F001 has SCORE-15 at T1 and T2: four change rows. Saving the WAI T2 adds four more.
    auto *change = page.findChild<QTableView *>(QStringLiteral("changeView"));
    page.timeline()->showFamily(QStringLiteral("F001"));
    QCOMPARE(change->model()->rowCount(), 4);
    auto *line = form->findChild<QLineEdit *>(QStringLiteral("quickEntryEdit"));
    QTest::keyClicks(line, QStringLiteral("777177777177"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(change->model()->rowCount(), 8);
    QCOMPARE(list->model()->rowCount(), 3);
}

QTEST_MAIN(tst_MeasuresPage)
#include "tst_MeasuresPage.moc"
