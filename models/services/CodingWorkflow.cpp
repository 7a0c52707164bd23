#include "CodingWorkflow.h"

#include "CodingCommands.h"
#include "CodingResume.h"
#include "CodingSession.h"
#include "domain/CodingSchemeLoader.h"
#include "domain/ConsentRules.h"
#include "domain/RecordingPaths.h"
#include "domain/ValueSets.h"
#include "itemmodels/EvidenceNotesModel.h"
#include "settings/Settings.h"
#include "storage/CodingRepository.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/PractitionerRepository.h"
#include "storage/RecordingRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace {

QString clock(qint64 ms) {
    return EvidenceNotesModel::timeText(ms);
}

} // namespace

CodingWorkflow::CodingWorkflow(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {
    m_elapsed.start();
    m_clock = [this] {
        return m_elapsed.elapsed();
    };
    m_session = new CodingSession(database, this);
    m_resume = std::make_unique<CodingResume>(database, *m_session);
    m_undo = new QUndoStack(this);

    // Edits kept while the database cannot be written are tried again now and then (and with
    // every new edit), so they reach it soon after space is freed.
    m_saveRetry = new QTimer(this);
    m_saveRetry->setObjectName(QStringLiteral("saveRetryTimer"));
    m_saveRetry->setInterval(3000);
    connect(m_saveRetry, &QTimer::timeout, m_session, &CodingSession::retrySaving);
    connect(m_session, &CodingSession::saveStateChanged, this, &CodingWorkflow::updateRetryTimer);
    // Undoing an edit the coder dropped for someone else's would bring it back unasked.
    connect(m_session, &CodingSession::conflictResolved, this, [this](bool keptMine) {
        if (!keptMine)
            m_undo->clear();
    });

    // Active time is gathered on every action and saved now and then, and when leaving.
    m_activeTimeFlush = new QTimer(this);
    m_activeTimeFlush->setInterval(30000);
    connect(m_activeTimeFlush, &QTimer::timeout, m_session, &CodingSession::flushActiveTime);
    m_activeTimeFlush->start();
}

CodingWorkflow::~CodingWorkflow() {
    // A last try for edits kept while the disk was full, before they go with the window.
    m_session->retrySaving();
    m_session->flushActiveTime();
}

void CodingWorkflow::updateRetryTimer() {
    if (m_session->hasUnsavedEdits())
        m_saveRetry->start();
    else
        m_saveRetry->stop();
}

void CodingWorkflow::setCoderUsername(const QString &username) {
    m_coderUsername = username;
}

qint64 CodingWorkflow::coderId(QString *error) {
    if (m_coderUsername.isEmpty())
        m_coderUsername = Settings().coderUsername();
    try {
        return UserRepository(m_database).findOrCreate(m_coderUsername);
    } catch (const StorageError &storageError) {
        if (error)
            *error = storageError.message();
        return 0;
    }
}

void CodingWorkflow::setClock(std::function<qint64()> clock) {
    m_clock = std::move(clock);
}

void CodingWorkflow::recordActivity() {
    m_session->recordActivity(m_clock());
}

std::optional<Recording> CodingWorkflow::recording(qint64 recordingId) const {
    try {
        return RecordingRepository(m_database).find(recordingId);
    } catch (const StorageError &) {
        return std::nullopt;
    }
}

QString CodingWorkflow::recordingTitle(qint64 recordingId) const {
    const auto recording = RecordingRepository(m_database).find(recordingId);
    if (!recording)
        return {};
    const auto practitioner = PractitionerRepository(m_database).find(recording->practitionerId);
    const auto family = FamilyRepository(m_database).findById(recording->familyId);
    return tr("%1 · %2 %3 · family %4 · %5 · %6")
        .arg(recording->code, practitioner ? practitioner->code : QString(),
             practitioner ? practitioner->displayName : QString(),
             family ? family->caseCode : QString(),
             QLocale(QLocale::English, QLocale::UnitedKingdom)
                 .toString(recording->recordedOn, QStringLiteral("d MMM yyyy")),
             ValueSets::label(recording->sessionType));
}

CodingWorkflow::Outlook CodingWorkflow::outlook(qint64 recordingId, qint64 coderId,
                                                QString *error) {
    Outlook outlook;
    try {
        outlook.recording = RecordingRepository(m_database).find(recordingId);
        if (!outlook.recording)
            return outlook;
        const Recording &recording = *outlook.recording;
        CodingRepository codings(m_database);
        outlook.codings = codings.codingsOf(recordingId);
        // Straight into this coder's own draft: the common case should cost no extra key.
        for (const Coding &coding : std::as_const(outlook.codings)) {
            if (coding.coderId == coderId && !coding.isFinal() && recording.consentAllowsCoding()) {
                outlook.ownDraftId = coding.id;
                return outlook;
            }
        }
        outlook.consentProblem = ConsentRules::consentProblem(recording);
        UserRepository users(m_database);
        for (const Coding &coding : std::as_const(outlook.codings))
            outlook.coderNames.append(users.username(coding.coderId));
        QString reason;
        outlook.canCompare =
            codings.canCompare(recordingId, &reason) &&
            std::all_of(outlook.codings.cbegin(), outlook.codings.cend(),
                        [&](const Coding &c) { return codings.isVisibleTo(c, coderId); });
    } catch (const StorageError &storageError) {
        if (error)
            *error = storageError.message();
        return Outlook();
    }
    return outlook;
}

qint64 CodingWorkflow::startCoding(qint64 recordingId, const QString &role, qint64 durationMs,
                                   int windowMinutes, QString *error) {
    const qint64 user = coderId(error);
    try {
        const CodingScheme scheme = CodingSchemeLoader::builtIn();
        CodingRepository codings(m_database);
        if (role == QLatin1String("consensus"))
            return codings.createConsensus(recordingId, user, scheme);
        // The default coded window: the first N minutes, or all of a shorter recording.
        const qint64 window = qint64(windowMinutes) * 60000;
        const bool whole = durationMs > 0 && durationMs <= window;
        return codings.create(recordingId, user, role, scheme, whole ? -1 : 0, whole ? -1 : window);
    } catch (const StorageError &storageError) {
        if (error)
            *error = storageError.message();
        return 0;
    }
}

qint64 CodingWorkflow::consensusCodingOf(qint64 recordingId, QString *error) const {
    try {
        for (const Coding &coding : CodingRepository(m_database).codingsOf(recordingId)) {
            if (coding.role == QLatin1String("consensus"))
                return coding.id;
        }
    } catch (const StorageError &storageError) {
        if (error)
            *error = storageError.message();
    }
    return 0;
}

bool CodingWorkflow::openCodingCanBeCompared() const {
    if (!m_session->isOpen() || !m_session->isLocked())
        return false;
    QString reason;
    try {
        return CodingRepository(m_database).canCompare(m_session->coding().recordingId, &reason);
    } catch (const StorageError &) {
        return false;
    }
}

void CodingWorkflow::recordDuration(qint64 recordingId, qint64 durationMs) {
    try {
        RecordingRepository(m_database).setDuration(recordingId, durationMs);
    } catch (const StorageError &) {
        // The length is only a convenience for the window; it is measured again next time.
    }
}

QString CodingWorkflow::audioFileOf(qint64 recordingId, QString *problem) const {
    const auto found = recording(recordingId);
    if (!found || found->audioPath.isEmpty()) {
        *problem = tr("This recording has no audio in the library (imported history). "
                      "You can still score it.");
        return {};
    }
    const QString path =
        RecordingPaths::resolve(found->audioPath, Settings().recordingsRoot(), m_database.folder());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        *problem = tr("The audio file is missing (%1). Use “Locate…” on the "
                      "Recordings page to find it; you can still score meanwhile.")
                       .arg(QDir::toNativeSeparators(found->audioPath));
        return {};
    }
    return path;
}

