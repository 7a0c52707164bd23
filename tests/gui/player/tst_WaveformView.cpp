// The waveform on its own, offscreen: zooming from the keys keeps the playhead in view, also
// while paused, when nothing else would bring it back.

#include "player/WaveformView.h"

#include <QTest>

class tst_WaveformView : public QObject {
    Q_OBJECT

private slots:
    void zoomingKeepsThePlayheadInView_data();
    void zoomingKeepsThePlayheadInView();
    void zoomingAroundThePlayheadKeepsItWhereItWas();
};

void tst_WaveformView::zoomingKeepsThePlayheadInView_data() {
    QTest::addColumn<qint64>("position");
    QTest::newRow("near the start") << qint64(4000);
    QTest::newRow("middle") << qint64(95000);
    QTest::newRow("near the end") << qint64(175000);
}

void tst_WaveformView::zoomingKeepsThePlayheadInView() {
    QFETCH(qint64, position);
    WaveformView view;
    view.resize(900, 150);
    view.setDuration(180000);
    view.setPosition(position);
    for (int i = 0; i < 5; ++i) {
        view.zoomIn();
        QVERIFY(view.viewSpanMs() > 0);
        QVERIFY2(view.viewStartMs() <= position &&
                     position <= view.viewStartMs() + view.viewSpanMs(),
                 qPrintable(QStringLiteral("zoom %1: %2 + %3 leaves out %4")
                                .arg(i + 1)
                                .arg(view.viewStartMs())
                                .arg(view.viewSpanMs())
                                .arg(position)));
    }
    // Scrolled away, then zoomed: the playhead is brought back into view.
    view.setViewStart(position > 90000 ? 0 : 170000);
    view.zoomIn();
    QVERIFY(view.viewStartMs() <= position && position <= view.viewStartMs() + view.viewSpanMs());
    view.zoomOut();
    QVERIFY(view.viewStartMs() <= position && position <= view.viewStartMs() + view.viewSpanMs());
}

void tst_WaveformView::zoomingAroundThePlayheadKeepsItWhereItWas() {
    WaveformView view;
    view.resize(900, 150);
    view.setDuration(180000);
    view.setPosition(45000); // a quarter of the way along: x = 225
    view.zoomIn();
    QCOMPARE(view.viewSpanMs(), 90000);
    // Still a quarter of the way across the view.
    QCOMPARE(view.viewStartMs(), 45000 - 90000 / 4);
}

QTEST_MAIN(tst_WaveformView)
#include "tst_WaveformView.moc"
