#pragma once

#include "PracticeCoderProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QString>

// What the CLI and fault tests that work on a whole service's data start from: a throw-away
// home and a demo database made in it by the real binary. The end date is fixed, so every run
// has the same families and sessions to report on.
struct DemoDatabaseFixture {
    QString home;
    QString database;
    QProcessEnvironment environment; // the isolated environment of home

    // Makes root/home and the demo database at root/fileName, ending on endDate; returns why it
    // failed, empty on success.
    QString make(const QString &root, const QString &fileName, const QString &endDate) {
        home = root + QStringLiteral("/home");
        environment = PracticeCoderProcess::isolated(home);
        database = root + u'/' + fileName;
        if (!QDir().mkpath(QFileInfo(database).absolutePath()))
            return QStringLiteral("cannot make the folder of ") + database;
        const PracticeCoderProcess::Result demo =
            PracticeCoderProcess(environment).makeDemo(database, endDate);
        if (!demo.finished || demo.exitCode != 0)
            return QStringLiteral("the demo database could not be made: ") + demo.errText();
        return {};
    }
};
