#include "DemoDrafts.h"

#include "ActingUser.h"
#include "domain/CodingSchemeLoader.h"
#include "domain/ConsentRules.h"
#include "storage/CodingRepository.h"
#include "storage/RecordingListQuery.h"
#include "storage/RecordingRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace {

// The role the person could start on the recording: primary when nobody has coded it, second
// when someone else holds the primary and the second is free; empty when neither.
QString openRole(const QList<Coding> &codings, qint64 coderId) {
    bool primary = false;
    for (const Coding &coding : codings) {
        if (coding.coderId == coderId || coding.role != QLatin1String("primary"))
            return {};
        primary = true;
    }
    return primary ? QStringLiteral("second") : QStringLiteral("primary");
}

} // namespace

QList<qint64> DemoDrafts::giveTo(Database &database, const QString &username, int count) {
    const qint64 coderId = ActingUser::idOf(database, username);
    CodingRepository codings(database);
    int wanted = count - static_cast<int>(codings.recordingsWithDraftBy(coderId).size());
    QList<RecordingListRow> rows = RecordingListQuery(database).all();
    // Recordings with real audio first, so the drafts can be listened to; then by code.
    std::sort(rows.begin(), rows.end(), [](const RecordingListRow &a, const RecordingListRow &b) {
        return std::make_tuple(a.audioPath.isEmpty(), a.code) <
               std::make_tuple(b.audioPath.isEmpty(), b.code);
    });
    const CodingScheme scheme = CodingSchemeLoader::builtIn();
    RecordingRepository recordings(database);
    QList<qint64> made;
    for (const RecordingListRow &row : rows) {
        if (wanted <= 0)
            break;
        const QString role = openRole(codings.codingsOf(row.id), coderId);
        if (role.isEmpty())
            continue;
        const auto recording = recordings.find(row.id);
        if (!recording || !ConsentRules::consentProblem(*recording).isEmpty())
            continue;
        // The whole recording is the coded window: a demo clip is short.
        const qint64 id = codings.create(row.id, coderId, role, scheme, -1, -1);
        SkillScore first;
        first.skillKey = scheme.skills.first().key;
        first.score = 3;
        first.rationale = QCoreApplication::translate(
            "DemoDrafts", "Started on a first listen: check this against the whole session.");
        // A new coding starts at version 1; each edit is based on the version before it.
        const int version = codings.saveSkill(id, 1, first);
        EvidenceNote note;
        note.codingId = id;
        note.atMs = row.durationMs > 0 ? row.durationMs / 3 : 10000;
        note.skills = {first.skillKey};
        note.kind = QStringLiteral("note");
        note.text = QCoreApplication::translate("DemoDrafts",
                                                "Listen again here before scoring this skill.");
        codings.addNote(note, version, nullptr);
        made.append(id);
        --wanted;
    }
    return made;
}
