#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The rules every import applies to dates, codes, names and free text, in one place so the
// staff, codings and measures imports cannot drift apart. Each check returns an empty string
// for an acceptable value, or the reason it is refused, naming the column.
class FieldRules {
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    // Codes are pseudonymous identifiers (practitioner, family, recording).
    static constexpr int maxCodeLength = 32;
    // Names are people's and teams' names and user names.
    static constexpr int maxNameLength = 100;
    // Free text: comments and notes.
    static constexpr int maxFreeTextLength = 10000;

    // Sessions, codings and questionnaires: from 2000-01-01 to a year after today.
    static QDate earliestRecordingDate();
    // Team memberships can reach back further than any recording: from 1950-01-01.
    static QDate earliestMembershipDate();
    static QDate latestDate();

    // A character below U+0020, or U+007F; free text may still hold tabs and line breaks.
    static bool isControlCharacter(QChar c, bool inFreeText);
    // For codes and names, which may hold none.
    static bool hasControlCharacter(const QString &value);

    static QString problemWithCode(const QString &column, const QString &value);
    static QString problemWithName(const QString &column, const QString &value);
    // Tabs and line breaks are allowed in free text; other control characters are not.
    static QString problemWithFreeText(const QString &column, const QString &value);

    // Reads a date written exactly as YYYY-MM-DD, from `earliest` to latestDate(). Returns an
    // invalid date with *problem set otherwise.
    static QDate date(const QString &column, const QString &text, const QDate &earliest,
                      QString *problem);
    static QDate recordingDate(const QString &column, const QString &text, QString *problem);
    static QDate membershipDate(const QString &column, const QString &text, QString *problem);
};
