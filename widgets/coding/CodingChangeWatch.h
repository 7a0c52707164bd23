#pragma once

#include <QObject>

class CodingHeader;
class CodingSession;
class Database;
class QWidget;

// Watches, on a service database, whether someone else saves the coding open on the coding
// page, and says so in the header's quiet banner. It never reloads the coding: the coder may be
// typing, and their edits are based on the version they read, so the next save meets the
// conflict and ConflictDialog shows both versions. The banner goes once the session has caught
// up (a coding opened afresh, or the conflict resolved).
class CodingChangeWatch : public QObject {
    Q_OBJECT

public:
    CodingChangeWatch(Database &database, QWidget *page, CodingSession *session,
                      CodingHeader *header);

private:
    void check();
    // Only while the banner shows: every edit would otherwise read the row again.
    void recheckIfShown();

    CodingSession *m_session;
    CodingHeader *m_header;
};
