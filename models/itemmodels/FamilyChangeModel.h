#pragma once

#include "instruments/FamilyChange.h"

#include <QAbstractTableModel>
#include <QList>

// T1 -> T2 change per scale for one family, with the reliable change index and its class, for
// the family timeline. RawValueRole gives numbers and keys to sort by; OutcomeRole the class
// key (reliable_improvement ...) for colouring.
class FamilyChangeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RespondentColumn,
        InstrumentColumn,
        ScaleColumn,
        BeforeColumn,
        AfterColumn,
        ChangeColumn,
        RciColumn,
        ClassColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, OutcomeRole };

    explicit FamilyChangeModel(QObject *parent = nullptr);

    void setChanges(const QList<ScaleChange> &changes);
    const QList<ScaleChange> &changes() const { return m_changes; }
    // "reliable_improvement", "no_reliable_change", "reliable_deterioration", "not_scorable" or
    // "no_parameters".
    static QString outcomeKey(const ScaleChange &change);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString outcomeText(const ScaleChange &change) const;

    QList<ScaleChange> m_changes;
};
