#include "SkillRow.h"

#include "LockedControls.h"

#include "common/Theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QtMath>

SkillRow::SkillRow(const SchemeSkill &skill, int scaleMin, int scaleMax, QWidget *parent)
    : QFrame(parent)
    , m_skill(skill)
    , m_scaleMin(scaleMin) {
    setObjectName(QStringLiteral("skillRow_%1").arg(skill.key));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus);
    m_score.skillKey = skill.key;

    // One line per skill, so that all seven can be scored without scrolling on a 1366×768
    // laptop. The level descriptors take a line of their own only in the current skill; the
    // other rows give them in the buttons' tooltips.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 3, 8, 3);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);

    m_name = new QLabel(QStringLiteral("<b>%1</b>").arg(skill.name.toHtmlEscaped()), this);
    m_name->setToolTip(skill.definition);
    grid->addWidget(m_name, 0, 0);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(3);
    for (int level = scaleMin; level <= scaleMax; ++level) {
        auto *button = new QPushButton(QString::number(level), this);
        button->setObjectName(QStringLiteral("score_%1_%2").arg(skill.key).arg(level));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setFixedSize(32, 26);
        button->setToolTip(QStringLiteral("%1 — %2").arg(level).arg(skill.levels.value(level)));
        button->installEventFilter(this);
        connect(button, &QPushButton::clicked, this, [this, level, button] {
            button->setChecked(m_score.score == level); // the page decides; state follows
            emit activated();
            emit scoreClicked(level);
        });
        m_levels.append(button);
        buttons->addWidget(button);
    }
    buttons->addSpacing(4);
    m_notCodable = new QPushButton(tr("Not codable"), this);
    m_notCodable->setObjectName(QStringLiteral("notCodable_%1").arg(skill.key));
    m_notCodable->setCheckable(true);
    m_notCodable->setFocusPolicy(Qt::NoFocus);
    m_notCodable->setFixedHeight(26);
    Theme::setRole(m_notCodable, Theme::Role::NotCodable);
    connect(m_notCodable, &QPushButton::clicked, this, [this] {
        m_notCodable->setChecked(m_score.isNotCodable());
        emit activated();
        emit notCodableClicked();
    });
    buttons->addWidget(m_notCodable);
    grid->addLayout(buttons, 0, 1);

    m_rationale = new QLineEdit(this);
    m_rationale->setObjectName(QStringLiteral("rationale_%1").arg(skill.key));
    m_rationale->setClearButtonEnabled(true);
    m_rationale->setMinimumWidth(120);
    m_rationale->installEventFilter(this);
    connect(m_rationale, &QLineEdit::editingFinished, this, &SkillRow::commitRationale);
    connect(m_rationale, &QLineEdit::returnPressed, this, [this] { emit rationaleLeft(); });
    grid->addWidget(m_rationale, 0, 2);
    grid->setColumnStretch(2, 1);

    m_descriptor = new QLabel(this);
    m_descriptor->setObjectName(QStringLiteral("descriptor_%1").arg(skill.key));
    m_descriptor->setWordWrap(true);
    m_descriptor->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_descriptor->hide();
    grid->addWidget(m_descriptor, 1, 0, 1, 3);

    setScore(m_score);
    updateStyle();
}

void SkillRow::setScore(const SkillScore &score) {
    m_score = score;
    for (int i = 0; i < m_levels.size(); ++i)
        m_levels.at(i)->setChecked(score.isScored() && score.score == m_scaleMin + i);
    m_notCodable->setChecked(score.isNotCodable());
    if (!m_locked)
        m_notCodable->setToolTip(score.isNotCodable() ? score.notCodableReason : QString());
    if (!m_rationale->hasFocus() || m_rationale->text() == score.rationale)
        m_rationale->setText(score.rationale);
    const bool complete = score.isComplete();
    m_rationale->setEnabled(complete && !m_locked);
    m_rationale->setPlaceholderText(complete ? tr("Rationale: why this score (R to edit)")
                                             : tr("Choose a score first, then add a rationale"));
    showDescriptor(0);
    updateStyle();
}

void SkillRow::setCurrent(bool current) {
    m_current = current;
    m_descriptor->setVisible(current);
    fitDescriptor();
    updateStyle();
}

void SkillRow::setLocked(bool locked) {
    m_locked = locked;
    for (QPushButton *button : std::as_const(m_levels))
        LockedControls::setLocked(button, locked);
    LockedControls::setLocked(m_notCodable, locked);
    LockedControls::setLocked(m_rationale, locked);
    if (!locked) {
        m_notCodable->setToolTip(m_score.isNotCodable() ? m_score.notCodableReason : QString());
        m_rationale->setEnabled(m_score.isComplete());
    }
}

