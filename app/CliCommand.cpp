#include "CliCommand.h"

QTextStream &CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliCommand::fail(const QString &reason) const
{
    QString line = reason.simplified();
    err() << "practicecoder " << name() << ": " << line << Qt::endl;
    return Failure;
}
