#include "common/ConflictDialog.h"
#include "common/MessageBox.h"
#include "measures/MeasureEntryForm.h"
#include "storage/Database.h"
#include "storage/MeasuresRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The fast entry form, driven from the keyboard as an evaluator copying a paper form would.
class tst_MeasureEntryForm : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void digitsFillTheItemAndMoveOn();
    void outOfRangeDigitIsRefusedAtOnce();
    void dotOrDashSkipsAnItemAndBackspaceUndoes();
    void quickLineFillsEveryItemAndRefusesBadInput();
    void flagsUpdateLive();
    void zeroMeansTenOnTheOneToTenRating();
    void enterSavesAndADuplicateIsExplained();
    void respondentsFollowTheQuestionnaire();
    void editAndDeleteAStoredQuestionnaire();
    void aStaleSaveShowsBothAndKeepsMine();
    void aStaleSaveShowsBothAndTakesTheirs();

private:
    // A questionnaire opened in the form, then changed and saved by someone else through a
    // connection of their own (item 1 to 3); the form then types 7 into item 2. Returns its id.
    qint64 openThenChangedElsewhere();
    template <typename T> T *find(const char *name) {
        T *widget = m_form->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void chooseInstrument(const QString &id);
    QString scoreCell(int row, int column);
    int administrationCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MeasureEntryForm> m_form;
};

void tst_MeasureEntryForm::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(m_dir->filePath(QStringLiteral("form.sqlite")));
    m_form = std::make_unique<MeasureEntryForm>(*m_db, InstrumentCatalogue::builtIn());
    m_form->resize(1000, 700);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void tst_MeasureEntryForm::cleanup() {
    m_form.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_MeasureEntryForm::chooseInstrument(const QString &id) {
    auto *combo = find<QComboBox>("instrumentCombo");
    combo->setCurrentIndex(combo->findData(id));
    QCOMPARE(m_form->currentInstrumentId(), id);
}

QString tst_MeasureEntryForm::scoreCell(int row, int column) {
    QTableWidgetItem *item = find<QTableWidget>("scoreTable")->item(row, column);
    return item ? item->text() : QString();
}

int tst_MeasureEntryForm::administrationCount() {
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM instrument_administrations")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_MeasureEntryForm::digitsFillTheItemAndMoveOn() {
    chooseInstrument(QStringLiteral("score-15"));
    auto *table = find<QTableWidget>("itemTable");
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_2);
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 2}}));
    QCOMPARE(table->currentRow(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
    QTest::keyClicks(table, QStringLiteral("41352435142352"));
    QCOMPARE(m_form->answers().size(), 15);
    QCOMPARE(m_form->answers().value(15), 2);
    // Worked by hand in tst_InstrumentScorer: total 30, subscales 8, 7 and 15.
    QCOMPARE(scoreCell(0, 1), QStringLiteral("30.00"));
    QCOMPARE(scoreCell(1, 1), QStringLiteral("8.00"));
    QCOMPARE(scoreCell(2, 1), QStringLiteral("7.00"));
    QCOMPARE(scoreCell(3, 1), QStringLiteral("15.00"));
    // After the last item the Save button has the focus, so Enter saves.
    QTRY_VERIFY(find<QPushButton>("saveButton")->hasFocus());
    QCOMPARE(find<QLineEdit>("quickEntryEdit")->text(), QStringLiteral("241352435142352"));
}

void tst_MeasureEntryForm::outOfRangeDigitIsRefusedAtOnce() {
    chooseInstrument(QStringLiteral("score-15"));
    auto *table = find<QTableWidget>("itemTable");
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_6);
    QVERIFY(m_form->answers().isEmpty());
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(find<QLabel>("entryMessage")->text(),
             QStringLiteral("6 is not an answer on SCORE-15: answers run from 1 to 5."));
    // The theme's strong error look, as every form that refuses input shows it.
    QCOMPARE(find<QLabel>("entryMessage")->property("pcRole").toString(),
             QStringLiteral("errorStrong"));
    QTest::keyClick(table, Qt::Key_0);
    QVERIFY(m_form->answers().isEmpty());
    QTest::keyClick(table, Qt::Key_5);
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 5}}));
    QCOMPARE(find<QLabel>("entryMessage")->text(), QString());

    // GHQ-12 runs 0 to 3: 0 is an answer, 4 is not.
    chooseInstrument(QStringLiteral("ghq-12"));
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_0);
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 0}}));
    QTest::keyClick(table, Qt::Key_4);
    QCOMPARE(m_form->answers().size(), 1);
}

