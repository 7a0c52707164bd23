#include "io/CsvColumn.h"

#include <QTest>

class tst_CsvColumn : public QObject {
    Q_OBJECT

private slots:
    void namesTheNumberColumnsExplicitly();
    void optionalKeepsTheKind();
};

void tst_CsvColumn::namesTheNumberColumnsExplicitly() {
    const CsvColumns columns =
        CsvColumn::fromNames({QStringLiteral("skill"), QStringLiteral("n"), QStringLiteral("key")},
                             {QStringLiteral("n")});
    QCOMPARE(CsvColumn::names(columns),
             QStringList({QStringLiteral("skill"), QStringLiteral("n"), QStringLiteral("key")}));
    QCOMPARE(columns.at(0).kind, CsvColumn::Kind::Text);
    QCOMPARE(columns.at(1).kind, CsvColumn::Kind::Number);
    QCOMPARE(columns.at(2).kind, CsvColumn::Kind::Text);
}

void tst_CsvColumn::optionalKeepsTheKind() {
    const CsvColumn column = CsvColumn::number(QStringLiteral("item_1")).optional();
    QCOMPARE(column.kind, CsvColumn::Kind::Number);
    QVERIFY(!column.required);
    QVERIFY(CsvColumn::text(QStringLiteral("a")).required);
}

QTEST_GUILESS_MAIN(tst_CsvColumn)
#include "tst_CsvColumn.moc"
