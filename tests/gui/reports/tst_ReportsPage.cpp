#include "CodingTestFixture.h"
#include "FileSizeLimit.h"
#include "ReportFixture.h"
#include "XlsxReadBack.h"
#include "common/DateField.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "domain/CodingSchemeLoader.h"
#include "reports/FeedbackSheetView.h"
#include "reports/PdfDocument.h"
#include "reports/ReportPdfWriter.h"
#include "reports/ReportsPage.h"
#include "settings/Settings.h"
#include "storage/CodingRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <qcustomplot.h>

// The Reports page: it shows the chosen period's report, follows a change of period or scope,
// prints and exports, and the feedback sheet records feedback and asks to play evidence.
class tst_ReportsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheLatestQuarterAndSwitchesPeriod();
    void switchingScopeSuppressesSmallTeams();
    void printsAndExports();
    void aFullDiskKeepsThePreviousExport_data();
    void aFullDiskKeepsThePreviousExport();
    void feedbackSheetRecordsAndPlays();
    void comingBackShowsWhatChanged();
    void screenAndPdfShowTheSameCells();
    // Last: it adds a practitioner whose sessions the slots above do not expect.
    void aSecondCoderSeesTheCoachingReportWithoutTheSessionTheyCode();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportFixture> m_fixture;
    qint64 m_codingWithNotes = 0;
    qint64 m_harbour = 0;
    qint64 m_h1 = 0;
    qint64 m_family = 0;
};

void tst_ReportsPage::initTestCase() {
    // The coder this machine names is set below; keep it out of the real configuration.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("page.sqlite")));
    m_fixture = std::make_unique<ReportFixture>(*m_db);
    ReportFixture &f = *m_fixture;
    const qint64 harbour = m_harbour = f.team(QStringLiteral("Harbour Team"));
    const qint64 riverside = f.team(QStringLiteral("Riverside Team"));
    const qint64 h1 = m_h1 =
        f.practitioner(QStringLiteral("H1"), QStringLiteral("Hana Smith"), harbour);
    const qint64 r1 = f.practitioner(QStringLiteral("R1"), QStringLiteral("Rory Patel"), riverside);
    // Harbour's sessions are spread over three practitioners, so its quarters can be published.
    const QList<qint64> harbourStaff = {
        h1, f.practitioner(QStringLiteral("H2"), QStringLiteral("Huw Evans"), harbour),
        f.practitioner(QStringLiteral("H3"), QStringLiteral("Hope Ali"), harbour)};
    const qint64 family = m_family = f.family(QStringLiteral("CASE-1"));
    // Harbour: three codings scoring 2 in 2024-Q4 and three scoring 4 in 2025-Q1.
    for (int i = 0; i < 3; ++i) {
        const qint64 early =
            f.recording(harbourStaff[i], harbour, family, QStringLiteral("2024-11-1%1").arg(i));
        f.coding(early, QStringLiteral("primary"), QList<int>(7, 2), QStringLiteral("2024-11-20"),
                 QStringLiteral("2024-11-22"));
        const qint64 late =
            f.recording(harbourStaff[i], harbour, family, QStringLiteral("2025-02-1%1").arg(i));
        const qint64 coding = f.coding(late, QStringLiteral("primary"), QList<int>(7, 4),
                                       QStringLiteral("2025-02-20"));
        if (i == 0) {
            m_codingWithNotes = coding;
            f.note(coding, 65000, QStringLiteral("strength"),
                   QStringLiteral("Reflected the mother's worry back accurately."),
                   {QStringLiteral("empathy")});
            f.note(coding, 125000, QStringLiteral("to_develop"),
                   QStringLiteral("Could have asked what she hopes for."),
                   {QStringLiteral("evocation")});
        }
    }
    // Riverside: one coding in 2025-Q1.
    const qint64 r = f.recording(r1, riverside, family, QStringLiteral("2025-03-01"));
    f.coding(r, QStringLiteral("primary"), QList<int>(7, 5), QStringLiteral("2025-03-05"));
}