bool SkillRow::editRationale() {
    if (!m_rationale->isEnabled())
        return false;
    m_rationale->setFocus(Qt::ShortcutFocusReason);
    m_rationale->selectAll();
    return true;
}

void SkillRow::setNameWidth(int width) {
    m_name->setFixedWidth(width);
}

int SkillRow::nameWidth() const {
    return m_name->sizeHint().width();
}

QString SkillRow::descriptorText() const {
    return m_descriptor->text();
}

void SkillRow::showDescriptor(int level) {
    // A hovered level previews its descriptor; otherwise the chosen level's is shown.
    if (level > 0) {
        m_descriptor->setText(QStringLiteral("<span style='color:#555'><b>%1</b> — %2</span>")
                                  .arg(level)
                                  .arg(m_skill.levels.value(level).toHtmlEscaped()));
        return;
    }
    if (m_score.isScored())
        m_descriptor->setText(QStringLiteral("<b>%1</b> — %2")
                                  .arg(m_score.score)
                                  .arg(m_skill.levels.value(m_score.score).toHtmlEscaped()));
    else if (m_score.isNotCodable())
        m_descriptor->setText(
            tr("<b>Not codable</b> — %1").arg(m_score.notCodableReason.toHtmlEscaped()));
    else
        m_descriptor->setText(QStringLiteral("<span style='color:#666'>%1</span>")
                                  .arg(m_skill.definition.toHtmlEscaped()));
    fitDescriptor(); // a long not-codable reason may need more than any level
}

void SkillRow::commitRationale() {
    const QString text = m_rationale->text().trimmed();
    if (text != m_score.rationale && m_score.isComplete() && !m_locked)
        emit rationaleEdited(text);
}

void SkillRow::updateStyle() {
    Theme::setRole(this, m_current ? Theme::Role::ActiveSkill : Theme::Role::SkillRow);
}

bool SkillRow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_rationale) {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            m_rationale->setText(m_score.rationale);
            emit rationaleLeft();
            return true;
        }
        if (event->type() == QEvent::FocusIn)
            emit activated();
        return QFrame::eventFilter(watched, event);
    }
    const int index = int(m_levels.indexOf(qobject_cast<QPushButton *>(watched)));
    if (index >= 0) {
        if (event->type() == QEvent::Enter)
            showDescriptor(m_scaleMin + index);
        else if (event->type() == QEvent::Leave)
            showDescriptor(0);
    }
    return QFrame::eventFilter(watched, event);
}

void SkillRow::resizeEvent(QResizeEvent *event) {
    QFrame::resizeEvent(event);
    // After the layout pass that resized the row: a minimum changed during it is not seen by
    // the layouts above until something else moves.
    QMetaObject::invokeMethod(this, &SkillRow::fitDescriptor, Qt::QueuedConnection);
}

void SkillRow::fitDescriptor() {
    // A word-wrapped label's minimum height is worked out for no particular width, so a short
    // window used to squeeze the descriptor over the buttons. Held at what the longest text it
    // may show (the definition, any level, a hovered level) needs at the row's width, the row
    // cannot be squeezed: the waveform above gives way instead. The longest text, not the one
    // shown, so hovering a level never moves the rows under the pointer.
    const QMargins margins = layout()->contentsMargins();
    const int width = contentsRect().width() - margins.left() - margins.right();
    // Not laid out yet: a row narrower than its controls would ask for a height it never needs,
    // and the layouts above would remember it.
    if (!isVisible() || this->width() < layout()->minimumSize().width())
        return;
    QTextDocument document;
    document.setDefaultFont(m_descriptor->font());
    document.setDocumentMargin(0);
    document.setTextWidth(width);
    QStringList texts = {m_descriptor->text(), m_skill.definition};
    for (const QString &level : m_skill.levels)
        texts.append(QStringLiteral("<b>0</b> — ") + level.toHtmlEscaped());
    int needed = 0;
    for (const QString &text : std::as_const(texts)) {
        document.setHtml(text);
        needed = qMax(needed, qCeil(document.size().height()));
    }
    if (needed != m_descriptor->minimumHeight())
        m_descriptor->setMinimumHeight(needed);
}

void SkillRow::mousePressEvent(QMouseEvent *event) {
    emit activated();
    QFrame::mousePressEvent(event);
}
