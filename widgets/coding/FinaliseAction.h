#pragma once

#include <QAction>
#include <QString>

class CodingSession;

// "Finalise coding" (Ctrl+Enter). Checks that every skill of the scheme is scored or marked not
// codable; if so it records the active time and locks the coding, otherwise it says which
// skills are left and points at the first of them.
class FinaliseAction : public QAction {
    Q_OBJECT

public:
    FinaliseAction(CodingSession *session, QObject *parent);

signals:
    void finalised();
    void refused(const QString &message, const QString &firstMissingSkill);

private:
    void finalise();

    CodingSession *m_session;
};
