#pragma once

#include <QString>

// How times in a recording are written and read back: always h:mm:ss for people, so that a
// 2-hour recording and a 2-minute one line up the same way.
namespace TimeText {

// 3723000 -> "1:02:03"; with tenths -> "1:02:03.4". Negative times show as 0:00:00.
QString format(qint64 ms, bool tenths = false);
// The short form for a length or a moment in a sentence: 37000 -> "0:37", 180000 -> "3:00",
// 3723000 -> "1:02:03".
QString compact(qint64 ms);
// Accepts "1:02:03", "62:03", "75" (seconds) and a decimal fraction on the seconds.
// Returns -1 when the text is not a time.
qint64 parse(const QString &text);

} // namespace TimeText
