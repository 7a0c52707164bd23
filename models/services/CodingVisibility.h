#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Blind coding, for every view that shows a coding's scores, notes or comment (the coaching
// sheet and its PDF, the practitioner's trajectory, the comparison, exports and tooltips): the
// one answer to "may this viewer see this coding yet?". A coding is visible to its own coder;
// to anyone else only once it is final and, when the viewer codes the same recording too, once
// both codings are final, so that the second coding stays blind. The rule itself is kept with
// the codings (CodingRepository::isVisibleTo) so that storage's own reads apply it as well.
class CodingVisibility {
    Q_DECLARE_TR_FUNCTIONS(CodingVisibility)

public:
    explicit CodingVisibility(Database &database);

    // The person using this copy (Settings::coderUsername()), or 0 when they have no user yet:
    // someone who has never coded has no coding of their own to be swayed in. Never creates a
    // user, since looking is not changing anything. Throws StorageError.
    qint64 viewerId() const;

    // True when `viewerId` may see the coding's scores, notes and comment now; otherwise false
    // with *why saying so in words for the screen. A coding that does not exist is not visible.
    // Throws StorageError.
    bool maySee(qint64 codingId, qint64 viewerId, QString *why = nullptr) const;

    // The practitioner's recordings whose codings by others `viewerId` may not see yet (they are
    // coding them a second time), with their codes, for reports that leave them out.
    struct HiddenRecording {
        qint64 id = 0;
        QString code;
    };
    QList<HiddenRecording> hiddenRecordingsOf(qint64 practitionerId, qint64 viewerId) const;

    // The sentence a view shows in place of a hidden coding.
    static QString hiddenReason(const QString &recordingCode);

private:
    Database &m_database;
};
