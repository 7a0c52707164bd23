#include "AdministrationsModel.h"

#include "domain/ValueSets.h"

AdministrationsModel::AdministrationsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AdministrationsModel::setAdministrations(const QList<InstrumentResponse> &administrations,
                                              const InstrumentCatalogue &catalogue) {
    beginResetModel();
    m_rows.clear();
    for (const InstrumentResponse &response : administrations) {
        Row row;
        row.response = response;
        const InstrumentDefinition *definition = catalogue.find(response.instrumentId);
        row.instrumentName = definition ? definition->name : response.instrumentId;
        if (definition)
            row.total = InstrumentScorer::score(*definition, response.items).first();
        m_rows.append(row);
    }
    endResetModel();
}

const InstrumentResponse *AdministrationsModel::administrationAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).response;
}

int AdministrationsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdministrationsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdministrationsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.response.id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TotalColumn || index.column() == ItemsAnsweredColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return QVariant();
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case RespondentColumn:
        return raw ? row.response.respondent : ValueSets::label(row.response.respondent);
    case InstrumentColumn:
        return raw ? row.response.instrumentId : row.instrumentName;
    case TimepointColumn:
        // T10 sorts after T9 by its number.
        return raw ? QVariant(row.response.timepoint.mid(1).toInt())
                   : QVariant(row.response.timepoint);
    case DateColumn:
        return raw ? QVariant(row.response.administeredOn)
                   : QVariant(row.response.administeredOn.toString(Qt::ISODate));
    case ModeColumn:
        return raw ? row.response.mode : ValueSets::label(row.response.mode);
    case TotalColumn:
        if (raw)
            return row.total.value ? QVariant(*row.total.value) : QVariant();
        return row.total.reported();
    case ItemsAnsweredColumn:
        if (raw)
            return row.total.itemsAnswered;
        return tr("%1 of %2").arg(row.total.itemsAnswered).arg(row.total.itemsInScale);
    case FlagColumn:
        if (!row.total.scorable())
            return raw ? QVariant(2) : QVariant(tr("not scorable"));
        if (row.total.prorated)
            return raw ? QVariant(1) : QVariant(tr("prorated"));
        return raw ? QVariant(0) : QVariant(QString());
    default:
        return QVariant();
    }
}

QVariant AdministrationsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case RespondentColumn:
        return tr("Respondent");
    case InstrumentColumn:
        return tr("Questionnaire");
    case TimepointColumn:
        return tr("Timepoint");
    case DateColumn:
        return tr("Completed");
    case ModeColumn:
        return tr("How");
    case TotalColumn:
        return tr("Score");
    case ItemsAnsweredColumn:
        return tr("Answered");
    case FlagColumn:
        return tr("Note");
    default:
        return QVariant();
    }
}
