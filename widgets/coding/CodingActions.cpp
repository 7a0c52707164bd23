#include "CodingActions.h"

#include "FinaliseAction.h"
#include "services/CodingWorkflow.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoStack>
#include <QWidget>

CodingActions::CodingActions(QWidget *view, CodingWorkflow *workflow, QObject *parent)
    : QObject(parent)
    , m_view(view) {
    connect(add(QStringLiteral("nextSkill"), {QKeySequence(Qt::Key_Down)}, false),
            &QAction::triggered, this, [this] { emit moveSkillRequested(1); });
    connect(add(QStringLiteral("previousSkill"), {QKeySequence(Qt::Key_Up)}, false),
            &QAction::triggered, this, [this] { emit moveSkillRequested(-1); });
    for (int level = 1; level <= 5; ++level) {
        QAction *score = add(QStringLiteral("score%1").arg(level),
                             {QKeySequence(Qt::Key_0 + level),
                              QKeySequence(Qt::KeypadModifier | (Qt::Key_0 + level))},
                             true);
        connect(score, &QAction::triggered, this, [this, level] { emit scoreRequested(level); });
    }
    connect(add(QStringLiteral("notCodable"),
                {QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_X),
                 QKeySequence(Qt::KeypadModifier | Qt::Key_0)},
                true),
            &QAction::triggered, this, &CodingActions::notCodableRequested);
    connect(add(QStringLiteral("editRationale"), {QKeySequence(Qt::Key_R)}, true),
            &QAction::triggered, this, &CodingActions::rationaleRequested);
    struct NoteKey {
        QString action;
        QString kind;
        Qt::Key key;
    };
    for (const NoteKey &note :
         {NoteKey{QStringLiteral("newNote"), QStringLiteral("note"), Qt::Key_N},
          NoteKey{QStringLiteral("newStrength"), QStringLiteral("strength"), Qt::Key_S},
          NoteKey{QStringLiteral("newToDevelop"), QStringLiteral("to_develop"), Qt::Key_D}}) {
        const QString kind = note.kind;
        connect(add(note.action, {QKeySequence(note.key)}, true), &QAction::triggered, this,
                [this, kind] { emit noteRequested(kind); });
    }
    connect(add(QStringLiteral("windowStart"), {QKeySequence(Qt::Key_BracketLeft)}, true),
            &QAction::triggered, this, &CodingActions::windowStartRequested);
    connect(add(QStringLiteral("windowEnd"), {QKeySequence(Qt::Key_BracketRight)}, true),
            &QAction::triggered, this, &CodingActions::windowEndRequested);
    connect(add(QStringLiteral("windowWhole"), {QKeySequence(Qt::Key_W)}, true),
            &QAction::triggered, this, &CodingActions::wholeRecordingRequested);
    connect(add(QStringLiteral("focusNotes"), {QKeySequence(Qt::Key_L)}, false),
            &QAction::triggered, this, &CodingActions::notesListRequested);
    connect(add(QStringLiteral("nextNote"), {QKeySequence(Qt::ALT | Qt::Key_Down)}, false),
            &QAction::triggered, this, [this] { emit jumpToNoteRequested(1); });
    connect(add(QStringLiteral("previousNote"), {QKeySequence(Qt::ALT | Qt::Key_Up)}, false),
            &QAction::triggered, this, [this] { emit jumpToNoteRequested(-1); });
    struct NudgeKey {
        QString action;
        QKeyCombination key;
        qint64 deltaMs;
    };
    for (const NudgeKey &nudge :
         {NudgeKey{QStringLiteral("noteEarlier"), Qt::ALT | Qt::Key_Left, -1000},
          NudgeKey{QStringLiteral("noteLater"), Qt::ALT | Qt::Key_Right, 1000},
          NudgeKey{QStringLiteral("noteMuchEarlier"), Qt::ALT | Qt::SHIFT | Qt::Key_Left, -5000},
          NudgeKey{QStringLiteral("noteMuchLater"), Qt::ALT | Qt::SHIFT | Qt::Key_Right, 5000}}) {
        const qint64 delta = nudge.deltaMs;
        connect(add(nudge.action, {QKeySequence(nudge.key)}, true), &QAction::triggered, this,
                [this, delta] { emit nudgeNoteRequested(delta); });
    }

    QAction *undo = workflow->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = workflow->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }

    m_finalise = new FinaliseAction(workflow, this);
    m_finalise->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_finalise);
}

QAction *CodingActions::add(const QString &name, const QList<QKeySequence> &keys, bool edit) {
    auto *action = new QAction(this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    if (edit)
        m_editActions.append(action);
    return action;
}

void CodingActions::setEditingEnabled(bool enabled) {
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(enabled);
}
