#include "EvidenceNoteEditor.h"

#include "common/Theme.h"
#include "domain/ValueSets.h"
#include "itemmodels/EvidenceNotesModel.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EvidenceNoteEditor::EvidenceNoteEditor(const CodingScheme &scheme, QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("evidenceNoteEditor"));
    setFrameShape(QFrame::StyledPanel);
    Theme::setRole(this, Theme::Role::NoteEditor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *top = new QHBoxLayout;
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("noteTime"));
    top->addWidget(m_time);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("noteKind"));
    m_kind->setToolTip(tr("Alt+S strength, Alt+D to develop, Alt+N note"));
    for (const QString &kind : ValueSets::noteKinds())
        m_kind->addItem(ValueSets::label(kind), kind);
    top->addWidget(m_kind);
    top->addStretch(1);
    // Off by default: most coders keep listening while they note.
    m_pauseWhileTyping = new QCheckBox(tr("Pause while I type"), this);
    m_pauseWhileTyping->setObjectName(QStringLiteral("pauseWhileTyping"));
    m_pauseWhileTyping->setToolTip(tr("Pause the recording while you write a note, and carry on "
                                      "playing when the note is added"));
    m_pauseWhileTyping->setFocusPolicy(Qt::ClickFocus);
    m_pauseWhileTyping->setChecked(Settings().value(Settings::Key::PauseWhileTyping).toBool());
    connect(m_pauseWhileTyping, &QCheckBox::toggled, this,
            [](bool on) { Settings().setValue(Settings::Key::PauseWhileTyping, on); });
    top->addWidget(m_pauseWhileTyping);
    layout->addLayout(top);

    auto *skills = new QGridLayout;
    skills->setHorizontalSpacing(10);
    skills->setVerticalSpacing(0);
    for (int i = 0; i < scheme.skills.size(); ++i) {
        const SchemeSkill &skill = scheme.skills.at(i);
        auto *box = new QCheckBox(QStringLiteral("%1 %2").arg(i + 1).arg(skill.name), this);
        box->setObjectName(QStringLiteral("noteSkill_%1").arg(skill.key));
        box->setProperty("skillKey", skill.key);
        box->setToolTip(tr("Alt+%1").arg(i + 1));
        skills->addWidget(box, i % 4, i / 4);
        m_skills.append(box);
        connect(box, &QCheckBox::clicked, this, [this, box] {
            if (box->property("skillKey").toString() == m_preTicked)
                m_preTicked.clear();
        });
        connect(box, &QCheckBox::toggled, this, &EvidenceNoteEditor::changed);
    }
    layout->addLayout(skills);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setPlaceholderText(tr("What happened at this moment? Enter saves, Shift+Enter for a "
                                  "new line, Escape cancels; Alt+1–7 tick skills, Alt+S, Alt+D, "
                                  "Alt+N set the kind, Alt+E ends the note here."));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(64);
    m_text->installEventFilter(this);
    layout->addWidget(m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, &EvidenceNoteEditor::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EvidenceNoteEditor::changed);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    auto *save = new QPushButton(tr("Save note"), this);
    save->setObjectName(QStringLiteral("saveNote"));
    save->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &EvidenceNoteEditor::accept);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    hide();
}

void EvidenceNoteEditor::edit(const EvidenceNote &note, const QString &preTickedSkill) {
    m_note = note;
    m_preTicked = note.skills.contains(preTickedSkill) ? QString() : preTickedSkill;
    showTime();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(note.kind)));
    for (QCheckBox *box : std::as_const(m_skills)) {
        const QString key = box->property("skillKey").toString();
        box->setChecked(note.skills.contains(key) || key == m_preTicked);
    }
    m_text->setPlainText(note.text);
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->moveCursor(QTextCursor::End);
}

void EvidenceNoteEditor::setEndMs(qint64 endMs) {
    m_note.endMs = endMs > m_note.atMs ? endMs : -1;
    showTime();
    emit changed();
}

void EvidenceNoteEditor::showTime() {
    const QString start = EvidenceNotesModel::timeText(m_note.atMs);
    m_time->setText(
        m_note.endMs > m_note.atMs
            ? tr("<b>%1 – %2</b>").arg(start, EvidenceNotesModel::timeText(m_note.endMs))
            : tr("<b>%1</b>").arg(start));
    m_time->setToolTip(tr("Alt+E ends the note at the playhead, so it covers a stretch of the "
                          "session"));
}

EvidenceNote EvidenceNoteEditor::note() const {
    EvidenceNote note = m_note;
    note.kind = m_kind->currentData().toString();
    note.skills.clear();
    for (QCheckBox *box : m_skills) {
        if (box->isChecked())
            note.skills.append(box->property("skillKey").toString());
    }
    note.text = m_text->toPlainText().trimmed();
    return note;
}

void EvidenceNoteEditor::accept() {
    const EvidenceNote result = note();
    hide();
    emit accepted(result);
}

int EvidenceNoteEditor::skillForKey(const QKeyEvent *key) const {
    if (key->modifiers() != Qt::AltModifier || key->key() < Qt::Key_1 ||
        key->key() >= Qt::Key_1 + m_skills.size())
        return -1;
    return key->key() - Qt::Key_1;
}

bool EvidenceNoteEditor::isEndKey(const QKeyEvent *key) {
    return key->modifiers() == Qt::AltModifier && key->key() == Qt::Key_E;
}

int EvidenceNoteEditor::kindForKey(const QKeyEvent *key) const {
    if (key->modifiers() != Qt::AltModifier)
        return -1;
    switch (key->key()) {
    case Qt::Key_S:
        return m_kind->findData(QStringLiteral("strength"));
    case Qt::Key_D:
        return m_kind->findData(QStringLiteral("to_develop"));
    case Qt::Key_N:
        return m_kind->findData(QStringLiteral("note"));
    default:
        return -1;
    }
}

bool EvidenceNoteEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_text)
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // The editor's own keys must not reach window shortcuts (e.g. page switching).
        auto *key = static_cast<QKeyEvent *>(event);
        if (skillForKey(key) >= 0 || kindForKey(key) >= 0 || isEndKey(key)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            emit cancelled();
            return true;
        }
        if (const int skill = skillForKey(key); skill >= 0) {
            QCheckBox *box = m_skills.at(skill);
            if (box->property("skillKey").toString() == m_preTicked)
                m_preTicked.clear(); // stays ticked: see the class comment
            else
                box->setChecked(!box->isChecked());
            return true;
        }
        if (isEndKey(key)) {
            emit endMarkRequested();
            return true;
        }
        if (const int kind = kindForKey(key); kind >= 0) {
            m_kind->setCurrentIndex(kind);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}
