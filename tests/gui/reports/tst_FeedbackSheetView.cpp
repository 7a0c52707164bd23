#include "CodingTestFixture.h"
#include "ReportFixture.h"
#include "ShownText.h"
#include "common/FileDialog.h"
#include "domain/CodingSchemeLoader.h"
#include "reports/FeedbackSheetView.h"
#include "settings/Settings.h"
#include "storage/CodingRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

// The coaching sheet's trajectory chart, on screen and in its PDF: one label per month however
// many sessions fall in it, a legend, and the team mean whenever "Show the team mean" is ticked.
class tst_FeedbackSheetView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void trajectoryLabelsEachMonthOnce();
    void teamMeanIsDrawnOnScreenAndInThePdf();
    void secondCoderSeesNothingOfThePrimaryUntilBothAreFinal();

private:
    QCPGraph *graph(QCustomPlot *plot, const QString &objectName) const;
    QString pdfText(const QString &path) const;

    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    std::unique_ptr<Database> m_db;
    qint64 m_latest = 0;
    // A recording whose primary coding is final and whose second coding, by m_bob, is a draft.
    qint64 m_bea = 0;
    qint64 m_bob = 0;
    qint64 m_blindPrimary = 0;
    qint64 m_blindSecond = 0;
};

void tst_FeedbackSheetView::initTestCase() {
    // The old per-machine threshold is read from a configuration folder the test owns.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_FeedbackSheetView"));
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("feedback.sqlite")));
    ReportFixture f(*m_db);
    const qint64 team = f.team(QStringLiteral("Harbour Team"));
    const qint64 hana = f.practitioner(QStringLiteral("H1"), QStringLiteral("Hana Smith"), team);
    const qint64 ola = f.practitioner(QStringLiteral("H2"), QStringLiteral("Ola Berg"), team);
    const qint64 family = f.family(QStringLiteral("CASE-9"));
    // Hana: a session a month through 2024, then two in November 2024 (the month once labelled
    // twice), each a final primary coding with feedback given.
    QList<QDate> days;
    for (int month = 1; month <= 10; ++month)
        days.append(QDate(2024, month, 9));
    days << QDate(2024, 11, 5) << QDate(2024, 11, 26);
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate day = days.at(i);
        const int score = 2 + int(i % 3);
        m_latest =
            f.coding(f.recording(hana, team, family, day.toString(Qt::ISODate)),
                     QStringLiteral("primary"), QList<int>(7, score),
                     day.addDays(3).toString(Qt::ISODate), day.addDays(6).toString(Qt::ISODate));
    }
    // Ola's two sessions bring the team to four in 2024-Q4, enough for a team mean.
    for (const QDate &day : {QDate(2024, 10, 15), QDate(2024, 12, 3)})
        f.coding(f.recording(ola, team, family, day.toString(Qt::ISODate)),
                 QStringLiteral("primary"), QList<int>(7, 5), day.addDays(2).toString(Qt::ISODate),
                 day.addDays(4).toString(Qt::ISODate));

    const qint64 blindTeam = f.team(QStringLiteral("Blind Team"));
    m_bea = f.practitioner(QStringLiteral("B1"), QStringLiteral("Bea Lund"), blindTeam);
    const qint64 recording = f.recording(m_bea, blindTeam, f.family(QStringLiteral("CASE-B")),
                                         QStringLiteral("2025-03-04"));
    m_blindPrimary = f.coding(recording, QStringLiteral("primary"), QList<int>(7, 4),
                              QStringLiteral("2025-03-06"));
    f.note(m_blindPrimary, 61000, QStringLiteral("strength"),
           QStringLiteral("Mum named the school run as the hardest hour"), {});
    m_bob = f.user(QStringLiteral("bob.second"));
    m_blindSecond = f.coding(recording, QStringLiteral("second"), QList<int>(7, 3), QString(),
                             QString(), m_bob);
}

QCPGraph *tst_FeedbackSheetView::graph(QCustomPlot *plot, const QString &objectName) const {
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName() == objectName)
            return plot->graph(i);
    }
    return nullptr;
}

