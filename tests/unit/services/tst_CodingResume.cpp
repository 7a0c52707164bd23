// Picking up where the coder left off, without widgets: the note still being typed is kept in
// the database per coding, offered back on reopening, and purged when consent is withdrawn;
// the listening position and speed are kept per recording and per coder.

#include "CodingTestFixture.h"

#include "services/CodingResume.h"
#include "services/CodingSession.h"
#include "services/CodingWorkflow.h"
#include "services/ConsentWithdrawal.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_CodingResume : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anUnfinishedNoteIsKeptAndOfferedBack();
    void aFinalCodingKeepsNoDraft();
    void withdrawingConsentPurgesTheDraft();
    void positionAndSpeedArePerCoder();

private:
    std::unique_ptr<CodingWorkflow> workflowFor(const QString &coder);
    qint64 open(CodingWorkflow &workflow, qint64 codingId);
    int count(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    CodingTestFixture m_fixture;
    qint64 m_recording = 0;
    qint64 m_coding = 0;
    int m_round = 0;
};

void tst_CodingResume::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CodingResume::init() {
    m_db = std::make_unique<Database>();
    m_db->open(m_dir.filePath(QStringLiteral("resume-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(*m_db);
    m_recording = m_fixture.addRecording(*m_db);
    m_coding =
        CodingRepository(*m_db).create(m_recording, m_fixture.alice, QStringLiteral("primary"),
                                       CodingSchemeLoader::builtIn(), -1, -1);
}

void tst_CodingResume::cleanup() {
    m_db.reset();
}

std::unique_ptr<CodingWorkflow> tst_CodingResume::workflowFor(const QString &coder) {
    auto workflow = std::make_unique<CodingWorkflow>(*m_db);
    workflow->setCoderUsername(coder);
    return workflow;
}

qint64 tst_CodingResume::open(CodingWorkflow &workflow, qint64 codingId) {
    QString error;
    if (!workflow.openCoding(codingId, &error))
        qWarning("%s", qPrintable(error));
    return workflow.session()->isOpen() ? workflow.session()->coding().id : 0;
}

int tst_CodingResume::count(const QString &sql) {
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_CodingResume::anUnfinishedNoteIsKeptAndOfferedBack() {
    EvidenceNote note;
    note.atMs = 61000;
    note.endMs = 75000;
    note.kind = QStringLiteral("to_develop");
    note.skills = {QStringLiteral("empathy"), QStringLiteral("child_focus")};
    note.text = QStringLiteral("Mum says the school has not");
    {
        auto alice = workflowFor(QStringLiteral("alice"));
        QCOMPARE(open(*alice, m_coding), m_coding);
        QVERIFY(!alice->resume()->noteDraft());
        QVERIFY(alice->resume()->keepNoteDraft(note));
        note.text += QStringLiteral(" called back");
        QVERIFY(alice->resume()->keepNoteDraft(note)); // replaces, never adds a second
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM note_drafts")), 1);

    // Reopened later (a new workflow, as after quitting): the draft comes back as typed.
    auto alice = workflowFor(QStringLiteral("alice"));
    open(*alice, m_coding);
    const auto draft = alice->resume()->noteDraft();
    QVERIFY(draft);
    QCOMPARE(draft->note.text, QStringLiteral("Mum says the school has not called back"));
    QCOMPARE(draft->note.atMs, 61000);
    QCOMPARE(draft->note.endMs, 75000);
    QCOMPARE(draft->note.kind, QStringLiteral("to_develop"));
    QCOMPARE(draft->note.skills, note.skills);
    QCOMPARE(draft->note.id, 0);
    QVERIFY(draft->savedAt.isValid());
    QVERIFY(qAbs(draft->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    alice->resume()->discardNoteDraft();
    QVERIFY(!alice->resume()->noteDraft());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM note_drafts")), 0);
}

void tst_CodingResume::aFinalCodingKeepsNoDraft() {
    CodingRepository codings(*m_db);
    CodingTestFixture::scoreAll(codings, m_coding, 3);
    codings.finalise(m_coding, codingVersion(codings, m_coding), CodingSchemeLoader::builtIn(),
                     m_fixture.alice);
    auto alice = workflowFor(QStringLiteral("alice"));
    open(*alice, m_coding);
    EvidenceNote note;
    note.kind = QStringLiteral("note");
    note.text = QStringLiteral("Too late for this one");
    QVERIFY(!alice->resume()->keepNoteDraft(note));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM note_drafts")), 0);
}

void tst_CodingResume::withdrawingConsentPurgesTheDraft() {
    {
        auto alice = workflowFor(QStringLiteral("alice"));
        open(*alice, m_coding);
        EvidenceNote note;
        note.atMs = 5000;
        note.kind = QStringLiteral("note");
        note.text = QStringLiteral("Dad raised his voice when");
        QVERIFY(alice->resume()->keepNoteDraft(note));
        QVERIFY(alice->resume()->rememberListening({42000, 1.25}));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM note_drafts")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM listening_positions")), 1);
    ConsentWithdrawal(*m_db).withdraw(m_recording, ConsentWithdrawal::Party::Family,
                                      QDate::currentDate(), m_fixture.alice);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM note_drafts")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM listening_positions")), 0);
}

void tst_CodingResume::positionAndSpeedArePerCoder() {
    const qint64 bobs =
        CodingRepository(*m_db).create(m_recording, m_fixture.bob, QStringLiteral("second"),
                                       CodingSchemeLoader::builtIn(), -1, -1);
    {
        auto alice = workflowFor(QStringLiteral("alice"));
        open(*alice, m_coding);
        QVERIFY(!alice->resume()->rememberedListening());
        QVERIFY(alice->resume()->rememberListening({61500, 0.8}));
        QVERIFY(alice->resume()->rememberListening({93000, 1.5}));
        auto bob = workflowFor(QStringLiteral("bob"));
        QCOMPARE(open(*bob, bobs), bobs);
        QVERIFY(!bob->resume()->rememberedListening());
        QVERIFY(bob->resume()->rememberListening({12000, 1.0}));
    }
    auto alice = workflowFor(QStringLiteral("alice"));
    open(*alice, m_coding);
    const auto mine = alice->resume()->rememberedListening();
    QVERIFY(mine);
    QCOMPARE(mine->positionMs, 93000);
    QCOMPARE(mine->speed, 1.5);
    auto bob = workflowFor(QStringLiteral("bob"));
    open(*bob, bobs);
    QCOMPARE(bob->resume()->rememberedListening()->positionMs, 12000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM listening_positions")), 2);
}

QTEST_GUILESS_MAIN(tst_CodingResume)
#include "tst_CodingResume.moc"
