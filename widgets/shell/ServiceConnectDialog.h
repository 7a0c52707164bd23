#pragma once

#include "storage/ConnectionSpec.h"

#include <QDialog>

#include <memory>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// File ▸ Connect to service database…: the host, port, database, user and TLS mode of the
// service's PostgreSQL database, filled in with the last ones used on this computer (never the
// password). Connect warns first when the family data would cross the network unencrypted,
// signs in (ServiceSignIn), and on success is accepted holding the open database; a failure is
// said in one sentence inside the dialog, so nothing typed is lost and the database already
// open stays open.
class ServiceConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServiceConnectDialog(QWidget *parent = nullptr);
    ~ServiceConnectDialog() override;

    // The connection the fields describe.
    ConnectionSpec spec() const;
    // The database opened by Connect; null before, or once taken.
    std::unique_ptr<Database> takeDatabase();

private:
    void tryToConnect();
    void showProblem(const QString &text);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tlsMode = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_connect = nullptr;
    std::unique_ptr<Database> m_opened;
};
