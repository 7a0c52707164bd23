#pragma once

#include "instruments/InstrumentCatalogue.h"
#include "storage/MeasuresRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// T2 follow-ups that are due or overdue (optionally also those still ahead), so that a T2 is
// not lost as it was when 101 families were seen at T1 and only 23 at T2. Rows come in the
// order a worker acts on them: what is due this week or overdue this month first, then what is
// due later in the window, then what is longer overdue (least late first), then what is not yet
// due. A list that opened on a T2 975 days late buried the 11 due now.
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
        PractitionerColumn,
        TeamColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, StatusRole };

    // Which follow-ups are listed. An empty team means every team.
    struct Filter {
        bool includeUpcoming = false;
        QString team;
        bool hideLeavers = false;
        QDate t1From; // invalid: any T1 date
    };

    explicit FollowUpsModel(QObject *parent = nullptr);

    void setFollowUps(const QList<FollowUp> &followUps, const QDate &today,
                      const InstrumentCatalogue &catalogue, bool includeUpcoming = false);
    void setFollowUps(const QList<FollowUp> &followUps, const QDate &today,
                      const InstrumentCatalogue &catalogue, const Filter &filter);
    const FollowUp *followUpAt(int row) const;
    int overdueCount() const;
    // Due or overdue follow-ups left out only because the family's practitioner has left.
    int hiddenLeaverCount() const { return m_hiddenLeavers; }

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
        int priority = 0;
    };
    QString statusText(const Row &row) const;
    int priority(const FollowUp &followUp, FollowUp::Status status) const;

    QList<Row> m_rows;
    QDate m_today;
    int m_hiddenLeavers = 0;
};
