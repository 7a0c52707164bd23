#include "policy/DoubleCodingSample.h"

#include <QTest>

// The double-coding sample: about one recording in five, the same for everyone, and only while
// the primary coding is recent.
class tst_DoubleCodingSample : public QObject {
    Q_OBJECT

private slots:
    void takesAboutOneInFive();
    void isTheSameEveryTime();
    void wantsOnlyRecentPrimaryCodings();
};

void tst_DoubleCodingSample::takesAboutOneInFive() {
    int sampled = 0;
    const int codes = 10000;
    for (int n = 1; n <= codes; ++n)
        sampled +=
            DoubleCodingSample::isSampled(QStringLiteral("R-2026-%1").arg(n, 4, 10, QChar(u'0')))
                ? 1
                : 0;
    // 20% of 10,000 is 2,000, with a standard deviation of 40.
    QVERIFY2(sampled > 1800 && sampled < 2200, qPrintable(QString::number(sampled)));
}

void tst_DoubleCodingSample::isTheSameEveryTime() {
    QStringList first;
    QStringList again;
    for (int n = 1; n <= 200; ++n) {
        const QString code = QStringLiteral("R-%1").arg(n);
        if (DoubleCodingSample::isSampled(code))
            first.append(code);
    }
    for (int n = 1; n <= 200; ++n) {
        const QString code = QStringLiteral("R-%1").arg(n);
        if (DoubleCodingSample::isSampled(code))
            again.append(code);
    }
    QCOMPARE(again, first);
    QVERIFY(!first.isEmpty());
    QVERIFY(first.size() < 200);
}

void tst_DoubleCodingSample::wantsOnlyRecentPrimaryCodings() {
    QString code = QStringLiteral("R-1");
    for (int n = 2; !DoubleCodingSample::isSampled(code); ++n)
        code = QStringLiteral("R-%1").arg(n);
    const QDate finalised(2026, 3, 1);
    QVERIFY(DoubleCodingSample::wants(code, finalised, finalised));
    QVERIFY(DoubleCodingSample::wants(code, finalised, finalised.addDays(91)));
    QVERIFY(!DoubleCodingSample::wants(code, finalised, finalised.addDays(92)));
    QVERIFY(!DoubleCodingSample::wants(code, QDate(), finalised));
}

QTEST_GUILESS_MAIN(tst_DoubleCodingSample)
#include "tst_DoubleCodingSample.moc"
