#include "MyWork.h"

#include "CodingVisibility.h"
#include "policy/DoubleCodingSample.h"

MyWork::MyWork(Database &database)
    : m_database(database) {}

qint64 MyWork::viewerId() const {
    return CodingVisibility(m_database).viewerId();
}

QList<MyWorkRow> MyWork::itemsFor(qint64 viewerId) const {
    return itemsFor(viewerId, QDate::currentDate());
}

QList<MyWorkRow> MyWork::itemsFor(qint64 viewerId, const QDate &today) const {
    QList<MyWorkRow> items;
    if (viewerId <= 0)
        return items;
    const MyWorkQuery query(m_database);
    const CodingVisibility visibility(m_database);
    // Every coding listed is the viewer's own, so each passes; asking anyway keeps this list
    // under the one blind-coding rule if the queries ever widen.
    auto add = [&](const QList<MyWorkRow> &rows) {
        for (const MyWorkRow &row : rows) {
            if (row.codingId > 0 && !visibility.maySee(row.codingId, viewerId))
                continue;
            items.append(row);
        }
    };
    add(query.drafts(viewerId));
    QList<MyWorkRow> wanted;
    for (const MyWorkRow &row : query.awaitingSecondCoding(viewerId)) {
        if (DoubleCodingSample::wants(row.recordingCode, row.sinceDay, today))
            wanted.append(row);
    }
    add(wanted);
    add(query.feedbackOwed(viewerId));
    return items;
}

MyWork::Counts MyWork::countsOf(const QList<MyWorkRow> &items) {
    Counts counts;
    for (const MyWorkRow &item : items) {
        switch (item.kind) {
        case Kind::Draft:
            ++counts.drafts;
            break;
        case Kind::SecondCoding:
            ++counts.secondCodings;
            break;
        case Kind::Feedback:
            ++counts.feedback;
            break;
        }
    }
    return counts;
}