void tst_MeasureEntryForm::dotOrDashSkipsAnItemAndBackspaceUndoes() {
    chooseInstrument(QStringLiteral("wai-s-client"));
    auto *table = find<QTableWidget>("itemTable");
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClicks(table, QStringLiteral("6.5-7"));
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 6}, {3, 5}, {5, 7}}));
    QCOMPARE(table->currentRow(), 5);
    QCOMPARE(find<QLineEdit>("quickEntryEdit")->text(), QStringLiteral("6.5.7"));
    QTest::keyClick(table, Qt::Key_Backspace);
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 6}, {3, 5}}));
    QCOMPARE(table->currentRow(), 4);
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentRow(), 2);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 6}}));
}

void tst_MeasureEntryForm::quickLineFillsEveryItemAndRefusesBadInput() {
    chooseInstrument(QStringLiteral("score-15"));
    auto *line = find<QLineEdit>("quickEntryEdit");
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("54321"));
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 5}, {2, 4}, {3, 3}, {4, 2}, {5, 1}}));
    QCOMPARE(find<QTableWidget>("itemTable")->item(3, 1)->text(), QStringLiteral("2"));
    QTest::keyClick(line, Qt::Key_7);
    QCOMPARE(line->text(), QStringLiteral("54321"));
    QCOMPARE(m_form->answers().size(), 5);
    QCOMPARE(find<QLabel>("entryMessage")->text(), QStringLiteral("item 6: 7 is outside 1 to 5"));
    QTest::keyClick(line, Qt::Key_X);
    QCOMPARE(line->text(), QStringLiteral("54321"));

    line->clear();
    QTest::keyClicks(line, QStringLiteral("5 4 - 2"));
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 5}, {2, 4}, {4, 2}}));
    QCOMPARE(find<QLabel>("entryMessage")->text(), QString());

    line->clear();
    QTest::keyClicks(line, QStringLiteral("1111111111111111"));
    QCOMPARE(line->text(), QStringLiteral("111111111111111"));
    QCOMPARE(m_form->answers().size(), 15);
}

void tst_MeasureEntryForm::flagsUpdateLive() {
    chooseInstrument(QStringLiteral("score-15"));
    auto *line = find<QLineEdit>("quickEntryEdit");
    line->setFocus();
    // Items 7 and 12 missing: total 24 x 15 / 13 = 27.69, prorated (tst_InstrumentScorer).
    QTest::keyClicks(line, QStringLiteral("241352.3514.352"));
    QCOMPARE(scoreCell(0, 1), QStringLiteral("27.69"));
    QCOMPARE(scoreCell(0, 3), QStringLiteral("prorated"));
    QCOMPARE(scoreCell(1, 3), QString());
    // Three more gone (items 2 and 4 as well): the total needs 12 answers and has 11.
    line->clear();
    QTest::keyClicks(line, QStringLiteral("2.1.52.3514.352"));
    QCOMPARE(scoreCell(0, 1), QStringLiteral("—"));
    QCOMPARE(scoreCell(0, 3), QStringLiteral("not scorable (needs 12)"));
    QCOMPARE(scoreCell(3, 3), QStringLiteral("not scorable (needs 4)"));
    QCOMPARE(scoreCell(2, 1), QStringLiteral("6.25"));
}

