#include "AudacityLabelWriter.h"

#include "domain/ValueSets.h"

#include <algorithm>

QString AudacityLabelWriter::labelText(const EvidenceNote &note, const CodingScheme &scheme) {
    QStringList skillNames;
    for (const QString &key : note.skills) {
        const SchemeSkill *skill = scheme.skill(key);
        skillNames.append(skill ? skill->name : key);
    }
    QString text = ValueSets::label(note.kind);
    if (!skillNames.isEmpty())
        text += QStringLiteral(" (%1)").arg(skillNames.join(QStringLiteral(", ")));
    const QString body = note.text.simplified();
    if (!body.isEmpty())
        text += QStringLiteral(": ") + body;
    // Audacity splits on tabs and lines, so neither may survive inside a label.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

bool AudacityLabelWriter::write(const QList<EvidenceNote> &notes, const CodingScheme &scheme,
                                QIODevice *device, QString *error) {
    QList<EvidenceNote> sorted = notes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const EvidenceNote &a, const EvidenceNote &b) { return a.atMs < b.atMs; });
    for (const EvidenceNote &note : sorted) {
        const QString seconds =
            QString::number(double(qMax<qint64>(0, note.atMs)) / 1000.0, 'f', 6);
        const QByteArray line = (seconds + QLatin1Char('\t') + seconds + QLatin1Char('\t') +
                                 labelText(note, scheme) + QLatin1Char('\n'))
                                    .toUtf8();
        if (device->write(line) != line.size()) {
            if (error)
                *error = device->errorString();
            return false;
        }
    }
    return true;
}
