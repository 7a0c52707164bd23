#include "EvidenceNotesModel.h"

#include "audio/TimeText.h"
#include "domain/ValueSets.h"
#include "storage/CodingRepository.h"

#include <QColor>

#include <algorithm>

EvidenceNotesModel::EvidenceNotesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EvidenceNotesModel::setScheme(const CodingScheme &scheme) {
    beginResetModel();
    m_scheme = scheme;
    endResetModel();
}

void EvidenceNotesModel::setNotes(const QList<EvidenceNote> &notes) {
    beginResetModel();
    m_notes = notes;
    std::stable_sort(m_notes.begin(), m_notes.end(),
                     [](const EvidenceNote &a, const EvidenceNote &b) { return a.atMs < b.atMs; });
    endResetModel();
}

bool EvidenceNotesModel::showCoding(const CodingRepository &codings, qint64 codingId,
                                    qint64 viewerId) {
    const auto coding = codings.loadForViewer(codingId, viewerId);
    setNotes(coding ? coding->notes : QList<EvidenceNote>());
    return coding.has_value();
}

void EvidenceNotesModel::clear() {
    setNotes({});
}

EvidenceNote EvidenceNotesModel::noteAt(int row) const {
    return row >= 0 && row < m_notes.size() ? m_notes.at(row) : EvidenceNote();
}

int EvidenceNotesModel::rowOf(qint64 noteId) const {
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id == noteId)
            return row;
    }
    return -1;
}

int EvidenceNotesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_notes.size());
}

int EvidenceNotesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceNotesModel::timeText(qint64 ms) {
    return TimeText::compact(ms);
}

QVariant EvidenceNotesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceNote &note = m_notes.at(index.row());
    if (role == NoteIdRole)
        return note.id;
    if (role == KindRole)
        return note.kind;
    if (role == RawRole) {
        switch (index.column()) {
        case TimeColumn:
            return note.atMs;
        case KindColumn:
            return note.kind;
        case SkillsColumn:
            return note.skills;
        case TextColumn:
            return note.text;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            // A note about a stretch of the session shows where it ends too.
            return note.endMs > note.atMs
                       ? QStringLiteral("%1–%2").arg(timeText(note.atMs), timeText(note.endMs))
                       : timeText(note.atMs);
        case KindColumn:
            return ValueSets::label(note.kind);
        case SkillsColumn: {
            QStringList names;
            for (const QString &key : note.skills) {
                const SchemeSkill *skill = m_scheme.skill(key);
                names.append(skill ? skill->name : key);
            }
            return names.join(QStringLiteral(", "));
        }
        case TextColumn:
            return note.text;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return note.text;
    if (role == Qt::ForegroundRole && index.column() == KindColumn) {
        if (note.kind == QLatin1String("strength"))
            return QColor(0x1b, 0x7f, 0x3b);
        if (note.kind == QLatin1String("to_develop"))
            return QColor(0xb3, 0x5c, 0x00);
        return QColor(0x44, 0x55, 0x66);
    }
    if (role == Qt::TextAlignmentRole && index.column() == TimeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EvidenceNotesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case SkillsColumn:
        return tr("Skills");
    case TextColumn:
        return tr("Evidence");
    default:
        return {};
    }
}
