#include "io/ImportReport.h"

#include <QTest>

class tst_ImportReport : public QObject {
    Q_OBJECT

private slots:
    void listsErrorsInLineOrder();
    void summarisesASuccessfulImport();
};

void tst_ImportReport::listsErrorsInLineOrder() {
    ImportReport report;
    QVERIFY(report.ok());
    report.addError(7, QStringLiteral("score 6 is outside 1-5"));
    report.addError(0, QStringLiteral("missing column: coder"));
    report.addError(3, QStringLiteral("unknown practitioner P999"));
    QVERIFY(!report.ok());
    QCOMPARE(report.errorLines(), QStringList({QStringLiteral("missing column: coder"),
                                               QStringLiteral("line 3: unknown practitioner P999"),
                                               QStringLiteral("line 7: score 6 is outside 1-5")}));
}

void tst_ImportReport::summarisesASuccessfulImport() {
    ImportReport report;
    report.added = 10;
    report.updated = 2;
    QCOMPARE(report.summary(),
             QStringLiteral("imported 12 rows: 10 added, 2 updated, 0 unchanged"));
}

QTEST_GUILESS_MAIN(tst_ImportReport)
#include "tst_ImportReport.moc"
