#include "PracticeFixture.h"
#include "TestDatabase.h"

#include "itemmodels/RecordingsModel.h"
#include "services/RecordingLibrary.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTemporaryDir>
#include <QTest>

class tst_RecordingsModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void listsEveryRecordingWithItsJoins();
    void derivesTheCodingStatus_data();
    void derivesTheCodingStatus();
    void statusFollowsTheCodingsInTheDatabase();
    void showsConsentAtAGlance();
    void marksMissingAndAbsentAudio();
    void resolvesAudioAgainstTheRecordingsRoot();
    void rawValuesSortDatesAndStatuses();
    void findsARowById();

private:
    QModelIndex cell(const QString &code, int column) const;
    QList<RecordingListRow> libraryRows();

    QTemporaryDir m_dir;
    Database m_db;
    RecordingsModel m_model;
};

void tst_RecordingsModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("practice.sqlite")));
    PracticeFixture::build(m_db, m_dir.path());
    m_model.setRows(libraryRows());
}

// A server database has no folder for relative audio paths to resolve against: there the
// recordings root finds the fixture's audio, as an organisation's root finds its share.
QList<RecordingListRow> tst_RecordingsModel::libraryRows() {
    RecordingLibrary library(m_db);
    if (TestDatabase::onPostgres())
        library.setRecordingsRoot(m_dir.path());
    return library.rows();
}

QModelIndex tst_RecordingsModel::cell(const QString &code, int column) const {
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.index(row, RecordingsModel::CodeColumn).data().toString() == code)
            return m_model.index(row, column);
    }
    return {};
}

void tst_RecordingsModel::passesTheModelTester() {
    RecordingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(libraryRows());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(RecordingsModel::ColumnCount));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    model.setRows(libraryRows());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            QCOMPARE(model.rowCount(index), 0);
            QVERIFY(index.data(RecordingsModel::RawValueRole).isValid());
        }
    }
}

void tst_RecordingsModel::listsEveryRecordingWithItsJoins() {
    QCOMPARE(m_model.rowCount(), 5);
    // Newest first, as the query orders them.
    QCOMPARE(m_model.index(0, RecordingsModel::CodeColumn).data().toString(),
             QStringLiteral("REC-0005"));
    QCOMPARE(
        cell(QStringLiteral("REC-0002"), RecordingsModel::PractitionerColumn).data().toString(),
        QStringLiteral("Ben Brown"));
    QVERIFY(cell(QStringLiteral("REC-0002"), RecordingsModel::PractitionerColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("P002")));
    // The team at the time, not Ben's current team.
    QCOMPARE(cell(QStringLiteral("REC-0002"), RecordingsModel::TeamColumn).data().toString(),
             QStringLiteral("North CIN"));
    QCOMPARE(cell(QStringLiteral("REC-0003"), RecordingsModel::TeamColumn).data().toString(),
             QStringLiteral("South CP"));
    QCOMPARE(cell(QStringLiteral("REC-0003"), RecordingsModel::FamilyColumn).data().toString(),
             QStringLiteral("F-03"));
    QCOMPARE(cell(QStringLiteral("REC-0002"), RecordingsModel::SessionTypeColumn).data().toString(),
             QStringLiteral("Office"));
    QCOMPARE(
        cell(QStringLiteral("REC-0002"), RecordingsModel::SelectionReasonColumn).data().toString(),
        QStringLiteral("High risk"));
    QCOMPARE(cell(QStringLiteral("REC-0001"), RecordingsModel::RecordedOnColumn).data().toString(),
             QStringLiteral("2024-03-10"));
    QCOMPARE(cell(QStringLiteral("REC-0005"), RecordingsModel::CodingsColumn).data().toInt(), 3);
    QCOMPARE(cell(QStringLiteral("REC-0003"), RecordingsModel::CodingsColumn).data().toInt(), 0);
    // Ids travel in roles, not in the display.
    const QModelIndex ben = cell(QStringLiteral("REC-0003"), RecordingsModel::CodeColumn);
    QCOMPARE(ben.data(RecordingsModel::RecordingIdRole).toLongLong(), 3);
    QCOMPARE(ben.data(RecordingsModel::TeamIdRole).toLongLong(), 2);
    QCOMPARE(ben.data(RecordingsModel::PractitionerIdRole).toLongLong(), 2);
    QCOMPARE(ben.data(RecordingsModel::RecordedOnRole).toDate(), QDate(2024, 8, 15));
}

void tst_RecordingsModel::derivesTheCodingStatus_data() {
    QTest::addColumn<int>("codings");
    QTest::addColumn<bool>("primaryFinal");
    QTest::addColumn<bool>("secondFinal");
    QTest::addColumn<bool>("consensusFinal");
    QTest::addColumn<QString>("status");
    QTest::newRow("none") << 0 << false << false << false << QStringLiteral("not_started");
    QTest::newRow("draft") << 1 << false << false << false << QStringLiteral("draft");
    QTest::newRow("second only final") << 2 << false << true << false << QStringLiteral("draft");
    QTest::newRow("primary final") << 1 << true << false << false << QStringLiteral("final");
    QTest::newRow("second in progress") << 2 << true << false << false << QStringLiteral("final");
    QTest::newRow("both final") << 2 << true << true << false << QStringLiteral("double_coded");
    QTest::newRow("consensus") << 3 << true << true << true << QStringLiteral("consensus");
}

void tst_RecordingsModel::derivesTheCodingStatus() {
    QFETCH(int, codings);
    QFETCH(bool, primaryFinal);
    QFETCH(bool, secondFinal);
    QFETCH(bool, consensusFinal);
    QFETCH(QString, status);
    QCOMPARE(RecordingListQuery::codingStatus(codings, primaryFinal, secondFinal, consensusFinal),
             status);
    QVERIFY(RecordingListQuery::codingStatuses().contains(status));
}

