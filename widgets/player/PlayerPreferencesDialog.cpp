#include "PlayerPreferencesDialog.h"

#include "PlayerShortcuts.h"
#include "common/Theme.h"
#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QDoubleSpinBox *secondsBox(QWidget *parent, const QString &name, double min, double max) {
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(QCoreApplication::translate("PlayerPreferencesDialog", " s"));
    return box;
}

} // namespace

PlayerPreferencesDialog::PlayerPreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("playerPreferencesDialog"));
    setWindowTitle(tr("Player preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *timing = new QGroupBox(tr("Skipping and rewinding"), this);
    auto *timingForm = new QFormLayout(timing);
    m_skipShort = secondsBox(timing, QStringLiteral("skipShortBox"), 0.5, 60);
    m_skipLong = secondsBox(timing, QStringLiteral("skipLongBox"), 1, 300);
    m_autoRewind = secondsBox(timing, QStringLiteral("autoRewindBox"), 0, 10);
    m_autoRewind->setToolTip(tr("When you pause, go back this far so you hear the last words "
                                "again when you carry on. 0 turns it off."));
    timingForm->addRow(tr("Short skip:"), m_skipShort);
    timingForm->addRow(tr("Long skip:"), m_skipLong);
    timingForm->addRow(tr("Rewind on pause:"), m_autoRewind);
    layout->addWidget(timing);

    auto *keys = new QGroupBox(tr("Keys (a transcription foot pedal that sends key presses "
                                  "can use these too)"),
                               this);
    auto *keysForm = new QFormLayout(keys);
    for (const auto &entry : PlayerShortcuts::entries()) {
        auto *edit = new QKeySequenceEdit(keys);
        edit->setObjectName(QStringLiteral("key_") + entry.name);
        keysForm->addRow(entry.text + QLatin1Char(':'), edit);
        m_keys.insert(entry.name, edit);
    }
    layout->addWidget(keys);

    m_problem->setObjectName(QStringLiteral("preferencesProblem"));
    Theme::setRole(m_problem, Theme::Role::Error);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                                             QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlayerPreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlayerPreferencesDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PlayerPreferencesDialog::restoreDefaults);
    layout->addWidget(buttons);

    m_skipShort->setValue(m_settings.skipShortMs() / 1000.0);
    m_skipLong->setValue(m_settings.skipLongMs() / 1000.0);
    m_autoRewind->setValue(m_settings.autoRewindMs() / 1000.0);
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        it.value()->setKeySequence(PlayerShortcuts::key(m_settings, it.key()));
}

void PlayerPreferencesDialog::restoreDefaults() {
    m_skipShort->setValue(5);
    m_skipLong->setValue(15);
    m_autoRewind->setValue(2);
    for (const auto &entry : PlayerShortcuts::entries())
        m_keys.value(entry.name)->setKeySequence(entry.defaultKey);
    m_problem->hide();
}

bool PlayerPreferencesDialog::save() {
    QMap<QString, QString> usedBy;
    for (const auto &entry : PlayerShortcuts::entries()) {
        const QKeySequence key = m_keys.value(entry.name)->keySequence();
        if (key.isEmpty())
            continue;
        const QString text = key.toString(QKeySequence::NativeText);
        if (usedBy.contains(text)) {
            m_problem->setText(tr("%1 is used for both “%2” and “%3”. Choose a different key "
                                  "for one of them.")
                                   .arg(text, usedBy.value(text), entry.text));
            m_problem->show();
            return false;
        }
        usedBy.insert(text, entry.text);
    }
    m_settings.setSkipShortMs(static_cast<int>(m_skipShort->value() * 1000));
    m_settings.setSkipLongMs(static_cast<int>(m_skipLong->value() * 1000));
    m_settings.setAutoRewindMs(static_cast<int>(m_autoRewind->value() * 1000));
    for (const auto &entry : PlayerShortcuts::entries()) {
        const QKeySequence key = m_keys.value(entry.name)->keySequence();
        // Defaults are stored as "no choice", so a future change of default reaches the user.
        QString stored;
        if (key.isEmpty())
            stored = QStringLiteral("none");
        else if (key != entry.defaultKey)
            stored = key.toString(QKeySequence::PortableText);
        m_settings.setShortcut(entry.name, stored);
    }
    m_settings.sync();
    m_problem->hide();
    return true;
}

void PlayerPreferencesDialog::accept() {
    if (save())
        QDialog::accept();
}
