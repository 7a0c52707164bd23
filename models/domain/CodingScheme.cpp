#include "CodingScheme.h"

QStringList CodingScheme::skillKeys() const {
    QStringList keys;
    for (const SchemeSkill &s : skills)
        keys.append(s.key);
    return keys;
}

const SchemeSkill *CodingScheme::skill(const QString &key) const {
    for (const SchemeSkill &s : skills) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString CodingScheme::factorName(const QString &factorKey) const {
    for (const SchemeFactor &f : factors) {
        if (f.key == factorKey)
            return f.name;
    }
    return factorKey;
}

QStringList CodingScheme::skillsInFactor(const QString &factorKey) const {
    QStringList keys;
    for (const SchemeSkill &s : skills) {
        if (s.factor == factorKey)
            keys.append(s.key);
    }
    return keys;
}

QString CodingScheme::levelDescriptor(const QString &skillKey, int level) const {
    const SchemeSkill *s = skill(skillKey);
    return s ? s->levels.value(level) : QString();
}
