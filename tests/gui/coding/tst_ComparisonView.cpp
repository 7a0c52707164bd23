// The comparison of a double coding: a headline over the skills both coders scored, different
// coded windows named, who agreed the consensus (chosen, stored and shown), and the comparison
// kept beside the consensus coding with both coders' notes on its timeline.

#include "CodingTestFixture.h"

#include "audio/MarkerModel.h"
#include "coding/CodingPage.h"
#include "coding/ComparisonView.h"
#include "common/MessageBox.h"
#include "itemmodels/ComparisonModel.h"
#include "services/CodingSession.h"
#include "storage/UserRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ComparisonView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSkillNotCodableOnOneSideIsNoDisagreement();
    void aRealDisagreementIsStillFlagged();
    void differentCodedWindowsAreNamed();
    void theConsensusRecordsWhoAgreedIt();
    void aConsensusIsNotMadeAlone();
    void nothingIsShownWhileTheSecondCodingIsADraft();
    void theComparisonStaysBesideTheConsensus();

private:
    // Alice codes the primary, Bob the second; both final unless said otherwise.
    void codeBoth(bool finaliseSecond = true, qint64 secondStart = -1, qint64 secondEnd = -1,
                  int secondChildFocus = 3);
    QString summary(ComparisonView &view) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    CodingTestFixture m_fixture;
    CodingScheme m_scheme = CodingSchemeLoader::builtIn();
    qint64 m_recording = 0;
    qint64 m_carol = 0;
    int m_round = 0;
};

void tst_ComparisonView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ComparisonView::init() {
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("compare-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(*m_db);
    m_carol = UserRepository(*m_db).findOrCreate(QStringLiteral("carol"));
    // 1:47 long, as in the report from the field.
    m_recording = m_fixture.addRecording(*m_db, true, QString(), 107000);
}

void tst_ComparisonView::cleanup() {
    m_db.reset();
}

void tst_ComparisonView::codeBoth(bool finaliseSecond, qint64 secondStart, qint64 secondEnd,
                                  int secondChildFocus) {
    CodingRepository codings(*m_db);
    const qint64 primary =
        codings.create(m_recording, m_fixture.alice, QStringLiteral("primary"), m_scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, primary, 3);
    codings.saveSkill(primary, codingVersion(codings, primary),
                      {QStringLiteral("autonomy"), 0, QStringLiteral("Inaudible"), QString()});
    EvidenceNote note;
    note.codingId = primary;
    note.atMs = 12000;
    note.kind = QStringLiteral("strength");
    note.text = QStringLiteral("Asked the child first");
    addNoteNow(codings, note);
    codings.finalise(primary, codingVersion(codings, primary), m_scheme, m_fixture.alice);
    const qint64 second = codings.create(m_recording, m_fixture.bob, QStringLiteral("second"),
                                         m_scheme, secondStart, secondEnd);
    CodingTestFixture::scoreAll(codings, second, 3);
    codings.saveSkill(second, codingVersion(codings, second),
                      {QStringLiteral("child_focus"), secondChildFocus, QString(), QString()});
    note.codingId = second;
    note.atMs = 65000;
    note.kind = QStringLiteral("to_develop");
    note.text = QStringLiteral("Talked over the mother");
    addNoteNow(codings, note);
    if (finaliseSecond)
        codings.finalise(second, codingVersion(codings, second), m_scheme, m_fixture.bob);
}

QString tst_ComparisonView::summary(ComparisonView &view) const {
    return view.findChild<QLabel *>(QStringLiteral("comparisonSummary"))->text();
}

void tst_ComparisonView::aSkillNotCodableOnOneSideIsNoDisagreement() {
    // Autonomy: Alice found it not codable, Bob scored it. Every skill both scored agrees.
    codeBoth();
    ComparisonView view(*m_db);
    QVERIFY(view.showRecording(m_recording, m_fixture.alice, QStringLiteral("REC-1"), false));
    const QString text = summary(view);
    QVERIFY2(!text.contains(QStringLiteral("two or more points apart")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Of the 6 skills both coders scored, <b>6</b> agree "
                                          "exactly.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 skill was scored by one coder and found not codable "
                                          "by the other.")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Coded windows differ")), qPrintable(text));
}

void tst_ComparisonView::aRealDisagreementIsStillFlagged() {
    codeBoth(true, -1, -1, 5);
    ComparisonView view(*m_db);
    QVERIFY(view.showRecording(m_recording, m_fixture.alice, QStringLiteral("REC-1"), false));
    const QString text = summary(view);
    QVERIFY2(text.contains(QStringLiteral("Of the 6 skills both coders scored, <b>5</b> agree")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("⚑ 1 skill</b> two or more points apart")),
             qPrintable(text));
}

void tst_ComparisonView::differentCodedWindowsAreNamed() {
    codeBoth(true, 28000, 100000);
    ComparisonView view(*m_db);
    QVERIFY(view.showRecording(m_recording, m_fixture.bob, QStringLiteral("REC-1"), false));
    const QString text = summary(view);
    QVERIFY2(text.contains(QStringLiteral("Coded windows differ: 0:00–1:47 against 0:28–1:40.")),
             qPrintable(text));
}

void tst_ComparisonView::theConsensusRecordsWhoAgreedIt() {
    codeBoth();
    ComparisonView view(*m_db);
    QVERIFY(view.showRecording(m_recording, m_fixture.alice, QStringLiteral("REC-1"), false));
    auto *list = view.findChild<QListWidget *>(QStringLiteral("consensusAgreedWith"));
    QVERIFY(list);
    QVERIFY(!list->isHidden());
    // The other coder of the pair is ticked; others may be added. Alice, who records it, is
    // always one of them.
    QMap<QString, QListWidgetItem *> items;
    for (int i = 0; i < list->count(); ++i)
        items.insert(list->item(i)->text(), list->item(i));
    QCOMPARE(items.keys(), (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
    QCOMPARE(items.value(QStringLiteral("bob"))->checkState(), Qt::Checked);
    QCOMPARE(items.value(QStringLiteral("carol"))->checkState(), Qt::Unchecked);
    items.value(QStringLiteral("carol"))->setCheckState(Qt::Checked);

    QSignalSpy created(&view, &ComparisonView::consensusCreated);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("createConsensus")),
                      Qt::LeftButton);
    QCOMPARE(created.count(), 1);
    const qint64 consensus = created.first().first().toLongLong();
    QSqlQuery stored(m_db->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT coder_id FROM consensus_agreements WHERE "
                                       "coding_id = %1 ORDER BY coder_id")
                            .arg(consensus)));
    QList<qint64> ids;
    while (stored.next())
        ids.append(stored.value(0).toLongLong());
    QList<qint64> expected = {m_fixture.alice, m_fixture.bob, m_carol};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);

    // Shown in the comparison once the consensus exists, to any of them.
    QVERIFY(view.showRecording(m_recording, m_fixture.bob, QStringLiteral("REC-1"), true));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("consensusAgreement"))->text(),
             QStringLiteral("Agreed by alice, bob and carol."));
    QVERIFY(!list->isVisibleTo(&view));
}

