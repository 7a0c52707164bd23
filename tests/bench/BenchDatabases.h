#pragma once

#include "PracticeCoderProcess.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <stdexcept>

// The databases the start-up and list benchmarks compare: the service and decade demos, made by
// the real binary (`practicecoder demo`) exactly as a user would, and a copy of the decade demo
// grown to `factor` times its history by duplicating every practice row with new ids. The copy
// is made here in SQL, not by the demo generator, so the generator stays the size a user sees.
namespace BenchDatabases {

inline const QString endDate = QStringLiteral("2026-06-30");

// Makes the demo of size ("service" or "decade") at dir/name and returns its path; throws with
// the binary's reason when it fails.
inline QString makeDemo(const QString &dir, const QString &name, const QString &size) {
    const QString path = dir + u'/' + name;
    PracticeCoderProcess process(dir + QStringLiteral("/home"));
    const PracticeCoderProcess::Result result =
        process.run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                     QStringLiteral("--size"), size, QStringLiteral("--end-date"), endDate});
    if (!result.finished || result.exitCode != 0)
        throw std::runtime_error("demo failed: " + result.errText().toStdString());
    return path;
}

namespace detail {

inline void run(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw std::runtime_error(
            QString(sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
}

inline qint64 scalar(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        throw std::runtime_error(sql.toStdString());
    return query.value(0).toLongLong();
}

struct Table {
    QString name;
    QString key;       // the column the originals are picked by: id, or the parent's id
    QString keyParent; // the table whose ids key holds
};

} // namespace detail

// Copies source to target (a consistent copy, through SQLite itself) and grows the copy to factor
// times the practice history: practitioners, their team and training history, families,
// recordings, codings, scores, evidence notes and family measures, each copy with ids offset past
// the originals and codes suffixed "-xN" so every unique key stays unique. Teams, coders, skills
// and settings are shared, as they would be in one authority over a longer history. Copied audio
// keeps its path but not its hash (the hash is unique).
inline void multiply(const QString &source, const QString &target, int factor) {
    QFile::remove(target);
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(source);
        if (!db.open())
            throw std::runtime_error("cannot open the decade demo");
        detail::run(db, QStringLiteral("VACUUM INTO '%1'").arg(target));
        db.close();
        db.setDatabaseName(target);
        if (!db.open())
            throw std::runtime_error("cannot open the copy");
        detail::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        detail::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));

        // Parents before children, so each child knows its parents' offsets.
        const QList<detail::Table> tables = {
            {QStringLiteral("practitioners"), QStringLiteral("id"),
             QStringLiteral("practitioners")},
            {QStringLiteral("team_memberships"), QStringLiteral("id"),
             QStringLiteral("team_memberships")},
            {QStringLiteral("practitioner_training"), QStringLiteral("id"),
             QStringLiteral("practitioner_training")},
            {QStringLiteral("families"), QStringLiteral("id"), QStringLiteral("families")},
            {QStringLiteral("recordings"), QStringLiteral("id"), QStringLiteral("recordings")},
            {QStringLiteral("codings"), QStringLiteral("id"), QStringLiteral("codings")},
            {QStringLiteral("skill_scores"), QStringLiteral("id"), QStringLiteral("skill_scores")},
            {QStringLiteral("evidence_notes"), QStringLiteral("id"),
             QStringLiteral("evidence_notes")},
            {QStringLiteral("evidence_note_skills"), QStringLiteral("note_id"),
             QStringLiteral("evidence_notes")},
            {QStringLiteral("instrument_administrations"), QStringLiteral("id"),
             QStringLiteral("instrument_administrations")},
            {QStringLiteral("instrument_item_responses"), QStringLiteral("administration_id"),
             QStringLiteral("instrument_administrations")},
            {QStringLiteral("recording_list_summary"), QStringLiteral("recording_id"),
             QStringLiteral("recordings")},
        };
        // Which table each copied foreign key points into.
        const QHash<QString, QString> references = {
            {QStringLiteral("practitioner_id"), QStringLiteral("practitioners")},
            {QStringLiteral("family_id"), QStringLiteral("families")},
            {QStringLiteral("recording_id"), QStringLiteral("recordings")},
            {QStringLiteral("coding_id"), QStringLiteral("codings")},
            {QStringLiteral("note_id"), QStringLiteral("evidence_notes")},
            {QStringLiteral("administration_id"), QStringLiteral("instrument_administrations")},
        };
        const QStringList uniqueCodes = {QStringLiteral("practitioners.code"),
                                         QStringLiteral("families.case_code"),
                                         QStringLiteral("recordings.code")};

        QHash<QString, qint64> offset; // the largest original id of each table
        for (const detail::Table &table : tables) {
            if (table.key == QLatin1String("id"))
                offset[table.name] = detail::scalar(
                    db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table.name));
        }

        detail::run(db, QStringLiteral("BEGIN"));
        for (int k = 1; k < factor; ++k) {
            for (const detail::Table &table : tables) {
                const QSqlRecord record = db.record(table.name);
                if (record.isEmpty())
                    continue; // a table of a later schema than the database's
                QStringList columns;
                QStringList values;
                for (int i = 0; i < record.count(); ++i) {
                    const QString column = record.fieldName(i);
                    columns << column;
                    if (column == QLatin1String("id"))
                        values << QStringLiteral("id + %1").arg(k * offset[table.name]);
                    else if (references.contains(column))
                        values << QStringLiteral("%1 + %2").arg(column).arg(
                            k * offset[references[column]]);
                    else if (uniqueCodes.contains(table.name + u'.' + column))
                        values << QStringLiteral("%1 || '-x%2'").arg(column).arg(k);
                    else if (column == QLatin1String("audio_sha256"))
                        values << QStringLiteral("NULL");
                    else
                        values << column;
                }
                detail::run(db,
                            QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE %4 "
                                           "<= %5")
                                .arg(table.name, columns.join(u','), values.join(u','), table.key)
                                .arg(offset[table.keyParent]));
            }
        }
        detail::run(db, QStringLiteral("COMMIT"));
        detail::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// The number of codings in the database at path, for the benchmark's heading.
inline qint64 codingCount(const QString &path) {
    const QString connection = QUuid::createUuid().toString();
    qint64 count = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open())
            count = detail::scalar(db, QStringLiteral("SELECT COUNT(*) FROM codings"));
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

} // namespace BenchDatabases
