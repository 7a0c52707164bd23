#include "RecordingStartPanel.h"

#include "common/ElidedLabel.h"
#include "common/Theme.h"
#include "domain/ValueSets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RecordingStartPanel::RecordingStartPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("recordingStartPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *card = m_card = new QWidget(this);
    card->setObjectName(QStringLiteral("startCard"));
    card->setFixedWidth(620);
    Theme::setRole(card, Theme::Role::Card);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 20);
    m_title = new ElidedLabel(card);
    m_title->setObjectName(QStringLiteral("startTitle"));
    Theme::setRole(m_title, Theme::Role::Title);
    m_details = new QLabel(card);
    // Plain lines, not wrapped rich text: a wrapped rich label is sized for the wrong width
    // inside a fixed card and loses its last lines.
    m_details->setTextFormat(Qt::PlainText);
    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("startMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(card);
    m_start->setObjectName(QStringLiteral("startCoding"));
    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    Theme::setRole(m_start, Theme::Role::PrimaryButton);
    m_open = new QPushButton(tr("Open my coding"), card);
    m_open->setObjectName(QStringLiteral("openCoding"));
    m_compare = new QPushButton(tr("Compare the two codings"), card);
    m_compare->setObjectName(QStringLiteral("compareCodings"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_start, &QPushButton::clicked, this, [this] { emit startRequested(m_startRole); });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openCodingRequested(m_openId); });
    connect(m_compare, &QPushButton::clicked, this, &RecordingStartPanel::compareRequested);
    showMessage(tr("Choose a recording on the Recordings page and press Enter to code it."));
}

void RecordingStartPanel::showMessage(const QString &message) {
    m_title->setText(tr("Coding"));
    m_details->clear();
    m_message->setText(message);
    Theme::setRole(m_message, Theme::Role::Muted);
    m_message->show();
    m_start->hide();
    m_open->hide();
    m_compare->hide();
    fitCard();
}

void RecordingStartPanel::fitCard() {
    // Wrapped labels report one line in their size hint; size the card for its real width.
    m_card->setMinimumHeight(m_card->layout()->totalHeightForWidth(m_card->width()));
}

void RecordingStartPanel::show(const State &state) {
    m_title->setText(state.title);
    const Recording &r = state.recording;
    QString consent = tr("Practitioner consent: %1").arg(ValueSets::label(r.practitionerConsent));
    if (r.practitionerConsentOn.isValid())
        consent += QLatin1Char(' ') + r.practitionerConsentOn.toString(Qt::ISODate);
    consent +=
        QStringLiteral(" · ") + tr("Family consent: %1").arg(ValueSets::label(r.familyConsent));
    if (r.familyConsentOn.isValid())
        consent += QLatin1Char(' ') + r.familyConsentOn.toString(Qt::ISODate);
    QStringList codingLines;
    bool primaryTaken = false;
    bool secondTaken = false;
    m_openId = 0;
    for (int i = 0; i < state.codings.size(); ++i) {
        const Coding &coding = state.codings.at(i);
        primaryTaken = primaryTaken || coding.role == QLatin1String("primary");
        secondTaken = secondTaken || coding.role == QLatin1String("second");
        if (coding.coderId == state.userId && (m_openId == 0 || !coding.isFinal()))
            m_openId = coding.id;
        codingLines.append(tr("%1 coding by %2 — %3")
                               .arg(ValueSets::label(coding.role), state.coderNames.value(i),
                                    ValueSets::label(coding.status)));
    }
    m_details->setText(
        QStringLiteral("%1\n%2\n%3\n\n%4")
            .arg(state.subtitle, consent,
                 tr("Session: %1 · selected: %2")
                     .arg(ValueSets::label(r.sessionType), ValueSets::label(r.selectionReason)),
                 codingLines.isEmpty() ? tr("Not coded yet.")
                                       : codingLines.join(QLatin1Char('\n'))));
    m_message->setVisible(!state.consentProblem.isEmpty());
    m_message->setText(state.consentProblem);
    Theme::setRole(m_message, Theme::Role::ErrorBanner);

    const bool mayCode = state.consentProblem.isEmpty();
    const bool ownPrimary = std::any_of(state.codings.cbegin(), state.codings.cend(),
                                        [&](const Coding &c) { return c.coderId == state.userId; });
    m_startRole.clear();
    if (mayCode && !primaryTaken) {
        m_startRole = QStringLiteral("primary");
        m_start->setText(tr("Start coding"));
    } else if (mayCode && !secondTaken && !ownPrimary) {
        m_startRole = QStringLiteral("second");
        m_start->setText(tr("Start a second coding (reliability)"));
    }
    m_start->setVisible(!m_startRole.isEmpty());
    m_open->setVisible(m_openId > 0);
    m_compare->setVisible(state.canCompare);
    fitCard();
    if (m_start->isVisible())
        m_start->setFocus();
    else if (m_open->isVisible())
        m_open->setFocus();
}
