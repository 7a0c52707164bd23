#include "CliBesideAppRig.h"

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
    QProcessEnvironment m_environment;
    QString m_database;
};

void tst_TwoAppInstances::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_environment = isolated(m_dir.filePath(QStringLiteral("home")));
    m_database = m_dir.filePath(QStringLiteral("practice.sqlite"));
    QString error;
    QVERIFY2(makeDemo(m_database, m_environment, &error), qPrintable(error));
}

void tst_TwoAppInstances::closingOneLeavesTheOthersLocksAndLog() {
    const QList<qint64> drafts = draftCodings(m_database);
    QVERIFY2(drafts.size() >= 2, "the demo has draft codings to edit");
    const QStringList skills = CodingSchemeLoader::builtIn().skillKeys();
    QVERIFY(skills.size() >= 4);

    App first;
    App second;
    QString error;
    QVERIFY2(first.start(m_database, m_environment, &error), qPrintable(error));
    QVERIFY2(second.start(m_database, m_environment, &error), qPrintable(error));
    QVERIFY2(first.score(drafts.at(0), skills.at(0), 5, &error), qPrintable(error));
    QVERIFY2(second.score(drafts.at(1), skills.at(1), 4, &error), qPrintable(error));

    const QString wal = m_database + QStringLiteral("-wal");
    const ino_t walBefore = inodeOf(wal);
    QVERIFY(walBefore != 0);
    QVERIFY(holdsPosixLock(first.pid(), m_database));

    QVERIFY2(second.quit(), "the second window closes normally");
    QVERIFY2(holdsPosixLock(first.pid(), m_database),
             "the first window still holds its lock after the second closed");
    QCOMPARE(inodeOf(wal), walBefore);

    QVERIFY2(first.score(drafts.at(0), skills.at(2), 3, &error), qPrintable(error));
    QVERIFY2(first.score(drafts.at(1), skills.at(3), 2, &error), qPrintable(error));
    first.kill9();

    QCOMPARE(integrity(m_database), QStringLiteral("ok"));
    QCOMPARE(storedScore(m_database, drafts.at(0), skills.at(0)), 5);
    QCOMPARE(storedScore(m_database, drafts.at(1), skills.at(1)), 4);
    QCOMPARE(storedScore(m_database, drafts.at(0), skills.at(2)), 3);
    QCOMPARE(storedScore(m_database, drafts.at(1), skills.at(3)), 2);
}

QTEST_GUILESS_MAIN(tst_TwoAppInstances)
#include "tst_TwoAppInstances.moc"
