#include "io/CsvFormulaGuard.h"

#include <QTest>

class tst_CsvFormulaGuard : public QObject {
    Q_OBJECT

private slots:
    void guardsWhatASpreadsheetWouldRun();
    void restoreUndoesNeutraliseExactly_data();
    void restoreUndoesNeutraliseExactly();
    void restoreLeavesAQuoteItCouldNotHaveAdded();
    void recognisesPlainNumbers();
};

void tst_CsvFormulaGuard::guardsWhatASpreadsheetWouldRun() {
    for (const char *text : {"=1+1", "+1", "-1", "@A1", "\t1", "\r1", "'x"})
        QVERIFY2(CsvFormulaGuard::needsGuard(QString::fromUtf8(text)), text);
    for (const char *text : {"", "a=1", "1-2", " =1", "Warm"})
        QVERIFY2(!CsvFormulaGuard::needsGuard(QString::fromUtf8(text)), text);
    QCOMPARE(CsvFormulaGuard::neutralise(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(CsvFormulaGuard::neutralise(QStringLiteral("Warm")), QStringLiteral("Warm"));
}

void tst_CsvFormulaGuard::restoreUndoesNeutraliseExactly_data() {
    QTest::addColumn<QString>("text");
    int row = 0;
    for (const char *text : {"", "'", "''", "'''=", "=", "=SUM(A1)", "'=SUM(A1)", "-", "-2+3", "@",
                             "+", "\t", "\r", "plain", "'plain", "a'b"})
        QTest::addRow("%d", ++row) << QString::fromUtf8(text);
}

void tst_CsvFormulaGuard::restoreUndoesNeutraliseExactly() {
    QFETCH(QString, text);
    QCOMPARE(CsvFormulaGuard::restore(CsvFormulaGuard::neutralise(text)), text);
}

void tst_CsvFormulaGuard::restoreLeavesAQuoteItCouldNotHaveAdded() {
    QCOMPARE(CsvFormulaGuard::restore(QStringLiteral("'hello")), QStringLiteral("'hello"));
    QCOMPARE(CsvFormulaGuard::restore(QStringLiteral("'")), QStringLiteral("'"));
    QCOMPARE(CsvFormulaGuard::restore(QStringLiteral("'=1")), QStringLiteral("=1"));
}

void tst_CsvFormulaGuard::recognisesPlainNumbers() {
    for (const char *text : {"0", "-0.42", "27.69", "1.5e-05", "-3"})
        QVERIFY2(CsvFormulaGuard::isNumber(QString::fromUtf8(text)), text);
    for (const char *text : {"", "-", "-2+3", "1,5", "=1", "- 1", "1.", "fewer than 3"})
        QVERIFY2(!CsvFormulaGuard::isNumber(QString::fromUtf8(text)), text);
}

QTEST_GUILESS_MAIN(tst_CsvFormulaGuard)
#include "tst_CsvFormulaGuard.moc"
