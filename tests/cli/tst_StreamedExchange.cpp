#include "DemoRowsFixture.h"
#include "PeakMemory.h"
#include "storage/Database.h"
#include "storage/DemoWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// Exports and imports of years of history stream their rows: the memory the real binary holds
// does not grow with the data. Each run is compared with the same command on a database (or
// file) of one row, in the same test, so the bound is on what the data adds, not on how much
// memory Qt and SQLite need to start. The data is large enough (a few hundred MB if held)
// that holding it would pass the bound many times over.
class tst_StreamedExchange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsHoldOneRowAtATime_data();
    void exportsHoldOneRowAtATime();
    void importHoldsOnlyKeys();

private:
    static void fill(const QString &path, int recordings, int administrations);
    qint64 peakKb(const QStringList &arguments, int expectedExit = 0);

    QTemporaryDir m_dir;
    QString m_small;
    QString m_large;
};

namespace {

// What the data may add to the command's peak memory: SQLite's page cache (64 MB, see
// SqliteDialect) and a little more; holding the rows would add hundreds of MB.
constexpr qint64 AllowedExtraKb = (64 + 24) * 1024;
constexpr qint64 AllowedImportExtraKb = 24 * 1024;

QString longText(int i) {
    return QStringLiteral("Session %1: ").arg(i) + QString(16000, QLatin1Char('x'));
}

} // namespace

void tst_StreamedExchange::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("HOME", m_dir.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral(".config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral(".local/share")).toLocal8Bit());
    m_small = m_dir.filePath(QStringLiteral("small.sqlite"));
    m_large = m_dir.filePath(QStringLiteral("large.sqlite"));
    fill(m_small, 1, 1);
    fill(m_large, 4000, 40000);
}

void tst_StreamedExchange::fill(const QString &path, int recordings, int administrations) {
    Database database;
    database.open(path);
    const QDateTime when(QDate(2025, 3, 4), QTime(9, 30), QTimeZone::utc());
    DemoWriter writer(database);
    const qint64 service = writer.addService(QStringLiteral("Children's Services"));
    const qint64 team = writer.addTeam(service, QStringLiteral("North CIN"), QStringLiteral("CIN"));
    const qint64 coder =
        writer.addUser(QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("evaluator"));
    const qint64 worker = writer.addPractitioner(QStringLiteral("P0001"), QStringLiteral("Sam Lee"),
                                                 QStringLiteral("social_worker"),
                                                 QStringLiteral("permanent"), QDate());
    const qint64 family =
        writer.addFamily(QStringLiteral("F25-0001"), QStringLiteral("child_in_need"));
    for (int i = 0; i < recordings; ++i) {
        Recording recording = DemoRowsFixture::homeVisit(worker, team, family);
        recording.code = QStringLiteral("R2025-%1").arg(i, 5, 10, QLatin1Char('0'));
        DemoWriter::CodingRow coding;
        coding.recordingId = writer.addRecording(recording, when);
        coding.coderId = coder;
        coding.schemeId = QStringLiteral("msw");
        coding.schemeVersion = 1;
        coding.role = QStringLiteral("primary");
        coding.windowEndMs = 60000;
        coding.createdAt = when;
        coding.updatedAt = when;
        coding.finalisedAt = when;
        coding.comment = longText(i);
        const qint64 codingId = writer.addCoding(coding);
        writer.addScore(codingId, QStringLiteral("empathy"), 1 + i % 5, QString());
        const qint64 note =
            writer.addNote(codingId, 1000, QStringLiteral("strength"), longText(i), when);
        writer.addNoteSkill(note, QStringLiteral("empathy"));
    }
    const QStringList respondents = {QStringLiteral("mother"), QStringLiteral("father"),
                                     QStringLiteral("carer"), QStringLiteral("young_person")};
    qint64 measuredFamily = family;
    for (int i = 0; i < administrations; ++i) {
        if (i % 8 == 0 && i > 0)
            measuredFamily =
                writer.addFamily(QStringLiteral("F25-M%1").arg(i), QStringLiteral("child_in_need"));
        DemoWriter::AdministrationRow row;
        row.familyId = measuredFamily;
        row.respondent = respondents.at(i % 4);
        row.instrument = QStringLiteral("score-15");
        row.timepoint = i % 8 < 4 ? QStringLiteral("T1") : QStringLiteral("T2");
        row.administeredOn = QDate(2025, 1, 1).addDays(i % 300);
        row.mode = QStringLiteral("paper");
        row.createdAt = when;
        const qint64 id = writer.addAdministration(row);
        for (int item = 1; item <= 15; ++item)
            writer.addItemResponse(id, item, 1 + (i + item) % 5);
    }
    writer.commit();
    database.close();
}

qint64 tst_StreamedExchange::peakKb(const QStringList &arguments, int expectedExit) {
    const PeakMemory::Run run = PeakMemory::run(QStringLiteral(PC_PRACTICECODER), arguments);
    if (!run.started || run.exitCode != expectedExit) {
        qWarning() << "practicecoder" << arguments << "exited with" << run.exitCode;
        return -1;
    }
    return run.peakKb;
}

void tst_StreamedExchange::exportsHoldOneRowAtATime_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("extension");
    QTest::newRow("codings (long comments)") << QStringLiteral("codings") << QStringLiteral(".csv");
    QTest::newRow("evidence (long notes)") << QStringLiteral("evidence") << QStringLiteral(".csv");
    QTest::newRow("measures (40,000 questionnaires)")
        << QStringLiteral("measures") << QStringLiteral(".csv");
    // The SPSS file reads the rows twice (to count them first), still one at a time.
    QTest::newRow("codings as SPSS") << QStringLiteral("codings") << QStringLiteral(".sav");
    QTest::newRow("measures as SPSS") << QStringLiteral("measures") << QStringLiteral(".sav");
}

