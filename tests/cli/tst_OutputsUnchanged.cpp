#include "CliBesideAppRig.h"
#include "TestDatabase.h"

#include <QDir>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace CliBesideAppRig;

// Refactoring must not change what users receive. Every report CSV and export the command line
// writes from both demo databases (fixed seed and end date) is compared, byte for byte, with
// the SHA-256 recorded in tests/data/golden/outputs.sha256 before the layers were reorganised.
//
// As tst_OutputsUnchanged_postgresql it copies both demos into PostgreSQL with copy-database and
// runs every output there too: each must be byte for byte the SQLite one, and the manifest's.
//
// When a change to an output is intended (a new column, a reworded note), run the test with
// PC_UPDATE_GOLDEN=1 to rewrite the manifest, and say in the commit which outputs changed and
// why.
class tst_OutputsUnchanged : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void outputs_data();
    void outputs();
    void cleanupTestCase();

private:
    struct Output {
        QString name;
        QString database;
        QStringList arguments;
    };
    QList<Output> plannedOutputs() const;
    static QString manifestPath();
    // Where two outputs first differ, for the failure message (demo data, nobody real).
    static QString firstDifference(const QString &expectedPath, const QString &actualPath);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    // Where each demo is read from on this run's engine: its SQLite file, or its PostgreSQL copy.
    QMap<QString, QString> m_location;
    QMap<QString, QByteArray> m_expected;
    QMap<QString, QByteArray> m_actual;
};

QString tst_OutputsUnchanged::manifestPath() {
    return QStringLiteral(PC_TEST_DATA "/golden/outputs.sha256");
}

void tst_OutputsUnchanged::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_environment = isolated(m_dir.filePath(QStringLiteral("home")));
    for (const QString &size : {QStringLiteral("service"), QStringLiteral("decade")}) {
        QDir().mkpath(m_dir.filePath(size));
        const Run made = practicecoder({QStringLiteral("demo"), QStringLiteral("--database"),
                                        m_dir.filePath(size + QStringLiteral("/demo.sqlite")),
                                        QStringLiteral("--size"), size, QStringLiteral("--seed"),
                                        QStringLiteral("1"), QStringLiteral("--end-date"),
                                        QStringLiteral("2026-06-30")},
                                       m_environment, 300000);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        m_location.insert(size, m_dir.filePath(size + QStringLiteral("/demo.sqlite")));
        if (TestDatabase::onPostgres()) {
            const QString copy = TestDatabase::freshPostgresUrl();
            const Run copied =
                practicecoder({QStringLiteral("copy-database"), QStringLiteral("--from"),
                               m_location.value(size), QStringLiteral("--to"), copy},
                              m_environment, 900000);
            QVERIFY2(copied.exitCode == 0, copied.err.constData());
            m_location.insert(size, copy);
        }
    }
    QFile manifest(manifestPath());
    if (manifest.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : manifest.readAll().split('\n')) {
            const qsizetype gap = line.indexOf("  ");
            if (gap > 0)
                m_expected.insert(QString::fromUtf8(line.mid(gap + 2)), line.left(gap));
        }
    }
}

