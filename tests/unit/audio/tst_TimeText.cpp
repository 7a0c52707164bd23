#include "audio/MarkerModel.h"
#include "audio/TimeText.h"

#include <QSignalSpy>
#include <QtTest>

// h:mm:ss formatting and parsing, and the marker list the coding panel pushes to the player.
class tst_TimeText : public QObject {
    Q_OBJECT

private slots:
    void format() {
        QCOMPARE(TimeText::format(0), QStringLiteral("0:00:00"));
        QCOMPARE(TimeText::format(3723000), QStringLiteral("1:02:03"));
        QCOMPARE(TimeText::format(7199999), QStringLiteral("1:59:59"));
        QCOMPARE(TimeText::format(61500, true), QStringLiteral("0:01:01.5"));
        QCOMPARE(TimeText::format(-5), QStringLiteral("0:00:00"));
    }
    void compact() {
        QCOMPARE(TimeText::compact(37400), QStringLiteral("0:37"));
        QCOMPARE(TimeText::compact(180000), QStringLiteral("3:00"));
        QCOMPARE(TimeText::compact(3723000), QStringLiteral("1:02:03"));
        QCOMPARE(TimeText::compact(-1), QStringLiteral("0:00"));
    }
    void parse() {
        QCOMPARE(TimeText::parse(QStringLiteral("1:02:03")), qint64(3723000));
        QCOMPARE(TimeText::parse(QStringLiteral(" 62:03 ")), qint64(3723000));
        QCOMPARE(TimeText::parse(QStringLiteral("75")), qint64(75000));
        QCOMPARE(TimeText::parse(QStringLiteral("0:00:01.25")), qint64(1250));
        QCOMPARE(TimeText::parse(QStringLiteral("1:75")), qint64(-1));
        QCOMPARE(TimeText::parse(QStringLiteral("abc")), qint64(-1));
        QCOMPARE(TimeText::parse(QString()), qint64(-1));
        QCOMPARE(TimeText::parse(QStringLiteral("1::2")), qint64(-1));
        QCOMPARE(TimeText::parse(QStringLiteral("-3")), qint64(-1));
    }
    void markersAreSortedAndSignalOnlyOnChange() {
        MarkerModel model;
        QSignalSpy changed(&model, &MarkerModel::markersChanged);
        const QList<Marker> markers = {{2, 9000, QStringLiteral("note"), QStringLiteral("b")},
                                       {1, 3000, QStringLiteral("strength"), QStringLiteral("a")}};
        model.setMarkers(markers);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.markers().first().id, qint64(1));
        model.setMarkers(markers);
        QCOMPARE(changed.count(), 1);
        model.setMarkers({});
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_TimeText)
#include "tst_TimeText.moc"
