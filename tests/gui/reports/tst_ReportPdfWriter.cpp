#include "ReportFixture.h"
#include "reports/PdfDocument.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPdfWriter.h"
#include "storage/ReportQueries.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Practice Report PDF: real pages (the count the layout promised), every skill and the
// team's name findable by pdftotext, and no suppressed number anywhere in the text.
class tst_ReportPdfWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void teamReportHasEveryNameAndItsPages();
    void suppressedNumbersNeverReachThePdf();
    void fullySuppressedReportIsOnePageSayingWhy();
    void periodWithNoCodingsIsOnePage();
    void trendWithNoQuarterToShowSaysSoInsteadOfEmptyCharts();
    void unwritablePathFailsCleanly();
    void withheldFamilyChangeGivesItsOwnReason();
    void reliabilityHasBandsCautionAndAGlossaryPage();

private:
    ReportData build(const QString &team,
                     const ReportPeriod &period = ReportPeriod::ofQuarter(2025, 1)) const;
    ReportData buildScope(const QString &scope, const ReportPeriod &period) const;
    QString pdfText(const QString &path) const;
    int pdfPages(const QString &path) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ReportPdfWriter::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("pdf.sqlite")));
    ReportFixture f(*m_db);
    const qint64 harbour = f.team(QStringLiteral("Harbour Team"));
    const qint64 riverside = f.team(QStringLiteral("Riverside Team"));
    // Three Harbour practitioners, so that its quarters rest on enough people to be published.
    const QList<qint64> harbourStaff = {
        f.practitioner(QStringLiteral("H1"), QStringLiteral("Hana Smith"), harbour),
        f.practitioner(QStringLiteral("H2"), QStringLiteral("Huw Evans"), harbour),
        f.practitioner(QStringLiteral("H3"), QStringLiteral("Hope Ali"), harbour)};
    const qint64 r1 = f.practitioner(QStringLiteral("R1"), QStringLiteral("Rory Patel"), riverside);
    const qint64 family = f.family(QStringLiteral("CASE-77"));
    // Harbour: eight quarters of three codings each, scores rising.
    for (int q = 0; q < 8; ++q) {
        for (int i = 0; i < 3; ++i) {
            const QDate day = QDate(2023, 4, 10).addMonths(3 * q).addDays(i);
            const qint64 recording =
                f.recording(harbourStaff[i], harbour, family, day.toString(Qt::ISODate));
            const int base = 2 + (q + i) % 3;
            f.coding(recording, QStringLiteral("primary"),
                     {base, base + (i == 0 ? 1 : 0), 3, base, 3, 4, base},
                     day.addDays(5).toString(Qt::ISODate), day.addDays(8).toString(Qt::ISODate));
        }
    }
    // Quay's Q1: two codings in each of 2024-Q3 and 2024-Q4, so their half-year (a coaching
    // report: manager scopes publish nothing from a team-quarter this small) has figures but no
    // quarter of its trend does.
    const qint64 quay = f.team(QStringLiteral("Quay Team"));
    const qint64 q1 = f.practitioner(QStringLiteral("Q1"), QStringLiteral("Quinn Ade"), quay);
    for (const QString &day : {QStringLiteral("2024-08-05"), QStringLiteral("2024-08-19"),
                               QStringLiteral("2024-11-04"), QStringLiteral("2024-11-18")})
        f.coding(f.recording(q1, quay, family, day), QStringLiteral("primary"), QList<int>(7, 3),
                 QStringLiteral("2024-12-01"));
    // Riverside: two codings in 2025-Q1, means 4.50 and shares of 50%: all suppressed.
    for (int i = 0; i < 2; ++i) {
        const qint64 recording =
            f.recording(r1, riverside, family, QStringLiteral("2025-02-1%1").arg(i));
        f.coding(recording, QStringLiteral("primary"), QList<int>(7, 4 + i),
                 QStringLiteral("2025-02-20"));
    }
}

ReportData tst_ReportPdfWriter::build(const QString &team, const ReportPeriod &period) const {
    return buildScope(QStringLiteral("team:") + team, period);
}

ReportData tst_ReportPdfWriter::buildScope(const QString &scope, const ReportPeriod &period) const {
    QString error;
    const auto spec = ReportSpec::resolve(ReportQueries(*m_db), {scope}, period, &error);
    if (!spec)
        qFatal("%s", qPrintable(error));
    ReportBuilder::Options options;
    options.today = QDate(2025, 6, 1);
    return ReportBuilder(*m_db, options).build(*spec);
}