void tst_MeasureEntryForm::zeroMeansTenOnTheOneToTenRating() {
    chooseInstrument(QStringLiteral("family-life-rating"));
    auto *table = find<QTableWidget>("itemTable");
    table->setFocus();
    table->setCurrentCell(0, 1);
    QTest::keyClick(table, Qt::Key_0);
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 10}}));
    QCOMPARE(find<QLineEdit>("quickEntryEdit")->text(), QStringLiteral("10"));
    QCOMPARE(scoreCell(0, 1), QStringLiteral("10.00"));

    auto *line = find<QLineEdit>("quickEntryEdit");
    line->clear();
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("10"));
    QCOMPARE(m_form->answers(), (QMap<int, int>{{1, 10}}));
    QTest::keyClick(line, Qt::Key_1);
    QCOMPARE(line->text(), QStringLiteral("10"));
    QCOMPARE(find<QLabel>("entryMessage")->text(),
             QStringLiteral("item 1: 101 is outside 1 to 10"));
}

void tst_MeasureEntryForm::enterSavesAndADuplicateIsExplained() {
    chooseInstrument(QStringLiteral("score-15"));
    auto *family = find<QLineEdit>("familyEdit");
    family->setFocus();
    QTest::keyClicks(family, QStringLiteral("F042"));
    auto *line = find<QLineEdit>("quickEntryEdit");
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("241352435142352"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(administrationCount(), 1);
    QVERIFY(find<QLabel>("entryMessage")
                ->text()
                .startsWith(
                    QStringLiteral("Saved SCORE-15 for family F042 (mother, T1): score 30.00.")));
    QVERIFY(m_form->answers().isEmpty());

    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("111111111111111"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(administrationCount(), 1);
    QVERIFY(
        find<QLabel>("entryMessage")
            ->text()
            .startsWith(QStringLiteral("Family F042 already has SCORE-15 from the mother at T1")));
    // Nothing typed is lost: the answers are still there to be saved as another timepoint.
    QCOMPARE(m_form->answers().size(), 15);
    find<QComboBox>("timepointCombo")->setCurrentText(QStringLiteral("T2"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(administrationCount(), 2);

    // No family: refused with a message, nothing saved.
    family->clear();
    QTest::keyClicks(line, QStringLiteral("22222"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(find<QLabel>("entryMessage")->text(),
             QStringLiteral("Type the family's case code first."));
    QCOMPARE(administrationCount(), 2);
}

void tst_MeasureEntryForm::respondentsFollowTheQuestionnaire() {
    auto *respondents = find<QComboBox>("respondentCombo");
    chooseInstrument(QStringLiteral("wai-s-worker"));
    QCOMPARE(respondents->count(), 1);
    QCOMPARE(respondents->currentData().toString(), QStringLiteral("practitioner"));
    chooseInstrument(QStringLiteral("observer-engagement"));
    QCOMPARE(respondents->currentData().toString(), QStringLiteral("observer"));
    chooseInstrument(QStringLiteral("score-15"));
    QVERIFY(respondents->findData(QStringLiteral("practitioner")) < 0);
    QVERIFY(respondents->findData(QStringLiteral("young_person")) >= 0);
}

void tst_MeasureEntryForm::editAndDeleteAStoredQuestionnaire() {
    MeasuresRepository repository(*m_db);
    InstrumentResponse stored;
    stored.familyCode = QStringLiteral("F7");
    stored.respondent = QStringLiteral("father");
    stored.instrumentId = QStringLiteral("wai-s-client");
    stored.timepoint = QStringLiteral("T1");
    stored.administeredOn = QDate(2026, 1, 5);
    stored.mode = QStringLiteral("paper");
    stored.items = {{1, 6}, {2, 5}, {3, 7}, {4, 2},  {5, 6},  {6, 5},
                    {7, 7}, {8, 4}, {9, 6}, {10, 3}, {11, 5}, {12, 6}};
    const qint64 id = repository.add(stored);

    m_form->edit(*repository.find(id));
    QVERIFY(m_form->isEditing());
    QCOMPARE(find<QLineEdit>("quickEntryEdit")->text(), QStringLiteral("657265746356"));
    QCOMPARE(scoreCell(0, 1), QStringLiteral("5.67"));
    auto *table = find<QTableWidget>("itemTable");
    table->setFocus();
    table->setCurrentCell(11, 1);
    QTest::keyClick(table, Qt::Key_7);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(repository.find(id)->items.value(12), 7);
    QVERIFY(!m_form->isEditing());

    m_form->edit(*repository.find(id));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY(repository.find(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
    QVERIFY(!repository.find(id));
    QCOMPARE(administrationCount(), 0);
}

qint64 tst_MeasureEntryForm::openThenChangedElsewhere() {
    MeasuresRepository repository(*m_db);
    InstrumentResponse stored;
    stored.familyCode = QStringLiteral("F8");
    stored.respondent = QStringLiteral("father");
    stored.instrumentId = QStringLiteral("wai-s-client");
    stored.timepoint = QStringLiteral("T1");
    stored.administeredOn = QDate(2026, 1, 5);
    stored.mode = QStringLiteral("paper");
    stored.items = {{1, 6}, {2, 5}, {3, 7}, {4, 2},  {5, 6},  {6, 5},
                    {7, 7}, {8, 4}, {9, 6}, {10, 3}, {11, 5}, {12, 6}};
    const qint64 id = repository.add(stored);
    m_form->edit(*repository.find(id));

    const std::unique_ptr<Database> other = m_db->openAnotherConnection();
    MeasuresRepository theirs(*other);
    InstrumentResponse theirEdit = *theirs.find(id);
    theirEdit.items.insert(1, 3);
    theirs.update(theirEdit);

    auto *table = find<QTableWidget>("itemTable");
    table->setFocus();
    table->setCurrentCell(1, 1);
    QTest::keyClick(table, Qt::Key_7);
    return id;
}

void tst_MeasureEntryForm::aStaleSaveShowsBothAndKeepsMine() {
    const qint64 id = openThenChangedElsewhere();
    const int asked = ConflictDialog::askedCount();
    ConflictDialog::setNextChoice(ConflictDialog::Choice::KeepMine);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(ConflictDialog::askedCount(), asked + 1);
    const EditConflict conflict = ConflictDialog::lastConflict();
    QCOMPARE(conflict.message, QStringLiteral("Someone else changed this questionnaire while you "
                                              "were editing it (family F8). Your change was not "
                                              "saved."));
    // Both changed fields, each with their value beside the user's.
    QCOMPARE(conflict.fields.size(), 2);
    QCOMPARE(conflict.fields.at(0).label, QStringLiteral("Item 1"));
    QCOMPARE(conflict.fields.at(0).theirs, QStringLiteral("3"));
    QCOMPARE(conflict.fields.at(0).yours, QStringLiteral("6"));
    QCOMPARE(conflict.fields.at(1).label, QStringLiteral("Item 2"));
    QCOMPARE(conflict.fields.at(1).theirs, QStringLiteral("5"));
    QCOMPARE(conflict.fields.at(1).yours, QStringLiteral("7"));
    // Keeping mine saves the whole form as the user left it, on top of their version.
    const InstrumentResponse stored = *MeasuresRepository(*m_db).find(id);
    QCOMPARE(stored.items.value(1), 6);
    QCOMPARE(stored.items.value(2), 7);
    QCOMPARE(stored.version, 3);
    QVERIFY(!m_form->isEditing());
}

void tst_MeasureEntryForm::aStaleSaveShowsBothAndTakesTheirs() {
    const qint64 id = openThenChangedElsewhere();
    ConflictDialog::setNextChoice(ConflictDialog::Choice::TakeTheirs);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    // Nothing of the user's was saved; the form now shows their answers, still open to edit.
    const InstrumentResponse stored = *MeasuresRepository(*m_db).find(id);
    QCOMPARE(stored.items.value(1), 3);
    QCOMPARE(stored.items.value(2), 5);
    QCOMPARE(stored.version, 2);
    QVERIFY(m_form->isEditing());
    QCOMPARE(m_form->answers(), stored.items);
    // Saved again from there, it goes through.
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(MeasuresRepository(*m_db).find(id)->version, 3);
    QVERIFY(!m_form->isEditing());
}

QTEST_MAIN(tst_MeasureEntryForm)
#include "tst_MeasureEntryForm.moc"
