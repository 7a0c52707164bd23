#pragma once

#include <QDate>
#include <QString>

// Dates as people type them. Social workers in England write 25/11/2026 or 25 Nov 2026, and the
// database and exports use 2026-11-25; every date typed anywhere in the application is read
// here, so all of them are accepted everywhere and nothing is guessed.
namespace DateText {

// Reads ISO (2026-11-25) and UK day-first dates: 25/11/2026, 25-11-2026, 25.11.2026,
// 25 Nov 2026 and 25 November 2026 (a month name in English, in any case). Surrounding spaces
// are ignored. Returns an invalid QDate for anything else, including impossible dates
// (31/02/2026) and two-digit years, which could be read two ways.
QDate parse(const QString &text);

// The form dates are shown in once understood: 2026-11-25.
QString format(const QDate &date);

// The examples shown to people, so every date field explains itself the same way.
QString examples();

} // namespace DateText
