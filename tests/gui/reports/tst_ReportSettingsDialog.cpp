#include "ReportFixture.h"
#include "reports/ReportSettingsDialog.h"
#include "reports/ReportsPage.h"
#include "storage/OrganisationSettingsRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The Report settings screen: a change to the threshold and a reference point is saved to the
// database and the Reports page rebuilds with it; a bad value is refused and nothing is saved.
class tst_ReportSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savesTheThresholdAndAPoint();
    void explainsTheStoredThreshold();
    void refusesABadValueAndSavesNothing();
    void addsRemovesAndRestoresPoints();
    void carriesOverThisMachinesThreshold();
    void reportsPageRebuildsAfterAChange();
    void aStoredValueThatCannotBeReadStopsTheReport();
    void savesTheFollowUpIntervalAndRefusesAStaleEdit();

private:
    static void clickOk(QDialog *dialog) {
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    // Types text into a cell the way a user does: F2 to edit, replace the text, Enter.
    static void typeInCell(QTableWidget *table, int row, int column, const QString &text) {
        table->setFocus();
        table->setCurrentCell(row, column);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ReportSettingsDialog::initTestCase() {
    // This machine's own settings stay out of the test: the old per-machine threshold is read
    // from a configuration folder the test owns.
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ReportSettingsDialog"));
}

void tst_ReportSettingsDialog::init() {
    QSettings().remove(QStringLiteral("reports/suppressionThreshold"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(m_dir->filePath(QStringLiteral("settings.sqlite")));
}

void tst_ReportSettingsDialog::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_ReportSettingsDialog::savesTheThresholdAndAPoint() {
    ReportSettingsDialog dialog(*m_db);
    dialog.show();
    auto *threshold = dialog.findChild<QSpinBox *>(QStringLiteral("suppressionThresholdSpin"));
    auto *points = dialog.findChild<QTableWidget *>(QStringLiteral("referencePointsTable"));
    QVERIFY(threshold && points);
    QCOMPARE(threshold->value(), 3);
    QCOMPARE(points->rowCount(), 3);
    QCOMPARE(points->item(0, 0)->text(), QStringLiteral("2.64"));

    threshold->setFocus();
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("6"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("thresholdHelp"))
                ->text()
                .contains(QStringLiteral("\u201cfewer than 6\u201d")));
    typeInCell(points, 1, 0, QStringLiteral("3.05"));
    typeInCell(points, 1, 1, QStringLiteral("After MI training (our own audit)"));
    clickOk(&dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    const ReportSettings saved = OrganisationSettingsRepository(*m_db).reportSettings();
    QCOMPARE(saved.suppressionThreshold, 6);
    QCOMPARE(saved.referencePoints.size(), 3);
    QCOMPARE(saved.referencePoints.at(1).value, 3.05);
    QCOMPARE(saved.referencePoints.at(1).label,
             QStringLiteral("After MI training (our own audit)"));
    QCOMPARE(saved.referencePoints.at(0).value, 2.64);
    QCOMPARE(OrganisationSettingsRepository(*m_db).history().size(), 1);

    // Opening the screen again shows what was saved, and who saved it last.
    ReportSettingsDialog again(*m_db);
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("suppressionThresholdSpin"))->value(), 6);
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("settingsLastChanged"))
                ->text()
                .startsWith(QStringLiteral("Last changed on")));
}

void tst_ReportSettingsDialog::explainsTheStoredThreshold() {
    ReportSettings stored;
    stored.suppressionThreshold = 5;
    QVERIFY(OrganisationSettingsRepository(*m_db).saveReportSettings(stored,
                                                                     QStringLiteral("manager1")));
    ReportSettingsDialog dialog(*m_db);
    dialog.show();
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("suppressionThresholdSpin"))->value(), 5);
    const QString help = dialog.findChild<QLabel *>(QStringLiteral("thresholdHelp"))->text();
    QVERIFY2(help.contains(QStringLiteral("\u201cfewer than 5\u201d")), qPrintable(help));
}

void tst_ReportSettingsDialog::refusesABadValueAndSavesNothing() {
    ReportSettingsDialog dialog(*m_db);
    dialog.show();
    auto *points = dialog.findChild<QTableWidget *>(QStringLiteral("referencePointsTable"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
    QVERIFY(points && error);

    typeInCell(points, 0, 0, QStringLiteral("two and a half"));
    clickOk(&dialog);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Reference point 1 (“Before training”)")),
             qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("is not a score")));
    QVERIFY(dialog.isVisible());

    // A number off the scale is refused too, naming the point.
    typeInCell(points, 0, 0, QStringLiteral("5.5"));
    clickOk(&dialog);
    QTRY_VERIFY(error->text().contains(QStringLiteral("between 1.0 and 5.0")));
    QVERIFY(error->text().contains(QStringLiteral("Reference point 1")));

    // So is a point with no label.
    typeInCell(points, 0, 0, QStringLiteral("2.5"));
    typeInCell(points, 2, 1, QString());
    clickOk(&dialog);
    QTRY_VERIFY2(error->text().contains(QStringLiteral("Reference point 3 has no label")),
                 qPrintable(error->text()));
    QVERIFY(dialog.isVisible());

    OrganisationSettingsRepository repository(*m_db);
    QVERIFY(repository.versions() == OrganisationSettingsRepository::Versions{});
    QVERIFY(repository.history().isEmpty());
}