QString tst_ReportPdfWriter::pdfText(const QString &path) const {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int tst_ReportPdfWriter::pdfPages(const QString &path) const {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    for (const QString &line :
         QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.section(QLatin1Char(':'), 1).trimmed().toInt();
    }
    return -1;
}

void tst_ReportPdfWriter::teamReportHasEveryNameAndItsPages() {
    const ReportData data = build(QStringLiteral("Harbour Team"));
    QCOMPARE(data.codings, 3);
    const QString path = m_dir.filePath(QStringLiteral("harbour.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(ReportPdfWriter::write(data, path, &error, &pages), qPrintable(error));
    // Title page, headline and skills, distribution, trend, engagement to coverage, glossary.
    QCOMPARE(pages, 6);
    QCOMPARE(pdfPages(path), pages);
    const QString text = pdfText(path);
    for (const QString &name :
         {QStringLiteral("Evocation"), QStringLiteral("Empathy"), QStringLiteral("Collaboration"),
          QStringLiteral("Autonomy"), QStringLiteral("Purposefulness"),
          QStringLiteral("Clarity about concerns"), QStringLiteral("Child focus"),
          QStringLiteral("Harbour Team"), QStringLiteral("Page 6 of 6"), QStringLiteral("2025-Q1")})
        QVERIFY2(text.contains(name), qPrintable(name));
    // A manager report names nobody.
    QVERIFY(!text.contains(QStringLiteral("Hana")));
    QVERIFY(!text.contains(QStringLiteral("CASE-77")));
}

void tst_ReportPdfWriter::suppressedNumbersNeverReachThePdf() {
    const ReportData data = build(QStringLiteral("Riverside Team"));
    QCOMPARE(data.codings, 2);
    QVERIFY(data.overall.suppressed);
    const QString path = m_dir.filePath(QStringLiteral("riverside.pdf"));
    QString error;
    QVERIFY2(ReportPdfWriter::write(data, path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Riverside Team")));
    QVERIFY(text.contains(QStringLiteral("fewer than 3")));
    // The suppressed figures would read 4.50 (overall and every skill), 4.00 and 5.00 (the
    // scores themselves) and 50% (each level's share).
    for (const QString &number : {QStringLiteral("4.50"), QStringLiteral("4.00"),
                                  QStringLiteral("5.00"), QStringLiteral("50%")})
        QVERIFY2(!text.contains(number), qPrintable(number));
}

void tst_ReportPdfWriter::fullySuppressedReportIsOnePageSayingWhy() {
    const ReportData data = build(QStringLiteral("Riverside Team"));
    QCOMPARE(data.codings, 2);
    const QString path = m_dir.filePath(QStringLiteral("riverside-one-page.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(ReportPdfWriter::write(data, path, &error, &pages), qPrintable(error));
    // Not a title page and six sections of empty charts: one page that says why.
    QCOMPARE(pages, 1);
    QCOMPARE(pdfPages(path), 1);
    const QString text = pdfText(path).simplified();
    for (const QString &expected :
         {QStringLiteral("Riverside Team"), QStringLiteral("2025-Q1"),
          QStringLiteral("Not enough coded sessions to publish"),
          QStringLiteral("This report covers 2 coded sessions."),
          QStringLiteral("at least 3 coded sessions"), QStringLiteral("Page 1 of 1")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void tst_ReportPdfWriter::periodWithNoCodingsIsOnePage() {
    const ReportData data =
        build(QStringLiteral("Riverside Team"), ReportPeriod::ofQuarter(2024, 1));
    QCOMPARE(data.codings, 0);
    const QString path = m_dir.filePath(QStringLiteral("riverside-empty.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(ReportPdfWriter::write(data, path, &error, &pages), qPrintable(error));
    QCOMPARE(pages, 1);
    QVERIFY(
        pdfText(path).simplified().contains(QStringLiteral("No coded sessions in this period")));
}

void tst_ReportPdfWriter::trendWithNoQuarterToShowSaysSoInsteadOfEmptyCharts() {
    QString rangeError;
    const auto halfYear = ReportPeriod::range(QDate(2024, 7, 1), QDate(2024, 12, 31), &rangeError);
    QVERIFY2(halfYear, qPrintable(rangeError));
    const ReportData data = buildScope(QStringLiteral("practitioner:Q1"), *halfYear);
    QCOMPARE(data.codings, 4);
    QVERIFY(data.overall.available());
    const QString path = m_dir.filePath(QStringLiteral("quay.pdf"));
    QString error;
    QVERIFY2(ReportPdfWriter::write(data, path, &error), qPrintable(error));
    const QString text = pdfText(path).simplified();
    QVERIFY(text.contains(QStringLiteral("so the factor scores are not charted")));
}

void tst_ReportPdfWriter::unwritablePathFailsCleanly() {
    const ReportData data = build(QStringLiteral("Riverside Team"));
    QString error;
    QVERIFY(!ReportPdfWriter::write(data, QStringLiteral("/nonexistent-folder/x.pdf"), &error));
    QVERIFY(!error.isEmpty());
}

// Family change withheld by the disclosure rule on a team-quarter (not by too few families in
// the period) says so, rather than blaming too few family members.
void tst_ReportPdfWriter::withheldFamilyChangeGivesItsOwnReason() {
    ReportData data = build(QStringLiteral("Harbour Team"));
    const QString reason = QStringLiteral("a team's quarter in this report has fewer than 3 "
                                          "families");
    FamilyChangeSummary summary;
    summary.instrumentId = QStringLiteral("score-15");
    summary.instrumentName = QStringLiteral("SCORE-15");
    summary.scaleKey = QStringLiteral("total");
    summary.scaleName = QStringLiteral("Total");
    for (Figure *figure : {&summary.before, &summary.after, &summary.change,
                           &summary.reliableImprovement, &summary.reliableDeterioration}) {
        figure->suppressed = true;
        figure->withheldReason = reason;
    }
    data.familyChange = {summary};
    const QString path = m_dir.filePath(QStringLiteral("harbour-withheld-change.pdf"));
    QString error;
    QVERIFY2(ReportPdfWriter::write(data, path, &error), qPrintable(error));
    const QString text = pdfText(path).simplified();
    QVERIFY2(
        text.contains(QStringLiteral("Change on SCORE-15 from T1 to T2 is not shown: ") + reason),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("family members completed")));
}

// Issue 17: each ICC with its interval and a plain band, a caution under 10 pairs, no "same
// score" on the overall row, and the glossary on the last page.
void tst_ReportPdfWriter::reliabilityHasBandsCautionAndAGlossaryPage() {
    ReportData data = build(QStringLiteral("Harbour Team"));
    ReliabilityRow evocation;
    evocation.skill = QStringLiteral("evocation");
    evocation.nPairs = 6;
    evocation.iccA1 = 0.82;
    evocation.iccA1Ci = IccInterval{0.31, 0.97};
    evocation.iccC1 = 0.93;
    evocation.iccC1Ci = IccInterval{0.62, 0.99};
    evocation.exactAgreement = 0.5;
    evocation.adjacentAgreement = 1.0;
    ReliabilityRow overall = evocation;
    overall.skill = ReliabilityTable::overallKey;
    overall.exactAgreement.reset();
    data.reliability = {evocation, overall};
    data.reliabilityPairs = 6;

    PdfDocument document(QStringLiteral("header"), QStringLiteral("footer"));
    ReportPdfWriter::compose(data, document);
    const ReportTables tables = ReportTables::of(data);
    const QList<ReportTable> &printed = document.tables();
    QVERIFY(printed.contains(tables.reliability));
    QVERIFY(printed.contains(tables.reliabilityAgreement));
    QCOMPARE(printed.constLast(), tables.glossary);
    QCOMPARE(tables.reliability.rows.at(0).mid(2),
             (QStringList{QStringLiteral("0.82"), QStringLiteral("0.31 to 0.97"),
                          QStringLiteral("good"), QStringLiteral("0.93"),
                          QStringLiteral("0.62 to 0.99"), QStringLiteral("excellent")}));
    QCOMPARE(tables.reliabilityAgreement.rows.at(1).at(4), QString());

    const QString path = m_dir.filePath(QStringLiteral("harbour-reliability.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(ReportPdfWriter::write(data, path, &error, &pages), qPrintable(error));
    const QString text = pdfText(path).simplified();
    for (const QString &words :
         {QStringLiteral("6. How closely coders agree (reliability)"),
          // ("figure" is left out: pdftotext gives back its "fi" as one ligature glyph.)
          QStringLiteral("here rests on fewer than 10 double-coded pairs."),
          QStringLiteral("Koo & Li (2016)"), QStringLiteral("Glossary: the words in this report")})
        QVERIFY2(text.contains(words), qPrintable(words));
    // The glossary is the last page, after "About the figures".
    const QStringList pageTexts = pdfText(path).split(QLatin1Char('\f'));
    QVERIFY(pages >= 2);
    QVERIFY(pageTexts.value(pages - 1).contains(QStringLiteral("Glossary")));
    QVERIFY(!pageTexts.value(pages - 1).contains(QStringLiteral("About the")));
}

QTEST_MAIN(tst_ReportPdfWriter)
#include "tst_ReportPdfWriter.moc"
