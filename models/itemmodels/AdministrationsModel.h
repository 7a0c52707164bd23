#pragma once

#include "domain/InstrumentResponse.h"
#include "instruments/InstrumentCatalogue.h"
#include "instruments/InstrumentScorer.h"

#include <QAbstractTableModel>
#include <QList>

// A family's questionnaire administrations, one row each, with the total score and its flag,
// for the family timeline. Display text is made on request from the stored keys and numbers;
// RawValueRole gives values to sort by.
class AdministrationsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RespondentColumn,
        InstrumentColumn,
        TimepointColumn,
        DateColumn,
        ModeColumn,
        TotalColumn,
        ItemsAnsweredColumn,
        FlagColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole };

    explicit AdministrationsModel(QObject *parent = nullptr);

    void setAdministrations(const QList<InstrumentResponse> &administrations,
                            const InstrumentCatalogue &catalogue);
    const InstrumentResponse *administrationAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        InstrumentResponse response;
        QString instrumentName;
        ScaleScore total;
    };
    QList<Row> m_rows;
};