QString tst_FeedbackSheetView::pdfText(const QString &path) const {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void tst_FeedbackSheetView::trajectoryLabelsEachMonthOnce() {
    FeedbackSheetView view(*m_db);
    view.resize(1200, 800);
    view.show();
    view.showCoding(m_latest);
    QCOMPARE(view.currentCodingId(), m_latest);
    auto *chart = view.findChild<QCustomPlot *>(QStringLiteral("trajectoryChart"));
    QVERIFY(chart);
    chart->replot();
    const QVector<QString> labels = chart->xAxis->tickVectorLabels();
    QVERIFY(labels.size() >= 2);
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
    QVERIFY(chart->legend->visible());
    QVERIFY(!graph(chart, QStringLiteral("teamMean")));
}

void tst_FeedbackSheetView::teamMeanIsDrawnOnScreenAndInThePdf() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    FeedbackSheetView view(*m_db);
    view.resize(1200, 800);
    view.show();
    view.showCoding(m_latest);
    auto *chart = view.findChild<QCustomPlot *>(QStringLiteral("trajectoryChart"));
    view.findChild<QCheckBox *>(QStringLiteral("showTeamMean"))->setChecked(true);
    QCPGraph *team = graph(chart, QStringLiteral("teamMean"));
    QVERIFY(team);
    // Team mean for 2024-Q4: Hana's 2, 3 and 4 (Oct, Nov, Nov) and Ola's two 5s.
    QCOMPARE(team->data()->at(0)->value, 3.8);
    QCOMPARE(team->name(), QStringLiteral("Team mean, 2024-Q4"));

    const QString pdf = m_dir.filePath(QStringLiteral("feedback.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("exportFeedbackPdfButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Team mean, 2024-Q4")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Overall MSW score per session")));

    // Unticked, the exported chart has no team mean.
    view.findChild<QCheckBox *>(QStringLiteral("showTeamMean"))->setChecked(false);
    QVERIFY(!graph(chart, QStringLiteral("teamMean")));
    const QString without = m_dir.filePath(QStringLiteral("feedback-without.pdf"));
    FileDialog::setNextFileName(without);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("exportFeedbackPdfButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(QFileInfo(without).size() > 1000);
    QVERIFY(!pdfText(without).contains(QStringLiteral("Team mean")));
}

void tst_FeedbackSheetView::secondCoderSeesNothingOfThePrimaryUntilBothAreFinal() {
    const QString note = QStringLiteral("Mum named the school run as the hardest hour");
    const QString comment = QStringLiteral("A warm, purposeful visit.");
    Settings settings;
    const QString before = settings.coderUsername();
    settings.setCoderUsername(QStringLiteral("bob.second"));

    FeedbackSheetView view(*m_db);
    view.resize(1200, 800);
    view.show();
    auto *practitioner = view.findChild<QComboBox *>(QStringLiteral("feedbackPractitioner"));
    practitioner->setCurrentIndex(practitioner->findData(m_bea));
    view.showCoding(m_blindPrimary);
    QVERIFY(!view.sheet());
    QString shown = ShownText::of(&view);
    QVERIFY2(!shown.contains(note), qPrintable(shown));
    QVERIFY2(!shown.contains(comment), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Hidden until both codings of")), qPrintable(shown));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("exportFeedbackPdfButton"))->isEnabled());
    auto *chart = view.findChild<QCustomPlot *>(QStringLiteral("trajectoryChart"));
    for (int i = 0; i < chart->graphCount(); ++i)
        QCOMPARE(chart->graph(i)->dataCount(), 0);

    // Once the second coding is final too, the sheet is the coach's to share again.
    CodingRepository(*m_db).finalise(m_blindSecond,
                                     codingVersion(CodingRepository(*m_db), m_blindSecond),
                                     CodingSchemeLoader::builtIn(), m_bob);
    view.showCoding(m_blindPrimary);
    QVERIFY(view.sheet());
    shown = ShownText::of(&view);
    QVERIFY2(shown.contains(note), qPrintable(shown));
    QVERIFY2(shown.contains(comment), qPrintable(shown));
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("exportFeedbackPdfButton"))->isEnabled());
    settings.setCoderUsername(before);
}

QTEST_MAIN(tst_FeedbackSheetView)
#include "tst_FeedbackSheetView.moc"
