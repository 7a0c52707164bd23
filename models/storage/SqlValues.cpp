#include "SqlValues.h"

#include "Database.h"
#include "StorageError.h"

namespace SqlValues {

QString nowUtc() {
    return instant(QDateTime::currentDateTimeUtc());
}

QString instant(const QDateTime &when) {
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QVariant date(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalMs(qint64 ms) {
    return ms >= 0 ? QVariant(ms) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalText(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant text(const QString &text) {
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDate toDate(const QVariant &value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDate dayOf(const QVariant &value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDateTime toInstant(const QVariant &value) {
    if (value.isNull())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(value.toString(), Qt::ISODate);
    return when.toUTC();
}

qint64 toMs(const QVariant &value) {
    return value.isNull() ? -1 : value.toLongLong();
}

qint64 insertReturningId(QSqlQuery &query, const QString &context) {
    Database::exec(query, context);
    if (!Database::next(query))
        throw StorageError(StorageError::Kind::Query, context + QStringLiteral(": no id returned"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace SqlValues
