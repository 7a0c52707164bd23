#pragma once

#include "storage/RecordingListQuery.h"

#include <QAbstractTableModel>
#include <QList>

// The recordings list as a table for views. Rows hold the keys read from the database; words,
// dates and colours are made only when a view asks, so sorting and filtering work on raw values
// (RawValueRole) and every label stays translatable.
class RecordingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        RecordedOnColumn,
        PractitionerColumn,
        TeamColumn,
        FamilyColumn,
        SessionTypeColumn,
        SelectionReasonColumn,
        ConsentColumn,
        AudioColumn,
        StatusColumn,
        CodingsColumn,
        ColumnCount
    };

    enum Role {
        // The value to sort by: text, a date, or a number that orders statuses by progress.
        RawValueRole = Qt::UserRole + 1,
        RecordingIdRole,
        TeamIdRole,
        PractitionerIdRole,
        CodingStatusRole, // a key from RecordingListQuery::codingStatuses()
        RecordedOnRole,   // QDate
        SearchTextRole,   // the codes and names a free-text search looks in
    };

    explicit RecordingsModel(QObject *parent = nullptr);

    void setRows(const QList<RecordingListRow> &rows);
    const QList<RecordingListRow> &rows() const { return m_rows; }
    // The row of a recording, or -1.
    int rowOf(qint64 recordingId) const;

    // A translated label for a coding status key, and its colour for views.
    static QString statusLabel(const QString &status);
    static QColor statusColour(const QString &status);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const RecordingListRow &row, int column) const;
    QVariant rawValue(const RecordingListRow &row, int column) const;
    QVariant toolTip(const RecordingListRow &row, int column) const;
    QVariant colour(const RecordingListRow &row, int column) const;

    QList<RecordingListRow> m_rows;
};
