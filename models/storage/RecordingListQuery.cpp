#include "RecordingListQuery.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QSqlQuery>

RecordingListQuery::RecordingListQuery(const Database &database)
    : m_database(database) {}

QStringList RecordingListQuery::codingStatuses() {
    return {QStringLiteral("not_started"), QStringLiteral("draft"), QStringLiteral("final"),
            QStringLiteral("double_coded"), QStringLiteral("consensus")};
}

QString RecordingListQuery::codingStatus(int codings, bool primaryFinal, bool secondFinal,
                                         bool consensusFinal) {
    if (consensusFinal)
        return QStringLiteral("consensus");
    if (primaryFinal && secondFinal)
        return QStringLiteral("double_coded");
    if (primaryFinal)
        return QStringLiteral("final");
    if (codings > 0)
        return QStringLiteral("draft");
    return QStringLiteral("not_started");
}

QList<RecordingListRow> RecordingListQuery::all() const {
    // Coding progress comes from the stored summary (RecordingListSummary, kept on write), so
    // the read does not count every coding of every recording; the order is the index
    // recordings_list_order's, so it needs no sort.
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT r.id, r.code, r.recorded_on, p.id, p.code, p.display_name, t.id, t.name, f.id, "
            "       f.case_code, r.session_type, r.selection_reason, r.practitioner_consent, "
            "       r.practitioner_consent_on, r.family_consent, r.family_consent_on, "
            "r.audio_path, "
            "       r.duration_ms, COALESCE(c.codings, 0), COALESCE(c.primary_final, 0), "
            "       COALESCE(c.second_final, 0), COALESCE(c.consensus_final, 0) "
            "FROM recordings r "
            "JOIN practitioners p ON p.id = r.practitioner_id "
            "JOIN teams t ON t.id = r.team_id "
            "JOIN families f ON f.id = r.family_id "
            "LEFT JOIN recording_list_summary c ON c.recording_id = r.id "
            "ORDER BY r.recorded_on DESC, ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("r.code")));
    query.setForwardOnly(true);
    Database::exec(query, QStringLiteral("Could not read the list of recordings"));

    QList<RecordingListRow> rows;
    while (Database::next(query)) {
        RecordingListRow row;
        row.id = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.recordedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        row.practitionerId = query.value(3).toLongLong();
        row.practitionerCode = query.value(4).toString();
        row.practitionerName = query.value(5).toString();
        row.teamId = query.value(6).toLongLong();
        row.teamName = query.value(7).toString();
        row.familyId = query.value(8).toLongLong();
        row.familyCode = query.value(9).toString();
        row.sessionType = query.value(10).toString();
        row.selectionReason = query.value(11).toString();
        row.practitionerConsent = query.value(12).toString();
        row.practitionerConsentOn = QDate::fromString(query.value(13).toString(), Qt::ISODate);
        row.familyConsent = query.value(14).toString();
        row.familyConsentOn = QDate::fromString(query.value(15).toString(), Qt::ISODate);
        row.audioPath = query.value(16).toString();
        row.durationMs = query.value(17).isNull() ? -1 : query.value(17).toLongLong();
        row.codingCount = query.value(18).toInt();
        row.codingStatus = codingStatus(row.codingCount, query.value(19).toInt() > 0,
                                        query.value(20).toInt() > 0, query.value(21).toInt() > 0);
        rows.append(row);
    }
    return rows;
}
