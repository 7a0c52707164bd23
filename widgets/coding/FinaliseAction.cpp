#include "FinaliseAction.h"

#include "itemmodels/CodingSession.h"

FinaliseAction::FinaliseAction(CodingSession *session, QObject *parent)
    : QAction(tr("Finalise coding"), parent)
    , m_session(session) {
    setObjectName(QStringLiteral("finaliseAction"));
    setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    setToolTip(tr("Lock the coding once all seven skills are scored or not codable (Ctrl+Enter)"));
    connect(this, &QAction::triggered, this, &FinaliseAction::finalise);
}

void FinaliseAction::finalise() {
    if (!m_session->isOpen() || m_session->isLocked())
        return;
    const QStringList missing = m_session->missingSkills();
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &key : missing) {
            const SchemeSkill *skill = m_session->scheme().skill(key);
            names.append(skill ? skill->name : key);
        }
        emit refused(tr("Not finalised yet: score or mark not codable %1.")
                         .arg(names.join(QStringLiteral(", "))),
                     missing.first());
        return;
    }
    QString error;
    if (!m_session->finalise(&error)) {
        emit refused(error, QString());
        return;
    }
    emit finalised();
}
