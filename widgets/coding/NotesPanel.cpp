#include "NotesPanel.h"

#include "EvidenceNoteEditor.h"
#include "LockedControls.h"
#include "common/Theme.h"
#include "itemmodels/EvidenceNotesModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

NotesPanel::NotesPanel(const CodingScheme &scheme, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("notesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Evidence notes</b>"), this);
    m_count = new QLabel(this);
    Theme::setRole(m_count, Theme::Role::Muted);
    m_add = new QPushButton(tr("Add note (N)"), this);
    m_add->setObjectName(QStringLiteral("addNote"));
    m_add->setFocusPolicy(Qt::NoFocus);
    m_export = new QPushButton(tr("Export for Audacity…"), this);
    m_export->setObjectName(QStringLiteral("exportNotes"));
    m_export->setFocusPolicy(Qt::NoFocus);
    m_export->setToolTip(tr("Save the notes as an Audacity label file, to open beside the audio"));
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_add);
    top->addWidget(m_export);
    layout->addLayout(top);
    // The count and its hint on a line of their own, so the panel leaves the scoring panel
    // beside it the width it needs on a laptop screen.
    layout->addWidget(m_count);

    m_model = new EvidenceNotesModel(this);
    m_model->setScheme(scheme);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("notesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceNotesModel::TimeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceNotesModel::KindColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceNotesModel::SkillsColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EvidenceNotesModel::SkillsColumn, 150);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    m_editor = new EvidenceNoteEditor(scheme, this);
    layout->addWidget(m_editor);

    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addRequested);
    connect(m_export, &QPushButton::clicked, this, &NotesPanel::exportRequested);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit seekRequested(m_model->noteAt(index.row()).atMs);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_locked)
            startEditing(m_model->noteAt(index.row()));
    });
    connect(m_editor, &EvidenceNoteEditor::accepted, this, &NotesPanel::editFinished);
    connect(m_editor, &EvidenceNoteEditor::cancelled, this, &NotesPanel::editCancelled);
    setNotes({});
}

void NotesPanel::setNotes(const QList<EvidenceNote> &notes) {
    const qint64 selected =
        m_table->currentIndex().isValid() ? m_model->noteAt(m_table->currentIndex().row()).id : 0;
    m_model->setNotes(notes);
    m_table->resizeRowsToContents();
    m_count->setText(notes.isEmpty()     ? tr("none yet: press N at a moment worth noting")
                     : notes.size() == 1 ? tr("1 note")
                                         : tr("%1 notes").arg(notes.size()));
    m_export->setEnabled(!notes.isEmpty());
    if (selected > 0)
        selectNote(selected);
}

void NotesPanel::setLocked(bool locked) {
    m_locked = locked;
    LockedControls::setLocked(m_add, locked);
    if (locked)
        m_editor->hide();
}

void NotesPanel::selectNote(qint64 noteId) {
    const int row = m_model->rowOf(noteId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, EvidenceNotesModel::TextColumn));
}

void NotesPanel::startEditing(const EvidenceNote &note, const QString &preTickedSkill) {
    m_editor->edit(note, preTickedSkill);
}

void NotesPanel::stopEditing() {
    m_editor->hide();
}

qint64 NotesPanel::currentNoteId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->noteAt(current.row()).id : 0;
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::ShortcutOverride) {
        // Arrow keys move through the notes here, not through the skills.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Home || key == Qt::Key_End) {
            event->accept();
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress && !m_locked) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() &&
            (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            emit deleteRequested(m_model->noteAt(current.row()).id);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            emit editCancelled(); // back to the skills
            return true;
        }
        if (current.isValid() && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            startEditing(m_model->noteAt(current.row()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
