#include "ComparisonModel.h"

#include "domain/CodingSchemeLoader.h"
#include "storage/CodingRepository.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QColor>

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent) {}

bool ComparisonModel::load(Database &database, qint64 recordingId, qint64 viewerId,
                           QString *reason) {
    clear();
    try {
        CodingRepository codings(database);
        if (!codings.canCompare(recordingId, reason))
            return false;
        std::optional<Coding> primary;
        std::optional<Coding> second;
        for (const Coding &header : codings.codingsOf(recordingId)) {
            if (header.role == QLatin1String("primary"))
                primary = codings.loadForViewer(header.id, viewerId);
            else if (header.role == QLatin1String("second"))
                second = codings.loadForViewer(header.id, viewerId);
        }
        if (!primary || !second) {
            if (reason)
                *reason = tr("You are still coding this recording, so the other coding stays "
                             "hidden until yours is final.");
            return false;
        }
        UserRepository users(database);
        beginResetModel();
        m_scheme = CodingSchemeLoader::builtIn();
        m_primary = *primary;
        m_second = *second;
        m_primaryCoder = users.username(m_primary.coderId);
        m_secondCoder = users.username(m_second.coderId);
        endResetModel();
    } catch (const StorageError &error) {
        if (reason)
            *reason = error.message();
        clear();
        return false;
    }
    return true;
}

void ComparisonModel::clear() {
    beginResetModel();
    m_scheme = CodingScheme();
    m_primary = Coding();
    m_second = Coding();
    m_primaryCoder.clear();
    m_secondCoder.clear();
    endResetModel();
}

SkillScore ComparisonModel::scoreOf(const Coding &coding, const QString &key) const {
    for (const SkillScore &score : coding.scores) {
        if (score.skillKey == key)
            return score;
    }
    return SkillScore{key, 0, QString(), QString()};
}

int ComparisonModel::disagreement(int row) const {
    if (row < 0 || row >= rowCount())
        return Agree;
    const QString key = m_scheme.skills.at(row).key;
    const SkillScore a = scoreOf(m_primary, key);
    const SkillScore b = scoreOf(m_second, key);
    if (a.isScored() && b.isScored()) {
        const int gap = qAbs(a.score - b.score);
        return gap == 0 ? Agree : gap >= 2 ? Flagged : Differ;
    }
    if (a.isScored() != b.isScored())
        return OneSided; // one found evidence for a score, the other found none: discuss it
    return Agree;
}

int ComparisonModel::bothScoredCount() const {
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = m_scheme.skills.at(row).key;
        count += scoreOf(m_primary, key).isScored() && scoreOf(m_second, key).isScored() ? 1 : 0;
    }
    return count;
}

int ComparisonModel::exactAgreements() const {
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = m_scheme.skills.at(row).key;
        count += disagreement(row) == Agree && scoreOf(m_primary, key).isScored() ? 1 : 0;
    }
    return count;
}

int ComparisonModel::oneSidedCount() const {
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += disagreement(row) == OneSided ? 1 : 0;
    return count;
}

bool ComparisonModel::windowsDiffer() const {
    return isLoaded() && (m_primary.windowStartMs != m_second.windowStartMs ||
                          m_primary.windowEndMs != m_second.windowEndMs);
}

int ComparisonModel::flaggedCount() const {
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += disagreement(row) == Flagged ? 1 : 0;
    return count;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !isLoaded() ? 0 : int(m_scheme.skills.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchemeSkill &skill = m_scheme.skills.at(index.row());
    const SkillScore a = scoreOf(m_primary, skill.key);
    const SkillScore b = scoreOf(m_second, skill.key);
    const int level = disagreement(index.row());
    if (role == DisagreementRole)
        return level;
    if (role == SkillKeyRole)
        return skill.key;
    auto scoreText = [](const SkillScore &score) {
        return score.isScored() ? QString::number(score.score) : tr("Not codable");
    };
    if (role == RawRole) {
        switch (index.column()) {
        case SkillColumn:
            return skill.key;
        case PrimaryColumn:
            return a.score;
        case SecondColumn:
            return b.score;
        case DifferenceColumn:
            return a.isScored() && b.isScored() ? QVariant(b.score - a.score) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SkillColumn:
            return skill.name;
        case PrimaryColumn:
            return scoreText(a);
        case SecondColumn:
            return scoreText(b);
        case DifferenceColumn:
            if (a.isScored() && b.isScored()) {
                const int gap = b.score - a.score;
                if (gap == 0)
                    return tr("Agree");
                const QString text =
                    gap > 0 ? QStringLiteral("+%1").arg(gap) : QString::number(gap);
                return level == Flagged ? tr("%1  ⚑ 2 or more apart").arg(text) : text;
            }
            return level == OneSided ? tr("Scored by one coder only") : tr("Agree");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == PrimaryColumn)
            return a.isScored() ? a.rationale : a.notCodableReason;
        if (index.column() == SecondColumn)
            return b.isScored() ? b.rationale : b.notCodableReason;
        if (index.column() == SkillColumn)
            return skill.definition;
    }
    if (role == Qt::BackgroundRole) {
        if (level == Flagged)
            return QColor(0xfb, 0xe3, 0xe0);
        if (level == Differ || level == OneSided)
            return QColor(0xfd, 0xf1, 0xd6);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != SkillColumn)
        return QVariant(Qt::AlignCenter);
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkillColumn:
        return tr("Skill");
    case PrimaryColumn:
        return m_primaryCoder.isEmpty() ? tr("Primary") : tr("Primary (%1)").arg(m_primaryCoder);
    case SecondColumn:
        return m_secondCoder.isEmpty() ? tr("Second") : tr("Second (%1)").arg(m_secondCoder);
    case DifferenceColumn:
        return tr("Difference");
    default:
        return {};
    }
}
