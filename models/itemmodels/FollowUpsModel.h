#pragma once

#include "instruments/InstrumentCatalogue.h"
#include "storage/MeasuresRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// T2 follow-ups that are due or overdue (optionally also those still ahead), so that a T2 is
// not lost as it was when 101 families were seen at T1 and only 23 at T2.
class FollowUpsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        FamilyColumn,
        RespondentColumn,
        InstrumentColumn,
        T1DateColumn,
        DueDateColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, StatusRole };

    explicit FollowUpsModel(QObject *parent = nullptr);

    void setFollowUps(const QList<FollowUp> &followUps, const QDate &today,
                      const InstrumentCatalogue &catalogue, bool includeUpcoming = false);
    const FollowUp *followUpAt(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        FollowUp followUp;
        QString instrumentName;
        FollowUp::Status status = FollowUp::Status::Upcoming;
    };
    QString statusText(const Row &row) const;

    QList<Row> m_rows;
    QDate m_today;
};
