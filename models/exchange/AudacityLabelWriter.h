#pragma once

#include "domain/CodingScheme.h"
#include "domain/EvidenceNote.h"

#include <QIODevice>
#include <QList>
#include <QString>

// Writes a recording's evidence notes as an Audacity label file (one `start<TAB>end<TAB>label`
// line per note, times in seconds), so a coach can import the notes as a label track beside
// the audio. Each note is a point label: start and end are the same moment.
class AudacityLabelWriter {
public:
    // "Strength (Empathy, Child focus): text" with tabs and line breaks made spaces.
    static QString labelText(const EvidenceNote &note, const CodingScheme &scheme);
    static bool write(const QList<EvidenceNote> &notes, const CodingScheme &scheme,
                      QIODevice *device, QString *error);
};
