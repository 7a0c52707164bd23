#include "RecordingsFilterModel.h"

#include "RecordingsModel.h"

RecordingsFilterModel::RecordingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RecordingsModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RecordingsFilterModel::setTeamId(qint64 teamId) {
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    invalidateRowsFilter();
}

void RecordingsFilterModel::setPractitionerId(qint64 practitionerId) {
    if (practitionerId == m_practitionerId)
        return;
    m_practitionerId = practitionerId;
    invalidateRowsFilter();
}

void RecordingsFilterModel::setCodingStatus(const QString &status) {
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void RecordingsFilterModel::setDateRange(const QDate &from, const QDate &to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void RecordingsFilterModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void RecordingsFilterModel::clearFilters() {
    m_teamId = 0;
    m_practitionerId = 0;
    m_status.clear();
    m_from = QDate();
    m_to = QDate();
    m_text.clear();
    invalidateRowsFilter();
}

bool RecordingsFilterModel::isFiltered() const {
    return m_teamId != 0 || m_practitionerId != 0 || !m_status.isEmpty() || m_from.isValid() ||
           m_to.isValid() || !m_text.isEmpty();
}

bool RecordingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    // Dates and counts are compared on the rows themselves: going through a QVariant for each
    // comparison made sorting a decade of recordings grow worse than the rows did.
    const auto *recordings = qobject_cast<const RecordingsModel *>(sourceModel());
    if (recordings && left.column() == right.column()) {
        const RecordingListRow &a = recordings->rows().at(left.row());
        const RecordingListRow &b = recordings->rows().at(right.row());
        switch (left.column()) {
        case RecordingsModel::RecordedOnColumn:
            return a.recordedOn < b.recordedOn;
        case RecordingsModel::CodingsColumn:
            return a.codingCount < b.codingCount;
        default:
            break;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool RecordingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_teamId != 0 && index.data(RecordingsModel::TeamIdRole).toLongLong() != m_teamId)
        return false;
    if (m_practitionerId != 0 &&
        index.data(RecordingsModel::PractitionerIdRole).toLongLong() != m_practitionerId)
        return false;
    if (!m_status.isEmpty() && index.data(RecordingsModel::CodingStatusRole).toString() != m_status)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate recorded = index.data(RecordingsModel::RecordedOnRole).toDate();
        if (m_from.isValid() && (!recorded.isValid() || recorded < m_from))
            return false;
        if (m_to.isValid() && (!recorded.isValid() || recorded > m_to))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    // Every word must match somewhere, so "north 0412" finds a family in a North team.
    const QString haystack = index.data(RecordingsModel::SearchTextRole).toString();
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
