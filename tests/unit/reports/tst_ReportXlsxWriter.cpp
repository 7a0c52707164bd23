#include "FileSizeLimit.h"
#include "XlsxReadBack.h"
#include "reports/ReportCsvWriter.h"
#include "reports/ReportXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QTest>
#include <memory>

// The Excel workbook of a report: the About sheet, the same numbers as the CSV stored as
// numbers with a sensible format, withheld figures as text with a note, and whole or absent.
class tst_ReportXlsxWriter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void startsWithAnAboutSheet();
    void holdsTheCsvNumbersAsNumbers();
    void formatsCountsMeansAndShares();
    void showsAWithheldFigureAsTextWithANote();
    void aFullDiskLeavesNoFile();
    void aFullDiskKeepsThePreviousFile();
    void aMissingFolderIsNamed();

private:
    ReportData m_data;
    std::unique_ptr<QTemporaryDir> m_folder;
    QDir m_dir;
};

namespace {

Figure figure(int n, double value, double lower = Figure::none, double upper = Figure::none) {
    Figure f;
    f.n = n;
    f.value = value;
    f.lower = lower;
    f.upper = upper;
    return f;
}

Figure withheld() {
    Figure f;
    f.suppressed = true;
    return f;
}

QStringList folderEntries(const QString &folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

void tst_ReportXlsxWriter::init() {
    // A folder of its own for each test, so that each can check nothing else is left in it.
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_dir = QDir(m_folder->path());
    m_data = ReportData();
    m_data.spec.scope = ReportSpec::Scope::Service;
    m_data.spec.period = ReportPeriod::ofQuarter(2025, 1);
    m_data.generatedOn = QDate(2025, 6, 2);
    m_data.asOf = QDate(2025, 3, 31);
    m_data.suppressionThreshold = 3;
    m_data.codings = 42;
    m_data.practitionersObserved = 11;
    m_data.practitionersActive = 14;
    m_data.overall = figure(42, 3.123457, 2.9, 3.35);
    m_data.previousPeriod = ReportPeriod::ofQuarter(2024, 4);
    m_data.previousOverall = withheld();
    m_data.changeOnPrevious.withheldReason = QStringLiteral("the period is incomplete");
    SkillSummary skill;
    skill.key = QStringLiteral("empathy");
    skill.name = QStringLiteral("Empathy");
    skill.mean = figure(40, 3.5, 3.25, 3.75);
    skill.distribution = {figure(40, 0.05), figure(40, 0.1), figure(40, 0.25), figure(40, 0.4),
                          figure(40, 0.2)};
    m_data.skills = {skill};
    FamilyChangeSummary change;
    change.instrumentId = QStringLiteral("score-15");
    change.scaleKey = QStringLiteral("total");
    change.before = figure(8, 3.1);
    change.after = figure(8, 2.6);
    change.change = figure(8, -0.5, -0.8, -0.2);
    change.p = 0.0123;
    change.reliableImprovement = figure(8, 0.375);
    change.reliableDeterioration = withheld();
    m_data.familyChange = {change};
    m_data.reliabilityPairs = 2;
    ReliabilityRow pairs;
    pairs.skill = QStringLiteral("overall");
    pairs.nPairs = 2;
    m_data.reliability = {pairs};
    m_data.codingTurnaroundDays = figure(42, 6.25);
}

void tst_ReportXlsxWriter::startsWithAnAboutSheet() {
    const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    QVERIFY2(ReportXlsxWriter::write(m_data, path, &error), qPrintable(error));
    const XlsxReadBack book(path);
    QCOMPARE(book.sheetNames().value(0), QStringLiteral("About"));
    QCOMPARE(
        book.sheetNames().mid(1),
        QStringList({QStringLiteral("Headline"), QStringLiteral("Skills"),
                     QStringLiteral("Score distribution"), QStringLiteral("Engagement and change"),
                     QStringLiteral("Reliability"), QStringLiteral("Coverage")}));
    QHash<QString, XlsxReadBack::Cell> about;
    for (const auto &row : book.sheet(QStringLiteral("About"))) {
        if (row.size() >= 2)
            about.insert(row.at(0).text, row.at(1));
    }
    QCOMPARE(about.value(QStringLiteral("Report for")).text, m_data.spec.scopeLabel());
    QCOMPARE(about.value(QStringLiteral("Period")).text, m_data.spec.period.label());
    QCOMPARE(about.value(QStringLiteral("Dates")).text,
             QStringLiteral("1 January 2025 to 31 March 2025"));
    QCOMPARE(about.value(QStringLiteral("Suppression threshold")).text, QStringLiteral("3"));
    QVERIFY(about.value(QStringLiteral("Suppression threshold")).isNumber);
    QVERIFY(about.value(QStringLiteral("Rules")).text.contains(QStringLiteral("fewer than 3")));
    QCOMPARE(about.value(QStringLiteral("Made on")).text, QStringLiteral("2 June 2025"));
    QCOMPARE(about.value(QStringLiteral("Made by")).text,
             QStringLiteral("PracticeCoder " PRACTICECODER_VERSION));
}

void tst_ReportXlsxWriter::holdsTheCsvNumbersAsNumbers() {
    const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    QVERIFY2(ReportXlsxWriter::write(m_data, path, &error), qPrintable(error));
    const QString difference = XlsxReadBack(path).differenceFromReportCsv(
        ReportCsvWriter::header(), ReportCsvWriter::rows(m_data), &ReportXlsxWriter::sheetName);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_ReportXlsxWriter::formatsCountsMeansAndShares() {
    const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    QVERIFY2(ReportXlsxWriter::write(m_data, path, &error), qPrintable(error));
    const XlsxReadBack book(path);
    const int figure = int(ReportCsvWriter::header().indexOf(QStringLiteral("figure"))) - 3;
    const int value = int(ReportCsvWriter::header().indexOf(QStringLiteral("value"))) - 3;
    const int n = int(ReportCsvWriter::header().indexOf(QStringLiteral("n"))) - 3;
    const auto find = [&](const QString &sheet, const QString &name) {
        for (const auto &row : book.sheet(sheet)) {
            if (row.value(figure).text == name)
                return row;
        }
        return XlsxReadBack::Row();
    };
    const auto codings = find(QStringLiteral("Headline"), QStringLiteral("codings"));
    QCOMPARE(codings.value(value).text, QStringLiteral("42"));
    QCOMPARE(codings.value(value).numberFormat, QStringLiteral("0"));
    const auto overall = find(QStringLiteral("Headline"), QStringLiteral("overall_mean"));
    QCOMPARE(overall.value(value).numberFormat, QStringLiteral("0.00"));
    QCOMPARE(overall.value(value).text.toDouble(), 3.123457);
    QCOMPARE(overall.value(n).numberFormat, QStringLiteral("0"));
    const auto share = find(QStringLiteral("Score distribution"), QStringLiteral("score_share"));
    QCOMPARE(share.value(value).numberFormat, QStringLiteral("0.0%"));
    QCOMPARE(share.value(value).text.toDouble(), 0.05);
    const auto p = find(QStringLiteral("Engagement and change"), QStringLiteral("paired_change_p"));
    QCOMPARE(p.value(value).numberFormat, QStringLiteral("0.000"));
}

void tst_ReportXlsxWriter::showsAWithheldFigureAsTextWithANote() {
    const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    QVERIFY2(ReportXlsxWriter::write(m_data, path, &error), qPrintable(error));
    const XlsxReadBack book(path);
    const int figure = int(ReportCsvWriter::header().indexOf(QStringLiteral("figure"))) - 3;
    const int value = int(ReportCsvWriter::header().indexOf(QStringLiteral("value"))) - 3;
    XlsxReadBack::Row previous;
    for (const auto &row : book.sheet(QStringLiteral("Headline"))) {
        if (row.value(figure).text == QLatin1String("previous_overall_mean"))
            previous = row;
    }
    QCOMPARE(previous.value(value).text, QStringLiteral("fewer than 3"));
    QVERIFY(!previous.value(value).isNumber);
    QVERIFY(previous.value(value).hasNote);
    // Held back for an incomplete period, not for privacy: not "fewer than 3".
    XlsxReadBack::Row change;
    for (const auto &row : book.sheet(QStringLiteral("Headline"))) {
        if (row.value(figure).text == QLatin1String("change_on_previous"))
            change = row;
    }
    QCOMPARE(change.value(value).text, QStringLiteral("withheld"));
    QVERIFY(change.value(value).hasNote);
    XlsxReadBack::Row pairs;
    for (const auto &row : book.sheet(QStringLiteral("Reliability"))) {
        if (row.value(figure).text == QLatin1String("icc_a1"))
            pairs = row;
    }
    QCOMPARE(pairs.value(value).text, QStringLiteral("fewer than 3"));
    QVERIFY(pairs.value(value).hasNote);
    // The notes give the CSV's own reason.
    QString notes;
    for (int part = 1; part <= book.sheetNames().size(); ++part)
        notes += QString::fromUtf8(book.part(QStringLiteral("xl/comments%1.xml").arg(part)));
    QVERIFY(notes.contains(QStringLiteral("Withheld: fewer than 3.")));
    QVERIFY(notes.contains(QStringLiteral("Withheld: fewer than 3 double-coded pairs.")));
    QVERIFY(notes.contains(QStringLiteral("Withheld: the period is incomplete.")));
}

void tst_ReportXlsxWriter::aFullDiskLeavesNoFile() {
    const QString path = m_dir.filePath(QStringLiteral("full.xlsx"));
    QString error;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isApplied());
        QVERIFY(!ReportXlsxWriter::write(m_data, path, &error));
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY2(folderEntries(m_dir.path()).isEmpty(),
             qPrintable(folderEntries(m_dir.path()).join(u' ')));
    QCOMPARE(error, QStringLiteral("The disk is full: %1 was not written.")
                        .arg(QDir::toNativeSeparators(path)));
}

void tst_ReportXlsxWriter::aFullDiskKeepsThePreviousFile() {
    const QString path = m_dir.filePath(QStringLiteral("full.xlsx"));
    const QByteArray previous(300, 'p');
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(previous) == previous.size());
    }
    QString error;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isApplied());
        QVERIFY(!ReportXlsxWriter::write(m_data, path, &error));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);
    QCOMPARE(folderEntries(m_dir.path()), QStringList{QStringLiteral("full.xlsx")});
    QCOMPARE(error, QStringLiteral("The disk is full: %1 was not changed.")
                        .arg(QDir::toNativeSeparators(path)));
}

void tst_ReportXlsxWriter::aMissingFolderIsNamed() {
    const QString path = m_dir.filePath(QStringLiteral("absent/report.xlsx"));
    QString error;
    QVERIFY(!ReportXlsxWriter::write(m_data, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The folder ")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_ReportXlsxWriter)
#include "tst_ReportXlsxWriter.moc"
