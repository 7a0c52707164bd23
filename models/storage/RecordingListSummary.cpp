#include "RecordingListSummary.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

// The one definition of the summary, for a single recording or (with no WHERE) all of them.
QString summarySelect(const QString &where) {
    return QStringLiteral(
               "INSERT INTO recording_list_summary (recording_id, codings, primary_final, "
               "second_final, consensus_final) "
               "SELECT recording_id, COUNT(*), "
               "SUM(CASE WHEN role = 'primary' AND status = 'final' THEN 1 ELSE 0 END), "
               "SUM(CASE WHEN role = 'second' AND status = 'final' THEN 1 ELSE 0 END), "
               "SUM(CASE WHEN role = 'consensus' AND status = 'final' THEN 1 ELSE 0 END) "
               "FROM codings ") +
           where + QStringLiteral(" GROUP BY recording_id");
}

} // namespace

RecordingListSummary::RecordingListSummary(const Database &database)
    : m_database(database) {}

void RecordingListSummary::updateRecording(qint64 recordingId) const {
    QSqlQuery remove = m_database.prepare(
        QStringLiteral("DELETE FROM recording_list_summary WHERE recording_id = ?"));
    remove.addBindValue(recordingId);
    Database::exec(remove, QStringLiteral("Could not update the recordings list"));
    QSqlQuery insert = m_database.prepare(summarySelect(QStringLiteral("WHERE recording_id = ?")));
    insert.addBindValue(recordingId);
    Database::exec(insert, QStringLiteral("Could not update the recordings list"));
}

void RecordingListSummary::updateForCoding(qint64 codingId) const {
    QSqlQuery find =
        m_database.prepare(QStringLiteral("SELECT recording_id FROM codings WHERE id = ?"));
    find.addBindValue(codingId);
    Database::exec(find, QStringLiteral("Could not update the recordings list"));
    if (Database::next(find))
        updateRecording(find.value(0).toLongLong());
}

void RecordingListSummary::rebuild() const {
    QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM recording_list_summary"));
    Database::exec(remove, QStringLiteral("Could not update the recordings list"));
    QSqlQuery insert = m_database.prepare(summarySelect(QString()));
    Database::exec(insert, QStringLiteral("Could not update the recordings list"));
}
