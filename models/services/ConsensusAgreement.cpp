#include "ConsensusAgreement.h"

#include "domain/CodingSchemeLoader.h"
#include "storage/CodingRepository.h"
#include "storage/ConsensusRepository.h"
#include "storage/StorageError.h"

#include <QLocale>

ConsensusAgreement::ConsensusAgreement(Database &database)
    : m_database(database) {}

QList<UserAccount> ConsensusAgreement::people() const {
    return ConsensusRepository(m_database).people();
}

QList<qint64> ConsensusAgreement::pairOf(qint64 recordingId) const {
    QList<qint64> ids;
    for (const Coding &coding : CodingRepository(m_database).codingsOf(recordingId)) {
        if ((coding.role == QLatin1String("primary") || coding.role == QLatin1String("second")) &&
            !ids.contains(coding.coderId))
            ids.append(coding.coderId);
    }
    return ids;
}

qint64 ConsensusAgreement::create(qint64 recordingId, const QList<qint64> &agreedWith,
                                  qint64 actingUserId) {
    QList<qint64> everyone = {actingUserId};
    for (const qint64 id : agreedWith) {
        if (id > 0 && !everyone.contains(id))
            everyone.append(id);
    }
    if (everyone.size() < 2)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("A consensus is agreed between coders: tick who agreed it with "
                              "you."));
    return CodingRepository(m_database)
        .createConsensus(recordingId, actingUserId, CodingSchemeLoader::builtIn(), everyone);
}

qint64 ConsensusAgreement::consensusOf(qint64 recordingId) const {
    for (const Coding &coding : CodingRepository(m_database).codingsOf(recordingId)) {
        if (coding.role == QLatin1String("consensus"))
            return coding.id;
    }
    return 0;
}

QStringList ConsensusAgreement::agreedBy(qint64 recordingId) const {
    QStringList names;
    if (const qint64 coding = consensusOf(recordingId); coding > 0) {
        for (const UserAccount &p : ConsensusRepository(m_database).agreedBy(coding))
            names.append(p.username);
    }
    return names;
}

QString ConsensusAgreement::agreementText(qint64 recordingId) const {
    if (consensusOf(recordingId) <= 0)
        return {};
    const QStringList names = agreedBy(recordingId);
    if (names.isEmpty())
        return tr("Who agreed this consensus was not recorded.");
    return tr("Agreed by %1.")
        .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(names));
}
