#pragma once

#include "ReportTables.h"
#include "storage/FeedbackRepository.h"

#include <QCoreApplication>
#include <QString>

// A coaching feedback sheet in words, built once for the screen and the PDF: the HTML the screen
// shows (with "play:MS" links to each moment of evidence) and the tables the PDF prints. Private
// to the practitioner and their coach.
class FeedbackSheetDocument {
    Q_DECLARE_TR_FUNCTIONS(FeedbackSheetDocument)

public:
    explicit FeedbackSheetDocument(const FeedbackSheet &sheet);

    // The whole sheet as HTML: scores with the level descriptors they matched (and the
    // rationale), evidence notes by skill and kind, and the overall comment.
    QString html() const;
    // The scores, one row per skill of the scheme, with what the level looks like.
    ReportTable scores() const;
    // The evidence notes by skill and kind; no rows when there are none.
    ReportTable notes() const;
    // "The whole recording" or "0:01:05 to 0:12:40".
    QString windowText() const;

    // "1:02:05": hours, minutes and seconds of a moment in the recording.
    static QString timestamp(qint64 ms);

private:
    FeedbackSheet m_sheet;
};
