#include "CodingTestFixture.h"
#include "TestDatabase.h"
#include "domain/CodingSchemeLoader.h"
#include "services/CodingVisibility.h"
#include "settings/Settings.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/RecordingRepository.h"

#include <QTemporaryDir>
#include <QTest>

// Blind coding's one answer: a second coder sees nothing of the primary coding until both are
// final, with the reason naming the recording; a coach who codes none of it sees final codings.
class tst_CodingVisibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hidesThePrimaryFromTheSecondCoderUntilBothAreFinal();
    void viewerIsTheCoderInSettingsWithoutCreatingOne();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    Database m_db;
    CodingTestFixture m_fixture;
};

void tst_CodingVisibility::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_CodingVisibility"));
    m_db.open(TestDatabase::freshLocation(m_dir, QStringLiteral("visibility.sqlite")));
    m_fixture.build(m_db);
}

void tst_CodingVisibility::hidesThePrimaryFromTheSecondCoderUntilBothAreFinal() {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    const qint64 recording = m_fixture.addRecording(m_db);
    const QString code = RecordingRepository(m_db).find(recording)->code;
    const qint64 primary =
        codings.create(recording, m_fixture.alice, QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, primary, 4);
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.alice);
    const qint64 second =
        codings.create(recording, m_fixture.bob, QStringLiteral("second"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, second, 3);

    const CodingVisibility visibility(m_db);
    QString why;
    QVERIFY(!visibility.maySee(primary, m_fixture.bob, &why));
    QCOMPARE(why, CodingVisibility::hiddenReason(code));
    QVERIFY(why.contains(code));
    QVERIFY(visibility.maySee(second, m_fixture.bob));
    QVERIFY(!visibility.maySee(second, m_fixture.alice));
    // Someone coding neither (a coach) sees the final primary, never the draft.
    QVERIFY(visibility.maySee(primary, 0));
    QVERIFY(!visibility.maySee(second, 0));
    QVERIFY(!visibility.maySee(999999, 0, &why));

    codings.finalise(second, codingVersion(codings, second), scheme, m_fixture.bob);
    QVERIFY(visibility.maySee(primary, m_fixture.bob));
    QVERIFY(visibility.maySee(second, m_fixture.alice));
}

void tst_CodingVisibility::viewerIsTheCoderInSettingsWithoutCreatingOne() {
    Settings settings;
    settings.setCoderUsername(QStringLiteral("bob"));
    const CodingVisibility visibility(m_db);
    QCOMPARE(visibility.viewerId(), m_fixture.bob);
    settings.setCoderUsername(QStringLiteral("never.coded"));
    QCOMPARE(visibility.viewerId(), 0);
    QVERIFY(!UserRepository(m_db).find(QStringLiteral("never.coded")));
}

QTEST_GUILESS_MAIN(tst_CodingVisibility)
#include "tst_CodingVisibility.moc"
