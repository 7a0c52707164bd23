#include "ConsentDialog.h"

#include "common/DateField.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "domain/ConsentRules.h"
#include "domain/DateText.h"
#include "domain/ValueSets.h"
#include "services/ActingUser.h"
#include "services/RecordingConsent.h"
#include "services/RecordingsFolder.h"
#include "settings/Settings.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString refused = QStringLiteral("refused");
const QString notRecorded = QStringLiteral("not_recorded");

DateField *dateEdit(const QString &name, QWidget *parent) {
    auto *edit = new DateField(QDate::currentDate(), parent);
    edit->setObjectName(name);
    return edit;
}

// Why a typed date cannot be used; empty when it can. A date field, unlike the section editor
// it replaced, can hold any text, so it is checked before anything is saved.
QString problemWithDate(const DateField *field, const QString &what) {
    if (!field->isEnabled() || field->isHidden())
        return {};
    if (!field->date().isValid())
        return QCoreApplication::translate("ConsentDialog", "Give the date of %1, %2.")
            .arg(what, DateText::examples());
    if (field->date() > QDate::currentDate())
        return QCoreApplication::translate("ConsentDialog", "The date of %1 is in the future.")
            .arg(what);
    return {};
}

} // namespace

ConsentDialog::ConsentDialog(Database &database, qint64 recordingId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_recordingId(recordingId) {
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Consent"));
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("consentTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addParty = [this, form](PartyWidgets &widgets, const QString &prefix, const QString &label,
                                 const QStringList &keys) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        widgets.consent = new QComboBox(row);
        widgets.consent->setObjectName(prefix + QStringLiteral("Consent"));
        for (const QString &key : keys)
            widgets.consent->addItem(ValueSets::label(key), key);
        widgets.on = new QLabel(tr("on"), row);
        widgets.date = dateEdit(prefix + QStringLiteral("ConsentOn"), row);
        widgets.state = new QLabel(row);
        widgets.state->setObjectName(prefix + QStringLiteral("ConsentState"));
        Theme::setRole(widgets.state, Theme::Role::Error);
        widgets.withdraw = new QPushButton(tr("Withdraw…"), row);
        widgets.withdraw->setObjectName(prefix + QStringLiteral("Withdraw"));
        widgets.withdraw->setAutoDefault(false);
        h->addWidget(widgets.consent);
        h->addWidget(widgets.on);
        h->addWidget(widgets.date);
        h->addWidget(widgets.state, 1);
        h->addStretch();
        h->addWidget(widgets.withdraw);
        form->addRow(label, row);
        QComboBox *consent = widgets.consent;
        DateField *date = widgets.date;
        connect(consent, &QComboBox::currentIndexChanged, this, [consent, date] {
            date->setEnabled(consent->currentData().toString() != notRecorded);
        });
    };
    addParty(m_practitioner, QStringLiteral("practitioner"), tr("Practitioner's consent"),
             {notRecorded, QStringLiteral("given")});
    addParty(m_family, QStringLiteral("family"), tr("Family's consent"),
             {notRecorded, QStringLiteral("written"), QStringLiteral("verbal")});
    m_withdrawalDate = dateEdit(QStringLiteral("withdrawalDate"), this);
    m_withdrawalDate->setToolTip(tr("Used when you withdraw a consent or record a refusal"));
    form->addRow(tr("Withdrawn or refused on"), m_withdrawalDate);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Withdrawing a consent deletes the recording's codings, their "
                               "evidence notes and the audio file for good. The recording stays "
                               "in the list with its code, date, practitioner and team; the "
                               "family's questionnaires are kept."),
                            this);
    note->setWordWrap(true);
    Theme::setRole(note, Theme::Role::Muted);
    layout->addWidget(note);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("consentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save consent"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveConsent"));
    connect(m_save, &QPushButton::clicked, this, &ConsentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_practitioner.withdraw, &QPushButton::clicked, this,
            [this] { withdraw(ConsentWithdrawal::Party::Practitioner); });
    connect(m_family.withdraw, &QPushButton::clicked, this,
            [this] { withdraw(ConsentWithdrawal::Party::Family); });

    load();
    setMinimumWidth(620);
}

