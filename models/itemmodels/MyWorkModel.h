#pragma once

#include "storage/MyWorkQuery.h"

#include <QAbstractTableModel>
#include <QList>

// The rows of "My work": what is waiting, for which recording, and since when. Sorting uses
// RawValueRole; the kind of each row is KindRole, so a view can group or filter by it.
class MyWorkModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        RecordingColumn,
        PractitionerColumn,
        TeamColumn,
        RecordedOnColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, KindRole, RecordingIdRole, CodingIdRole };

    explicit MyWorkModel(QObject *parent = nullptr);

    void setRows(const QList<MyWorkRow> &rows);
    const MyWorkRow *rowAt(int row) const;
    static QString kindLabel(const MyWorkRow &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MyWorkRow> m_rows;
};
