// The Feedback due list (issue 13): due now first, filters, leavers hidden, keyboard to open.
#include "ReportFixture.h"
#include "reports/FeedbackDueList.h"
#include "services/CoachAssignments.h"
#include "services/FeedbackRecording.h"
#include "storage/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_FeedbackDueList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnWhatIsDueNow();
    void arrowsThenEnterOpenTheSheet();
    void showsAndFiltersByCoach();
    void teamFilterAndLeavers();

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_recent = 0;
    qint64 m_hana = 0;
};

void tst_FeedbackDueList::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(m_dir.filePath(QStringLiteral("due.sqlite")));
    ReportFixture f(m_db);
    const qint64 harbour = f.team(QStringLiteral("Harbour Team"));
    const qint64 dock = f.team(QStringLiteral("Dock Team"));
    m_hana = f.practitioner(QStringLiteral("H1"), QStringLiteral("Hana Smith"), harbour);
    const qint64 dan = f.practitioner(QStringLiteral("D1"), QStringLiteral("Dan Reyes"), dock);
    const qint64 family = f.family(QStringLiteral("CASE-1"));
    // Years late, then one due this month.
    f.coding(f.recording(m_hana, harbour, family, QStringLiteral("2023-01-10")),
             QStringLiteral("primary"), QList<int>(7, 3), QStringLiteral("2023-01-12"));
    m_recent = f.coding(f.recording(dan, dock, family, QStringLiteral("2025-02-24")),
                        QStringLiteral("primary"), QList<int>(7, 3), QStringLiteral("2025-02-25"));
}

void tst_FeedbackDueList::opensOnWhatIsDueNow() {
    FeedbackRecording feedback(m_db);
    FeedbackDueList list(feedback);
    list.setToday(QDate(2025, 3, 10));
    QTableWidget *table = list.table();
    QCOMPARE(table->rowCount(), 2);
    // The one due this month comes before the one two years late.
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toLongLong(), m_recent);
    QVERIFY(list.findChild<QCheckBox *>(QStringLiteral("feedbackDueHideLeavers"))->isChecked());
}

void tst_FeedbackDueList::arrowsThenEnterOpenTheSheet() {
    FeedbackRecording feedback(m_db);
    FeedbackDueList list(feedback);
    list.setToday(QDate(2025, 3, 10));
    list.show();
    QVERIFY(QTest::qWaitForWindowActive(&list));
    QSignalSpy chosen(&list, &FeedbackDueList::codingChosen);
    QTableWidget *table = list.table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toLongLong(), table->item(1, 0)->data(Qt::UserRole).toLongLong());
    QVERIFY(chosen.at(0).at(0).toLongLong() != m_recent);
}

// The coach gives the feedback, so the list names them (not only the coder) and filters by them.
void tst_FeedbackDueList::showsAndFiltersByCoach() {
    UserRepository(m_db).findOrCreate(QStringLiteral("sam.coach"), QStringLiteral("coach"),
                                      QStringLiteral("Sam Coach"));
    CoachAssignments(m_db).assign(QStringLiteral("sam.coach"), QStringLiteral("D1"),
                                  QDate(2025, 1, 1), QStringLiteral("admin"));
    FeedbackRecording feedback(m_db);
    FeedbackDueList list(feedback);
    list.setToday(QDate(2025, 3, 10));
    QTableWidget *table = list.table();
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Coach"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Sam Coach"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("No coach"));
    auto *coach = list.findChild<QComboBox *>(QStringLiteral("feedbackDueCoach"));
    coach->setCurrentIndex(coach->findText(QStringLiteral("Sam Coach")));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toLongLong(), m_recent);
    QVERIFY(CoachAssignments(m_db).unassign(QStringLiteral("sam.coach"), QStringLiteral("D1"),
                                            QStringLiteral("admin")));
}

void tst_FeedbackDueList::teamFilterAndLeavers() {
    FeedbackRecording feedback(m_db);
    FeedbackDueList list(feedback);
    list.setToday(QDate(2025, 3, 10));
    auto *team = list.findChild<QComboBox *>(QStringLiteral("feedbackDueTeam"));
    team->setCurrentIndex(team->findText(QStringLiteral("Dock Team")));
    QCOMPARE(list.table()->rowCount(), 1);
    QCOMPARE(list.table()->item(0, 5)->text(), QStringLiteral("Dock Team"));
    team->setCurrentIndex(0);
    QCOMPARE(list.table()->rowCount(), 2);

    QSqlQuery leave = m_db.prepare(
        QStringLiteral("UPDATE practitioners SET left_on = '2024-01-01' WHERE id = ?"));
    leave.addBindValue(m_hana);
    Database::exec(leave, QStringLiteral("leave"));
    list.refresh();
    QCOMPARE(list.table()->rowCount(), 1);
    list.findChild<QCheckBox *>(QStringLiteral("feedbackDueHideLeavers"))->setChecked(false);
    QCOMPARE(list.table()->rowCount(), 2);
}

QTEST_MAIN(tst_FeedbackDueList)
#include "tst_FeedbackDueList.moc"
