#include "FinaliseAction.h"

#include "services/CodingWorkflow.h"

FinaliseAction::FinaliseAction(CodingWorkflow *workflow, QObject *parent)
    : QAction(tr("Finalise coding"), parent)
    , m_workflow(workflow) {
    setObjectName(QStringLiteral("finaliseAction"));
    setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    setToolTip(tr("Lock the coding once all seven skills are scored or not codable (Ctrl+Enter)"));
    connect(this, &QAction::triggered, this, &FinaliseAction::finalise);
}

void FinaliseAction::finalise() {
    if (!m_workflow->isEditable())
        return;
    QString error;
    QString firstMissing;
    if (!m_workflow->finalise(&error, &firstMissing)) {
        emit refused(error, firstMissing);
        return;
    }
    emit finalised();
}