void ConsentDialog::load() {
    std::optional<Recording> recording;
    try {
        recording = RecordingConsent(m_database).find(m_recordingId);
        if (recording) {
            const ConsentWithdrawal::Impact impact =
                ConsentWithdrawal(m_database).preview(m_recordingId);
            m_hasContent = impact.codings > 0 || !impact.storedAudioPath.isEmpty();
        }
    } catch (const StorageError &error) {
        setMessage(error.message(), true);
    }
    if (!recording) {
        m_title->setText(tr("The recording no longer exists."));
        for (QWidget *widget : std::initializer_list<QWidget *>{
                 m_practitioner.consent, m_practitioner.date, m_practitioner.withdraw,
                 m_family.consent, m_family.date, m_family.withdraw, m_save})
            widget->setEnabled(false);
        return;
    }
    m_code = recording->code;
    m_withdrawn = ConsentRules::isWithdrawn(*recording);
    m_title->setText(tr("<b>Recording %1</b>, made on %2")
                         .arg(m_code.toHtmlEscaped(), recording->recordedOn.toString(Qt::ISODate)));
    showParty(m_practitioner, recording->practitionerConsent, recording->practitionerConsentOn,
              m_withdrawn);
    showParty(m_family, recording->familyConsent, recording->familyConsentOn, m_withdrawn);
    m_save->setEnabled(!m_withdrawn);
    m_withdrawalDate->setEnabled(!m_practitioner.withdraw->isHidden() ||
                                 !m_family.withdraw->isHidden());
}

void ConsentDialog::showParty(PartyWidgets &widgets, const QString &consent, const QDate &on,
                              bool withdrawn) {
    const bool isRefused = consent == refused;
    widgets.consent->setVisible(!isRefused);
    widgets.on->setVisible(!isRefused);
    widgets.date->setVisible(!isRefused);
    widgets.state->setVisible(isRefused);
    if (isRefused) {
        const QString date = on.isValid() ? on.toString(Qt::ISODate) : tr("a date not recorded");
        widgets.state->setText(withdrawn ? tr("Withdrawn on %1").arg(date)
                                         : tr("Refused on %1").arg(date));
        // Refused when the audio was added, but never purged: the withdrawal deletes it now.
        widgets.withdraw->setText(tr("Delete codings and audio…"));
        widgets.withdraw->setVisible(!withdrawn && m_hasContent);
        return;
    }
    // A consent once recorded is corrected or withdrawn, never made "not recorded" again.
    const int notRecordedIndex = widgets.consent->findData(notRecorded);
    if (consent != notRecorded && notRecordedIndex >= 0)
        widgets.consent->removeItem(notRecordedIndex);
    widgets.consent->setCurrentIndex(qMax(0, widgets.consent->findData(consent)));
    widgets.date->setDate(on.isValid() ? on : QDate::currentDate());
    widgets.consent->setEnabled(!withdrawn);
    widgets.date->setEnabled(!withdrawn && consent != notRecorded);
    widgets.withdraw->setText(consent == notRecorded ? tr("Record a refusal…") : tr("Withdraw…"));
    widgets.withdraw->setVisible(true);
}

void ConsentDialog::setMessage(const QString &text, bool problem) {
    m_message->setText(text);
    Theme::setRole(m_message, problem ? Theme::Role::Error : Theme::Role::Success);
    m_message->setVisible(!text.isEmpty());
}

qint64 ConsentDialog::userId() const {
    try {
        return ActingUser::idOf(m_database, Settings().coderUsername());
    } catch (const StorageError &) {
        // The change itself matters more than naming who made it; the log keeps "unknown".
        return 0;
    }
}

QString ConsentDialog::recordingsRoot() const {
    return RecordingsFolder(m_database).root();
}

bool ConsentDialog::save() {
    std::optional<Recording> recording;
    try {
        recording = RecordingConsent(m_database).find(m_recordingId);
    } catch (const StorageError &error) {
        setMessage(error.message(), true);
        return false;
    }
    if (!recording) {
        setMessage(tr("The recording no longer exists."), true);
        return false;
    }
    auto valueOf = [](const PartyWidgets &widgets, const QString &stored, const QDate &storedOn,
                      QDate *on) {
        if (stored == refused) {
            *on = storedOn;
            return stored;
        }
        const QString consent = widgets.consent->currentData().toString();
        *on = consent == notRecorded ? QDate() : widgets.date->date();
        return consent;
    };
    for (const QString &problem :
         {problemWithDate(m_practitioner.date, tr("the practitioner's consent")),
          problemWithDate(m_family.date, tr("the family's consent"))}) {
        if (!problem.isEmpty()) {
            setMessage(problem, true);
            return false;
        }
    }
    QDate practitionerOn;
    QDate familyOn;
    const QString practitioner = valueOf(m_practitioner, recording->practitionerConsent,
                                         recording->practitionerConsentOn, &practitionerOn);
    const QString family =
        valueOf(m_family, recording->familyConsent, recording->familyConsentOn, &familyOn);
    try {
        RecordingConsent(m_database)
            .record(m_recordingId, practitioner, practitionerOn, family, familyOn, userId());
    } catch (const StorageError &error) {
        setMessage(error.message(), true);
        return false;
    }
    emit consentChanged(m_recordingId);
    accept();
    return true;
}

