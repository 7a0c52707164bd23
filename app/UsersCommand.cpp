#include "UsersCommand.h"

#include "io/CsvWriter.h"
#include "services/ActingUser.h"
#include "services/CoachAssignments.h"
#include "storage/StorageError.h"

#include <QFile>

QString UsersCommand::summary() const {
    return QStringLiteral("Say who coaches each practitioner (users assign-coach, unassign-coach, "
                          "coaches).");
}

int UsersCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("assign-coach, unassign-coach or coaches."));
    parser.addPositionalArgument(QStringLiteral("coach"),
                                 QStringLiteral("The coach's user name (assign and unassign)."));
    parser.addOption({QStringLiteral("practitioner"),
                      QStringLiteral("The practitioner's code, as on the People page."),
                      QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("from"),
         QStringLiteral("The day the coaching starts (YYYY-MM-DD; today if left out)."),
         QStringLiteral("DATE")});
    const QString usage =
        QStringLiteral("practicecoder users assign-coach|unassign-coach COACH --practitioner CODE "
                       "[--from YYYY-MM-DD] [--database PATH]   or   practicecoder users coaches");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool changes =
        action == QLatin1String("assign-coach") || action == QLatin1String("unassign-coach");
    if (!(changes && positional.size() == 2) &&
        !(action == QLatin1String("coaches") && positional.size() == 1)) {
        err() << "practicecoder users: expected assign-coach, unassign-coach or coaches. Usage: "
              << usage << Qt::endl;
        return UsageError;
    }
    const QString practitioner = parser.value(QStringLiteral("practitioner")).trimmed();
    if (changes && practitioner.isEmpty()) {
        err() << "practicecoder users: --practitioner is required. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    QDate from = QDate::currentDate();
    if (parser.isSet(QStringLiteral("from"))) {
        from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        if (!from.isValid())
            return fail(QStringLiteral("--from must be a date written YYYY-MM-DD, not \"%1\"")
                            .arg(parser.value(QStringLiteral("from"))));
    }
    auto database = openDatabase(parser);
    if (!database)
        return Failure;
    try {
        if (!changes)
            return listCoaches(*database);
        CoachAssignments coaching(*database);
        const QString coach = positional.at(1).trimmed();
        if (action == QLatin1String("assign-coach")) {
            const QString previous =
                coaching.assign(coach, practitioner, from, ActingUser::loginNameFor(*database));
            out() << QStringLiteral("%1 now coaches %2 from %3%4.")
                         .arg(coach, practitioner, from.toString(Qt::ISODate),
                              previous.isEmpty() || previous == coach
                                  ? QString()
                                  : QStringLiteral(" (instead of %1)").arg(previous))
                  << Qt::endl;
            return 0;
        }
        if (!coaching.unassign(coach, practitioner, ActingUser::loginNameFor(*database)))
            return fail(QStringLiteral("%1 is not the coach of %2; nothing was changed")
                            .arg(coach, practitioner));
        out() << QStringLiteral("%1 no longer coaches %2.").arg(coach, practitioner) << Qt::endl;
    } catch (const StorageError &error) {
        return fail(error.message());
    }
    return 0;
}

int UsersCommand::listCoaches(Database &database) {
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write to standard output"));
    CsvWriter csv(&standardOutput, {CsvColumn::text(QStringLiteral("coach")),
                                    CsvColumn::text(QStringLiteral("coach_name")),
                                    CsvColumn::text(QStringLiteral("practitioner_code")),
                                    CsvColumn::text(QStringLiteral("practitioner_name")),
                                    CsvColumn::text(QStringLiteral("assigned_on"))});
    csv.writeHeader();
    for (const CoachAssignments::Assignment &a : CoachAssignments(database).all())
        csv.writeRow({a.coachUsername, a.coachName, a.practitionerCode, a.practitionerName,
                      a.assignedOn.toString(Qt::ISODate)});
    standardOutput.flush();
    if (!csv.ok())
        return fail(QStringLiteral("cannot write to standard output"));
    return 0;
}