void tst_ReportSettingsDialog::addsRemovesAndRestoresPoints() {
    ReportSettingsDialog dialog(*m_db);
    dialog.show();
    auto *points = dialog.findChild<QTableWidget *>(QStringLiteral("referencePointsTable"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addReferencePointButton"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeReferencePointButton"));
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreReferencePointsButton"));
    QVERIFY(points && add && remove && restore);

    // Remove the first two published points.
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(points->viewport(), Qt::LeftButton, {},
                          points->visualItemRect(points->item(0, 1)).center());
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
    }
    QCOMPARE(points->rowCount(), 1);
    QCOMPARE(points->item(0, 0)->text(), QStringLiteral("3.11"));

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(points->rowCount(), 2);
    typeInCell(points, 1, 0, QStringLiteral("3.4"));
    typeInCell(points, 1, 1, QStringLiteral("Service target 2026"));
    typeInCell(points, 1, 2, QStringLiteral("Practice plan"));
    clickOk(&dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    ReportSettings saved = OrganisationSettingsRepository(*m_db).reportSettings();
    QCOMPARE(saved.referencePoints.size(), 2);
    QCOMPARE(saved.referencePoints.at(1).value, 3.4);
    QCOMPARE(saved.referencePoints.at(1).source, QStringLiteral("Practice plan"));

    // Add stops at six points; Restore brings back exactly the published three.
    ReportSettingsDialog second(*m_db);
    second.show();
    auto *points2 = second.findChild<QTableWidget *>(QStringLiteral("referencePointsTable"));
    auto *add2 = second.findChild<QPushButton *>(QStringLiteral("addReferencePointButton"));
    while (add2->isEnabled())
        QTest::mouseClick(add2, Qt::LeftButton);
    QCOMPARE(points2->rowCount(), 6);
    QTest::mouseClick(
        second.findChild<QPushButton *>(QStringLiteral("restoreReferencePointsButton")),
        Qt::LeftButton);
    QCOMPARE(points2->rowCount(), 3);
    clickOk(&second);
    QTRY_COMPARE(second.result(), int(QDialog::Accepted));
    saved = OrganisationSettingsRepository(*m_db).reportSettings();
    QCOMPARE(saved.referencePoints.size(), 3);
    QCOMPARE(saved.referencePoints.at(0).value, 2.64);
    QCOMPARE(saved.referencePoints.at(0).label, ReferencePoint::defaults().at(0).label);
}

void tst_ReportSettingsDialog::carriesOverThisMachinesThreshold() {
    QSettings().setValue(QStringLiteral("reports/suppressionThreshold"), 8);
    ReportSettingsDialog dialog(*m_db);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("suppressionThresholdSpin"))->value(), 8);
    QCOMPARE(OrganisationSettingsRepository(*m_db).reportSettings().suppressionThreshold, 8);
    QCOMPARE(OrganisationSettingsRepository(*m_db).history().first().action,
             QStringLiteral("carry_over_report_settings"));
}

void tst_ReportSettingsDialog::reportsPageRebuildsAfterAChange() {
    ReportFixture f(*m_db);
    const qint64 team = f.team(QStringLiteral("Harbour Team"));
    const qint64 family = f.family(QStringLiteral("CASE-1"));
    // Four practitioners' sessions, so that a threshold of 3 publishes them and 5 does not.
    for (int i = 0; i < 4; ++i) {
        const qint64 worker = f.practitioner(QStringLiteral("H%1").arg(i + 1),
                                             QStringLiteral("Worker %1").arg(i + 1), team);
        const qint64 recording =
            f.recording(worker, team, family, QStringLiteral("2025-02-1%1").arg(i));
        f.coding(recording, QStringLiteral("primary"), QList<int>(7, 3),
                 QStringLiteral("2025-02-20"));
    }
    ReportsPage page(*m_db);
    page.show();
    auto *overall = page.findChild<QLabel *>(QStringLiteral("headlineOverall"));
    QTRY_COMPARE(overall->text(), QStringLiteral("3.00"));
    QCOMPARE(page.report()->referencePoints.size(), 3);

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("reportSettingsButton")),
                      Qt::LeftButton);
    auto *dialog = page.findChild<ReportSettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *threshold = dialog->findChild<QSpinBox *>(QStringLiteral("suppressionThresholdSpin"));
    threshold->setFocus();
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("5"));
    auto *points = dialog->findChild<QTableWidget *>(QStringLiteral("referencePointsTable"));
    typeInCell(points, 2, 0, QStringLiteral("3.2"));
    clickOk(dialog);

    // Four codings are now fewer than the threshold of 5, and the new point is in the report.
    QTRY_COMPARE(overall->text(), QStringLiteral("fewer than 5"));
    QCOMPARE(page.report()->suppressionThreshold, 5);
    QCOMPARE(page.report()->referencePoints.at(2).value, 3.2);
    // The headline reads the overall score against the points, each with its source.
    auto *references = page.findChild<QTableWidget *>(QStringLiteral("headlineReferenceTable"));
    QVERIFY(references);
    QCOMPARE(references->rowCount(), 4);
    QCOMPARE(references->item(3, 1)->text(), QStringLiteral("3.20"));
    QCOMPARE(references->item(3, 2)->text(), ReferencePoint::defaults().at(2).source);
}

