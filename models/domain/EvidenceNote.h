#pragma once

#include <QString>
#include <QStringList>

// A timestamped piece of evidence pinned to a moment in the recording.
struct EvidenceNote {
    qint64 id = 0;
    qint64 codingId = 0;
    qint64 atMs = 0;
    QStringList skills;
    QString kind; // strength | to_develop | note
    QString text;
    int version = 1;
    qint64 endMs = -1; // the end of a note that spans a stretch; -1 for a moment
};
