#include "io/ImportReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_ImportReport : public QObject {
    Q_OBJECT

private slots:
    void listsErrorsInLineOrder();
    void summarisesASuccessfulImport();
    void readsAFileOrNamesIt();
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

void tst_ImportReport::readsAFileOrNamesIt() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("staff.csv"));
    QByteArray seen;
    auto import = [&seen](const QByteArray &data) {
        seen = data;
        ImportReport report;
        report.added = 1;
        return report;
    };

    const ImportReport missing = ImportReport::fromFile(path, import);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errors.size(), 1);
    QCOMPARE(missing.errors.constFirst().line, 0);
    QVERIFY2(
        missing.errorLines().constFirst().startsWith(path + QStringLiteral(" cannot be read: ")),
        qPrintable(missing.errorLines().constFirst()));
    QVERIFY(seen.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,name\n");
    file.close();
    const ImportReport read = ImportReport::fromFile(path, import);
    QVERIFY(read.ok());
    QCOMPARE(read.added, 1);
    QCOMPARE(seen, QByteArray("code,name\n"));
}

QTEST_GUILESS_MAIN(tst_ImportReport)
#include "tst_ImportReport.moc"