bool CodingWorkflow::openCoding(qint64 codingId, QString *error) {
    if (!m_session->open(codingId, coderId(error), error))
        return false;
    m_undo->clear();
    return true;
}

void CodingWorkflow::closeCoding() {
    m_session->close();
    m_undo->clear();
}

bool CodingWorkflow::mayLeaveCoding() {
    return !m_session->isOpen() || m_session->retrySaving();
}

bool CodingWorkflow::isEditable() const {
    return m_session->isOpen() && !m_session->isLocked();
}

QString CodingWorkflow::skillName(const QString &skillKey) const {
    const SchemeSkill *skill = m_session->scheme().skill(skillKey);
    return skill ? skill->name : skillKey;
}

bool CodingWorkflow::push(QUndoCommand *command) {
    const int index = m_undo->index();
    m_undo->push(command);
    return m_undo->index() > index;
}

bool CodingWorkflow::changesScore(const QString &skillKey, int level) const {
    return isEditable() && !skillKey.isEmpty() && m_session->skill(skillKey).score != level;
}

bool CodingWorkflow::score(const QString &skillKey, int level) {
    recordActivity();
    if (!changesScore(skillKey, level))
        return false;
    const SkillScore before = m_session->skill(skillKey);
    SkillScore after = before;
    after.score = level;
    after.notCodableReason.clear();
    return push(CodingCommands::setSkill(m_session, before, after,
                                         tr("Score %1 %2").arg(skillName(skillKey)).arg(level)));
}

