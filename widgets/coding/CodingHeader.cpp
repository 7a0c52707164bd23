#include "CodingHeader.h"

#include "LockedControls.h"

#include "common/ElidedLabel.h"
#include "common/Theme.h"
#include "domain/ValueSets.h"
#include "itemmodels/EvidenceNotesModel.h"
#include "settings/Settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace {

QString clock(qint64 ms) {
    return EvidenceNotesModel::timeText(ms);
}

} // namespace

CodingHeader::CodingHeader(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("codingHeader"));
    Theme::setRole(this, Theme::Role::Header);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("codingTitle"));
    Theme::setRole(m_title, Theme::Role::Heading);
    m_statusChip = new QLabel(this);
    m_statusChip->setObjectName(QStringLiteral("codingStatus"));
    top->addWidget(m_title, 1);
    top->addSpacing(8);
    top->addWidget(m_statusChip);
    top->addStretch(1);
    m_compareButton = new QPushButton(tr("Compare codings"), this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setFocusPolicy(Qt::NoFocus);
    m_unlockButton = new QPushButton(tr("Unlock…"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setFocusPolicy(Qt::NoFocus);
    m_finaliseButton = new QPushButton(tr("Finalise (Ctrl+Enter)"), this);
    m_finaliseButton->setObjectName(QStringLiteral("finaliseButton"));
    m_finaliseButton->setFocusPolicy(Qt::NoFocus);
    Theme::setRole(m_finaliseButton, Theme::Role::ConfirmButton);
    top->addWidget(m_compareButton);
    top->addWidget(m_unlockButton);
    top->addWidget(m_finaliseButton);
    layout->addLayout(top);

    auto *second = new QHBoxLayout;
    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("codedWindow"));
    auto windowButton = [this](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tip);
        return button;
    };
    auto *startHere = windowButton(tr("Start here  ["), QStringLiteral("windowStart"),
                                   tr("Start the coded window at the playhead ([)"));
    auto *endHere = windowButton(tr("End here  ]"), QStringLiteral("windowEnd"),
                                 tr("End the coded window at the playhead (])"));
    auto *whole = windowButton(tr("Whole recording  W"), QStringLiteral("windowWhole"),
                               tr("Code the whole recording (W)"));
    m_windowButtons = {startHere, endHere, whole};
    connect(startHere, &QPushButton::clicked, this, &CodingHeader::windowStartRequested);
    connect(endHere, &QPushButton::clicked, this, &CodingHeader::windowEndRequested);
    connect(whole, &QPushButton::clicked, this, &CodingHeader::wholeRecordingRequested);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("codingProgress"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedIndicator"));
    Theme::setRole(m_saved, Theme::Role::Success);
    second->addWidget(m_window);
    second->addWidget(startHere);
    second->addWidget(endHere);
    second->addWidget(whole);
    second->addSpacing(16);
    second->addWidget(m_progress);
    second->addStretch(1);
    // The default window for new codings (MITI practice: 20 minutes), kept in Settings.
    auto *defaultWindow = new QSpinBox(this);
    defaultWindow->setObjectName(QStringLiteral("defaultWindowMinutes"));
    defaultWindow->setRange(1, 600);
    defaultWindow->setSuffix(tr(" min"));
    defaultWindow->setPrefix(tr("New codings: first "));
    defaultWindow->setToolTip(tr("The coded window a new coding starts with"));
    defaultWindow->setFocusPolicy(Qt::ClickFocus);
    defaultWindow->setValue(Settings().defaultWindowMinutes());
    connect(defaultWindow, &QSpinBox::valueChanged, this,
            [](int minutes) { Settings().setDefaultWindowMinutes(minutes); });
    second->addWidget(defaultWindow);
    second->addSpacing(12);
    second->addWidget(m_saved);
    layout->addLayout(second);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("codingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // Apart from the passing messages above: it stays until every kept edit is saved.
    m_unsaved = new QLabel(this);
    m_unsaved->setObjectName(QStringLiteral("unsavedBanner"));
    m_unsaved->setWordWrap(true);
    Theme::setRole(m_unsaved, Theme::Role::ErrorBanner);
    QFont bold = m_unsaved->font();
    bold.setBold(true);
    m_unsaved->setFont(bold);
    m_unsaved->hide();
    layout->addWidget(m_unsaved);

    // Quiet on purpose: the coder may be in the middle of a note, and nothing is lost yet.
    m_changedElsewhere = new QLabel(
        tr("Someone else changed this coded session; your next save will show both versions."),
        this);
    m_changedElsewhere->setObjectName(QStringLiteral("changedElsewhereBanner"));
    m_changedElsewhere->setWordWrap(true);
    Theme::setRole(m_changedElsewhere, Theme::Role::WarningBanner);
    m_changedElsewhere->hide();
    layout->addWidget(m_changedElsewhere);
}

void CodingHeader::showChangedElsewhere(bool changed) {
    m_changedElsewhere->setVisible(changed);
}

bool CodingHeader::isChangedElsewhereShown() const {
    return !m_changedElsewhere->isHidden();
}

void CodingHeader::setTitle(const QString &title) {
    m_title->setText(title);
}

void CodingHeader::showWindow(qint64 startMs, qint64 endMs, qint64 durationMs) {
    if (startMs < 0) {
        m_window->setText(
            tr("<b>Coded window:</b> whole recording%1")
                .arg(durationMs > 0 ? QStringLiteral(" (%1)").arg(clock(durationMs)) : QString()));
    } else {
        const qint64 minutes = qRound(double(endMs - startMs) / 60000.0);
        m_window->setText(tr("<b>Coded window:</b> %1 – %2 (%3 min)")
                              .arg(clock(startMs), clock(endMs))
                              .arg(minutes));
    }
}

void CodingHeader::showStatus(const Coding &coding, int skillsDone, int skillsTotal,
                              bool canCompare) {
    const bool locked = coding.isFinal();
    const int notes = int(coding.notes.size());
    m_progress->setText(tr("%1 of %2 skills done · %3")
                            .arg(skillsDone)
                            .arg(skillsTotal)
                            .arg(notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes)));
    m_statusChip->setText(QStringLiteral("%1 · %2").arg(ValueSets::label(coding.role),
                                                        ValueSets::label(coding.status)));
    Theme::setRole(m_statusChip, locked ? Theme::Role::ChipLocked : Theme::Role::ChipOpen);
    m_finaliseButton->setVisible(!locked);
    m_finaliseButton->setEnabled(skillsDone == skillsTotal);
    m_unlockButton->setVisible(locked);
    for (QPushButton *button : std::as_const(m_windowButtons))
        LockedControls::setLocked(button, locked);
    m_compareButton->setVisible(canCompare);
}

void CodingHeader::setMessage(const QString &text, bool error) {
    m_message->setText(text);
    Theme::setRole(m_message, error ? Theme::Role::ErrorBanner : Theme::Role::SuccessBanner);
    m_message->setVisible(!text.isEmpty());
}

void CodingHeader::hideMessage() {
    m_message->hide();
}

void CodingHeader::markSaved() {
    Theme::setRole(m_saved, Theme::Role::Success);
    m_saved->setText(
        tr("✓ Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void CodingHeader::clearSaved() {
    m_saved->clear();
}

void CodingHeader::showSaveState(bool unsaved, const QString &cause) {
    if (!unsaved) {
        m_unsaved->hide();
        if (!m_saved->text().isEmpty())
            markSaved();
        return;
    }
    Theme::setRole(m_saved, Theme::Role::ErrorStrong);
    m_saved->setText(tr("✗ Not saved"));
    m_unsaved->setText(tr("Not saved: %1. Your last change is kept on screen and will be saved "
                          "as soon as the database can be written again (for a full disk, when "
                          "space is freed). PracticeCoder keeps trying; this message goes once "
                          "it is saved.")
                           .arg(cause));
    m_unsaved->show();
}
