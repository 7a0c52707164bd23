#include "storage/Database.h"
#include "storage/ScopedTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_ScopedTransaction : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rollsBackWithoutCommit();
    void rollsBackWhenAnExceptionLeavesTheScope();
    void keepsCommittedWork();

private:
    int serviceCount();
    void insertService(const QString &name);

    QTemporaryDir m_dir;
    Database m_db;
};

void tst_ScopedTransaction::initTestCase() {
    m_db.open(m_dir.filePath(QStringLiteral("tx.sqlite")));
}

int tst_ScopedTransaction::serviceCount() {
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM services")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_ScopedTransaction::insertService(const QString &name) {
    QSqlQuery query = m_db.prepare(QStringLiteral("INSERT INTO services (name) VALUES (?)"));
    query.addBindValue(name);
    Database::exec(query, QStringLiteral("insert"));
}

void tst_ScopedTransaction::rollsBackWithoutCommit() {
    const int before = serviceCount();
    {
        ScopedTransaction transaction(m_db.connection());
        insertService(QStringLiteral("Uncommitted"));
        QCOMPARE(serviceCount(), before + 1);
    }
    QCOMPARE(serviceCount(), before);
}

void tst_ScopedTransaction::rollsBackWhenAnExceptionLeavesTheScope() {
    const int before = serviceCount();
    try {
        ScopedTransaction transaction(m_db.connection());
        insertService(QStringLiteral("First"));
        insertService(QStringLiteral("First")); // UNIQUE: throws
        transaction.commit();
        QFAIL("the duplicate insert did not throw");
    } catch (const std::exception &) {
    }
    QCOMPARE(serviceCount(), before);
}

void tst_ScopedTransaction::keepsCommittedWork() {
    const int before = serviceCount();
    {
        ScopedTransaction transaction(m_db.connection());
        insertService(QStringLiteral("Committed"));
        transaction.commit();
    }
    QCOMPARE(serviceCount(), before + 1);
}

QTEST_GUILESS_MAIN(tst_ScopedTransaction)
#include "tst_ScopedTransaction.moc"
