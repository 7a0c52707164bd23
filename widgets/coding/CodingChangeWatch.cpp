#include "CodingChangeWatch.h"

#include "CodingHeader.h"
#include "common/LiveRefresh.h"
#include "services/CodingSession.h"

CodingChangeWatch::CodingChangeWatch(Database &database, QWidget *page, CodingSession *session,
                                     CodingHeader *header)
    : QObject(page)
    , m_session(session)
    , m_header(header) {
    new LiveRefresh(database, page, [this] { check(); });
    connect(session, &CodingSession::opened, this,
            [this] { m_header->showChangedElsewhere(false); });
    connect(session, &CodingSession::conflictResolved, this, &CodingChangeWatch::recheckIfShown);
    connect(session, &CodingSession::statusChanged, this, &CodingChangeWatch::recheckIfShown);
}

void CodingChangeWatch::check() {
    m_header->showChangedElsewhere(m_session->isChangedElsewhere());
}

void CodingChangeWatch::recheckIfShown() {
    if (m_header->isChangedElsewhereShown())
        check();
}
