#pragma once

#include <QString>

// A team within a service, e.g. a Children in Need team.
struct Team {
    qint64 id = 0;
    qint64 serviceId = 0;
    QString serviceName;
    QString name;
    QString kind; // a key from ValueSets::teamKinds()
    int version = 1;
};
