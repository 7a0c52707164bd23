#include "MyWorkModel.h"

MyWorkModel::MyWorkModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void MyWorkModel::setRows(const QList<MyWorkRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const MyWorkRow *MyWorkModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString MyWorkModel::kindLabel(const MyWorkRow &row) {
    switch (row.kind) {
    case MyWorkRow::Kind::Draft:
        return row.role == QLatin1String("second")      ? tr("My draft (second coding)")
               : row.role == QLatin1String("consensus") ? tr("My draft (consensus)")
                                                        : tr("My draft");
    case MyWorkRow::Kind::SecondCoding:
        return tr("Waiting for a second coding");
    case MyWorkRow::Kind::Feedback:
        return tr("Feedback I owe");
    }
    return {};
}

int MyWorkModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MyWorkModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyWorkModel::data(const QModelIndex &index, int role) const {
    const MyWorkRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case KindRole:
        return static_cast<int>(row->kind);
    case RecordingIdRole:
        return row->recordingId;
    case CodingIdRole:
        return row->codingId;
    case RawValueRole:
        switch (index.column()) {
        case KindColumn:
            return static_cast<int>(row->kind);
        case RecordedOnColumn:
            return row->recordedOn;
        case SinceColumn:
            return row->sinceDay;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindLabel(*row);
        case RecordingColumn:
            return row->recordingCode;
        case PractitionerColumn:
            return row->practitionerName;
        case TeamColumn:
            return row->teamName;
        case RecordedOnColumn:
            return row->recordedOn.toString(Qt::ISODate);
        case SinceColumn:
            return row->sinceDay.toString(Qt::ISODate);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MyWorkModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("What");
    case RecordingColumn:
        return tr("Recording");
    case PractitionerColumn:
        return tr("Practitioner");
    case TeamColumn:
        return tr("Team");
    case RecordedOnColumn:
        return tr("Recorded");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}
