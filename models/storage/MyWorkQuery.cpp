#include "MyWorkQuery.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// The columns every list reads, in MyWorkRow's order.
const QString rowColumns = QStringLiteral(
    "SELECT r.id, %1, r.code, p.display_name, t.name, r.recorded_on, %2, %3 FROM recordings r "
    "JOIN practitioners p ON p.id = r.practitioner_id JOIN teams t ON t.id = r.team_id ");

} // namespace

MyWorkQuery::MyWorkQuery(Database &database)
    : m_database(database) {}

QList<MyWorkRow> MyWorkQuery::read(MyWorkRow::Kind kind, const QString &sql, qint64 coderId,
                                   const QString &what) const {
    QSqlQuery query = m_database.prepare(sql);
    query.addBindValue(coderId);
    Database::exec(query, what);
    QList<MyWorkRow> rows;
    while (Database::next(query)) {
        MyWorkRow row;
        row.kind = kind;
        row.recordingId = query.value(0).toLongLong();
        row.codingId = query.value(1).toLongLong();
        row.recordingCode = query.value(2).toString();
        row.practitionerName = query.value(3).toString();
        row.teamName = query.value(4).toString();
        row.recordedOn = SqlValues::dayOf(query.value(5));
        row.role = query.value(6).toString();
        row.sinceDay = SqlValues::dayOf(query.value(7));
        rows.append(row);
    }
    return rows;
}

QList<MyWorkRow> MyWorkQuery::drafts(qint64 coderId) const {
    return read(MyWorkRow::Kind::Draft,
                rowColumns.arg(QStringLiteral("c.id"), QStringLiteral("c.role"),
                               QStringLiteral("c.updated_at")) +
                    QStringLiteral("JOIN codings c ON c.recording_id = r.id WHERE c.coder_id = ? "
                                   "AND c.status = 'draft' ORDER BY c.updated_at DESC, c.id"),
                coderId, QStringLiteral("Could not list your drafts"));
}

QList<MyWorkRow> MyWorkQuery::awaitingSecondCoding(qint64 coderId) const {
    return read(
        MyWorkRow::Kind::SecondCoding,
        rowColumns.arg(QStringLiteral("0"), QStringLiteral("'second'"),
                       QStringLiteral("c.finalised_at")) +
            QStringLiteral("JOIN codings c ON c.recording_id = r.id AND c.role = 'primary' WHERE "
                           "c.status = 'final' AND c.coder_id <> ? AND r.practitioner_consent = "
                           "'given' AND r.family_consent IN ('written', 'verbal') AND NOT EXISTS "
                           "(SELECT 1 FROM codings s WHERE s.recording_id = r.id AND s.role IN "
                           "('second', 'consensus')) ORDER BY c.finalised_at, r.id"),
        coderId, QStringLiteral("Could not list the recordings awaiting a second coding"));
}

QList<MyWorkRow> MyWorkQuery::feedbackOwed(qint64 coderId) const {
    return read(MyWorkRow::Kind::Feedback,
                rowColumns.arg(QStringLiteral("c.id"), QStringLiteral("c.role"),
                               QStringLiteral("c.finalised_at")) +
                    QStringLiteral(
                        "JOIN codings c ON c.recording_id = r.id WHERE c.coder_id = ? AND "
                        "c.status = 'final' AND c.role IN ('primary', 'consensus') AND NOT "
                        "EXISTS (SELECT 1 FROM codings f WHERE f.recording_id = r.id AND f.role "
                        "IN ('primary', 'consensus') AND f.feedback_given_on IS NOT NULL) AND "
                        "(c.role = 'consensus' OR NOT EXISTS (SELECT 1 FROM codings k WHERE "
                        "k.recording_id = r.id AND k.role = 'consensus' AND k.status = 'final')) "
                        "ORDER BY c.finalised_at, c.id"),
                coderId, QStringLiteral("Could not list the feedback you owe"));
}
