#include "domain/ActiveTimeTracker.h"

#include <QTest>

class tst_ActiveTimeTracker : public QObject {
    Q_OBJECT

private slots:
    void countsGapsUpToTheIdleLimit();
    void takePendingResets();
};

void tst_ActiveTimeTracker::countsGapsUpToTheIdleLimit() {
    ActiveTimeTracker tracker;
    tracker.activity(0);
    tracker.activity(119000); // just under two minutes: active
    tracker.activity(240000); // 121 s: idle, left out entirely
    tracker.activity(250000);
    tracker.activity(250000); // the same moment twice adds nothing
    tracker.activity(200000); // a clock going backwards adds nothing
    QCOMPARE(tracker.totalMs(), 129000);
}

void tst_ActiveTimeTracker::takePendingResets() {
    ActiveTimeTracker tracker(1000);
    tracker.activity(0);
    tracker.activity(500);
    QCOMPARE(tracker.takePending(), 500);
    QCOMPARE(tracker.takePending(), 0);
    tracker.activity(900);
    QCOMPARE(tracker.takePending(), 400);
    QCOMPARE(tracker.totalMs(), 900);
    tracker.reset();
    tracker.activity(5000);
    QCOMPARE(tracker.totalMs(), 0);
}

QTEST_GUILESS_MAIN(tst_ActiveTimeTracker)
#include "tst_ActiveTimeTracker.moc"