void tst_StreamedExchange::exportsHoldOneRowAtATime() {
    QFETCH(QString, kind);
    QFETCH(QString, extension);
    const QString out = m_dir.filePath(kind + extension);
    const qint64 small = peakKb({QStringLiteral("export"), kind, QStringLiteral("--database"),
                                 m_small, QStringLiteral("--out"), out});
    const qint64 large = peakKb({QStringLiteral("export"), kind, QStringLiteral("--database"),
                                 m_large, QStringLiteral("--out"), out});
    QVERIFY(small > 0 && large > 0);
    // The file really holds the data, so the bound is not met by writing nothing.
    QVERIFY2(QFile(out).size() > 50 * 1024 * 1024 || kind == QLatin1String("measures"),
             qPrintable(QString::number(QFile(out).size())));
    QVERIFY2(
        large - small <= AllowedExtraKb,
        qPrintable(
            QStringLiteral("one row: %1 kB, the large database: %2 kB").arg(small).arg(large)));
}

void tst_StreamedExchange::importHoldsOnlyKeys() {
    const auto write = [this](const QString &name, int rows) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        QByteArray text = "family_code,respondent,instrument,timepoint,administered_on,mode";
        for (int item = 1; item <= 15; ++item)
            text += ",item_" + QByteArray::number(item);
        text += '\n';
        const char *respondents[] = {"mother", "father", "carer", "young_person"};
        for (int row = 0; row < rows; ++row) {
            text += "F" + QByteArray::number(100000 + row / 8) + ',' + respondents[row % 4] +
                    ",score-15," + (row % 8 < 4 ? "T1" : "T2") + ",2024-05-1" +
                    QByteArray::number(row % 10) + ",paper";
            for (int item = 1; item <= 15; ++item)
                text += ',' + QByteArray::number(1 + (row + item) % 5);
            text += '\n';
        }
        file.write(text);
        return path;
    };
    const QString one = write(QStringLiteral("one.csv"), 1);
    const QString many = write(QStringLiteral("many.csv"), 20000);
    QVERIFY(!one.isEmpty() && !many.isEmpty());
    const qint64 small =
        peakKb({QStringLiteral("import"), QStringLiteral("measures"), one,
                QStringLiteral("--database"), m_dir.filePath(QStringLiteral("import-one.sqlite"))});
    const QString target = m_dir.filePath(QStringLiteral("import-many.sqlite"));
    const qint64 large = peakKb({QStringLiteral("import"), QStringLiteral("measures"), many,
                                 QStringLiteral("--database"), target});
    QVERIFY(small > 0 && large > 0);
    // Every row went in, so the bound is not met by importing nothing.
    const QString exported = m_dir.filePath(QStringLiteral("imported.csv"));
    QVERIFY(peakKb({QStringLiteral("export"), QStringLiteral("measures"),
                    QStringLiteral("--database"), target, QStringLiteral("--out"), exported}) > 0);
    QFile check(exported);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll().count('\n'), qsizetype(1 + 20000 * 4)); // total and 3 subscales
    QVERIFY2(
        large - small <= AllowedExtraKb,
        qPrintable(QStringLiteral("one row: %1 kB, 20,000 rows: %2 kB").arg(small).arg(large)));
}

QTEST_GUILESS_MAIN(tst_StreamedExchange)
#include "tst_StreamedExchange.moc"
