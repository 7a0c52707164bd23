#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

// Filters and sorts a RecordingsModel: by team (at the time of the recording), practitioner,
// coding status, a recorded-date range and free text over codes and names. Sorting uses the
// raw values, so dates sort as dates and statuses by progress.
class RecordingsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RecordingsFilterModel(QObject *parent = nullptr);

    // 0 (or an empty status/text, or a null date) means "any".
    void setTeamId(qint64 teamId);
    qint64 teamId() const { return m_teamId; }
    void setPractitionerId(qint64 practitionerId);
    qint64 practitionerId() const { return m_practitionerId; }
    void setCodingStatus(const QString &status);
    QString codingStatus() const { return m_status; }
    // Both ends are included.
    void setDateRange(const QDate &from, const QDate &to);
    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

    void clearFilters();
    bool isFiltered() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    qint64 m_teamId = 0;
    qint64 m_practitionerId = 0;
    QString m_status;
    QDate m_from;
    QDate m_to;
    QString m_text;
};
