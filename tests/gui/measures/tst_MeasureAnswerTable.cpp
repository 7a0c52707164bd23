#include "instruments/InstrumentCatalogue.h"
#include "measures/MeasureAnswerTable.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

// The answer table on its own, without a form or a database: what it tells the form it sits in.
class tst_MeasureAnswerTable : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saysWhenTheLastItemIsAnswered();
    void reportsARefusedDigit();
    void enterInTheQuickLineAsksToSave();
    void answersAreKeptOnlyWhenAsked();

private:
    QTableWidget *items() const {
        return m_table->findChild<QTableWidget *>(QStringLiteral("itemTable"));
    }

    InstrumentCatalogue m_catalogue = InstrumentCatalogue::builtIn();
    std::unique_ptr<MeasureAnswerTable> m_table;
};

void tst_MeasureAnswerTable::init() {
    m_table = std::make_unique<MeasureAnswerTable>();
    m_table->setDefinition(m_catalogue.find(QStringLiteral("score-15")), false);
    m_table->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_table.get()));
}

void tst_MeasureAnswerTable::cleanup() {
    m_table.reset();
}

void tst_MeasureAnswerTable::saysWhenTheLastItemIsAnswered() {
    QSignalSpy last(m_table.get(), &MeasureAnswerTable::lastItemAnswered);
    items()->setFocus();
    items()->setCurrentCell(0, 1);
    QTest::keyClicks(items(), QStringLiteral("24135243514235"));
    QCOMPARE(last.count(), 0);
    QTest::keyClick(items(), Qt::Key_2);
    QCOMPARE(last.count(), 1);
    QCOMPARE(m_table->answers().size(), 15);
}

void tst_MeasureAnswerTable::reportsARefusedDigit() {
    QSignalSpy message(m_table.get(), &MeasureAnswerTable::message);
    items()->setFocus();
    items()->setCurrentCell(0, 1);
    QTest::keyClick(items(), Qt::Key_6);
    QCOMPARE(message.count(), 1);
    QCOMPARE(message.first().at(0).toString(),
             QStringLiteral("6 is not an answer on SCORE-15: answers run from 1 to 5."));
    QVERIFY(message.first().at(1).toBool());
    QVERIFY(m_table->answers().isEmpty());
}

void tst_MeasureAnswerTable::enterInTheQuickLineAsksToSave() {
    QSignalSpy save(m_table.get(), &MeasureAnswerTable::saveRequested);
    auto *line = m_table->findChild<QLineEdit *>(QStringLiteral("quickEntryEdit"));
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, QStringLiteral("54321"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(save.count(), 1);
    QCOMPARE(m_table->answers().value(5), 1);
}

void tst_MeasureAnswerTable::answersAreKeptOnlyWhenAsked() {
    m_table->setAnswers({{1, 3}, {2, 4}});
    QCOMPARE(items()->item(1, 1)->text(), QStringLiteral("4"));
    m_table->setDefinition(m_catalogue.find(QStringLiteral("score-15")), true);
    QCOMPARE(m_table->answers().size(), 2);
    m_table->setDefinition(m_catalogue.find(QStringLiteral("ghq-12")), false);
    QVERIFY(m_table->answers().isEmpty());
    QCOMPARE(items()->rowCount(), 12);
}

QTEST_MAIN(tst_MeasureAnswerTable)
#include "tst_MeasureAnswerTable.moc"