bool CodingWorkflow::markNotCodable(const QString &skillKey, const QString &reason) {
    recordActivity();
    if (!isEditable() || skillKey.isEmpty())
        return false;
    const SkillScore before = m_session->skill(skillKey);
    SkillScore after = before;
    after.score = 0;
    after.notCodableReason = reason;
    return push(CodingCommands::setSkill(m_session, before, after,
                                         tr("%1 not codable").arg(skillName(skillKey))));
}

bool CodingWorkflow::editRationale(const QString &skillKey, const QString &text) {
    recordActivity();
    if (!isEditable())
        return false;
    const SkillScore before = m_session->skill(skillKey);
    if (!before.isComplete() || before.rationale == text)
        return false;
    SkillScore after = before;
    after.rationale = text;
    return push(CodingCommands::setRationale(m_session, before, after,
                                             tr("Rationale for %1").arg(skillName(skillKey))));
}

qint64 CodingWorkflow::addNote(const EvidenceNote &note) {
    recordActivity();
    if (!isEditable())
        return 0;
    auto *command = new AddNoteCommand(m_session, note);
    // A refused note is deleted by the stack, so its id is read only when it was kept.
    return push(command) ? command->noteId() : 0;
}

bool CodingWorkflow::editNote(const EvidenceNote &note) {
    recordActivity();
    if (!isEditable() || !m_session->hasNote(note.id))
        return false;
    const EvidenceNote before = m_session->note(note.id);
    if (before.text == note.text && before.kind == note.kind && before.skills == note.skills &&
        before.atMs == note.atMs && before.endMs == note.endMs)
        return false;
    return push(CodingCommands::editNote(m_session, before, note));
}

bool CodingWorkflow::nudgeNote(qint64 noteId, qint64 deltaMs) {
    recordActivity();
    if (!isEditable() || !m_session->hasNote(noteId))
        return false;
    const EvidenceNote before = m_session->note(noteId);
    EvidenceNote after = before;
    after.atMs = qMax<qint64>(0, before.atMs + deltaMs);
    if (before.endMs >= 0)
        after.endMs = before.endMs + (after.atMs - before.atMs);
    if (after.atMs == before.atMs)
        return false;
    // A move merged into the one before it adds no step to the stack, so the note tells.
    push(CodingCommands::moveNote(m_session, before, after));
    return m_session->note(noteId).atMs == after.atMs;
}

bool CodingWorkflow::deleteNote(qint64 noteId) {
    recordActivity();
    if (!m_session->hasNote(noteId) || m_session->isLocked())
        return false;
    return push(new DeleteNoteCommand(m_session, m_session->note(noteId)));
}

bool CodingWorkflow::startWindowAt(qint64 positionMs, int windowMinutes, qint64 durationMs,
                                   QString *error) {
    recordActivity();
    if (!isEditable())
        return false;
    const qint64 start = positionMs;
    qint64 end = m_session->coding().windowEndMs;
    if (end <= start) {
        end = start + qint64(windowMinutes) * 60000;
        if (durationMs > 0)
            end = qMin(end, durationMs);
    }
    if (end <= start) {
        *error = tr("The coded window cannot start at the very end of the recording.");
        return false;
    }
    return push(CodingCommands::setWindow(m_session, start, end,
                                          tr("Coded window from %1").arg(clock(start))));
}

bool CodingWorkflow::endWindowAt(qint64 positionMs, QString *error) {
    recordActivity();
    if (!isEditable())
        return false;
    const qint64 end = positionMs;
    const qint64 start = qMax<qint64>(0, m_session->coding().windowStartMs);
    if (end <= start) {
        *error = tr("The coded window must end after it starts (%1). Move the playhead past "
                    "the start, then press ].")
                     .arg(clock(start));
        return false;
    }
    return push(
        CodingCommands::setWindow(m_session, start, end, tr("Coded window to %1").arg(clock(end))));
}

bool CodingWorkflow::codeWholeRecording() {
    recordActivity();
    if (!isEditable() || m_session->coding().windowStartMs < 0)
        return false;
    return push(CodingCommands::setWindow(m_session, -1, -1, tr("Code the whole recording")));
}

bool CodingWorkflow::finalise(QString *error, QString *firstMissing) {
    if (!isEditable())
        return false;
    const QStringList missing = m_session->missingSkills();
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &key : missing)
            names.append(skillName(key));
        *error = tr("Not finalised yet: score or mark not codable %1.")
                     .arg(names.join(QStringLiteral(", ")));
        *firstMissing = missing.first();
        return false;
    }
    if (!m_session->finalise(error))
        return false;
    m_undo->clear(); // a final coding is locked: nothing left to undo into
    return true;
}

bool CodingWorkflow::unlock(const QString &reason, QString *error) {
    if (!m_session->isOpen() || !m_session->isLocked())
        return false;
    return m_session->unlock(reason, error);
}
