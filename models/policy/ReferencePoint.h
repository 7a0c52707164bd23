#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A published figure the overall MSW score is read against, labelled with where it comes from.
// The defaults are the Islington evaluation's means; an organisation may set its own.
struct ReferencePoint {
    Q_DECLARE_TR_FUNCTIONS(ReferencePoint)

public:
    double value = 0.0;
    QString label;
    QString source;

    static QList<ReferencePoint> defaults();
    // Parses one point per line, "value | label | source" (source optional). Blank lines and
    // lines starting with # are skipped. Returns the defaults when text is blank; on a bad line
    // returns an empty list with *error naming the line.
    static QList<ReferencePoint> parse(const QString &text, QString *error);
};
