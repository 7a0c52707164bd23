#include "ConsentWithdrawal.h"

#include "audio/AudioProbe.h"
#include "audio/PeakCache.h"
#include "domain/RecordingPaths.h"
#include "storage/Database.h"
#include "storage/PurgeCheckpoint.h"
#include "storage/RecordingRepository.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"
#include "storage/WithdrawalRepository.h"
#include "storage/WriteFailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString plural(int count, const char *one, const char *many) {
    return count == 1 ? QString::fromLatin1(one) : QString::fromLatin1(many).arg(count);
}

// "a, b and c"
QString joinList(const QStringList &parts, const QString &and_) {
    if (parts.size() <= 1)
        return parts.join(QString());
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + and_ + parts.last();
}

} // namespace

ConsentWithdrawal::ConsentWithdrawal(Database &database)
    : m_database(database)
    , m_peakCacheDirectory(PeakCache::defaultDirectory()) {}

ConsentWithdrawal::Impact ConsentWithdrawal::preview(qint64 recordingId) const {
    const auto recording = RecordingRepository(m_database).find(recordingId);
    if (!recording)
        throw StorageError(StorageError::Kind::NotFound, tr("The recording no longer exists."));
    Impact impact;
    const WithdrawalRepository::Counts counts =
        WithdrawalRepository(m_database).countsFor(recordingId);
    impact.codings = counts.codings;
    impact.finalCodings = counts.finalCodings;
    impact.evidenceNotes = counts.evidenceNotes;
    impact.storedAudioPath = recording->audioPath;
    if (!recording->audioPath.isEmpty())
        impact.audioPath =
            RecordingPaths::resolve(recording->audioPath, m_recordingsRoot, m_database.folder());
    return impact;
}

ConsentWithdrawal::Result ConsentWithdrawal::withdraw(qint64 recordingId, Party party,
                                                      const QDate &on, qint64 userId) {
    if (!on.isValid())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Give the date the consent was withdrawn."));
    if (on > QDate::currentDate())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The date of the withdrawal is in the future."));
    const bool family = party == Party::Family;
    Result result;
    QString sha256;
    try {
        ScopedTransaction transaction(m_database.connection());
        const auto recording = RecordingRepository(m_database).find(recordingId);
        if (!recording)
            throw StorageError(StorageError::Kind::NotFound, tr("The recording no longer exists."));
        sha256 = recording->audioSha256;
        result.removed = preview(recordingId);
        const QString before = family ? recording->familyConsent : recording->practitionerConsent;
        const bool alreadyRefused = before == QLatin1String("refused");
        result.changed = !alreadyRefused || result.removed.codings > 0 ||
                         !result.removed.storedAudioPath.isEmpty();
        if (!result.changed)
            return result;

        const QDate keptDate = alreadyRefused ? (family ? recording->familyConsentOn
                                                        : recording->practitionerConsentOn)
                                              : on;
        WithdrawalRepository(m_database)
            .purge(recordingId, family, keptDate.isValid() ? keptDate : on, userId,
                   auditDetail(party, before != QLatin1String("not_recorded") && !alreadyRefused,
                               result.removed));
        transaction.commit();
    } catch (const StorageError &error) {
        // The transaction has rolled back; say what stopped it rather than what SQLite said last.
        const WriteFailure::Cause cause = WriteFailure::causeOf(error);
        if (cause == WriteFailure::Cause::None)
            throw;
        throw StorageError(error.kind(),
                           tr("Nothing was withdrawn or deleted: %1. The database is unchanged; "
                              "try again once that is resolved.")
                               .arg(WriteFailure::describe(cause)));
    }

    // The database is purged and committed; what follows can only leave files behind, and says
    // so in the result rather than throwing.
    deleteAudioFile(sha256, &result);
    const PeakCache cache(m_peakCacheDirectory);
    result.peaksDeleted = cache.remove(sha256.toLower(), result.removed.audioPath);
    const PurgeCheckpoint::Outcome checkpoint = PurgeCheckpoint::run(m_database.connection());
    result.walCheckpointed = checkpoint == PurgeCheckpoint::Outcome::Done;
    result.checkpointOwed = checkpoint == PurgeCheckpoint::Outcome::Blocked;
    result.clearedByServerVacuum = m_database.spec() && m_database.spec()->isPostgres();
    return result;
}

