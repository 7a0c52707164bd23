#include "common/DateField.h"
#include "exchange/MeasuresImporter.h"
#include "itemmodels/FollowUpsModel.h"
#include "measures/FamilyTimelineView.h"
#include "measures/FollowUpsView.h"
#include "measures/MeasureEntryForm.h"
#include "measures/MeasuresPage.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
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
    void theFollowUpsListWorksFromTheKeyboard();

private:
    QTemporaryDir m_dir;
};

void tst_MeasuresPage::initTestCase() {
    // The page reads the user's settings (the old follow-up interval); keep them out of
    // ~/.config.
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

    // On 2026-06-01, with each questionnaire's own 16 weeks: F002's GHQ-12 and family life
    // rating (T1 2026-02-01, due 05-24) are overdue; F003's SCORE-15 (due 06-21) is not yet due.
    // F001's WAI and F002's observer rating are given once and are never owed a T2.
    page.followUps()->setToday(QDate(2026, 6, 1));
    auto *list = page.findChild<QTableView *>(QStringLiteral("followUpsView"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 2);
    int ghqRow = -1;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        QCOMPARE(list->model()->index(row, 0).data().toString(), QStringLiteral("F002"));
        if (list->model()->index(row, 2).data(FollowUpsModel::RawValueRole).toString() ==
            QStringLiteral("ghq-12"))
            ghqRow = row;
    }
    QVERIFY(ghqRow >= 0);

    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("measuresTabs"));
    tabs->setCurrentWidget(page.followUps());
    list->selectRow(ghqRow);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logFollowUpButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(page.entryForm()));
    MeasureEntryForm *form = page.entryForm();
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("familyEdit"))->text(),
             QStringLiteral("F002"));
    QCOMPARE(form->currentInstrumentId(), QStringLiteral("ghq-12"));
    QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("respondentCombo"))->currentData(),
             QVariant(QStringLiteral("father")));
    QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("timepointCombo"))->currentText(),
             QStringLiteral("T2"));

    // F002 has no T2 yet, so no change rows; saving the GHQ-12 T2 adds its change and takes it
    // off the list.
    auto *change = page.findChild<QTableView *>(QStringLiteral("changeView"));
    page.timeline()->showFamily(QStringLiteral("F002"));
    QCOMPARE(change->model()->rowCount(), 0);
    // Given on the day the list is worked out for: a T2 dated later is not yet given.
    form->findChild<DateField *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 6, 1));
    auto *line = form->findChild<QLineEdit *>(QStringLiteral("quickEntryEdit"));
    QTest::keyClicks(line, QStringLiteral("012301230123"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(change->model()->rowCount() > 0);
    QCOMPARE(list->model()->rowCount(), 1);
}

// Choosing the Follow-ups tab puts the keyboard in the list, on its first row; Down moves and
// Enter opens the T2, as a double click does.
void tst_MeasuresPage::theFollowUpsListWorksFromTheKeyboard() {
    Database database;
    database.open(m_dir.filePath(QStringLiteral("keys.sqlite")));
    QVERIFY(
        MeasuresImporter::importFile(database, QStringLiteral(PC_TEST_DATA "/measures/scored.csv"))
            .ok());
    MeasuresPage page(database);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.followUps()->setToday(QDate(2026, 6, 1));
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("measuresTabs"));
    auto *list = page.findChild<QTableView *>(QStringLiteral("followUpsView"));
    tabs->setCurrentWidget(page.followUps());
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    const QString instrument =
        list->model()->index(1, 2).data(FollowUpsModel::RawValueRole).toString();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget *>(page.entryForm()));
    QCOMPARE(page.entryForm()->currentInstrumentId(), instrument);
}

QTEST_MAIN(tst_MeasuresPage)
#include "tst_MeasuresPage.moc"
