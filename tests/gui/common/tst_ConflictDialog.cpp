#include "common/ConflictDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The dialog that shows someone else's change beside the user's: it lists each field with both
// values, and each button gives its choice, also when shown for real (not through the seam).
class tst_ConflictDialog : public QObject {
    Q_OBJECT

private slots:
    void listsEachFieldTheirsBesideYours();
    void eachButtonGivesItsChoice_data();
    void eachButtonGivesItsChoice();
    void theSeamAnswersWithoutShowing();

private:
    static EditConflict sample();
};

EditConflict tst_ConflictDialog::sample() {
    return {
        QStringLiteral("Someone else changed this coded session while you were editing it "
                       "(R-0001). Your change was not saved."),
        {{QStringLiteral("Skill: Empathy"), QStringLiteral("Score 4"), QStringLiteral("Score 2")},
         {QStringLiteral("Coder's comment"), QStringLiteral("Theirs"), QStringLiteral("Mine")}}};
}

void tst_ConflictDialog::listsEachFieldTheirsBesideYours() {
    ConflictDialog dialog(sample());
    QTableWidget *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Theirs"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Yours"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Skill: Empathy"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Score 4"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Score 2"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Mine"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("conflictMessage"));
    QVERIFY(message && message->text().contains(QStringLiteral("R-0001")));
}

void tst_ConflictDialog::eachButtonGivesItsChoice_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("choice");
    QTest::newRow("keep mine") << QStringLiteral("keepMineButton")
                               << int(ConflictDialog::Choice::KeepMine);
    QTest::newRow("take theirs") << QStringLiteral("takeTheirsButton")
                                 << int(ConflictDialog::Choice::TakeTheirs);
}

void tst_ConflictDialog::eachButtonGivesItsChoice() {
    QFETCH(QString, button);
    QFETCH(int, choice);
    bool clicked = false;
    // Shown modally for real; the button is clicked once the dialog is up.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog || clicked)
            return;
        clicked = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
    });
    poll.start();
    const ConflictDialog::Choice answer = ConflictDialog::ask(nullptr, sample());
    QVERIFY(clicked);
    QCOMPARE(int(answer), choice);
}

void tst_ConflictDialog::theSeamAnswersWithoutShowing() {
    const int before = ConflictDialog::askedCount();
    ConflictDialog::setNextChoice(ConflictDialog::Choice::TakeTheirs);
    QCOMPARE(ConflictDialog::ask(nullptr, sample()), ConflictDialog::Choice::TakeTheirs);
    QCOMPARE(ConflictDialog::askedCount(), before + 1);
    QCOMPARE(ConflictDialog::lastConflict().fields.size(), 2);
}

QTEST_MAIN(tst_ConflictDialog)
#include "tst_ConflictDialog.moc"
