#include "ServiceConnectDialog.h"

#include "ServiceSignIn.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "services/ActingUser.h"
#include "services/ServiceConnection.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// libpq's sslmode values offered, strictest last; verify-full is the one the help recommends.
const char *const tlsModes[] = {"disable", "prefer", "require", "verify-full"};

} // namespace

ServiceConnectDialog::ServiceConnectDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("serviceConnectDialog"));
    setWindowTitle(tr("Connect to service database"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("A service database keeps the whole service's sessions in one place on the council's "
           "PostgreSQL server. Your IT team gives you these details. Your password is asked for "
           "when the server needs it, and is never saved in PracticeCoder's settings."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostField"));
    m_host->setPlaceholderText(tr("e.g. practice-db.council.local"));
    form->addRow(tr("&Server (host):"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portField"));
    m_port->setRange(1, 65535);
    m_port->setValue(ConnectionSpec::defaultPostgresPort);
    form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseField"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userField"));
    m_user->setText(ActingUser::loginName());
    form->addRow(tr("&User name:"), m_user);
    m_tlsMode = new QComboBox(this);
    m_tlsMode->setObjectName(QStringLiteral("tlsModeField"));
    for (const char *mode : tlsModes)
        m_tlsMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_tlsMode->setCurrentIndex(m_tlsMode->findData(QStringLiteral("verify-full")));
    form->addRow(tr("&Encryption (TLS):"), m_tlsMode);
    layout->addLayout(form);

    auto *tlsHelp =
        new QLabel(tr("Choose verify-full: it encrypts the connection and checks that the server "
                      "really is the council's. \u201cdisable\u201d and \u201cprefer\u201d may "
                      "send family data across the network unencrypted."),
                   this);
    tlsHelp->setObjectName(QStringLiteral("tlsHelp"));
    tlsHelp->setWordWrap(true);
    Theme::setRole(tlsHelp, Theme::Role::Muted);
    layout->addWidget(tlsHelp);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(m_problem, Theme::Role::Error);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceConnectDialog::tryToConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The last service database connected to from this computer, without its password.
    const auto last =
        ConnectionSpec::parse(Settings().value(Settings::Key::ServiceConnection).toString());
    if (last && last->isPostgres()) {
        m_host->setText(last->host());
        m_port->setValue(last->port());
        m_database->setText(last->databaseName());
        m_user->setText(last->userName());
        const int mode = m_tlsMode->findData(last->sslMode());
        if (mode >= 0)
            m_tlsMode->setCurrentIndex(mode);
    }
}

ServiceConnectDialog::~ServiceConnectDialog() = default;

ConnectionSpec ServiceConnectDialog::spec() const {
    return ConnectionSpec::postgres(m_host->text().trimmed(), m_port->value(),
                                    m_database->text().trimmed(), m_user->text().trimmed(),
                                    m_tlsMode->currentData().toString());
}

std::unique_ptr<Database> ServiceConnectDialog::takeDatabase() {
    return std::move(m_opened);
}

void ServiceConnectDialog::showProblem(const QString &text) {
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    adjustSize();
}

void ServiceConnectDialog::tryToConnect() {
    if (m_database->text().trimmed().isEmpty()) {
        showProblem(tr("Enter the name of the database."));
        m_database->setFocus();
        return;
    }
    const ConnectionSpec target = spec();
    if (ServiceConnection::isUnencryptedOverNetwork(target) &&
        MessageBox::warning(
            this, tr("Unencrypted connection"), ServiceConnection::unencryptedWarning(target),
            {{QMessageBox::Cancel, tr("Cancel")}, {QMessageBox::Ok, tr("Connect anyway")}},
            QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    showProblem(QString());
    QString problem;
    std::unique_ptr<Database> opened = ServiceSignIn::connect(this, target, &problem);
    if (!opened) {
        showProblem(problem);
        return;
    }
    m_opened = std::move(opened);
    Settings settings;
    settings.setValue(Settings::Key::ServiceConnection, target.toUrl());
    settings.sync();
    accept();
}