void tst_ReportSettingsDialog::aStoredValueThatCannotBeReadStopsTheReport() {
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO organisation_settings (setting_key, setting_value, updated_at) VALUES "
        "('reports/referencePoints', 'about three | Label', '2026-01-01T00:00:00.000Z')")));
    ReportsPage page(*m_db);
    page.show();
    auto *status = page.findChild<QLabel *>(QStringLiteral("reportStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("reports/referencePoints")),
                 qPrintable(status->text()));
    QVERIFY(!page.report().has_value());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->isEnabled());

    // The settings screen says what is wrong, shows the published points in its place, and
    // saving them lets the report run again.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("reportSettingsButton")),
                      Qt::LeftButton);
    auto *dialog = page.findChild<ReportSettingsDialog *>();
    QVERIFY(dialog);
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("settingsProblems"));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("reference points")));
    QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("referencePointsTable"))->rowCount(),
             3);
    clickOk(dialog);
    QTRY_VERIFY(page.report().has_value());
    QCOMPARE(page.report()->referencePoints.size(), 3);
}

// The organisation's follow-up interval is set on this screen, saved and audited with the
// other report settings, and a save over someone else's newer change is refused.
void tst_ReportSettingsDialog::savesTheFollowUpIntervalAndRefusesAStaleEdit() {
    {
        ReportSettingsDialog dialog(*m_db);
        dialog.show();
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("followUpWeeksCheck"));
        auto *weeks = dialog.findChild<QSpinBox *>(QStringLiteral("followUpWeeksSpin"));
        QVERIFY(check && weeks);
        QVERIFY(!check->isChecked()); // each questionnaire's own until the organisation sets one
        QVERIFY(!weeks->isEnabled());
        QCOMPARE(weeks->minimum(), ReportSettings::minimumFollowUpWeeks);
        QCOMPARE(weeks->maximum(), ReportSettings::maximumFollowUpWeeks);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(weeks->isEnabled());
        weeks->setFocus();
        weeks->selectAll();
        QTest::keyClicks(weeks, QStringLiteral("20"));
        clickOk(&dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
    OrganisationSettingsRepository repository(*m_db);
    QCOMPARE(repository.reportSettings().followUpWeeks, std::optional<int>(20));
    QVERIFY2(repository.history().constFirst().detail.contains(
                 QStringLiteral("follow-up interval each instrument's own -> 20")),
             qPrintable(repository.history().constFirst().detail));
    QCOMPARE(repository.history().size(), 1); // one save, one audit row

    // Someone else saves an interval while this screen is open: this one's save is refused.
    ReportSettingsDialog stale(*m_db);
    stale.show();
    QVERIFY(stale.findChild<QCheckBox *>(QStringLiteral("followUpWeeksCheck"))->isChecked());
    auto *weeks = stale.findChild<QSpinBox *>(QStringLiteral("followUpWeeksSpin"));
    QCOMPARE(weeks->value(), 20);
    repository.saveFollowUpWeeks(12, QStringLiteral("manager2"));
    weeks->setValue(30);
    clickOk(&stale);
    auto *error = stale.findChild<QLabel *>(QStringLiteral("settingsError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Someone else changed")),
             qPrintable(error->text()));
    QCOMPARE(repository.reportSettings().followUpWeeks, std::optional<int>(12));

    // Unticking goes back to each questionnaire's own interval.
    ReportSettingsDialog clear(*m_db);
    clear.show();
    QTest::mouseClick(clear.findChild<QCheckBox *>(QStringLiteral("followUpWeeksCheck")),
                      Qt::LeftButton);
    clickOk(&clear);
    QTRY_COMPARE(clear.result(), int(QDialog::Accepted));
    QVERIFY(!repository.reportSettings().followUpWeeks);
}

QTEST_MAIN(tst_ReportSettingsDialog)
#include "tst_ReportSettingsDialog.moc"