void tst_RecordingsModel::statusFollowsTheCodingsInTheDatabase() {
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("REC-0001"), QStringLiteral("double_coded")},
        {QStringLiteral("REC-0002"), QStringLiteral("draft")},
        {QStringLiteral("REC-0003"), QStringLiteral("not_started")},
        {QStringLiteral("REC-0004"), QStringLiteral("final")},
        {QStringLiteral("REC-0005"), QStringLiteral("consensus")},
    };
    for (const auto &[code, status] : expected) {
        const QModelIndex index = cell(code, RecordingsModel::StatusColumn);
        QCOMPARE(index.data(RecordingsModel::CodingStatusRole).toString(), status);
        QCOMPARE(index.data().toString(), RecordingsModel::statusLabel(status));
        QCOMPARE(index.data(Qt::DecorationRole).value<QColor>(),
                 RecordingsModel::statusColour(status));
    }
    // Every status reads differently and looks different.
    QSet<QString> labels;
    QSet<QRgb> colours;
    for (const QString &status : RecordingListQuery::codingStatuses()) {
        labels.insert(RecordingsModel::statusLabel(status));
        colours.insert(RecordingsModel::statusColour(status).rgb());
    }
    QCOMPARE(labels.size(), 5);
    QCOMPARE(colours.size(), 5);
}

void tst_RecordingsModel::showsConsentAtAGlance() {
    QCOMPARE(cell(QStringLiteral("REC-0001"), RecordingsModel::ConsentColumn).data().toString(),
             QStringLiteral("Given / Written 2024-03-01"));
    QCOMPARE(cell(QStringLiteral("REC-0003"), RecordingsModel::ConsentColumn).data().toString(),
             QStringLiteral("Given / Refused"));
    QCOMPARE(cell(QStringLiteral("REC-0004"), RecordingsModel::ConsentColumn).data().toString(),
             QStringLiteral("Not recorded / Not recorded"));
    const QString tip = cell(QStringLiteral("REC-0003"), RecordingsModel::ConsentColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.contains(QStringLiteral("may not be coded")), qPrintable(tip));
    const QColor allowed = cell(QStringLiteral("REC-0001"), RecordingsModel::ConsentColumn)
                               .data(Qt::DecorationRole)
                               .value<QColor>();
    const QColor refused = cell(QStringLiteral("REC-0003"), RecordingsModel::ConsentColumn)
                               .data(Qt::DecorationRole)
                               .value<QColor>();
    const QColor missing = cell(QStringLiteral("REC-0004"), RecordingsModel::ConsentColumn)
                               .data(Qt::DecorationRole)
                               .value<QColor>();
    QVERIFY(allowed.isValid() && refused.isValid() && missing.isValid());
    QVERIFY(allowed != refused && refused != missing && allowed != missing);
}

void tst_RecordingsModel::marksMissingAndAbsentAudio() {
    QCOMPARE(cell(QStringLiteral("REC-0001"), RecordingsModel::AudioColumn).data().toString(),
             QStringLiteral("1:02:03"));
    QCOMPARE(cell(QStringLiteral("REC-0005"), RecordingsModel::AudioColumn).data().toString(),
             QStringLiteral("10:00"));
    QCOMPARE(cell(QStringLiteral("REC-0002"), RecordingsModel::AudioColumn).data().toString(),
             QStringLiteral("Audio missing"));
    QCOMPARE(cell(QStringLiteral("REC-0003"), RecordingsModel::AudioColumn).data().toString(),
             QStringLiteral("No audio file"));
}

void tst_RecordingsModel::resolvesAudioAgainstTheRecordingsRoot() {
    // With a recordings root set elsewhere, the relative paths no longer find the files.
    QTemporaryDir elsewhere;
    RecordingLibrary library(m_db);
    library.setRecordingsRoot(elsewhere.path());
    int missing = 0;
    for (const RecordingListRow &row : library.rows())
        missing += row.audioMissing ? 1 : 0;
    QCOMPARE(missing, 3);

    library.setRecordingsRoot(m_dir.path());
    missing = 0;
    for (const RecordingListRow &row : library.rows())
        missing += row.audioMissing ? 1 : 0;
    QCOMPARE(missing, 1);
}

void tst_RecordingsModel::rawValuesSortDatesAndStatuses() {
    const QVariant date = cell(QStringLiteral("REC-0001"), RecordingsModel::RecordedOnColumn)
                              .data(RecordingsModel::RawValueRole);
    QCOMPARE(date.metaType().id(), QMetaType::QDate);
    auto rank = [this](const QString &code) {
        return cell(code, RecordingsModel::StatusColumn)
            .data(RecordingsModel::RawValueRole)
            .toInt();
    };
    QVERIFY(rank(QStringLiteral("REC-0003")) < rank(QStringLiteral("REC-0002")));
    QVERIFY(rank(QStringLiteral("REC-0002")) < rank(QStringLiteral("REC-0004")));
    QVERIFY(rank(QStringLiteral("REC-0004")) < rank(QStringLiteral("REC-0001")));
    QVERIFY(rank(QStringLiteral("REC-0001")) < rank(QStringLiteral("REC-0005")));
}

void tst_RecordingsModel::findsARowById() {
    const int row = m_model.rowOf(4);
    QVERIFY(row >= 0);
    QCOMPARE(m_model.index(row, RecordingsModel::CodeColumn).data().toString(),
             QStringLiteral("REC-0004"));
    QCOMPARE(m_model.rowOf(999), -1);
}

QTEST_GUILESS_MAIN(tst_RecordingsModel)
#include "tst_RecordingsModel.moc"
