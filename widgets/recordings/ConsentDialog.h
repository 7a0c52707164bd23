#pragma once

#include "services/ConsentWithdrawal.h"

#include <QDialog>

class Database;
class QComboBox;
class DateField;
class QLabel;
class QPushButton;

// The consents of one recording after it was added: shows the practitioner's and the family's
// consent with their dates, records a consent that was not recorded, corrects a date (or
// written / verbal), and withdraws a consent. Withdrawing asks first, in plain words, what will
// be deleted for good (through MessageBox, Cancel by default) and then purges the codings and
// the audio (ConsentWithdrawal); the dialog stays open to say what was removed and any file
// that must be deleted by hand.
class ConsentDialog : public QDialog {
    Q_OBJECT

public:
    ConsentDialog(Database &database, qint64 recordingId, QWidget *parent = nullptr);

    // Records the consents as shown; false (with the reason shown) when refused.
    bool save();
    // Asks, then withdraws `party`'s consent as of the withdrawal date; false when the user
    // cancelled or it failed.
    bool withdraw(ConsentWithdrawal::Party party);
    // What the confirmation says for `party`, built from the current state of the database.
    QString confirmationText(ConsentWithdrawal::Party party) const;

signals:
    // The recording's consent (and maybe its codings and audio) changed: views refresh.
    void consentChanged(qint64 recordingId);

private:
    struct PartyWidgets {
        QComboBox *consent = nullptr;
        QLabel *on = nullptr;
        DateField *date = nullptr;
        QLabel *state = nullptr;
        QPushButton *withdraw = nullptr;
    };

    void load();
    void showParty(PartyWidgets &widgets, const QString &consent, const QDate &on, bool withdrawn);
    void setMessage(const QString &text, bool problem);
    qint64 userId() const;
    QString recordingsRoot() const;

    Database &m_database;
    qint64 m_recordingId;
    QString m_code;
    bool m_withdrawn = false;
    bool m_hasContent = false;
    QLabel *m_title = nullptr;
    PartyWidgets m_practitioner;
    PartyWidgets m_family;
    DateField *m_withdrawalDate = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};