void ConsentWithdrawal::deleteAudioFile(const QString &sha256, Result *result) const {
    const QString path = result->removed.audioPath;
    if (result->removed.storedAudioPath.isEmpty()) {
        result->audio = AudioOutcome::NoAudio;
        return;
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        result->audio = AudioOutcome::NotFound;
        return;
    }
    // The stored path may since have been reused for another file: only this recording's own
    // audio is deleted.
    if (!sha256.isEmpty()) {
        QString error;
        const QString actual = AudioProbe::sha256(path, &error);
        if (!actual.isEmpty() && actual.compare(sha256, Qt::CaseInsensitive) != 0) {
            result->audio = AudioOutcome::DifferentFile;
            return;
        }
    }
    QFile file(path);
    if (file.remove()) {
        result->audio = AudioOutcome::Deleted;
        return;
    }
    result->audio = AudioOutcome::NotDeleted;
    result->audioProblem = file.errorString();
}

QString ConsentWithdrawal::auditDetail(Party party, bool wasGiven, const Impact &removed) {
    const QString who =
        party == Party::Family ? QStringLiteral("the family") : QStringLiteral("the practitioner");
    QStringList purged;
    if (removed.codings > 0)
        purged.append(plural(removed.codings, "1 coding", "%1 codings"));
    if (removed.evidenceNotes > 0)
        purged.append(plural(removed.evidenceNotes, "1 evidence note", "%1 evidence notes"));
    if (!removed.storedAudioPath.isEmpty())
        purged.append(QStringLiteral("the audio"));
    const QString what =
        purged.isEmpty() ? QStringLiteral("nothing else to purge")
                         : joinList(purged, QStringLiteral(" and ")) + QStringLiteral(" purged");
    return QStringLiteral("consent %1 by %2; %3")
        .arg(wasGiven ? QStringLiteral("withdrawn") : QStringLiteral("refused"), who, what);
}

QString ConsentWithdrawal::Result::summary() const {
    if (!changed)
        return tr("Consent was already withdrawn; there was nothing left to delete.");
    QStringList deleted;
    if (removed.codings > 0)
        deleted.append(removed.codings == 1 ? tr("1 coding")
                                            : tr("%1 codings").arg(removed.codings));
    if (removed.evidenceNotes > 0)
        deleted.append(removed.evidenceNotes == 1
                           ? tr("1 evidence note")
                           : tr("%1 evidence notes").arg(removed.evidenceNotes));
    if (audio == AudioOutcome::Deleted)
        deleted.append(tr("the audio file %1").arg(QDir::toNativeSeparators(removed.audioPath)));
    QStringList lines;
    if (deleted.isEmpty())
        lines.append(tr("The withdrawal of consent is recorded."));
    else if (clearedByServerVacuum)
        lines.append(tr("The withdrawal of consent is recorded. Deleted from the service "
                        "database: %1. The server keeps the deleted text in its files until "
                        "its administrator's routine clean-up (VACUUM) clears them, and in its "
                        "backups until they expire.")
                         .arg(joinList(deleted, tr(" and "))));
    else if (checkpointOwed)
        lines.append(tr("The withdrawal of consent is recorded. Deleted: %1. A copy of the "
                        "deleted text will remain in the database's journal until the other "
                        "program reading it closes; PracticeCoder will finish this "
                        "automatically.")
                         .arg(joinList(deleted, tr(" and "))));
    else
        lines.append(tr("The withdrawal of consent is recorded. Deleted for good: %1.")
                         .arg(joinList(deleted, tr(" and "))));
    switch (audio) {
    case AudioOutcome::NotDeleted:
        lines.append(tr("The audio file could not be deleted (%1). Please delete it by hand: "
                        "%2")
                         .arg(audioProblem, QDir::toNativeSeparators(removed.audioPath)));
        break;
    case AudioOutcome::NotFound:
        lines.append(
            tr("No audio file was found at %1. If a copy of it is kept somewhere "
               "else, delete it by hand.")
                .arg(QDir::toNativeSeparators(removed.audioPath.isEmpty() ? removed.storedAudioPath
                                                                          : removed.audioPath)));
        break;
    case AudioOutcome::DifferentFile:
        lines.append(tr("The file now at %1 is not this recording's audio (its contents "
                        "differ), so it was left alone. If the recording's audio is kept "
                        "somewhere else, delete it by hand.")
                         .arg(QDir::toNativeSeparators(removed.audioPath)));
        break;
    default:
        break;
    }
    if (!peaksDeleted)
        lines.append(tr("Its waveform could not be removed from the cache folder; deleting "
                        "that folder is always safe."));
    return lines.join(QLatin1Char('\n'));
}
