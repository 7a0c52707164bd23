#include "exchange/SavWriter.h"
#include "io/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The SPSS writer on its own: what goes in comes back out of `readstat` (long and non-English
// text, codes, numbers, missing values), and every way a row can fail to fit is refused with a
// reason instead of being written wrong.
class tst_SavWriter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void rowsReadBackWithReadstat();
    void refusesAnUnknownCode();
    void refusesTextInANumberColumn();
    void refusesRowsThatChangeBetweenReadings();
    void reportsAWriteFailure();
    void cutsLongValueLabelsAtAWord();

private:
    QList<SavWriter::Variable> variables() const;
    SavWriter::Rows rows(const QList<QStringList> &data) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SavWriter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<SavWriter::Variable> tst_SavWriter::variables() const {
    using Variable = SavWriter::Variable;
    Variable score = Variable::number(QStringLiteral("empathy"), QStringLiteral("Empathy score"));
    score.valueLabels = {{1, QStringLiteral("Low")}, {5, QStringLiteral("High")}};
    return {Variable::text(QStringLiteral("comment"), QStringLiteral("Coder's comment")),
            Variable::coded(QStringLiteral("coding_role"), QStringLiteral("Coding role"),
                            {QStringLiteral("primary"), QStringLiteral("second")}),
            score, Variable::number(QStringLiteral("value"), QStringLiteral("Scale score"), 2)};
}

SavWriter::Rows tst_SavWriter::rows(const QList<QStringList> &data) const {
    return [data](const SavWriter::RowVisitor &visit, QString *) {
        for (const QStringList &row : data)
            visit(row);
        return true;
    };
}

void tst_SavWriter::rowsReadBackWithReadstat() {
    const QString longText = QStringLiteral("Père et enfant — ") + QString(20000, u'x');
    const QList<QStringList> data = {
        {longText, QStringLiteral("primary"), QStringLiteral("4"), QStringLiteral("27.69")},
        {QString(), QStringLiteral("second"), QString(), QString()},
    };
    const QString path = m_dir->filePath(QStringLiteral("rows.sav"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(SavWriter::write(&file, variables(), rows(data), &error), qPrintable(error));
    file.close();

    const QString readstat = QStandardPaths::findExecutable(QStringLiteral("readstat"));
    if (readstat.isEmpty())
        QSKIP("The readstat command is not installed (Debian: readstat), so the file written "
              "cannot be read back.");
    QProcess process;
    process.start(readstat, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    CsvReader csv;
    QVERIFY2(csv.parse(process.readAllStandardOutput(), &error), qPrintable(error));
    QCOMPARE(csv.header(), QStringList({QStringLiteral("comment"), QStringLiteral("coding_role"),
                                        QStringLiteral("empathy"), QStringLiteral("value")}));
    QCOMPARE(csv.records().size(), 2);
    QCOMPARE(csv.records().at(0).fields,
             QStringList({longText, QStringLiteral("1.000000"), QStringLiteral("4.000000"),
                          QStringLiteral("27.690000")}));
    QCOMPARE(csv.records().at(1).fields,
             QStringList({QString(), QStringLiteral("2.000000"), QString(), QString()}));
}

void tst_SavWriter::refusesAnUnknownCode() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!SavWriter::write(
        &buffer, variables(),
        rows({{QString(), QStringLiteral("consensus"), QString(), QString()}}), &error));
    QCOMPARE(error, QStringLiteral("coding_role \"consensus\" is not one of primary, second"));
}

void tst_SavWriter::refusesTextInANumberColumn() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!SavWriter::write(
        &buffer, variables(),
        rows({{QString(), QStringLiteral("primary"), QString(), QStringLiteral("high")}}), &error));
    QCOMPARE(error, QStringLiteral("value \"high\" is not a number"));
}

void tst_SavWriter::refusesRowsThatChangeBetweenReadings() {
    const QStringList row = {QStringLiteral("a"), QStringLiteral("primary"), QString(), QString()};
    const QStringList longer = {QStringLiteral("a much longer comment"), QStringLiteral("primary"),
                                QString(), QString()};
    for (const QList<QList<QStringList>> &readings : {QList<QList<QStringList>>{{row}, {row, row}},
                                                      QList<QList<QStringList>>{{row, row}, {row}},
                                                      QList<QList<QStringList>>{{row}, {longer}}}) {
        int reading = 0;
        const SavWriter::Rows changing = [&](const SavWriter::RowVisitor &visit, QString *) {
            for (const QStringList &each : readings.at(reading))
                visit(each);
            ++reading;
            return true;
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!SavWriter::write(&buffer, variables(), changing, &error));
        QCOMPARE(error, QStringLiteral("the data changed while it was being exported; try again"));
    }
}

void tst_SavWriter::reportsAWriteFailure() {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!SavWriter::write(&readOnly, variables(),
                              rows({{QString(), QStringLiteral("primary"), QString(), QString()}}),
                              &error));
    QCOMPARE(error, QStringLiteral("the file could not be written to the end (is the disk full?)"));
}

void tst_SavWriter::cutsLongValueLabelsAtAWord() {
    const QString label = QStringLiteral("Consistently helps the parent put their own motivation "
                                         "and ideas into words, and makes them the heart of the "
                                         "plan that the family and the worker agree together.");
    QVERIFY(label.toUtf8().size() > 120);
    const QString cut = SavWriter::fitValueLabel(label);
    QVERIFY(cut.toUtf8().size() <= 120);
    QVERIFY(cut.endsWith(QStringLiteral("…")));
    QVERIFY(label.startsWith(cut.chopped(1) + u' '));
    QCOMPARE(SavWriter::fitValueLabel(QStringLiteral("Low")), QStringLiteral("Low"));
}

QTEST_GUILESS_MAIN(tst_SavWriter)
#include "tst_SavWriter.moc"
