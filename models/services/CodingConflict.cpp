#include "CodingConflict.h"

#include "itemmodels/EvidenceNotesModel.h"

namespace {

const QString skillPrefix = QStringLiteral("skill:");
const QString notePrefix = QStringLiteral("note:");

const EvidenceNote *findNote(const Coding &coding, qint64 id) {
    for (const EvidenceNote &note : coding.notes) {
        if (note.id == id)
            return &note;
    }
    return nullptr;
}

} // namespace

QString CodingConflict::skillField(const QString &skillKey) {
    return skillPrefix + skillKey;
}

QString CodingConflict::noteField(qint64 noteId) {
    return notePrefix + QString::number(noteId);
}

QString CodingConflict::commentField() {
    return QStringLiteral("comment");
}

QString CodingConflict::windowField() {
    return QStringLiteral("window");
}

QString CodingConflict::statusField() {
    return QStringLiteral("status");
}

QString CodingConflict::valueOf(const QString &field, const Coding &coding) {
    if (field.startsWith(skillPrefix)) {
        const QString key = field.mid(skillPrefix.size());
        SkillScore score{key, 0, QString(), QString()};
        for (const SkillScore &stored : coding.scores) {
            if (stored.skillKey == key)
                score = stored;
        }
        QString text = score.isScored()       ? tr("Score %1").arg(score.score)
                       : score.isNotCodable() ? tr("Not codable: %1").arg(score.notCodableReason)
                                              : tr("Not scored");
        if (!score.rationale.isEmpty())
            text += QLatin1Char('\n') + tr("Rationale: %1").arg(score.rationale);
        return text;
    }
    if (field.startsWith(notePrefix)) {
        const EvidenceNote *note = findNote(coding, field.mid(notePrefix.size()).toLongLong());
        if (!note)
            return tr("(no note)");
        return EvidenceNotesModel::timeText(note->atMs) + QStringLiteral(" · ") + note->text;
    }
    if (field == commentField())
        return coding.comment.isEmpty() ? tr("(no comment)") : coding.comment;
    if (field == windowField()) {
        if (coding.windowStartMs < 0)
            return tr("The whole recording");
        return EvidenceNotesModel::timeText(coding.windowStartMs) + QStringLiteral(" – ") +
               EvidenceNotesModel::timeText(coding.windowEndMs);
    }
    return coding.isFinal() ? tr("Final") : tr("Draft");
}

QString CodingConflict::labelOf(const QString &field, const Coding &theirs, const Coding &yours,
                                const CodingScheme &scheme) {
    if (field.startsWith(skillPrefix)) {
        const QString key = field.mid(skillPrefix.size());
        const SchemeSkill *skill = scheme.skill(key);
        return tr("Skill: %1").arg(skill ? skill->name : key);
    }
    if (field.startsWith(notePrefix)) {
        const qint64 id = field.mid(notePrefix.size()).toLongLong();
        const EvidenceNote *note = findNote(yours, id);
        if (!note)
            note = findNote(theirs, id);
        return note ? tr("Evidence note at %1").arg(EvidenceNotesModel::timeText(note->atMs))
                    : tr("Evidence note");
    }
    if (field == commentField())
        return tr("Coder's comment");
    if (field == windowField())
        return tr("Coded window");
    return tr("Status");
}

EditConflict CodingConflict::describe(const QString &message, const QStringList &fields,
                                      const Coding &theirs, const Coding &yours,
                                      const CodingScheme &scheme) {
    EditConflict conflict;
    conflict.message = message;
    QStringList unique = fields;
    unique.removeDuplicates();
    for (const QString &field : unique)
        conflict.fields.append(
            {labelOf(field, theirs, yours, scheme), valueOf(field, theirs), valueOf(field, yours)});
    return conflict;
}
