#include "FamilyChangeModel.h"

#include "domain/ValueSets.h"
#include "instruments/InstrumentScorer.h"

FamilyChangeModel::FamilyChangeModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void FamilyChangeModel::setChanges(const QList<ScaleChange> &changes) {
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString FamilyChangeModel::outcomeKey(const ScaleChange &change) {
    switch (change.outcome) {
    case ScaleChange::Outcome::Computed:
        return ReliableChange::key(change.result.classification);
    case ScaleChange::Outcome::NoParameters:
        return QStringLiteral("no_parameters");
    case ScaleChange::Outcome::NotScorable:
        break;
    }
    return QStringLiteral("not_scorable");
}

QString FamilyChangeModel::outcomeText(const ScaleChange &change) const {
    switch (change.outcome) {
    case ScaleChange::Outcome::NotScorable:
        return tr("Not scorable at T1 or T2");
    case ScaleChange::Outcome::NoParameters:
        return tr("No reliable-change figures for this scale");
    case ScaleChange::Outcome::Computed:
        break;
    }
    QString text;
    switch (change.result.classification) {
    case ReliableChange::Class::ReliableImprovement:
        text = tr("Reliable improvement");
        break;
    case ReliableChange::Class::ReliableDeterioration:
        text = tr("Reliable deterioration");
        break;
    case ReliableChange::Class::NoReliableChange:
        text = tr("No reliable change");
        break;
    }
    return change.provisionalParameters ? tr("%1 (provisional figures)").arg(text) : text;
}

int FamilyChangeModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int FamilyChangeModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyChangeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_changes.size())
        return QVariant();
    const ScaleChange &change = m_changes.at(index.row());
    if (role == OutcomeRole)
        return outcomeKey(change);
    if (role == Qt::TextAlignmentRole && index.column() >= BeforeColumn &&
        index.column() <= RciColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ClassColumn &&
        change.outcome == ScaleChange::Outcome::Computed)
        return tr("Change %1 over a standard error of the difference of %2 gives an index of %3; "
                  "beyond ±1.96 is reliable. %4")
            .arg(InstrumentScorer::format2(change.result.change),
                 InstrumentScorer::format2(change.result.standardErrorOfDifference),
                 InstrumentScorer::format2(change.result.rci),
                 change.higherIsBetter ? tr("Higher scores are better on this measure.")
                                       : tr("Lower scores are better on this measure."));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return QVariant();
    const bool raw = role == RawValueRole;
    auto number = [raw](const std::optional<double> &value) -> QVariant {
        if (!value)
            return raw ? QVariant() : QVariant(QString());
        return raw ? QVariant(*value) : QVariant(InstrumentScorer::format2(*value));
    };
    switch (index.column()) {
    case RespondentColumn:
        return raw ? change.respondent : ValueSets::label(change.respondent);
    case InstrumentColumn:
        return raw ? change.instrumentId : change.instrumentName;
    case ScaleColumn:
        return raw ? change.scaleKey : change.scaleName;
    case BeforeColumn:
        return number(change.before);
    case AfterColumn:
        return number(change.after);
    case ChangeColumn: {
        const auto difference = change.change();
        if (!raw && difference && *difference > 0)
            return QString(QStringLiteral("+") + InstrumentScorer::format2(*difference));
        return number(difference);
    }
    case RciColumn:
        if (change.outcome != ScaleChange::Outcome::Computed)
            return raw ? QVariant() : QVariant(QString());
        return number(change.result.rci);
    case ClassColumn:
        return raw ? QVariant(outcomeKey(change)) : QVariant(outcomeText(change));
    default:
        return QVariant();
    }
}

QVariant FamilyChangeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case RespondentColumn:
        return tr("Respondent");
    case InstrumentColumn:
        return tr("Questionnaire");
    case ScaleColumn:
        return tr("Scale");
    case BeforeColumn:
        return tr("T1");
    case AfterColumn:
        return tr("T2");
    case ChangeColumn:
        return tr("Change");
    case RciColumn:
        return tr("RCI");
    case ClassColumn:
        return tr("Reliable change");
    default:
        return QVariant();
    }
}
