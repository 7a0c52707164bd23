#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small conversions shared by the repositories: how dates, instants, optional ids and optional
// positions are written to and read from the database, so every table stores them alike
// (ISO-8601 text for dates, UTC ISO-8601 with milliseconds for instants, NULL for "none").
namespace SqlValues {

QString nowUtc();
QString instant(const QDateTime &when);
QVariant date(const QDate &date);
QVariant optionalId(qint64 id);
QVariant optionalMs(qint64 ms);
QVariant optionalText(const QString &text);
// Never NULL: a null QString binds as NULL, which NOT NULL text columns refuse.
QVariant text(const QString &text);

QDate toDate(const QVariant &value);
// The calendar date of a stored date or UTC instant ("2025-02-20T10:00:00.000Z"): its first
// ten characters. Invalid for NULL.
QDate dayOf(const QVariant &value);
QDateTime toInstant(const QVariant &value);
qint64 toMs(const QVariant &value); // -1 for NULL

// Runs an `INSERT ... RETURNING id` statement and returns the new id; throws StorageError.
qint64 insertReturningId(QSqlQuery &query, const QString &context);

} // namespace SqlValues
