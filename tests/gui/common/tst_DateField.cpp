// The date field: typed ISO and UK dates are read whole, half-typed text changes nothing, and
// what cannot be read is shown as a problem rather than guessed.

#include "common/DateField.h"

#include <QSignalSpy>
#include <QTest>

class tst_DateField : public QObject {
    Q_OBJECT

private slots:
    void typedDatesAreReadWhole();
    void unreadableTextIsNotADate();
    void aDateSetQuietlyIsNoChangeWhenTypedAgain();
};

void tst_DateField::typedDatesAreReadWhole() {
    DateField field;
    QSignalSpy changed(&field, &DateField::dateChanged);
    QTest::keyClicks(&field, QStringLiteral("25/11/2026"));
    // "2", "25", ... "25/11/202" are no date yet; only the whole text is one.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDate(), QDate(2026, 11, 25));
    QCOMPARE(field.date(), QDate(2026, 11, 25));
    emit field.editingFinished();
    QCOMPARE(field.text(), QStringLiteral("2026-11-25")); // written back as understood
    field.clear();
    QTest::keyClicks(&field, QStringLiteral("2026-11-25"));
    QCOMPARE(field.date(), QDate(2026, 11, 25));
}

void tst_DateField::unreadableTextIsNotADate() {
    DateField field(QDate(2026, 1, 5), nullptr);
    QSignalSpy changed(&field, &DateField::dateChanged);
    field.setText(QStringLiteral("31/02/2026"));
    QVERIFY(field.isUnreadable());
    QVERIFY(!field.date().isValid());
    QCOMPARE(changed.count(), 0);
    field.clear();
    QVERIFY(field.isEmpty());
    QVERIFY(!field.isUnreadable());
    QCOMPARE(changed.count(), 1); // cleared: no date
}

void tst_DateField::aDateSetQuietlyIsNoChangeWhenTypedAgain() {
    DateField field;
    {
        const QSignalBlocker block(&field);
        field.setDate(QDate(2025, 3, 31));
    }
    QSignalSpy changed(&field, &DateField::dateChanged);
    field.setText(QStringLiteral("31 Mar 2025"));
    QCOMPARE(changed.count(), 0);
    field.setText(QStringLiteral("1 Apr 2025"));
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(tst_DateField)
#include "tst_DateField.moc"
