#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A group of skills reported together, e.g. "Good authority".
struct SchemeFactor {
    QString key;
    QString name;
};

// One skill of a coding scheme: its definition and a descriptor for every level.
struct SchemeSkill {
    QString key;
    QString name;
    QString factor;
    QString definition;
    QMap<int, QString> levels; // level -> descriptor
};

// A versioned coding scheme (coding handbook). Every coding records the scheme it used, and
// the definitions shown to coders come from here, never from code.
class CodingScheme {
public:
    QString id;
    int version = 0;
    QString name;
    QString description;
    int scaleMin = 1;
    int scaleMax = 5;
    QList<SchemeFactor> factors;
    QList<SchemeSkill> skills;

    bool isValid() const { return !id.isEmpty() && version > 0 && !skills.isEmpty(); }
    QStringList skillKeys() const;
    const SchemeSkill *skill(const QString &key) const;
    QString factorName(const QString &factorKey) const;
    QStringList skillsInFactor(const QString &factorKey) const;
    QString levelDescriptor(const QString &skillKey, int level) const;
};
