#include "StorageError.h"

#include "DatabaseFiles.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// "Could not save the score" reads better after a colon as "could not save the score".
QString lowerFirst(QString text) {
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

StorageError::StorageError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8()) {}

bool StorageError::concernsTheDatabase() const {
    switch (m_kind) {
    case Kind::CannotOpen:
    case Kind::ReadOnly:
    case Kind::Damaged:
    case Kind::DiskFull:
    case Kind::Busy:
    case Kind::IoError:
        return true;
    default:
        return false;
    }
}

StorageError StorageError::staleCoding(const QString &recordingCode) {
    return StorageError(Kind::StaleEdit,
                        QStringLiteral("Someone else changed this coded session while you were "
                                       "editing it (%1). Your change was not saved.")
                            .arg(recordingCode));
}

StorageError StorageError::staleQuestionnaire(const QString &familyCode) {
    return StorageError(Kind::StaleEdit,
                        QStringLiteral("Someone else changed this questionnaire while you were "
                                       "editing it (family %1). Your change was not saved.")
                            .arg(familyCode));
}

StorageError StorageError::newerSchema(const QString &name, int version, int latest) {
    return StorageError(
        Kind::NewerSchema,
        QStringLiteral("%1 was made by a newer version of PracticeCoder (schema %2; "
                       "this version understands up to %3). It has not been "
                       "changed. Please update PracticeCoder to open it.")
            .arg(name)
            .arg(version)
            .arg(latest));
}

StorageError StorageError::damaged(const QString &path, const QString &detail) {
    DatabaseFiles::markDamaged(path);
    const QString which = path.isEmpty() ? QStringLiteral("The database")
                                         : QStringLiteral("The database %1").arg(path);
    QString message = which + QStringLiteral(" is damaged");
    if (!detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(detail);
    message += QStringLiteral(". Nothing more will be written to it. Restore it from the latest "
                              "backup, or ask your IT service for help.");
    return StorageError(Kind::Damaged, message);
}

StorageError StorageError::fromSqlError(const QSqlError &error, const QString &context,
                                        const QString &path, const SqlDialect &dialect) {
    using Failure = SqlDialect::Failure;
    const QString text = error.text().trimmed();
    const Failure failure = dialect.classify(error.nativeErrorCode());
    StorageError result = [&]() -> StorageError {
        switch (failure) {
        case Failure::Damaged:
            return damaged(path, text);
        case Failure::DiskFull:
            return StorageError(Kind::DiskFull,
                                QStringLiteral("The disk is full: %1. Nothing was "
                                               "changed; free some space and try again.")
                                    .arg(lowerFirst(context)));
        case Failure::Busy:
            return StorageError(Kind::Busy,
                                QStringLiteral("The database is busy: another program kept it "
                                               "locked for too long, so %1. Try again in a moment.")
                                    .arg(lowerFirst(context)));
        case Failure::ReadOnly:
            return StorageError(Kind::ReadOnly,
                                QStringLiteral("The database is read-only: %1 (%2).")
                                    .arg(lowerFirst(context), text));
        case Failure::IoError:
            return StorageError(Kind::IoError,
                                QStringLiteral("The disk could not be read or written: %1 (%2).")
                                    .arg(lowerFirst(context), text));
        case Failure::CannotOpen:
            return StorageError(
                Kind::CannotOpen,
                QStringLiteral("The database file, or one PracticeCoder keeps beside it, could not "
                               "be opened: %1 (%2).")
                    .arg(lowerFirst(context), text));
        case Failure::Constraint:
        case Failure::Duplicate:
            // CHECK, UNIQUE, NOT NULL and FOREIGN KEY failures: callers show those as "the data
            // was refused" rather than as a broken database.
            return StorageError(Kind::Constraint, context + QStringLiteral(": ") + text);
        case Failure::Other:
            break;
        }
        return StorageError(Kind::Query, context + QStringLiteral(": ") + text);
    }();
    result.m_nativeErrorCode = error.nativeErrorCode();
    result.m_duplicate = failure == Failure::Duplicate;
    return result;
}

StorageError StorageError::fromQuery(const QSqlQuery &query, const QString &context) {
    return fromSqlError(query.lastError(), context, DatabaseFiles::pathOf(query.driver()),
                        SqlDialect::forDriver(query.driver()));
}
