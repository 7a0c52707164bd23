#include "CliBesideAppRig.h"
#include "DemoDatabaseFixture.h"
#include "PracticeCoderProcess.h"

#include "domain/CodingSchemeLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CliBesideAppRig;

// Issue 10, item 1: two windows of the application on one database (two coders sharing a
// file, or one user who opened it twice). When one closes, it must not take the other's
// write-ahead log with it; after a kill -9 of the other, every edit either reported saved is in
// the file, and the file is whole.
class tst_TwoAppInstances : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void closingOneLeavesTheOthersLocksAndLog();

private:
    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
};

void tst_TwoAppInstances::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString error =
        m_demo.make(m_dir.path(), QStringLiteral("practice.sqlite"), QStringLiteral("2025-06-30"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_TwoAppInstances::closingOneLeavesTheOthersLocksAndLog() {
    const QList<qint64> drafts = draftCodings(m_demo.database);
    QVERIFY2(drafts.size() >= 2, "the demo has draft codings to edit");
    const QStringList skills = CodingSchemeLoader::builtIn().skillKeys();
    QVERIFY(skills.size() >= 4);

    App first;
    App second;
    QString error;
    QVERIFY2(first.start(m_demo.database, m_demo.environment, &error), qPrintable(error));
    QVERIFY2(second.start(m_demo.database, m_demo.environment, &error), qPrintable(error));
    QVERIFY2(first.score(drafts.at(0), skills.at(0), 5, &error), qPrintable(error));
    QVERIFY2(second.score(drafts.at(1), skills.at(1), 4, &error), qPrintable(error));

    const QString wal = m_demo.database + QStringLiteral("-wal");
    const ino_t walBefore = inodeOf(wal);
    QVERIFY(walBefore != 0);
    QVERIFY(holdsPosixLock(first.pid(), m_demo.database));

    QVERIFY2(second.quit(), "the second window closes normally");
    QVERIFY2(holdsPosixLock(first.pid(), m_demo.database),
             "the first window still holds its lock after the second closed");
    QCOMPARE(inodeOf(wal), walBefore);

    QVERIFY2(first.score(drafts.at(0), skills.at(2), 3, &error), qPrintable(error));
    QVERIFY2(first.score(drafts.at(1), skills.at(3), 2, &error), qPrintable(error));
    first.kill9();

    QCOMPARE(integrity(m_demo.database), QStringLiteral("ok"));
    QCOMPARE(storedScore(m_demo.database, drafts.at(0), skills.at(0)), 5);
    QCOMPARE(storedScore(m_demo.database, drafts.at(1), skills.at(1)), 4);
    QCOMPARE(storedScore(m_demo.database, drafts.at(0), skills.at(2)), 3);
    QCOMPARE(storedScore(m_demo.database, drafts.at(1), skills.at(3)), 2);
}

QTEST_GUILESS_MAIN(tst_TwoAppInstances)
#include "tst_TwoAppInstances.moc"
