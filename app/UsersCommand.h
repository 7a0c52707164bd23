#pragma once

#include "CliCommand.h"

// `practicecoder users assign-coach COACH --practitioner CODE [--from DATE]`, its reverse
// `users unassign-coach COACH --practitioner CODE`, and `users coaches` (who coaches whom, as
// CSV on standard output). Each change is audited under the login running the command.
class UsersCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    int listCoaches(Database &database);
};
