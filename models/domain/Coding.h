#pragma once

#include "EvidenceNote.h"
#include "SkillScore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One coder's coding of one recording against one version of a coding scheme.
struct Coding {
    qint64 id = 0;
    qint64 recordingId = 0;
    qint64 coderId = 0;
    QString schemeId;
    int schemeVersion = 1;
    QString role;              // primary | second | consensus
    QString status;            // draft | final
    qint64 windowStartMs = -1; // -1 when no window is set
    qint64 windowEndMs = -1;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finalisedAt;
    qint64 activeMs = 0;
    QString comment;
    QDate feedbackGivenOn;
    QList<SkillScore> scores;
    QList<EvidenceNote> notes;
    int version = 1;

    bool isFinal() const { return status == QLatin1String("final"); }
};