QList<tst_OutputsUnchanged::Output> tst_OutputsUnchanged::plannedOutputs() const {
    const auto arguments = [](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list << QString::fromUtf8(word);
        return list;
    };
    QList<Output> outputs;
    for (const QString &size : {QStringLiteral("service"), QStringLiteral("decade")}) {
        const QString team = size == QLatin1String("service")
                                 ? QStringLiteral("team:CIN East")
                                 : QStringLiteral("team:Ashgrove CIN East");
        for (const char *kind : {"codings", "evidence", "measures"})
            outputs.append({size + QStringLiteral("/export-") + QLatin1String(kind), size,
                            arguments({"export", kind})});
        outputs.append({size + QStringLiteral("/reliability"), size, arguments({"reliability"})});
        outputs.append({size + QStringLiteral("/reliability-2025"), size,
                        arguments({"reliability", "--from", "2025-01-01", "--to", "2025-12-31"})});
        outputs.append({size + QStringLiteral("/report-service-quarter"), size,
                        arguments({"report", "--scope", "service", "--quarter", "2026-Q1"})});
        outputs.append({size + QStringLiteral("/report-service-year"), size,
                        arguments({"report", "--scope", "service", "--from", "2025-04-01", "--to",
                                   "2026-03-31"})});
        outputs.append({size + QStringLiteral("/report-team-quarter"), size,
                        QStringList{QStringLiteral("report"), QStringLiteral("--scope"), team,
                                    QStringLiteral("--quarter"), QStringLiteral("2025-Q4")}});
        const QString practitioner = size == QLatin1String("service")
                                         ? QStringLiteral("practitioner:P0022")
                                         : QStringLiteral("practitioner:P0394");
        outputs.append(
            {size + QStringLiteral("/report-practitioner-year"), size,
             QStringList{QStringLiteral("report"), QStringLiteral("--scope"), practitioner,
                         QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2025-12-31")}});
    }
    return outputs;
}

void tst_OutputsUnchanged::outputs_data() {
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("arguments");
    for (const Output &output : plannedOutputs())
        QTest::newRow(qPrintable(output.name)) << output.database << output.arguments;
}

void tst_OutputsUnchanged::outputs() {
    QFETCH(QString, database);
    QFETCH(QStringList, arguments);
    const QString name = QString::fromUtf8(QTest::currentDataTag());
    const QString out = m_dir.filePath(name + QStringLiteral(".csv"));
    const Run run = practicecoder(QStringList(arguments)
                                      << QStringLiteral("--database") << m_location.value(database)
                                      << QStringLiteral("--out") << out,
                                  m_environment, 300000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray actual = sha256Of(out).toHex();
    QVERIFY(!actual.isEmpty());
    if (TestDatabase::onPostgres()) {
        const QString sqliteOut = m_dir.filePath(name + QStringLiteral("-sqlite.csv"));
        const Run onSqlite = practicecoder(
            QStringList(arguments) << QStringLiteral("--database")
                                   << m_dir.filePath(database + QStringLiteral("/demo.sqlite"))
                                   << QStringLiteral("--out") << sqliteOut,
            m_environment, 300000);
        QVERIFY2(onSqlite.exitCode == 0, onSqlite.err.constData());
        QVERIFY2(sha256Of(sqliteOut).toHex() == actual,
                 qPrintable(QStringLiteral("%1 differs between SQLite and PostgreSQL: %2")
                                .arg(name, firstDifference(sqliteOut, out))));
    }
    m_actual.insert(name, actual);
    if (qEnvironmentVariableIsSet("PC_UPDATE_GOLDEN"))
        return;
    QVERIFY2(m_expected.contains(name),
             qPrintable(QStringLiteral("%1 is not in the manifest").arg(name)));
    QVERIFY2(m_expected.value(name) == actual,
             qPrintable(QStringLiteral("%1 is no longer byte for byte the same").arg(name)));
}

QString tst_OutputsUnchanged::firstDifference(const QString &expectedPath,
                                              const QString &actualPath) {
    QFile expectedFile(expectedPath);
    QFile actualFile(actualPath);
    if (!expectedFile.open(QIODevice::ReadOnly) || !actualFile.open(QIODevice::ReadOnly))
        return QStringLiteral("an output could not be read");
    const QList<QByteArray> expected = expectedFile.readAll().split('\n');
    const QList<QByteArray> actual = actualFile.readAll().split('\n');
    for (qsizetype line = 0; line < std::max(expected.size(), actual.size()); ++line) {
        const QByteArray want = expected.value(line);
        const QByteArray got = actual.value(line);
        if (want != got)
            return QStringLiteral("line %1 is\n  %2\non SQLite but\n  %3\non PostgreSQL")
                .arg(line + 1)
                .arg(QString::fromUtf8(want), QString::fromUtf8(got));
    }
    return QStringLiteral("the files differ");
}

void tst_OutputsUnchanged::cleanupTestCase() {
    // The manifest is written from SQLite's outputs only.
    if (!qEnvironmentVariableIsSet("PC_UPDATE_GOLDEN") || TestDatabase::onPostgres())
        return;
    QFile manifest(manifestPath());
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (auto it = m_actual.cbegin(); it != m_actual.cend(); ++it)
        manifest.write(it.value() + "  " + it.key().toUtf8() + '\n');
}

QTEST_GUILESS_MAIN(tst_OutputsUnchanged)
#include "tst_OutputsUnchanged.moc"