void tst_ReportsPage::showsTheLatestQuarterAndSwitchesPeriod() {
    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.resize(1200, 800);
    page.show();
    auto *quarter = page.findChild<QComboBox *>(QStringLiteral("reportQuarter"));
    auto *overall = page.findChild<QLabel *>(QStringLiteral("headlineOverall"));
    auto *codings = page.findChild<QLabel *>(QStringLiteral("headlineCodings"));
    QVERIFY(quarter && overall && codings);
    // The last quarter that has ended and holds data.
    QCOMPARE(quarter->currentData().toString(), QStringLiteral("2025-Q1"));
    QTRY_COMPARE(codings->text(), QStringLiteral("4"));
    // Whole service in 2025-Q1 (4, 4, 4 and 5) is withheld: it holds Riverside's lone session,
    // which the service minus Harbour would otherwise give back.
    QCOMPARE(overall->text(), QStringLiteral("fewer than 3"));

    // Switch to the previous quarter with the keyboard.
    quarter->setFocus();
    QTest::keyClick(quarter, Qt::Key_Down);
    QCOMPARE(quarter->currentData().toString(), QStringLiteral("2024-Q4"));
    QTRY_COMPARE(overall->text(), QStringLiteral("2.00"));
    QCOMPARE(codings->text(), QStringLiteral("3"));
    QVERIFY(page.report().has_value());
    QCOMPARE(page.report()->spec.period.key(), QStringLiteral("2024-Q4"));
    auto *skills = page.findChild<QCustomPlot *>(QStringLiteral("skillsChart"));
    QVERIFY(skills && skills->graphCount() > 0);
    QCOMPARE(skills->graph(0)->dataCount(), 11); // overall, three factors, seven skills

    // A date range of whole quarters works too, for a team.
    auto *scope = page.findChild<QComboBox *>(QStringLiteral("reportScope"));
    scope->setCurrentIndex(scope->findData(QStringLiteral("team:Harbour Team")));
    auto *mode = page.findChild<QComboBox *>(QStringLiteral("periodMode"));
    auto *from = page.findChild<DateField *>(QStringLiteral("reportFrom"));
    auto *to = page.findChild<DateField *>(QStringLiteral("reportTo"));
    mode->setCurrentIndex(1);
    from->setDate(QDate(2024, 10, 1));
    to->setDate(QDate(2025, 3, 31));
    QTRY_COMPARE(codings->text(), QStringLiteral("6"));
    QCOMPARE(overall->text(), QStringLiteral("3.00"));
    // Part of a quarter is refused for a manager report, naming the quarters to use.
    auto *status = page.findChild<QLabel *>(QStringLiteral("reportStatus"));
    to->setDate(QDate(2025, 2, 28));
    QTRY_VERIFY(status->text().contains(QStringLiteral("choose 2024-10-01 to 2025-03-31")));
    QVERIFY(!page.report().has_value());
    // A practitioner's report is offered as private coaching, never as a manager scope.
    const int coaching = scope->findData(QStringLiteral("practitioner:H1"));
    QVERIFY(coaching > 0);
    QCOMPARE(scope->itemText(coaching), QStringLiteral("Coaching (private): H1: Hana Smith"));
}

void tst_ReportsPage::switchingScopeSuppressesSmallTeams() {
    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.show();
    auto *scope = page.findChild<QComboBox *>(QStringLiteral("reportScope"));
    auto *overall = page.findChild<QLabel *>(QStringLiteral("headlineOverall"));
    const int riverside = scope->findData(QStringLiteral("team:Riverside Team"));
    QVERIFY(riverside > 0);
    scope->setCurrentIndex(riverside);
    QTRY_COMPARE(overall->text(), QStringLiteral("fewer than 3"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("skillsTable"));
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Mean"));
    for (int r = 0; r < table->rowCount(); ++r)
        QCOMPARE(table->item(r, 3)->text(), QStringLiteral("fewer than 3"));
}

void tst_ReportsPage::printsAndExports() {
    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.show();
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    ReportsPage::setNextPrintHook([printed](QPrinter *printer) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printed);
        return true;
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo(printed).size() > 1000);

    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    FileDialog::setNextFileName(csv);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportCsvButton")),
                      Qt::LeftButton);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("scope,period,section,figure,key,n,value")));
    QVERIFY(text.contains(QStringLiteral("service,2025-Q1,headline,overall_mean,,,,,,a team's "
                                         "quarter in this report has fewer than 3 coded "
                                         "sessions or practitioners")));

    const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
    FileDialog::setNextFileName(xlsx);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportXlsxButton")),
                      Qt::LeftButton);
    QCOMPARE(XlsxReadBack(xlsx).sheetNames().value(0), QStringLiteral("About"));

    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportPdfButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
}

void tst_ReportsPage::aFullDiskKeepsThePreviousExport_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("pdf") << QStringLiteral("exportPdfButton") << QStringLiteral("full.pdf");
    QTest::newRow("csv") << QStringLiteral("exportCsvButton") << QStringLiteral("full.csv");
    QTest::newRow("xlsx") << QStringLiteral("exportXlsxButton") << QStringLiteral("full.xlsx");
}