QString ConsentDialog::confirmationText(ConsentWithdrawal::Party party) const {
    const bool family = party == ConsentWithdrawal::Party::Family;
    ConsentWithdrawal withdrawal(m_database);
    withdrawal.setRecordingsRoot(recordingsRoot());
    const ConsentWithdrawal::Impact impact = withdrawal.preview(m_recordingId);
    const QString current = (family ? m_family : m_practitioner).consent->currentData().toString();
    const QString date = m_withdrawalDate->date().toString(Qt::ISODate);

    QString text;
    if (current == notRecorded)
        text = family ? tr("Record that the family refused consent for recording %1 on %2?")
                      : tr("Record that the practitioner refused consent for recording %1 "
                           "on %2?");
    else
        text = family ? tr("Withdraw the family's consent for recording %1 on %2?")
                      : tr("Withdraw the practitioner's consent for recording %1 on %2?");
    text = text.arg(m_code, date);

    QStringList gone;
    if (impact.codings == 1)
        gone.append(impact.finalCodings == 1 ? tr("1 coding, which is final, with its scores")
                                             : tr("1 coding (a draft), with its scores"));
    else if (impact.codings > 1 && impact.finalCodings == impact.codings)
        gone.append(tr("%1 codings, all of them final, with their scores").arg(impact.codings));
    else if (impact.codings > 1 && impact.finalCodings == 0)
        gone.append(tr("%1 codings, all of them drafts, with their scores").arg(impact.codings));
    else if (impact.codings > 1)
        gone.append(
            impact.finalCodings == 1
                ? tr("%1 codings, including 1 final one, with their scores").arg(impact.codings)
                : tr("%1 codings, including %2 final ones, with their scores")
                      .arg(impact.codings)
                      .arg(impact.finalCodings));
    if (impact.evidenceNotes == 1)
        gone.append(tr("the evidence note written about it"));
    else if (impact.evidenceNotes > 1)
        gone.append(tr("the %1 evidence notes written about it").arg(impact.evidenceNotes));
    if (!impact.storedAudioPath.isEmpty())
        gone.append(
            tr("the audio file %1")
                .arg(QDir::toNativeSeparators(impact.audioPath.isEmpty() ? impact.storedAudioPath
                                                                         : impact.audioPath)));
    if (gone.isEmpty())
        text += QStringLiteral("\n\n") + tr("There are no codings and no audio file to delete.");
    else
        text += QStringLiteral("\n\n") + tr("This deletes for good:") + QStringLiteral("\n• ") +
                gone.join(QStringLiteral("\n• "));
    if (impact.codings > 0)
        text += QStringLiteral("\n\n") + tr("Reports will no longer count this session.");
    text += QStringLiteral("\n\n") +
            tr("The recording stays in the list with its code, date, practitioner and team, "
               "with the consent shown as refused. The family's questionnaires are kept.") +
            QStringLiteral("\n\n") + tr("This cannot be undone.");
    return text;
}

bool ConsentDialog::withdraw(ConsentWithdrawal::Party party) {
    if (const QString problem = problemWithDate(m_withdrawalDate, tr("withdrawal"));
        !problem.isEmpty()) {
        setMessage(problem, true);
        return false;
    }
    QString text;
    try {
        text = confirmationText(party);
    } catch (const StorageError &error) {
        setMessage(error.message(), true);
        return false;
    }
    const bool family = party == ConsentWithdrawal::Party::Family;
    const auto answer = MessageBox::warning(
        this,
        family ? tr("Withdraw the family's consent") : tr("Withdraw the practitioner's consent"),
        text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;

    ConsentWithdrawal withdrawal(m_database);
    withdrawal.setRecordingsRoot(recordingsRoot());
    ConsentWithdrawal::Result result;
    try {
        result = withdrawal.withdraw(m_recordingId, party, m_withdrawalDate->date(), userId());
    } catch (const StorageError &error) {
        setMessage(tr("Nothing was changed: %1").arg(error.message()), true);
        return false;
    }
    load();
    const bool leftBehind = result.audio == ConsentWithdrawal::AudioOutcome::NotDeleted;
    setMessage(result.summary(), leftBehind);
    emit consentChanged(m_recordingId);
    if (leftBehind)
        MessageBox::warning(this, tr("Delete the audio file by hand"), result.summary());
    return true;
}
