// Dates typed as people type them: ISO and the UK's day-first forms, and nothing guessed.

#include "domain/DateText.h"

#include <QTest>

class tst_DateText : public QObject {
    Q_OBJECT

private slots:
    void readsIsoAndUkDates_data();
    void readsIsoAndUkDates();
    void refusesWhatCouldBeMisread_data();
    void refusesWhatCouldBeMisread();
    void formatsAsIso();
};

void tst_DateText::readsIsoAndUkDates_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    const QDate day(2026, 11, 25);
    QTest::newRow("ISO") << QStringLiteral("2026-11-25") << day;
    QTest::newRow("ISO with spaces") << QStringLiteral("  2026-11-25 ") << day;
    QTest::newRow("UK slashes") << QStringLiteral("25/11/2026") << day;
    QTest::newRow("UK dashes") << QStringLiteral("25-11-2026") << day;
    QTest::newRow("UK dots") << QStringLiteral("25.11.2026") << day;
    QTest::newRow("short month") << QStringLiteral("25 Nov 2026") << day;
    QTest::newRow("full month") << QStringLiteral("25 November 2026") << day;
    QTest::newRow("month in capitals") << QStringLiteral("25 NOV 2026") << day;
    QTest::newRow("Sept") << QStringLiteral("3 Sept 2026") << QDate(2026, 9, 3);
    QTest::newRow("single digits") << QStringLiteral("5/3/2026") << QDate(2026, 3, 5);
    QTest::newRow("day first, not month first")
        << QStringLiteral("01/02/2026") << QDate(2026, 2, 1);
    QTest::newRow("leap day") << QStringLiteral("29/02/2028") << QDate(2028, 2, 29);
}

void tst_DateText::readsIsoAndUkDates() {
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QCOMPARE(DateText::parse(typed), expected);
}

void tst_DateText::refusesWhatCouldBeMisread_data() {
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << QString();
    QTest::newRow("no year") << QStringLiteral("25 Nov");
    QTest::newRow("two-digit year") << QStringLiteral("25/11/26");
    QTest::newRow("impossible day") << QStringLiteral("31/02/2026");
    QTest::newRow("not a leap year") << QStringLiteral("29/02/2026");
    QTest::newRow("month 13") << QStringLiteral("2026-13-01");
    QTest::newRow("mixed separators") << QStringLiteral("25/11-2026");
    QTest::newRow("unknown month") << QStringLiteral("25 Nob 2026");
    QTest::newRow("words") << QStringLiteral("last Tuesday");
    QTest::newRow("a time") << QStringLiteral("10:30");
}

void tst_DateText::refusesWhatCouldBeMisread() {
    QFETCH(QString, typed);
    QVERIFY2(!DateText::parse(typed).isValid(), qPrintable(typed));
}

void tst_DateText::formatsAsIso() {
    QCOMPARE(DateText::format(QDate(2026, 11, 5)), QStringLiteral("2026-11-05"));
    QCOMPARE(DateText::format(QDate()), QString());
}

QTEST_GUILESS_MAIN(tst_DateText)
#include "tst_DateText.moc"
