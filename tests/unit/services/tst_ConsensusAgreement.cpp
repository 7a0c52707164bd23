// Who agreed a consensus coding: stored with the coding in one go, never one person alone, and
// read back for the comparison and the consensus.

#include "CodingTestFixture.h"

#include "services/CodingVisibility.h"
#include "services/ConsensusAgreement.h"
#include "storage/AuditLog.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_ConsensusAgreement : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void thePairAgreesByDefault();
    void theAgreementIsStoredWithTheConsensus();
    void nobodyMakesAConsensusAlone();
    void notBeforeBothCodingsAreFinal();
    void anOlderConsensusSaysNobodyWasRecorded();
    void bothCodingsStayInViewWhileTheConsensusIsADraft();

private:
    void codeBoth(bool finaliseSecond = true);
    int count(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
    CodingTestFixture m_fixture;
    qint64 m_recording = 0;
    qint64 m_carol = 0;
    int m_round = 0;
};

void tst_ConsensusAgreement::init() {
    m_db.open(m_dir.filePath(QStringLiteral("agree-%1.sqlite").arg(++m_round)));
    m_fixture = CodingTestFixture();
    m_fixture.build(m_db);
    m_carol = UserRepository(m_db).findOrCreate(QStringLiteral("carol"));
    m_recording = m_fixture.addRecording(m_db);
}

void tst_ConsensusAgreement::cleanup() {
    m_db.close();
}

void tst_ConsensusAgreement::codeBoth(bool finaliseSecond) {
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    const qint64 primary =
        codings.create(m_recording, m_fixture.alice, QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, primary, 3);
    codings.finalise(primary, codingVersion(codings, primary), scheme, m_fixture.alice);
    const qint64 second =
        codings.create(m_recording, m_fixture.bob, QStringLiteral("second"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, second, 4);
    if (finaliseSecond)
        codings.finalise(second, codingVersion(codings, second), scheme, m_fixture.bob);
}

int tst_ConsensusAgreement::count(const QString &sql) {
    QSqlQuery query(m_db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void tst_ConsensusAgreement::thePairAgreesByDefault() {
    codeBoth();
    const ConsensusAgreement agreement(m_db);
    QCOMPARE(agreement.pairOf(m_recording), (QList<qint64>{m_fixture.alice, m_fixture.bob}));
    QStringList names;
    for (const UserAccount &person : agreement.people())
        names.append(person.username);
    QCOMPARE(names, (QStringList{QStringLiteral("alice"), QStringLiteral("bob"),
                                 QStringLiteral("carol")}));
}

void tst_ConsensusAgreement::theAgreementIsStoredWithTheConsensus() {
    codeBoth();
    ConsensusAgreement agreement(m_db);
    QVERIFY(agreement.agreementText(m_recording).isEmpty()); // no consensus yet
    // Carol, the team's practice lead, records the consensus she chaired.
    const qint64 id = agreement.create(m_recording, {m_fixture.alice, m_fixture.bob}, m_carol);
    QVERIFY(id > 0);
    QCOMPARE(agreement.consensusOf(m_recording), id);
    QCOMPARE(
        agreement.agreedBy(m_recording),
        (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
    QCOMPARE(agreement.agreementText(m_recording),
             QStringLiteral("Agreed by alice, bob and carol."));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consensus_agreements WHERE recorded_by "
                                  "= %1")
                       .arg(m_carol)),
             3);
    QCOMPARE(AuditLog(m_db).entriesFor(QStringLiteral("coding"), id).first().action,
             QStringLiteral("record_consensus_agreement"));
    // The rows go with the coding.
    QSqlQuery remove(m_db.connection());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM codings WHERE id = %1").arg(id)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consensus_agreements")), 0);
}

void tst_ConsensusAgreement::nobodyMakesAConsensusAlone() {
    codeBoth();
    ConsensusAgreement agreement(m_db);
    for (const QList<qint64> &with : {QList<qint64>{}, QList<qint64>{m_fixture.alice}}) {
        try {
            agreement.create(m_recording, with, m_fixture.alice);
            QFAIL("a consensus was made by one person alone");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        }
    }
    QCOMPARE(agreement.consensusOf(m_recording), qint64(0));
}

void tst_ConsensusAgreement::notBeforeBothCodingsAreFinal() {
    codeBoth(false);
    ConsensusAgreement agreement(m_db);
    try {
        agreement.create(m_recording, {m_fixture.bob}, m_fixture.alice);
        QFAIL("a consensus was made while the second coding was a draft");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consensus_agreements")), 0);
}

void tst_ConsensusAgreement::anOlderConsensusSaysNobodyWasRecorded() {
    codeBoth();
    CodingRepository(m_db).createConsensus(m_recording, m_fixture.alice,
                                           CodingSchemeLoader::builtIn());
    QCOMPARE(ConsensusAgreement(m_db).agreementText(m_recording),
             QStringLiteral("Who agreed this consensus was not recorded."));
}

void tst_ConsensusAgreement::bothCodingsStayInViewWhileTheConsensusIsADraft() {
    codeBoth();
    ConsensusAgreement(m_db).create(m_recording, {m_fixture.bob}, m_fixture.alice);
    // Alice's draft consensus does not blind her to Bob's final second coding: she resolves
    // the disagreements with both in view.
    qint64 second = 0;
    for (const Coding &coding : CodingRepository(m_db).codingsOf(m_recording)) {
        if (coding.role == QLatin1String("second"))
            second = coding.id;
    }
    QString why;
    QVERIFY2(CodingVisibility(m_db).maySee(second, m_fixture.alice, &why), qPrintable(why));
    QVERIFY(CodingVisibility(m_db)
                .hiddenRecordingsOf(m_fixture.practitionerId, m_fixture.alice)
                .isEmpty());
    // A draft of her own primary or second coding still blinds her, as before.
    const qint64 other = m_fixture.addRecording(m_db);
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    CodingRepository codings(m_db);
    const qint64 bobs =
        codings.create(other, m_fixture.bob, QStringLiteral("primary"), scheme, -1, -1);
    CodingTestFixture::scoreAll(codings, bobs, 3);
    codings.finalise(bobs, codingVersion(codings, bobs), scheme, m_fixture.bob);
    codings.create(other, m_fixture.alice, QStringLiteral("second"), scheme, -1, -1);
    QVERIFY(!CodingVisibility(m_db).maySee(bobs, m_fixture.alice, &why));
}

QTEST_GUILESS_MAIN(tst_ConsensusAgreement)
#include "tst_ConsensusAgreement.moc"
