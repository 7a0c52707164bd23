#pragma once

#include <QAction>
#include <QString>

class CodingWorkflow;

// "Finalise coding" (Ctrl+Enter). The workflow checks that every skill of the scheme is scored
// or marked not codable; if so it records the active time and locks the coding, otherwise the
// action says which skills are left and points at the first of them.
class FinaliseAction : public QAction {
    Q_OBJECT

public:
    FinaliseAction(CodingWorkflow *workflow, QObject *parent);

signals:
    void finalised();
    void refused(const QString &message, const QString &firstMissingSkill);

private:
    void finalise();

    CodingWorkflow *m_workflow;
};