void tst_ReportsPage::aFullDiskKeepsThePreviousExport() {
    QFETCH(QString, button);
    QFETCH(QString, fileName);
    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.show();
    const QString path = m_dir.filePath(fileName);
    const QByteArray previous(200, 'p');
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(previous) == previous.size());
    }
    FileDialog::setNextFileName(path);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    {
        // Small enough that none of the PDF, the CSV and the workbook fits.
        const FileSizeLimit limit(512);
        QVERIFY(limit.isApplied());
        QTest::mouseClick(page.findChild<QPushButton *>(button), Qt::LeftButton);
    }
    QCOMPARE(MessageBox::lastText(), QStringLiteral("The disk is full: %1 was not changed.")
                                         .arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);
}

void tst_ReportsPage::feedbackSheetRecordsAndPlays() {
    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.show();
    FeedbackSheetView *view = page.feedbackView();
    auto *due = view->findChild<QTableWidget *>(QStringLiteral("feedbackDueList"));
    QVERIFY(due);
    // Harbour's three 2025 codings and Riverside's have no feedback and are long overdue.
    QCOMPARE(due->rowCount(), 4);

    // Opening a sheet from the due list shows that very coding, not the practitioner's newest.
    const int lastRow = due->rowCount() - 1;
    const qint64 lastId = due->item(lastRow, 0)->data(Qt::UserRole).toLongLong();
    QVERIFY(lastId != m_codingWithNotes);
    QTest::mouseClick(due->viewport(), Qt::LeftButton, {},
                      due->visualItemRect(due->item(lastRow, 0)).center());
    QTRY_COMPARE(view->currentCodingId(), lastId);
    for (int r = 0; r < due->rowCount(); ++r) {
        if (due->item(r, 0)->data(Qt::UserRole).toLongLong() == m_codingWithNotes) {
            QTest::mouseClick(due->viewport(), Qt::LeftButton, {},
                              due->visualItemRect(due->item(r, 0)).center());
        }
    }
    QTRY_COMPARE(view->currentCodingId(), m_codingWithNotes);
    auto *browser = view->findChild<QTextBrowser *>(QStringLiteral("feedbackSheet"));
    const QString text = browser->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Hana Smith")));
    QVERIFY(text.contains(QStringLiteral("Reflected the mother's worry back accurately.")));
    QVERIFY(text.contains(QStringLiteral("0:01:05")));
    // The level descriptor of score 4 for empathy, from coding scheme v1.
    QVERIFY(text.contains(QStringLiteral("Reflects the parent's feelings and meaning accurately")));

    QSignalSpy play(&page, &ReportsPage::playEvidenceRequested);
    emit browser->anchorClicked(QUrl(QStringLiteral("play:125000")));
    QCOMPARE(play.count(), 1);
    QCOMPARE(play.at(0).at(0).toLongLong(), m_codingWithNotes);
    QCOMPARE(play.at(0).at(1).toLongLong(), 125000);

    auto *date = view->findChild<DateField *>(QStringLiteral("feedbackDate"));
    date->setDate(QDate(2025, 2, 25));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("recordFeedbackButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(due->rowCount(), 3);
    QVERIFY(view->sheet()->feedbackGivenOn == QDate(2025, 2, 25));

    const QString pdf = m_dir.filePath(QStringLiteral("feedback.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("exportFeedbackPdfButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
}

void tst_ReportsPage::comingBackShowsWhatChanged() {
    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.resize(1200, 800);
    page.show();
    auto *codings = page.findChild<QLabel *>(QStringLiteral("headlineCodings"));
    QTRY_COMPARE(codings->text(), QStringLiteral("4"));
    // Nothing changed: coming back keeps the report as it is, without building it again (a
    // rebuild would show the same label, so the test listens for the rebuild itself).
    QSignalSpy rebuilt(&page, &ReportsPage::reportShown);
    page.refreshIfChanged();
    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(codings->text(), QStringLiteral("4"));

    // A coding finalised elsewhere in 2025-Q1 shows when the user comes back to the page.
    const qint64 recording =
        m_fixture->recording(m_h1, m_harbour, m_family, QStringLiteral("2025-03-20"));
    m_fixture->coding(recording, QStringLiteral("primary"), QList<int>(7, 3),
                      QStringLiteral("2025-03-21"));
    page.refreshIfChanged();
    QTRY_COMPARE(codings->text(), QStringLiteral("5"));
    QCOMPARE(rebuilt.count(), 1);
}

namespace {

ReportTable shown(const QTableWidget *widget) {
    ReportTable table;
    for (int c = 0; c < widget->columnCount(); ++c)
        table.header.append(widget->horizontalHeaderItem(c)->text());
    for (int r = 0; r < widget->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < widget->columnCount(); ++c)
            row.append(widget->item(r, c) ? widget->item(r, c)->text() : QString());
        table.rows.append(row);
    }
    return table;
}

} // namespace

void tst_ReportsPage::screenAndPdfShowTheSameCells() {
    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.show();
    auto *quarter = page.findChild<QComboBox *>(QStringLiteral("reportQuarter"));
    // 2024-Q4: Harbour's three sessions, published.
    quarter->setCurrentIndex(quarter->findData(QStringLiteral("2024-Q4")));
    QTRY_VERIFY(page.report() && page.report()->spec.period.key() == QStringLiteral("2024-Q4"));
    QVERIFY(page.report()->overall.available());

    // What the PDF writer is given for the very report on screen.
    PdfDocument document(QStringLiteral("header"), QStringLiteral("footer"));
    ReportPdfWriter::compose(*page.report(), document);
    const QList<ReportTable> printed = document.tables();

    int compared = 0;
    for (const QString &name :
         {QStringLiteral("headlineReferenceTable"), QStringLiteral("skillsTable"),
          QStringLiteral("engagementTable"), QStringLiteral("familyChangeTable"),
          QStringLiteral("reliabilityTable"), QStringLiteral("reliabilityAgreementTable"),
          QStringLiteral("coverageTable")}) {
        auto *widget = page.findChild<QTableWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        const ReportTable onScreen = shown(widget);
        for (const ReportTable &table : printed) {
            if (table.header != onScreen.header)
                continue;
            QCOMPARE(onScreen.rows, table.rows);
            ++compared;
        }
    }
    // The PDF prints the references, skills, engagement and coverage tables for this report (it
    // leaves out reliability with no pairs and family change with no measures).
    QVERIFY(compared >= 4);
    // And the screen holds the same model the PDF is built from.
    QVERIFY(page.tables());
    QCOMPARE(page.tables()->skills, ReportTables::of(*page.report()).skills);
    // The glossary the PDF ends with is on screen too, every term and meaning.
    auto *glossary = page.findChild<QLabel *>(QStringLiteral("glossary"));
    QVERIFY(glossary);
    QVERIFY(printed.constLast() == page.tables()->glossary);
    for (const QStringList &entry : page.tables()->glossary.rows) {
        QVERIFY2(glossary->text().contains(entry.at(0).toHtmlEscaped()), qPrintable(entry.at(0)));
        QVERIFY2(glossary->text().contains(entry.at(1).toHtmlEscaped()), qPrintable(entry.at(0)));
    }
}

void tst_ReportsPage::aSecondCoderSeesTheCoachingReportWithoutTheSessionTheyCode() {
    ReportFixture &f = *m_fixture;
    const qint64 team = f.team(QStringLiteral("Blind Team"));
    const qint64 bea = f.practitioner(QStringLiteral("B1"), QStringLiteral("Bea Lund"), team);
    const qint64 seen = f.recording(bea, team, m_family, QStringLiteral("2025-02-03"));
    f.coding(seen, QStringLiteral("primary"), QList<int>(7, 2), QStringLiteral("2025-02-05"));
    const qint64 blind = f.recording(bea, team, m_family, QStringLiteral("2025-02-17"));
    f.coding(blind, QStringLiteral("primary"), QList<int>(7, 5), QStringLiteral("2025-02-19"));
    const qint64 bob = f.user(QStringLiteral("bob.blind"));
    const qint64 draft =
        f.coding(blind, QStringLiteral("second"), QList<int>(7, 4), QString(), QString(), bob);
    const QString before = Settings().coderUsername();
    Settings().setCoderUsername(QStringLiteral("bob.blind"));

    ReportsPage page(*m_db);
    page.finishWork(); // the report is worked out on a worker thread
    page.show();
    auto *scope = page.findChild<QComboBox *>(QStringLiteral("reportScope"));
    auto *quarter = page.findChild<QComboBox *>(QStringLiteral("reportQuarter"));
    auto *codings = page.findChild<QLabel *>(QStringLiteral("headlineCodings"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("reportStatus"));
    scope->setCurrentIndex(scope->findData(QStringLiteral("practitioner:B1")));
    quarter->setCurrentIndex(quarter->findData(QStringLiteral("2025-Q1")));
    QTRY_VERIFY(status->text().contains(QStringLiteral("Hidden until both codings of")));
    QCOMPARE(codings->text(), QStringLiteral("1"));

    CodingRepository(*m_db).finalise(draft, codingVersion(CodingRepository(*m_db), draft),
                                     CodingSchemeLoader::builtIn(), bob);
    scope->setCurrentIndex(scope->findData(QStringLiteral("practitioner:H1")));
    scope->setCurrentIndex(scope->findData(QStringLiteral("practitioner:B1")));
    QTRY_COMPARE(codings->text(), QStringLiteral("2"));
    QVERIFY(!status->text().contains(QStringLiteral("Hidden until")));
    Settings().setCoderUsername(before);
}

QTEST_MAIN(tst_ReportsPage)
#include "tst_ReportsPage.moc"
