#include "CliBesideAppRig.h"
#include "PracticeCoderProcess.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace CliBesideAppRig;

// Issue 10, item 11: a competing import used to print one "database is locked" line per row
// (100,004 of them) and import nothing. It must wait the busy timeout for the other writer, then
// print one line and exit 1, with nothing half imported; two imports at once must end with each
// either whole or absent and the file whole.
class tst_TwoWriters : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anImportBehindAnotherWriterSaysBusyOnce();
    void twoImportsAtOnceAreEachWholeOrAbsent();

private:
    // A staff file of rows practitioners coded PREFIX00001 … in the team "PREFIX team".
    QString staffFile(const QString &prefix, int rows);
    int practitionersCoded(const QString &prefix);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_database;
};

namespace {

const QString busyLine =
    QStringLiteral("The database is busy: another import is running. Nothing was imported.");

} // namespace

QString tst_TwoWriters::staffFile(const QString &prefix, int rows) {
    const QString path = m_dir.filePath(prefix + QStringLiteral(".csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("team,team_kind,practitioner_code,display_name,role,employment,joined_on\n");
    for (int i = 1; i <= rows; ++i)
        file.write(QStringLiteral("%1 team,CIN,%1%2,Worker %1 %2,social_worker,permanent,"
                                  "2025-01-06\n")
                       .arg(prefix)
                       .arg(i, 5, 10, QLatin1Char('0'))
                       .toUtf8());
    return path;
}

int tst_TwoWriters::practitionersCoded(const QString &prefix) {
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), prefix);
        db.setDatabaseName(m_database);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM practitioners WHERE code LIKE ?"));
            query.addBindValue(QString(prefix + QLatin1Char('%')));
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(prefix);
    return count;
}

void tst_TwoWriters::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_environment = PracticeCoderProcess::isolated(m_dir.filePath(QStringLiteral("home")));
    m_database = m_dir.filePath(QStringLiteral("practice.sqlite"));
    // A database of its own making: the first import creates it.
    const PracticeCoderProcess::Result first =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("import"), QStringLiteral("staff"),
                  staffFile(QStringLiteral("SEED"), 3), QStringLiteral("--database"), m_database});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(practitionersCoded(QStringLiteral("SEED")), 3);
}

void tst_TwoWriters::anImportBehindAnotherWriterSaysBusyOnce() {
    const QString csv = staffFile(QStringLiteral("HELD"), 2000);
    // Another program holds the write lock, longer than the import waits for it.
    QSqlDatabase holder =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(m_database);
    QVERIFY(holder.open());
    {
        QSqlQuery begin(holder);
        QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_environment)
            .run({QStringLiteral("import"), QStringLiteral("staff"), csv,
                  QStringLiteral("--database"), m_database});
    {
        QSqlQuery rollback(holder);
        QVERIFY(rollback.exec(QStringLiteral("ROLLBACK")));
    }
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));

    QCOMPARE(run.exitCode, 1);
    const QStringList lines =
        QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().endsWith(busyLine), qPrintable(lines.constFirst()));
    QCOMPARE(practitionersCoded(QStringLiteral("HELD")), 0);
    QCOMPARE(integrity(m_database), QStringLiteral("ok"));
}

void tst_TwoWriters::twoImportsAtOnceAreEachWholeOrAbsent() {
    const int rows = 5000;
    const QStringList prefixes = {QStringLiteral("AAA"), QStringLiteral("BBB")};
    const PracticeCoderProcess practicecoder(m_environment);
    std::vector<std::unique_ptr<QProcess>> imports;
    for (const QString &prefix : prefixes) {
        imports.push_back(practicecoder.start({QStringLiteral("import"), QStringLiteral("staff"),
                                               staffFile(prefix, rows),
                                               QStringLiteral("--database"), m_database}));
    }
    int succeeded = 0;
    for (size_t i = 0; i < imports.size(); ++i) {
        const PracticeCoderProcess::Result finished = practicecoder.finish(*imports.at(i));
        QVERIFY(finished.finished);
        const QByteArray err = finished.err;
        const int stored = practitionersCoded(prefixes.at(qsizetype(i)));
        if (finished.exitCode == 0) {
            ++succeeded;
            QCOMPARE(stored, rows);
        } else {
            // The one that lost waited, then said so once; none of its rows are in.
            const QStringList lines =
                QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.constFirst().endsWith(busyLine), qPrintable(lines.constFirst()));
            QCOMPARE(stored, 0);
        }
    }
    QVERIFY(succeeded >= 1);
    QCOMPARE(integrity(m_database), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_TwoWriters)
#include "tst_TwoWriters.moc"