void tst_ComparisonView::aConsensusIsNotMadeAlone() {
    codeBoth();
    ComparisonView view(*m_db);
    QVERIFY(view.showRecording(m_recording, m_fixture.alice, QStringLiteral("REC-1"), false));
    auto *list = view.findChild<QListWidget *>(QStringLiteral("consensusAgreedWith"));
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    QSignalSpy created(&view, &ComparisonView::consensusCreated);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("createConsensus")),
                      Qt::LeftButton);
    QCOMPARE(created.count(), 0);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("tick who agreed it with you")),
             qPrintable(MessageBox::lastText()));
    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM codings WHERE role = 'consensus'")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void tst_ComparisonView::nothingIsShownWhileTheSecondCodingIsADraft() {
    codeBoth(false);
    ComparisonView view(*m_db);
    QVERIFY(!view.showRecording(m_recording, m_fixture.bob, QStringLiteral("REC-1"), false));
    QVERIFY(
        !view.findChild<QListWidget *>(QStringLiteral("consensusAgreedWith"))->isVisibleTo(&view));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("createConsensus"))->isEnabled());
    QVERIFY(view.coderMarkers().isEmpty());
    QVERIFY(!summary(view).contains(QStringLiteral("skills")));
}

void tst_ComparisonView::theComparisonStaysBesideTheConsensus() {
    codeBoth(true, -1, -1, 5);
    CodingPage page(*m_db);
    page.setCoderUsername(QStringLiteral("alice"));
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showComparison(m_recording);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("createConsensus")),
                      Qt::LeftButton);
    QTRY_COMPARE(page.session()->coding().role, QStringLiteral("consensus"));

    // While the consensus is built, the comparison is beside it with who agreed it ...
    auto *beside = page.findChild<ComparisonView *>(QStringLiteral("consensusComparison"));
    QVERIFY(beside);
    QTRY_VERIFY(beside->isVisible());
    const QString headline =
        beside->findChild<QLabel *>(QStringLiteral("besideComparisonSummary"))->text();
    QVERIFY2(headline.contains(QStringLiteral("two or more points apart")), qPrintable(headline));
    QVERIFY(
        beside->findChild<QLabel *>(QStringLiteral("besideComparisonSummary"))->isVisibleTo(&page));
    QCOMPARE(beside->findChild<QLabel *>(QStringLiteral("besideConsensusAgreement"))->text(),
             QStringLiteral("Agreed by alice and bob."));
    QCOMPARE(beside->model()->rowCount(), 7);
    // ... and both coders' notes are on the player's timeline.
    QStringList labels;
    auto *markers = page.findChild<MarkerModel *>();
    QVERIFY(markers);
    for (const Marker &marker : markers->markers())
        labels.append(marker.label);
    QVERIFY2(labels.contains(QStringLiteral("alice: Asked the child first")),
             qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.contains(QStringLiteral("bob: Talked over the mother")));

    // Alice's own primary coding shows neither.
    QSqlQuery primary(m_db->connection());
    QVERIFY(primary.exec(QStringLiteral("SELECT id FROM codings WHERE role = 'primary'")));
    QVERIFY(primary.next());
    page.openCoding(primary.value(0).toLongLong());
    QTRY_COMPARE(page.session()->coding().role, QStringLiteral("primary"));
    QVERIFY(beside->isHidden());
    QCOMPARE(markers->markers().size(), 1);
}

QTEST_MAIN(tst_ComparisonView)
#include "tst_ComparisonView.moc"
